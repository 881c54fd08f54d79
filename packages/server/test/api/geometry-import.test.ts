import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type County, type TestContext } from '../helpers/context.ts';

// Fixtures made by make-fixtures.sh with ogr2ogr; expected.json holds GDAL's own
// centroids (after transforming to EPSG:4490) and areas (in EPSG:4548).
const FIXTURES = join(import.meta.dirname, '../fixtures/geo');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const expected = JSON.parse(fixture('expected.json').toString()) as Record<string, { lon: number; lat: number; areaM2: number }> & { bowtieRepairedAreaM2: number };

let t: TestContext;
let a: County;
let b: County;
let staffA: string;
let staffB: string;

const RECORDED = { 'GEO-001': 15000, 'GEO-002': 37500, 'GEO-003': 10000 } as const;

beforeAll(async () => {
  t = await createTestContext();
  a = await t.createCounty();
  b = await t.createCounty();
  await t.seedParcels(
    a.code,
    Object.entries(RECORDED).map(([code, area_m2]) => ({ values: { code, name: `${code} 地块`, area_m2, plannedUse: '0601' }, zoneName: '东园' })),
  );
  await t.seedParcels(b.code, [{ values: { code: 'B-001', name: '乙县地块', area_m2: 1000, plannedUse: '0601' } }]);
  staffA = await t.loginAs('LAND_BUREAU', a.code);
  staffB = await t.loginAs('LAND_BUREAU', b.code);
});
afterAll(() => t.close());

function multipart(file: Buffer, filename: string) {
  const boundary = `----panhuo${randomUUID()}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  return {
    payload: Buffer.concat([head, file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const upload = (file: Buffer, filename: string, query: string, cookie = staffA) =>
  t.request({ method: 'POST', url: `/api/v1/geometry/imports?${query}`, cookie, ...multipart(file, filename) });

interface Report {
  srid: number | null;
  crsReason: string;
  encodingReason: string | null;
  codeAttributes: string[];
  ok: boolean;
  matched: Array<{ featureIndex: number; code: string; parcelId: string; computedAreaM2: number; recordedAreaM2: number | null; diffRatio: number | null; repaired: boolean }>;
  problems: Array<{ featureIndex: number | null; code: string | null; kind: string; messageZh: string; repaired?: { type: string } }>;
}

/** Each parcel's outline as stored, its centroid and its area in the CM-only zone, read straight from the database. */
async function stored(county: string) {
  const { rows } = await t.db.query<{ code: string; lon: number | null; lat: number | null; area: number | null; version: number; id: string }>(
    `SELECT id, code, version, ST_X(ST_Centroid(geom)) AS lon, ST_Y(ST_Centroid(geom)) AS lat, ST_Area(ST_Transform(geom, 4548)) AS area
       FROM parcels WHERE jurisdiction_code = $1 ORDER BY code`,
    [county],
  );
  return new Map(rows.map((r) => [r.code, r]));
}
const importCount = async (county: string) =>
  (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM geometry_imports WHERE jurisdiction_code = $1', [county])).rows[0]!.n;
const geometryAudits = async (county: string) =>
  (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE jurisdiction_code = $1 AND after ? 'geometry'`, [county])).rows[0]!.n;
const clearGeometry = (county: string) => t.db.query('UPDATE parcels SET geom = NULL WHERE jurisdiction_code = $1', [county]);

/** metres between two lon/lat points near the fixtures (25°N), by the local scale of a degree */
const metresApart = (p: { lon: number; lat: number }, q: { lon: number; lat: number }) =>
  Math.hypot((p.lon - q.lon) * 111_320 * Math.cos((p.lat * Math.PI) / 180), (p.lat - q.lat) * 110_574);

function expectPlaced(rows: Awaited<ReturnType<typeof stored>>) {
  for (const code of Object.keys(RECORDED)) {
    const row = rows.get(code)!;
    expect(metresApart({ lon: row.lon!, lat: row.lat! }, expected[code]!), code).toBeLessThan(1);
    expect(Math.abs(row.area! - expected[code]!.areaM2) / expected[code]!.areaM2, code).toBeLessThan(0.001);
  }
}

