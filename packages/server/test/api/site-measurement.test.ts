import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '@panhuo/domain';
import { createTestContext, type County, type TestContext } from '../helpers/context.ts';

/**
 * Site measurement on hand-made outlines: drawn as rectangles in metres of EPSG:4548 (CGCS2000
 * GK, CM 117°E; easting 410 000 is about 116.1°E, so the parcel's own zone), stored in 4490.
 * Every expected area below is worked out by hand.
 */
let t: TestContext;
let a: County;
let staff: string;
const X0 = 410_000;
const Y0 = 2_777_000;
const ids: Record<string, string> = {};

/** A rectangle given in metres from (X0, Y0), as GeoJSON in EPSG:4490. */
async function rect(x0: number, y0: number, x1: number, y1: number): Promise<unknown> {
  const { rows } = await t.db.query<{ g: string }>('SELECT ST_AsGeoJSON(ST_Transform(ST_MakeEnvelope($1, $2, $3, $4, 4548), 4490), 9, 0) AS g', [
    X0 + x0, Y0 + y0, X0 + x1, Y0 + y1,
  ]);
  return JSON.parse(rows[0]!.g);
}

async function addFootprint(parcelCode: string, box: [number, number, number, number]) {
  const geometry = JSON.stringify(await rect(...box));
  await t.db.query(
    `INSERT INTO building_footprints (jurisdiction_code, id, parcel_id, source_ref, geom)
     VALUES ($1, $2, $3, $4, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON($5), 4490)))`,
    [a.code, randomUUID(), ids[parcelCode], `${parcelCode}-楼`, geometry],
  );
}

// 15 亩 producing at 6 667 元/亩 net of land-use and property tax: Jingde's JD-LOW-03 (< 1 万元/亩)
const lowTax = {
  started: true, actualStartDate: '2016-01-01', halted: false, completed: true, completionDate: '2017-06-01',
  operationsStatus: 'PRODUCING', productionStartDate: '2018-01-01',
};
const lowTaxYears = [2024, 2025].map((year) => ({ year, taxPaid_yuan: 200_000, landUseTax_yuan: 50_000, propertyTax_yuan: 50_000 }));

beforeAll(async () => {
  t = await createTestContext();
  a = await t.createCounty();
  const parcel = async (code: string, area_m2: number, geometry: unknown, extra: object = {}) => ({
    values: { code, name: `${code} 地块`, area_m2, plannedUse: '0601', ...lowTax, ...extra },
    contract: { agreedStartDate: '2015-12-01' },
    years: lowTaxYears,
    ...(geometry ? { geometry } : {}),
  });
  await t.seedParcels(a.code, [
    await parcel('S-CORNER', 10_000, await rect(0, 0, 100, 100)),
    await parcel('S-STRIP', 10_000, await rect(0, 0, 100, 100)),
    await parcel('S-SMALLER', 9_000, await rect(0, 0, 100, 100)),
    await parcel('S-NOGEOM', 10_000, null),
    await parcel('S-HISTORY', 10_000, await rect(0, 0, 100, 100)),
    // 200 m × 100 m, its construction period over, the vacant part developable on its own
    {
      ...(await parcel('S-YN', 20_000, await rect(0, 0, 200, 100), { vacantIndependentlyDevelopable: true })),
      contract: { agreedStartDate: '2015-12-01', constructionPeriodEnd: '2018-12-01' },
    },
  ]);
  const { rows } = await t.db.query<{ id: string; code: string }>('SELECT id, code FROM parcels WHERE jurisdiction_code = $1', [a.code]);
  for (const r of rows) ids[r.code] = r.id;
  // a 40 m × 40 m building in the south-west corner
  await addFootprint('S-CORNER', [0, 0, 40, 40]);
  // a building right across the parcel from y = 30 to 50: pieces 100 × 30 south and 100 × 50 north
  await addFootprint('S-STRIP', [-5, 30, 105, 50]);
  // two buildings overlapping each other (union 40 × 40) and one half outside the parcel (10 × 20 inside)
  await addFootprint('S-SMALLER', [0, 0, 40, 30]);
  await addFootprint('S-SMALLER', [0, 10, 40, 40]);
  await addFootprint('S-SMALLER', [90, 50, 110, 70]);
  await addFootprint('S-HISTORY', [60, 60, 100, 100]);
  staff = await t.loginAs('LAND_BUREAU', a.code);
});
afterAll(() => t.close());

const measure = (code: string, body?: object) =>
  t.request({ method: 'POST', url: `/api/v1/parcels/${ids[code]}/site-measurement`, cookie: staff, ...(body ? { payload: body } : {}) });
const within = (actual: number, expected: number) => expect(Math.abs(actual / expected - 1), `${actual} vs ${expected}`).toBeLessThan(0.001);

