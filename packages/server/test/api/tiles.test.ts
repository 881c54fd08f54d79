import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { createTestContext, type County, type TestContext } from '../helpers/context.ts';
import { tileBytes, tileQuery } from '../../src/features/map/tile-service.ts';
import type { Actor } from '../../src/auth/actor.ts';

/**
 * The map's vector tiles and park boundaries over HTTP. Each county's parcels are 200 m
 * squares centred in the z16 tiles of one z14 tile, so a z14 tile holds them all, a z16
 * tile exactly one, and the z12 tile above them their centroids.
 */
let t: TestContext;
let a: County;
let b: County;
let bureauA: string;
let bureauB: string;

const tileOf = (lon: number, lat: number, z: number) => {
  const n = 2 ** z;
  const rad = (lat * Math.PI) / 180;
  return { z, x: Math.floor(((lon + 180) / 360) * n), y: Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n) };
};
const tileCentre = (z: number, x: number, y: number) => {
  const n = 2 ** z;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * (y + 0.5)) / n))) * 180) / Math.PI;
  return { lon: ((x + 0.5) / n) * 360 - 180, lat };
};
const square = (lon: number, lat: number, half = 0.001) => ({
  type: 'MultiPolygon',
  coordinates: [[[[lon - half, lat - half], [lon + half, lat - half], [lon + half, lat + half], [lon - half, lat + half], [lon - half, lat - half]]]],
});

interface Layout {
  z14: { z: number; x: number; y: number };
  /** the z16 tile of slot i and the centre of the parcel placed there */
  slot(i: number): { tile: { z: number; x: number; y: number }; lon: number; lat: number };
}

function layout(lon: number, lat: number): Layout {
  const z14 = tileOf(lon, lat, 14);
  return {
    z14,
    slot(i) {
      const tile = { z: 16, x: z14.x * 4 + (i % 4), y: z14.y * 4 + Math.floor(i / 4) };
      return { tile, ...tileCentre(tile.z, tile.x, tile.y) };
    },
  };
}

const place = layout(117.2, 25.1);
const placeB = layout(117.6, 25.1);

interface DecodedFeature {
  properties: Record<string, unknown>;
  type: number;
  /** bounding box in tile units */
  bbox: [number, number, number, number];
  /** the geometry back in lon/lat */
  lonLat: { type: string; coordinates: unknown };
}

function decode(body: Buffer | Uint8Array, tile: { z: number; x: number; y: number }): Record<string, DecodedFeature[]> {
  const vt = new VectorTile(new PbfReader(body));
  const out: Record<string, DecodedFeature[]> = {};
  for (const [name, layer] of Object.entries(vt.layers)) {
    out[name] = [];
    for (let i = 0; i < layer.length; i++) {
      const f = layer.feature(i);
      out[name].push({ properties: f.properties, type: f.type, bbox: f.bbox() as DecodedFeature['bbox'], lonLat: f.toGeoJSON(tile.x, tile.y, tile.z).geometry as DecodedFeature['lonLat'] });
    }
  }
  return out;
}

async function getTile(cookie: string, tile: { z: number; x: number; y: number }, query = '') {
  const res = await t.request({ method: 'GET', url: `/api/v1/tiles/${tile.z}/${tile.x}/${tile.y}${query}`, cookie });
  expect([200, 204], res.body).toContain(res.statusCode);
  return { res, layers: res.statusCode === 204 ? {} : decode(res.rawPayload, tile) };
}

const codesIn = (features: DecodedFeature[] | undefined) => (features ?? []).map((f) => String(f.properties.code)).sort();
const byCode = (features: DecodedFeature[] | undefined) => new Map((features ?? []).map((f) => [String(f.properties.code), f.properties]));

/** Stored facts the map colours by, written as the identification, case and disposal features store them. */
async function identificationRun(county: County, finishedAt: string | null, results: Record<string, string>, ids: Record<string, string>) {
  const run = randomUUID();
  await t.db.query(
    `INSERT INTO identification_runs (jurisdiction_code, id, rule_set_id, rule_set_version, as_of, trigger, actor_name, started_at, finished_at)
     VALUES ($1, $2, 'jingde-2022', 1, '2026-11-01', 'MANUAL', '测试', coalesce($3::timestamptz, now()), $3::timestamptz)`,
    [county.code, run, finishedAt],
  );
  for (const [code, category] of Object.entries(results)) {
    await t.db.query(
      `INSERT INTO identification_results (jurisdiction_code, run_id, parcel_id, parcel_code, parcel_name, area_m2, primary_category,
                                           met_criteria, classes, criteria_status, result, facts)
       VALUES ($1, $2, $3, $4, $4, 40000, $5, '{}', '{}', '{}', '{}', '{}')`,
      [county.code, run, ids[code], code, category],
    );
  }
}