describe('importing parcel outlines', () => {
  it('a dry run of the GBK shapefile in EPSG:4527 reports the zone, the Chinese code attribute and areas, and writes nothing', async () => {
    const res = await upload(fixture('parcels-4527.zip'), 'parcels-4527.zip', 'kind=PARCELS&dryRun=true');
    expect(res.statusCode, res.body).toBe(200);
    const { applied, report } = res.json() as { applied: boolean; report: Report };
    expect(applied).toBe(false);
    expect(report.ok).toBe(true);
    expect(report.srid).toBe(4527);
    expect(report.crsReason).toContain('第39带');
    expect(report.encodingReason).toContain('936');
    expect(report.codeAttributes).toEqual(['地块编号']);
    expect(report.matched.map((m) => m.code).sort()).toEqual(['GEO-001', 'GEO-002', 'GEO-003']);
    for (const m of report.matched) expect(Math.abs(m.diffRatio!)).toBeLessThan(0.001);
    expect((await stored(a.code)).get('GEO-001')!.lon).toBeNull();
    expect(await importCount(a.code)).toBe(0);
  });

  it('applies the shapefile: each parcel lands where GDAL puts it, with its area, a new version and 空间范围 in its history', async () => {
    await clearGeometry(a.code);
    const before = await stored(a.code);
    const res = await upload(fixture('parcels-4527.zip'), 'parcels-4527.zip', 'kind=PARCELS');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ applied: true });
    const after = await stored(a.code);
    expectPlaced(after);
    expect(after.get('GEO-002')!.version).toBe(before.get('GEO-002')!.version + 1);
    const history = await t.request({ method: 'GET', url: `/api/v1/parcels/${after.get('GEO-002')!.id}/history`, cookie: staffA });
    expect(history.statusCode).toBe(200);
    const latest = (history.json() as { items: Array<{ changes: Array<{ labelZh: string; before: unknown; after: unknown }> }> }).items[0]!;
    expect(latest.changes).toEqual([{ key: 'geometry', labelZh: '空间范围', before: null, after: '（已绘制）' }]);
    const list = await t.request({ method: 'GET', url: '/api/v1/geometry/imports', cookie: staffA });
    expect(list.json().items).toMatchObject([{ fileName: 'parcels-4527.zip', format: 'SHAPEFILE', sourceSrid: 4527, featureCount: 3, matchedCount: 3 }]);
  });

  it('applies the GeoJSON that ogr2ogr wrote in EPSG:4548 (CM 117°E) to the same place; re-importing the same outline does not bump the version', async () => {
    await clearGeometry(a.code);
    const res = await upload(fixture('parcels-4548.geojson'), 'parcels-4548.geojson', 'kind=PARCELS');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().report).toMatchObject({ srid: 4548, format: 'GEOJSON' });
    const first = await stored(a.code);
    expectPlaced(first);
    const again = await upload(fixture('parcels-4548.geojson'), 'parcels-4548.geojson', 'kind=PARCELS');
    expect(again.statusCode).toBe(200);
    expect((await stored(a.code)).get('GEO-001')!.version).toBe(first.get('GEO-001')!.version);
  });

  it('reads the KML, code from each Placemark’s name, lon/lat taken as CGCS2000', async () => {
    await clearGeometry(a.code);
    const res = await upload(fixture('parcels.kml'), 'parcels.kml', 'kind=PARCELS');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().report).toMatchObject({ srid: 4490, format: 'KML', codeAttributes: ['<name>'] });
    expect(res.json().report.crsReason).toContain('WGS84');
    expectPlaced(await stored(a.code));
  });

  it('asks for the zone when a GK file without CRS has no zone prefix, and reads it once chosen', async () => {
    await clearGeometry(a.code);
    const noCrs = JSON.parse(fixture('parcels-4548.geojson').toString()) as Record<string, unknown>;
    delete noCrs.crs;
    const file = Buffer.from(JSON.stringify(noCrs));
    const res = await upload(file, 'no-crs.geojson', 'kind=PARCELS&dryRun=true');
    expect(res.statusCode).toBe(200);
    const report = res.json().report as Report;
    expect(report.srid).toBeNull();
    expect(report.problems).toMatchObject([{ featureIndex: null, kind: 'NEEDS_SRID' }]);
    expect(report.problems[0]!.messageZh).toContain('请选择坐标系');
    const chosen = await upload(file, 'no-crs.geojson', 'kind=PARCELS&srid=4548');
    expect(chosen.statusCode, chosen.body).toBe(200);
    expectPlaced(await stored(a.code));
  });
});