describe('measuring a parcel’s site from its building footprints', () => {
  it('a corner building: footprint, coverage, and the vacant rest with and without a setback', async () => {
    const res = await measure('S-CORNER', { setbackM: 0 });
    expect(res.statusCode, res.body).toBe(200);
    const m = res.json();
    within(m.buildingFootprint_m2, 1_600);
    expect(m.buildingCoverage).toBe(0.16);
    within(m.vacantContiguousArea_m2, 8_400);
    expect(m.measurement).toMatchObject({ setbackM: 0, footprintCount: 1, srid: 4548, parcelAreaM2: 10_000, coverageBasis: 'RECORDED_AREA' });
    within(m.measurement.computedParcelAreaM2, 10_000);
    expect(m.measurement.largestVacantMu).toBe(12.6);

    // 5 m around the building: the 45 × 45 square less its rounded outer corner (5² − π·5²/4)
    const set = (await measure('S-CORNER', { setbackM: 5 })).json();
    within(set.vacantContiguousArea_m2, 10_000 - (45 * 45 - (25 - (Math.PI * 25) / 4)));
    expect(set.measurement.method).toContain('5 米退让');
    expect(set.parcelVersion).toBe(m.parcelVersion + 1);
  });

  it('a building across the parcel leaves two pieces: the larger one counts', async () => {
    const m = (await measure('S-STRIP', { setbackM: 0 })).json();
    within(m.buildingFootprint_m2, 2_000);
    within(m.vacantContiguousArea_m2, 5_000);
    const set = (await measure('S-STRIP', { setbackM: 5 })).json();
    within(set.vacantContiguousArea_m2, 100 * 45);
  });

  it('unions overlapping footprints, clips them to the parcel and divides by the recorded area', async () => {
    const m = (await measure('S-SMALLER', { setbackM: 0 })).json();
    within(m.buildingFootprint_m2, 1_600 + 200);
    // 1 800 / 9 000 recorded, not / 10 000 drawn
    expect(m.buildingCoverage).toBe(0.2);
    within(m.vacantContiguousArea_m2, 10_000 - 1_800);
    expect(m.measurement.footprintCount).toBe(3);
    expect(m.measurement.parcelAreaM2).toBe(9_000);
  });

  it('writes the facts through the ledger: version, history with the reason, date and method on the parcel', async () => {
    const before = (await t.request({ method: 'GET', url: `/api/v1/parcels/${ids['S-HISTORY']}`, cookie: staff })).json();
    expect(before).toMatchObject({ siteMeasuredOn: null, siteMeasurement: null });
    const m = (await measure('S-HISTORY', { setbackM: 0 })).json();
    expect(m.parcelVersion).toBe(before.version + 1);
    const detail = (await t.request({ method: 'GET', url: `/api/v1/parcels/${ids['S-HISTORY']}`, cookie: staff })).json();
    expect(detail.version).toBe(m.parcelVersion);
    expect(detail.fields).toMatchObject({ buildingFootprint_m2: m.buildingFootprint_m2, buildingCoverage: 0.16, vacantContiguousArea_m2: m.vacantContiguousArea_m2 });
    expect(detail.siteMeasuredOn).toBe(todayInChina());
    expect(detail.siteMeasurement).toMatchObject({ setbackM: 0, srid: 4548, largestVacantM2: m.vacantContiguousArea_m2 });
    expect(detail.siteMeasurement.method).toContain('依据建筑物基底图形测算');

    const history = (await t.request({ method: 'GET', url: `/api/v1/parcels/${ids['S-HISTORY']}/history`, cookie: staff })).json().items;
    const latest = history[0];
    expect(latest).toMatchObject({ action: 'UPDATE', reason: '依据建筑物基底图形测算', version: m.parcelVersion });
    expect(latest.changes.map((c: { key: string }) => c.key).sort()).toEqual(['buildingCoverage', 'buildingFootprint_m2', 'vacantContiguousArea_m2']);
    expect(latest.changes.find((c: { key: string }) => c.key === 'buildingCoverage')).toMatchObject({ labelZh: '建筑系数（%）', before: null, after: 0.16 });

    // measured again with nothing changed: the ledger keeps its version
    const again = (await measure('S-HISTORY', { setbackM: 0 })).json();
    expect(again.parcelVersion).toBe(m.parcelVersion);
  });

  it('uses the jurisdiction’s setback when the request names none', async () => {
    const admin = await t.loginAs('ADMIN', a.code);
    const version = (await t.request({ method: 'GET', url: '/api/v1/map/settings', cookie: admin })).json().version;
    const saved = await t.request({ method: 'PUT', url: '/api/v1/map/settings', cookie: admin, payload: { basemap: { kind: 'NONE' }, areaTolerance: 0.01, vacantSetbackM: 5, version } });
    expect(saved.statusCode, saved.body).toBe(200);
    const res = await measure('S-STRIP');
    expect(res.statusCode, res.body).toBe(200);
    const m = res.json();
    expect(m.measurement.setbackM).toBe(5);
    within(m.vacantContiguousArea_m2, 4_500);
  });

  it('refuses a parcel that is not drawn yet, in Chinese', async () => {
    const res = await measure('S-NOGEOM', { setbackM: 0 });
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toContain('尚未标图入库');
  });

  it('refuses a read-only user and a parcel of another county', async () => {
    const leader = await t.loginAs('LEADER', a.code);
    expect((await t.request({ method: 'POST', url: `/api/v1/parcels/${ids['S-CORNER']}/site-measurement`, cookie: leader, payload: {} })).statusCode).toBe(403);
    const b = await t.createCounty();
    const other = await t.loginAs('LAND_BUREAU', b.code);
    expect((await t.request({ method: 'POST', url: `/api/v1/parcels/${ids['S-CORNER']}/site-measurement`, cookie: other, payload: {} })).statusCode).toBe(404);
  });

  it('measures every parcel with footprints in one batch', async () => {
    const res = await t.request({ method: 'POST', url: '/api/v1/map/site-measurements', cookie: staff, payload: { setbackM: 0 } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((i: { code: string; name: string }) => `${i.code}|${i.name}`)).toEqual([
      'S-CORNER|S-CORNER 地块',
      'S-HISTORY|S-HISTORY 地块',
      'S-SMALLER|S-SMALLER 地块',
      'S-STRIP|S-STRIP 地块',
    ]);
  });
});

describe('the identification rules see the measured vacant land', () => {
  it('Yongning: YN-LOW-02b is met by a measured piece over 10 亩 and not by one of 9 亩', async () => {
    const criterion = async () => {
      const res = await t.request({ method: 'POST', url: '/api/v1/identification/runs', cookie: staff, payload: { jurisdictionCode: a.code, ruleSetId: 'yongning-2023-draft', asOf: '2026-11-23' } });
      expect(res.statusCode, res.body).toBe(201);
      const detail = await t.request({ method: 'GET', url: `/api/v1/identification/runs/${res.json().id}/results/${ids['S-YN']}`, cookie: staff });
      expect(detail.statusCode, detail.body).toBe(200);
      return (detail.json() as { criteria: Array<{ id: string; status: string; evidenceZh: string }> }).criteria.find((c) => c.id === 'YN-LOW-02b')!;
    };
    // before any measurement the ledger has no vacant area: the criterion cannot be decided
    expect((await criterion()).status).toBe('UNKNOWN');
    // one 40 m × 40 m building in a corner: 20 000 − 1 600 = 18 400 m² (27.6 亩) vacant in one piece
    await addFootprint('S-YN', [0, 0, 40, 40]);
    within((await measure('S-YN', { setbackM: 0 })).json().vacantContiguousArea_m2, 18_400);
    const met = await criterion();
    expect(met.status).toBe('MET');
    expect(met.evidenceZh).toContain('超过 10 亩');
    // buildings over all but the 100 m × 60 m north-east corner: 6 000 m² = 9 亩, not over 10 亩
    await addFootprint('S-YN', [40, 0, 200, 40]);
    await addFootprint('S-YN', [0, 40, 100, 100]);
    within((await measure('S-YN', { setbackM: 0 })).json().vacantContiguousArea_m2, 6_000);
    expect((await criterion()).status).toBe('NOT_MET');
  });

  it('Jingde: a low-tax parcel with more than 5 亩 measured vacant gets 分割转让 (D-JD03) as a candidate', async () => {
    const run = async () => {
      const res = await t.request({ method: 'POST', url: '/api/v1/identification/runs', cookie: staff, payload: { jurisdictionCode: a.code, ruleSetId: 'jingde-2022', asOf: '2026-11-23' } });
      expect(res.statusCode, res.body).toBe(201);
      const detail = await t.request({ method: 'GET', url: `/api/v1/identification/runs/${res.json().id}/results/${ids['S-CORNER']}`, cookie: staff });
      expect(detail.statusCode, detail.body).toBe(200);
      return detail.json() as { primaryCategory: string; candidateDisposals: string[]; facts: { site?: { vacantContiguousArea_m2?: number; buildingCoverage?: number } } };
    };
    // 8 400 m² = 12.6 亩 vacant with no setback
    await measure('S-CORNER', { setbackM: 0 });
    const after = await run();
    expect(after.primaryCategory).toBe('INEFFICIENT');
    within(after.facts.site!.vacantContiguousArea_m2!, 8_400);
    expect(after.facts.site!.buildingCoverage).toBe(0.16);
    expect(after.candidateDisposals).toContain('D-JD03');

    // a building covering all but 60 × 50 m = 3 000 m² (4.5 亩): no longer over 5 亩
    await addFootprint('S-CORNER', [40, 0, 100, 50]);
    await addFootprint('S-CORNER', [0, 40, 40, 100]);
    const m = (await measure('S-CORNER', { setbackM: 0 })).json();
    within(m.vacantContiguousArea_m2, 3_000);
    const later = await run();
    within(later.facts.site!.vacantContiguousArea_m2!, 3_000);
    expect(later.candidateDisposals).not.toContain('D-JD03');
  });
});