async function openCase(county: County, parcelId: string, state: string, closedOn: string | null = null) {
  await t.db.query(
    `INSERT INTO cases (jurisdiction_code, id, case_no, parcel_id, profile_id, state, category, snapshot, opened_on, origin, closed_on)
     VALUES ($1, $2, $3, $4, 'jingde', $5, 'IDLE', '{}', '2026-10-01', '{}', $6)`,
    [county.code, randomUUID(), `AJ-${randomUUID().slice(0, 8)}`, parcelId, state, closedOn],
  );
}

async function plan(county: County, parcelId: string, closed: boolean, measureStatus: string | null) {
  const unit = randomUUID();
  const position = randomUUID();
  const planId = randomUUID();
  await t.db.query(`INSERT INTO org_units (jurisdiction_code, id, name, kind) VALUES ($1, $2, $3, 'PARK_COMMITTEE')`, [county.code, unit, `管委会${unit.slice(0, 6)}`]);
  await t.db.query(`INSERT INTO org_positions (jurisdiction_code, id, unit_id, title) VALUES ($1, $2, $3, '主任')`, [county.code, position, unit]);
  await t.db.query(
    `INSERT INTO disposal_plans (jurisdiction_code, id, plan_no, parcel_id, source, category, cause_analysis, responsible_unit_id,
                                 leader_position_id, deadline, status, closed_on)
     VALUES ($1, $2, $3, $4, 'LEDGER', 'IDLE', '测试', $5, $6, '2027-06-30', $7, $8)`,
    [county.code, planId, `CZ-${planId.slice(0, 8)}`, parcelId, unit, position, closed ? 'CLOSED' : 'APPROVED', closed ? '2026-09-30' : null],
  );
  if (measureStatus) {
    await t.db.query(
      `INSERT INTO disposal_measures (jurisdiction_code, id, plan_id, ordinal, method_code, status, legal_basis, status_since,
                                     revitalised_on, revitalised_area_m2, evidence)
       VALUES ($1, $2, $3, 1, 'D-JD02', $4, '测试依据', '2026-09-30',
               CASE WHEN $4 = 'REVITALISED' THEN '2026-09-30'::date END, CASE WHEN $4 = 'REVITALISED' THEN 40000 END,
               CASE WHEN $4 = 'REVITALISED' THEN '{"kind":"PHOTO"}'::jsonb END)`,
      [county.code, randomUUID(), planId, measureStatus],
    );
  }
}

async function footprint(county: County, parcelId: string, lon: number, lat: number, closed = false) {
  await t.db.query(
    `INSERT INTO building_footprints (jurisdiction_code, id, parcel_id, geom, closed_at)
     VALUES ($1, $2, $3, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON($4::text), 4490)), $5)`,
    [county.code, randomUUID(), parcelId, JSON.stringify(square(lon, lat, 0.0003)), closed ? new Date().toISOString() : null],
  );
}

const parcel = (code: string, slot: { lon: number; lat: number }, zoneName: string) => ({
  values: { code, name: `${code}地块`, area_m2: 40_000, plannedUse: '0601' },
  zoneName,
  geometry: square(slot.lon, slot.lat),
});

const CODES = ['T-IDLE', 'T-CASE', 'T-DET', 'T-DISP', 'T-REV', 'T-NEW', 'T-WEST'];