describe('an import with a problem writes nothing', () => {
  it('an unknown code: 422 with the report in Chinese, no outline, no import row, no audit', async () => {
    await clearGeometry(a.code);
    const [imports, audits] = [await importCount(a.code), await geometryAudits(a.code)];
    const res = await upload(fixture('unknown-code.geojson'), 'unknown-code.geojson', 'kind=PARCELS');
    expect(res.statusCode).toBe(422);
    const body = res.json() as { code: string; detail: string; report: Report };
    expect(body.code).toBe('IMPORT_INVALID');
    expect(body.detail).toContain('未写入任何数据');
    expect(body.report.problems).toMatchObject([{ featureIndex: 2, code: 'NOPE-999', kind: 'UNKNOWN_CODE' }]);
    expect(body.report.problems[0]!.messageZh).toContain('本辖区台账中没有该宗地编号');
    // the good feature beside it is not written either
    expect((await stored(a.code)).get('GEO-001')!.lon).toBeNull();
    expect(await importCount(a.code)).toBe(imports);
    expect(await geometryAudits(a.code)).toBe(audits);
  });

  it('a bow-tie: 422 naming the self-intersection, with the repaired outline; nothing written', async () => {
    await clearGeometry(a.code);
    const imports = await importCount(a.code);
    const res = await upload(fixture('bowtie.geojson'), 'bowtie.geojson', 'kind=PARCELS');
    expect(res.statusCode).toBe(422);
    const problem = (res.json().report as Report).problems[0]!;
    expect(problem).toMatchObject({ featureIndex: 1, code: 'GEO-001', kind: 'INVALID_POLYGON' });
    expect(problem.messageZh).toMatch(/图形无效.*自相交/);
    expect(problem.repaired?.type).toBe('MultiPolygon');
    const rows = await stored(a.code);
    expect(rows.get('GEO-001')!.lon).toBeNull();
    expect(rows.get('GEO-003')!.lon).toBeNull();
    expect(await importCount(a.code)).toBe(imports);
  });

  it('accepting the repair writes the repaired outline (the bow-tie’s two triangles)', async () => {
    await clearGeometry(a.code);
    const res = await upload(fixture('bowtie.geojson'), 'bowtie.geojson', 'kind=PARCELS&acceptRepairs=true');
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json().report as Report;
    expect(report.matched.find((m) => m.code === 'GEO-001')).toMatchObject({ repaired: true });
    const area = (await stored(a.code)).get('GEO-001')!.area!;
    expect(Math.abs(area - expected.bowtieRepairedAreaM2) / expected.bowtieRepairedAreaM2).toBeLessThan(0.001);
  });

  it('an outline overlapping another parcel already drawn is refused', async () => {
    await clearGeometry(a.code);
    expect((await upload(fixture('parcels-4548.geojson'), 'parcels-4548.geojson', 'kind=PARCELS')).statusCode).toBe(200);
    // GEO-003 redrawn over GEO-001's ground (409000–409100 × 2778000–2778150): overlaps 50 m × 150 m
    const moved = {
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'EPSG:4548' } },
      features: [{ type: 'Feature', properties: { code: 'GEO-003' }, geometry: { type: 'Polygon', coordinates: [[[409050, 2778000], [409150, 2778000], [409150, 2778150], [409050, 2778150], [409050, 2778000]]] } }],
    };
    const res = await upload(Buffer.from(JSON.stringify(moved)), 'moved.geojson', 'kind=PARCELS&dryRun=true');
    const report = res.json().report as Report;
    expect(report.ok).toBe(false);
    expect(report.problems).toMatchObject([{ kind: 'OVERLAP', code: 'GEO-003' }]);
    expect(report.problems[0]!.messageZh).toMatch(/GEO-001.*重叠 7,(499\.9\d|500) 平方米/);
  });

  it('two outlines of one file that overlap each other: the later is refused, naming the earlier; touching edges are fine', async () => {
    await clearGeometry(a.code);
    const rect = (code: string, x0: number, x1: number) => ({
      type: 'Feature',
      properties: { code },
      geometry: { type: 'Polygon', coordinates: [[[x0, 2778000], [x1, 2778000], [x1, 2778150], [x0, 2778150], [x0, 2778000]]] },
    });
    const file = (features: unknown[]) => Buffer.from(JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'EPSG:4548' } }, features }));
    // GEO-002 shares GEO-001's east edge; GEO-003 reaches 20 m into GEO-002
    const report = (await upload(file([rect('GEO-001', 409000, 409100), rect('GEO-002', 409100, 409200), rect('GEO-003', 409180, 409300)]), 'row.geojson', 'kind=PARCELS&dryRun=true')).json()
      .report as Report;
    expect(report.problems.map((p) => [p.kind, p.code])).toEqual([['OVERLAP', 'GEO-003']]);
    expect(report.problems[0]!.messageZh).toMatch(/GEO-003.*GEO-002.*重叠 (2,99\d\.\d\d|3,000(\.00)?) 平方米/);
  });

  it('two files applied at once that overlap each other: one is written, the other refused', async () => {
    await clearGeometry(a.code);
    const square = (code: string, x0: number) =>
      Buffer.from(
        JSON.stringify({
          type: 'FeatureCollection',
          crs: { type: 'name', properties: { name: 'EPSG:4548' } },
          features: [{ type: 'Feature', properties: { code }, geometry: { type: 'Polygon', coordinates: [[[x0, 2778000], [x0 + 100, 2778000], [x0 + 100, 2778150], [x0, 2778150], [x0, 2778000]]] } }],
        }),
      );
    // each passes alone; together they overlap by 50 m × 150 m
    const [one, three] = await Promise.all([
      upload(square('GEO-001', 409000), 'one.geojson', 'kind=PARCELS'),
      upload(square('GEO-003', 409050), 'three.geojson', 'kind=PARCELS'),
    ]);
    expect([one.statusCode, three.statusCode].sort()).toEqual([200, 422]);
    const refused = one.statusCode === 422 ? one : three;
    expect((refused.json().report as Report).problems.map((p) => p.kind)).toEqual(['OVERLAP']);
    const drawn = [...(await stored(a.code)).values()].filter((r) => r.area !== null).map((r) => r.code);
    expect(drawn).toEqual([one.statusCode === 200 ? 'GEO-001' : 'GEO-003']);
  });

  it('a file far from the county’s other parcels is taken to be in the wrong zone', async () => {
    // the same numbers read as CM 120°E (EPSG:4549) land ≈ 300 km east of the parcels drawn above
    const noCrs = JSON.parse(fixture('unknown-code.geojson').toString()) as { crs?: unknown; features: Array<{ properties: Record<string, string> }> };
    delete noCrs.crs;
    noCrs.features = noCrs.features.slice(0, 1);
    noCrs.features[0]!.properties['地块编号'] = 'GEO-002';
    const res = await upload(Buffer.from(JSON.stringify(noCrs)), 'zone40.geojson', 'kind=PARCELS&dryRun=true&srid=4549');
    const report = res.json().report as Report;
    expect(report.problems.map((p) => p.kind)).toContain('WRONG_CRS');
    expect(report.problems.find((p) => p.kind === 'WRONG_CRS')!.messageZh).toContain('公里');
  });
});