beforeAll(async () => {
  t = await createTestContext();
  a = await t.createCounty();
  b = await t.createCounty();
  await t.seedParcels(
    a.code,
    CODES.map((code, i) => parcel(code, place.slot(i), code === 'T-WEST' ? '西园' : '东园')),
  );
  await t.seedParcels(b.code, [parcel('B-1', placeB.slot(0), '东园'), parcel('B-OVER', place.slot(8), '东园')]);
  const { rows } = await t.db.query<{ id: string; code: string }>('SELECT id, code FROM parcels WHERE jurisdiction_code = $1', [a.code]);
  const ids = Object.fromEntries(rows.map((r) => [r.code, r.id]));
  // an older finished run, the latest finished one, and one still running: the latest finished counts
  await identificationRun(a, '2026-10-01T00:00:00Z', { 'T-IDLE': 'NONE', 'T-CASE': 'NONE', 'T-NEW': 'IDLE' }, ids);
  await identificationRun(a, '2026-11-01T00:00:00Z', { 'T-IDLE': 'IDLE', 'T-CASE': 'INEFFICIENT', 'T-DET': 'IDLE', 'T-DISP': 'IDLE', 'T-REV': 'NONE', 'T-WEST': 'INCONCLUSIVE' }, ids);
  await identificationRun(a, null, { 'T-IDLE': 'NONE' }, ids);
  await openCase(a, ids['T-CASE']!, 'VERIFYING');
  await openCase(a, ids['T-DET']!, 'DETERMINED');
  await openCase(a, ids['T-REV']!, 'CLOSED', '2026-08-01');
  await plan(a, ids['T-DISP']!, false, 'EXECUTING');
  await plan(a, ids['T-REV']!, true, 'REVITALISED');
  // a closed plan that revitalised nothing leaves the parcel 未立案
  await plan(a, ids['T-NEW']!, true, 'FAILED');
  await footprint(a, ids['T-IDLE']!, place.slot(0).lon, place.slot(0).lat);
  await footprint(a, ids['T-IDLE']!, place.slot(0).lon + 0.0005, place.slot(0).lat, true);
  bureauA = await t.loginAs('LAND_BUREAU', a.code);
  bureauB = await t.loginAs('LAND_BUREAU', b.code);
});
afterAll(() => t.close());