describe('jurisdiction', () => {
  it('a user of another county cannot match this county’s parcels, nor import into it', async () => {
    await clearGeometry(a.code);
    const res = await upload(fixture('parcels-4527.zip'), 'parcels-4527.zip', 'kind=PARCELS', staffB);
    expect(res.statusCode).toBe(422);
    const report = res.json().report as Report;
    expect(report.problems.map((p) => p.kind)).toEqual(['UNKNOWN_CODE', 'UNKNOWN_CODE', 'UNKNOWN_CODE']);
    expect(report.matched).toEqual([]);
    const into = await upload(fixture('parcels-4527.zip'), 'parcels-4527.zip', `kind=PARCELS&jurisdictionCode=${a.code}`, staffB);
    expect(into.statusCode).toBe(403);
    expect((await stored(a.code)).get('GEO-001')!.lon).toBeNull();
  });

  it('park staff are told of an overlap with another park’s parcel without its code or name', async () => {
    const c = await t.createCounty();
    const { rows } = await t.db.query<{ g: string }>(`SELECT ST_AsGeoJSON(ST_Transform(ST_MakeEnvelope(409050, 2778000, 409150, 2778150, 4548), 4490)) AS g`);
    await t.seedParcels(c.code, [
      { values: { code: 'GEO-E', name: '东园地块', area_m2: 15000, plannedUse: '0601' }, zoneName: '东园' },
      { values: { code: 'GEO-W', name: '西园保密地块', area_m2: 15000, plannedUse: '0601' }, zoneName: '西园', geometry: JSON.parse(rows[0]!.g) },
    ]);
    const file = Buffer.from(
      JSON.stringify({
        type: 'FeatureCollection',
        crs: { type: 'name', properties: { name: 'EPSG:4548' } },
        features: [{ type: 'Feature', properties: { code: 'GEO-E' }, geometry: { type: 'Polygon', coordinates: [[[409000, 2778000], [409100, 2778000], [409100, 2778150], [409000, 2778150], [409000, 2778000]]] } }],
      }),
    );
    const east = await t.loginAs('PARK_STAFF', c.code, { zoneId: c.zones['东园'] });
    const forStaff = (await upload(file, 'east.geojson', 'kind=PARCELS&dryRun=true', east)).json().report as Report;
    expect(forStaff.problems.map((p) => p.kind)).toEqual(['OVERLAP']);
    expect(forStaff.problems[0]!.messageZh).toContain('本园区以外一宗已入库的宗地');
    expect(forStaff.problems[0]!.messageZh).not.toMatch(/GEO-W|西园保密地块/);
    // the county's land bureau sees which parcel it is
    const bureau = await t.loginAs('LAND_BUREAU', c.code);
    const forBureau = (await upload(file, 'east.geojson', 'kind=PARCELS&dryRun=true', bureau)).json().report as Report;
    expect(forBureau.problems[0]!.messageZh).toContain('GEO-W 西园保密地块');
  });

  it('a read-only user may not import', async () => {
    const leader = await t.loginAs('LEADER', a.code);
    const res = await upload(fixture('parcels-4527.zip'), 'parcels-4527.zip', 'kind=PARCELS', leader);
    expect(res.statusCode).toBe(403);
  });
});

describe('building footprints', () => {
  it('assigns each footprint to the parcel it lies on, replaces them on re-import, and refuses one outside every parcel', async () => {
    await clearGeometry(a.code);
    expect((await upload(fixture('parcels-4548.geojson'), 'parcels-4548.geojson', 'kind=PARCELS')).statusCode).toBe(200);
    const buildings = (rings: number[][][][]) => ({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'EPSG:4548' } },
      features: rings.map((r, i) => ({ type: 'Feature', properties: { name: `厂房${i + 1}` }, geometry: { type: 'Polygon', coordinates: r } })),
    });
    const box = (x: number, y: number, w: number, h: number) => [[[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]]];
    // 40 × 50 inside GEO-001; 60 × 20 mostly inside GEO-002 (crossing its west edge by 10 m)
    const file = Buffer.from(JSON.stringify(buildings([box(409010, 2778010, 40, 50), box(409190, 2778150, 60, 20)])));
    const res = await upload(file, 'buildings.geojson', 'kind=BUILDINGS');
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json().report as Report).matched.map((m) => [m.code, Math.round(m.computedAreaM2)])).toEqual([['GEO-001', 2000], ['GEO-002', 1200]]);
    expect((await upload(file, 'buildings.geojson', 'kind=BUILDINGS')).statusCode).toBe(200);
    const open = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM building_footprints WHERE jurisdiction_code = $1 AND closed_at IS NULL', [a.code]);
    expect(open.rows[0]!.n).toBe(2);
    const refs = await t.db.query<{ source_ref: string }>('SELECT source_ref FROM building_footprints WHERE jurisdiction_code = $1 AND closed_at IS NULL ORDER BY source_ref', [a.code]);
    expect(refs.rows.map((r) => r.source_ref)).toEqual(['厂房1', '厂房2']);
    const outside = await upload(Buffer.from(JSON.stringify(buildings([box(409800, 2778000, 20, 20)]))), 'b2.geojson', 'kind=BUILDINGS');
    expect(outside.statusCode).toBe(422);
    expect(outside.json().report.problems).toMatchObject([{ featureIndex: 1, kind: 'OUTSIDE_PARCELS' }]);
  });
});