describe('GET /tiles/{z}/{x}/{y}', () => {
  it('carries the county’s parcels with the category of the latest finished run and the status of cases and plans', async () => {
    const { res, layers } = await getTile(bureauA, place.z14);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.mapbox-vector-tile');
    expect(res.headers['cache-control']).toMatch(/private/);
    expect(codesIn(layers.parcels)).toEqual([...CODES].sort());
    expect(layers.parcel_points).toBeUndefined();
    expect(layers.buildings).toBeUndefined();
    const props = byCode(layers.parcels);
    const facts = (code: string) => {
      const p = props.get(code)!;
      return [p.category, p.status, p.flagged];
    };
    expect(facts('T-IDLE')).toEqual(['IDLE', 'NONE', true]);
    expect(facts('T-CASE')).toEqual(['INEFFICIENT', 'CASE_OPEN', true]);
    expect(facts('T-DET')).toEqual(['IDLE', 'DETERMINED', true]);
    expect(facts('T-DISP')).toEqual(['IDLE', 'DISPOSING', true]);
    expect(facts('T-REV')).toEqual(['NONE', 'REVITALISED', false]);
    expect(facts('T-NEW')).toEqual(['UNIDENTIFIED', 'NONE', false]);
    expect(facts('T-WEST')).toEqual(['INCONCLUSIVE', 'NONE', false]);
    const idle = props.get('T-IDLE')!;
    expect(idle.name).toBe('T-IDLE地块');
    expect(idle.areaMu).toBe(60);
    expect(typeof idle.id).toBe('string');
  });

  it('draws each outline where the parcel lies', async () => {
    const { layers } = await getTile(bureauA, place.z14);
    const f = layers.parcels!.find((x) => x.properties.code === 'T-CASE')!;
    expect(f.type).toBe(3);
    const ring = (f.lonLat.coordinates as number[][][])[0]!;
    const { lon, lat } = place.slot(1);
    const lons = ring.map((c) => c[0]!);
    const lats = ring.map((c) => c[1]!);
    // a z14 tile unit is ≈ 2.4 m: the corners come back within a few units
    expect(Math.min(...lons)).toBeCloseTo(lon - 0.001, 4);
    expect(Math.max(...lons)).toBeCloseTo(lon + 0.001, 4);
    expect(Math.min(...lats)).toBeCloseTo(lat - 0.001, 4);
    expect(Math.max(...lats)).toBeCloseTo(lat + 0.001, 4);
  });

  it('shows another county’s user none of them, and the province’s user both counties', async () => {
    const { layers } = await getTile(bureauB, place.z14);
    expect(codesIn(layers.parcels)).toEqual(['B-OVER']);
    const other = await getTile(bureauB, place.slot(0).tile);
    expect(other.res.statusCode).toBe(204);
    expect(other.res.rawPayload.length).toBe(0);
    // the counties are made in a random province each
    const province = await t.loginAs('LEADER', a.provinceCode);
    const sameProvince = a.provinceCode === b.provinceCode ? ['B-OVER'] : [];
    expect(codesIn((await getTile(province, place.z14)).layers.parcels)).toEqual([...CODES, ...sameProvince].sort());
    expect(codesIn((await getTile(province, place.z14, `?jurisdictionCode=${a.code}`)).layers.parcels)).toEqual([...CODES].sort());
  });

  it('shows park staff only their park', async () => {
    const west = await t.loginAs('PARK_STAFF', a.code, { zoneId: a.zones['西园'] });
    expect(codesIn((await getTile(west, place.z14)).layers.parcels)).toEqual(['T-WEST']);
  });

  it('switches to centroids below zoom 13 and adds open building footprints from zoom 15', async () => {
    const z12 = { z: 12, x: place.z14.x >> 2, y: place.z14.y >> 2 };
    const low = await getTile(bureauA, z12);
    expect(low.layers.parcels).toBeUndefined();
    expect(codesIn(low.layers.parcel_points)).toEqual([...CODES].sort());
    const point = low.layers.parcel_points!.find((f) => f.properties.code === 'T-DET')!;
    expect(point.type).toBe(1);
    expect(point.properties).toMatchObject({ category: 'IDLE', status: 'DETERMINED', flagged: true, areaMu: 60 });
    const [lon, lat] = point.lonLat.coordinates as number[];
    expect(lon).toBeCloseTo(place.slot(2).lon, 3);
    expect(lat).toBeCloseTo(place.slot(2).lat, 3);

    const high = await getTile(bureauA, place.slot(0).tile);
    expect(codesIn(high.layers.parcels)).toEqual(['T-IDLE']);
    expect(high.layers.buildings).toHaveLength(1);
    expect(high.layers.buildings![0]!.properties.parcelId).toBe(high.layers.parcels![0]!.properties.id);
    // the same place at zoom 14 has no buildings layer
    expect((await getTile(bureauA, place.z14)).layers.buildings).toBeUndefined();
  });

  it('shows one point per cell at low zoom, the most urgent parcel of it, with how many it stands for', async () => {
    // at z6 the seven parcels span 16 × 8 units, inside at most two cells of 64 in each direction
    const z6 = { z: 6, x: place.z14.x >> 8, y: place.z14.y >> 8 };
    const points = (await getTile(bureauA, z6)).layers.parcel_points!;
    expect(points.length).toBeLessThan(CODES.length);
    expect(points.reduce((n, f) => n + Number(f.properties.count), 0)).toBe(CODES.length);
    // flagged, 涉嫌闲置 and 已认定待处置: first in its cell whatever the cell holds
    expect(codesIn(points)).toContain('T-DET');
    // 未认定 and 未立案 shares its cell with a more urgent parcel however the cells fall
    expect(codesIn(points)).not.toContain('T-NEW');
  });

  it('answers 304 to a repeated request with the tile’s ETag', async () => {
    const first = await getTile(bureauA, place.z14);
    const etag = first.res.headers.etag as string;
    expect(etag).toBeTruthy();
    const again = await t.request({ method: 'GET', url: `/api/v1/tiles/${place.z14.z}/${place.z14.x}/${place.z14.y}`, cookie: bureauA, headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
  });

  it('refuses a jurisdiction outside the scope, a tile outside the grid and a request without login', async () => {
    const res = await t.request({ method: 'GET', url: `/api/v1/tiles/${place.z14.z}/${place.z14.x}/${place.z14.y}?jurisdictionCode=${b.code}`, cookie: bureauA });
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toContain('辖区');
    const outside = await t.request({ method: 'GET', url: '/api/v1/tiles/2/4/0', cookie: bureauA });
    expect(outside.statusCode).toBe(404);
    expect(outside.json().detail).toContain('超出');
    const bad = await t.request({ method: 'GET', url: '/api/v1/tiles/30/0/0', cookie: bureauA });
    expect(bad.statusCode).toBe(400);
    expect((await t.request({ method: 'GET', url: `/api/v1/tiles/14/${place.z14.x}/${place.z14.y}` })).statusCode).toBe(401);
  });

  it('gives the same features from the Node encoder as from ST_AsMVT (PostgreSQL only)', async (ctx) => {
    if (t.db.kind !== 'postgresql') ctx.skip();
    const { rows } = await t.db.query<{ id: string }>(`SELECT id FROM users WHERE jurisdiction_code = $1 LIMIT 1`, [a.code]);
    expect(rows).toHaveLength(1);
    const actor: Actor = { userId: rows[0]!.id, username: 'x', displayName: 'x', role: 'LAND_BUREAU', jurisdictionCode: a.code, zoneId: null, scope: { codes: [a.code], zoneId: null } };
    for (const tile of [place.z14, place.slot(0).tile, { z: 12, x: place.z14.x >> 2, y: place.z14.y >> 2 }]) {
      const q = tileQuery(actor, tile);
      const fromPostgis = decode(await tileBytes(t.db, q, 'postgis'), tile);
      const fromNode = decode(await tileBytes(t.db, q, 'node'), tile);
      expect(Object.keys(fromNode).sort()).toEqual(Object.keys(fromPostgis).sort());
      for (const [name, features] of Object.entries(fromPostgis)) {
        const key = (f: DecodedFeature) => String(f.properties.id);
        const node = new Map(fromNode[name]!.map((f) => [key(f), f]));
        expect(node.size).toBe(features.length);
        for (const f of features) {
          const other = node.get(key(f))!;
          expect(other.properties).toEqual(f.properties);
          expect(other.type).toBe(f.type);
          other.bbox.forEach((v, i) => expect(Math.abs(v - f.bbox[i]!)).toBeLessThanOrEqual(1));
        }
      }
    }
  });
});

describe('the map facts behind the tiles', () => {
  // parcel_map_facts is kept by triggers: each write below must show in the next tile,
  // at the polygon zoom and at the point zoom alike
  const placeC = layout(118.0, 25.1);
  const z12 = { z: 12, x: placeC.z14.x >> 2, y: placeC.z14.y >> 2 };
  let c: County;
  let bureauC: string;
  let ids: Record<string, string>;
  const factsAt = async (tile: { z: number; x: number; y: number }, layer: 'parcels' | 'parcel_points') => {
    const features = (await getTile(bureauC, tile)).layers[layer] ?? [];
    return Object.fromEntries(features.map((f) => [String(f.properties.code), [f.properties.name, f.properties.category, f.properties.status]]));
  };

  beforeAll(async () => {
    c = await t.createCounty();
    await t.seedParcels(c.code, [parcel('C-1', placeC.slot(0), '东园'), parcel('C-2', placeC.slot(5), '东园')]);
    const { rows } = await t.db.query<{ id: string; code: string }>('SELECT id, code FROM parcels WHERE jurisdiction_code = $1', [c.code]);
    ids = Object.fromEntries(rows.map((r) => [r.code, r.id]));
    bureauC = await t.loginAs('LAND_BUREAU', c.code);
  });

  it('follow runs, cases, plans and the ledger as they are written', async () => {
    expect(await factsAt(placeC.z14, 'parcels')).toEqual({ 'C-1': ['C-1地块', 'UNIDENTIFIED', 'NONE'], 'C-2': ['C-2地块', 'UNIDENTIFIED', 'NONE'] });
    // a run counts when it finishes, with the results written before
    await identificationRun(c, null, { 'C-1': 'IDLE', 'C-2': 'NONE' }, ids);
    expect((await factsAt(placeC.z14, 'parcels'))['C-1']).toEqual(['C-1地块', 'UNIDENTIFIED', 'NONE']);
    await t.db.query(`UPDATE identification_runs SET finished_at = now() WHERE jurisdiction_code = $1`, [c.code]);
    expect(await factsAt(placeC.z14, 'parcels')).toEqual({ 'C-1': ['C-1地块', 'IDLE', 'NONE'], 'C-2': ['C-2地块', 'NONE', 'NONE'] });
    // a case opened, then determined, then a plan: 认定程序中 → 已认定待处置 → 处置中
    await openCase(c, ids['C-1']!, 'VERIFYING');
    expect((await factsAt(z12, 'parcel_points'))['C-1']).toEqual(['C-1地块', 'IDLE', 'CASE_OPEN']);
    await t.db.query(`UPDATE cases SET state = 'DETERMINED' WHERE jurisdiction_code = $1`, [c.code]);
    expect((await factsAt(placeC.z14, 'parcels'))['C-1']).toEqual(['C-1地块', 'IDLE', 'DETERMINED']);
    await plan(c, ids['C-1']!, false, 'EXECUTING');
    expect((await factsAt(z12, 'parcel_points'))['C-1']).toEqual(['C-1地块', 'IDLE', 'DISPOSING']);
    // the measure revitalises the land, the plan and the case close: 已盘活
    await t.db.query(`UPDATE disposal_plans SET status = 'CLOSED', closed_on = '2026-11-20' WHERE jurisdiction_code = $1`, [c.code]);
    await t.db.query(`UPDATE cases SET state = 'CLOSED', closed_on = '2026-11-20' WHERE jurisdiction_code = $1`, [c.code]);
    expect((await factsAt(placeC.z14, 'parcels'))['C-1']).toEqual(['C-1地块', 'IDLE', 'NONE']);
    await t.db.query(
      `UPDATE disposal_measures SET status = 'REVITALISED', revitalised_on = '2026-11-20', revitalised_area_m2 = 40000, evidence = '{"kind":"PHOTO"}'
        WHERE jurisdiction_code = $1`,
      [c.code],
    );
    expect((await factsAt(placeC.z14, 'parcels'))['C-1']).toEqual(['C-1地块', 'IDLE', 'REVITALISED']);
    // the ledger renames one parcel and closes the other
    await t.db.query(`UPDATE parcels SET name = '新名称地块' WHERE jurisdiction_code = $1 AND code = 'C-1'`, [c.code]);
    await t.db.query(`UPDATE parcels SET closed_at = now() WHERE jurisdiction_code = $1 AND code = 'C-2'`, [c.code]);
    expect(await factsAt(z12, 'parcel_points')).toEqual({ 'C-1': ['新名称地块', 'IDLE', 'REVITALISED'] });
    expect(await factsAt(placeC.z14, 'parcels')).toEqual({ 'C-1': ['新名称地块', 'IDLE', 'REVITALISED'] });
  });
});

describe('GET /map/zones', () => {
  beforeAll(async () => {
    for (const [name, slot] of [['东园', 0], ['西园', 6]] as const) {
      const s = place.slot(slot);
      await t.db.query(`UPDATE zones SET boundary = ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON($1::text), 4490)) WHERE jurisdiction_code = $2 AND name = $3`, [
        JSON.stringify(square(s.lon, s.lat, 0.004)), a.code, name,
      ]);
    }
    await t.db.query(`INSERT INTO org_bodies (jurisdiction_code, id, kind, name, zone_ids) VALUES ($1, $2, 'WAR_ZONE', '东园战区', $3::jsonb)`, [
      a.code, randomUUID(), JSON.stringify([a.zones['东园']]),
    ]);
    await t.db.query(`INSERT INTO org_bodies (jurisdiction_code, id, kind, name, zone_ids) VALUES ($1, $2, 'WAR_ZONE', '两园联合战区', $3::jsonb)`, [
      a.code, randomUUID(), JSON.stringify([a.zones['东园'], a.zones['西园']]),
    ]);
  });

  interface Zones {
    type: string;
    features: Array<{ type: string; properties: { id: string; name: string; kind: string; warZones: string[] }; geometry: { type: string; coordinates: number[][][][] } }>;
  }
  const zones = async (cookie: string, query = '') => {
    const res = await t.request({ method: 'GET', url: `/api/v1/map/zones${query}`, cookie });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Zones;
  };

  it('lists the parks with a boundary, their war zones, in lon/lat', async () => {
    const body = await zones(bureauA);
    expect(body.type).toBe('FeatureCollection');
    const props = body.features.map((f) => ({ ...f.properties, warZones: [...f.properties.warZones].sort() }));
    expect(props.sort((x, y) => (x.name < y.name ? -1 : 1))).toEqual([
      { id: a.zones['东园'], name: '东园', kind: 'PARK', warZones: ['东园战区', '两园联合战区'].sort() },
      { id: a.zones['西园'], name: '西园', kind: 'PARK', warZones: ['两园联合战区'] },
    ]);
    const east = body.features.find((f) => f.properties.name === '东园')!;
    const ring = east.geometry.coordinates[0]![0]!;
    expect(east.geometry.type).toBe('MultiPolygon');
    expect(ring[0]![0]).toBeCloseTo(place.slot(0).lon - 0.004, 6);
  });

  it('shows park staff their park only and another county none', async () => {
    const west = await t.loginAs('PARK_STAFF', a.code, { zoneId: a.zones['西园'] });
    expect((await zones(west)).features.map((f) => f.properties.name)).toEqual(['西园']);
    expect((await zones(bureauB)).features).toEqual([]);
    const province = await t.loginAs('LEADER', a.provinceCode);
    expect((await zones(province, `?jurisdictionCode=${a.cityCode}`)).features).toHaveLength(2);
    const refused = await t.request({ method: 'GET', url: `/api/v1/map/zones?jurisdictionCode=${a.code}`, cookie: bureauB });
    expect(refused.statusCode).toBe(404);
  });
});
