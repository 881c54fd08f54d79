import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type County, type TestContext } from '../helpers/context.ts';

/** Outlines drawn as rectangles in metres of EPSG:4548 (GK, CM 117°E) near 116.1°E, stored in 4490. */
let t: TestContext;
let a: County;
let b: County;
const X0 = 410_000;
const Y0 = 2_777_000;

async function rect(x0: number, y0: number, x1: number, y1: number): Promise<unknown> {
  const { rows } = await t.db.query<{ g: string }>('SELECT ST_AsGeoJSON(ST_Transform(ST_MakeEnvelope($1, $2, $3, $4, 4548), 4490), 9, 0) AS g', [
    X0 + x0, Y0 + y0, X0 + x1, Y0 + y1,
  ]);
  return JSON.parse(rows[0]!.g);
}
const parcel = (code: string, area_m2: number, geometry: unknown) => ({
  values: { code, name: `${code} 地块`, area_m2, plannedUse: '0601' },
  ...(geometry ? { geometry } : {}),
});

interface Checks {
  areaMismatches: Array<{ code: string; recordedM2: number; computedM2: number; diffRatio: number }>;
  overlaps: Array<{ a: { code: string }; b: { code: string }; overlapM2: number }>;
  missingGeometry: Array<{ code: string; areaM2: number }>;
  tolerance: number;
}

beforeAll(async () => {
  t = await createTestContext();
  a = await t.createCounty();
  b = await t.createCounty();
  await t.seedParcels(a.code, [
    parcel('C-OK', 10_000, await rect(0, 0, 100, 100)),
    // drawn 10 000 m², recorded 9 000: +11.1 %
    parcel('C-MISMATCH', 9_000, await rect(0, 150, 100, 250)),
    // drawn 10 000 m², recorded 9 950: +0.50 %, inside the default 1 %
    parcel('C-CLOSE', 9_950, await rect(0, 300, 100, 400)),
    // share a 10 m × 100 m strip
    parcel('C-OV1', 10_000, await rect(200, 0, 300, 100)),
    parcel('C-OV2', 10_000, await rect(290, 0, 390, 100)),
    // share an edge only
    parcel('C-EDGE1', 10_000, await rect(200, 150, 300, 250)),
    parcel('C-EDGE2', 10_000, await rect(300, 150, 400, 250)),
    // share a 0.005 m × 100 m sliver (0.5 m²): a drawing tolerance, not an overlap
    parcel('C-SLIVER1', 10_000, await rect(200, 300, 300, 400)),
    parcel('C-SLIVER2', 10_000, await rect(299.995, 300, 399.995, 400)),
    parcel('C-NOGEOM', 6_666.67, null),
  ]);
  // another county's parcel drawn over C-OK: not this county's user's to see
  await t.seedParcels(b.code, [parcel('B-OVER', 10_000, await rect(50, 0, 150, 100)), parcel('B-NOGEOM', 100, null)]);
});
afterAll(() => t.close());

const checks = async (cookie: string, query = '') => {
  const res = await t.request({ method: 'GET', url: `/api/v1/map/checks${query}`, cookie });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Checks;
};

describe('the map’s data checks', () => {
  it('lists area mismatches beyond the tolerance, true overlaps once per pair, and parcels not drawn', async () => {
    const staff = await t.loginAs('LAND_BUREAU', a.code);
    const c = await checks(staff);
    expect(c.tolerance).toBe(0.01);
    expect(c.areaMismatches.map((m) => m.code)).toEqual(['C-MISMATCH']);
    const [m] = c.areaMismatches;
    expect(m!.recordedM2).toBe(9_000);
    expect(Math.abs(m!.computedM2 - 10_000)).toBeLessThan(0.05);
    expect(m!.diffRatio).toBeCloseTo(1 / 9, 4);
    expect(c.overlaps).toHaveLength(1);
    expect([c.overlaps[0]!.a.code, c.overlaps[0]!.b.code]).toEqual(['C-OV1', 'C-OV2']);
    expect(Math.abs(c.overlaps[0]!.overlapM2 - 1_000)).toBeLessThan(0.05);
    expect(c.missingGeometry).toEqual([expect.objectContaining({ code: 'C-NOGEOM', areaM2: 6_666.67 })]);
  });

  it('follows the jurisdiction’s tolerance', async () => {
    const admin = await t.loginAs('ADMIN', a.code);
    const saved = await t.request({ method: 'PUT', url: '/api/v1/map/settings', cookie: admin, payload: { basemap: { kind: 'NONE' }, areaTolerance: 0.004, vacantSetbackM: 0, version: 0 } });
    expect(saved.statusCode, saved.body).toBe(200);
    const c = await checks(admin);
    expect(c.tolerance).toBe(0.004);
    expect(c.areaMismatches.map((m) => m.code)).toEqual(['C-MISMATCH', 'C-CLOSE']);
  });

  it('a city user may ask for one county; a county user sees only their own county', async () => {
    const city = await t.loginAs('LEADER', a.cityCode);
    const one = await checks(city, `?jurisdictionCode=${a.code}`);
    expect(one.missingGeometry.map((m) => m.code)).toEqual(['C-NOGEOM']);
    const other = await t.request({ method: 'GET', url: `/api/v1/map/checks?jurisdictionCode=${b.code}`, cookie: await t.loginAs('LAND_BUREAU', a.code) });
    expect(other.statusCode).toBe(404);
    const staffB = await t.loginAs('LAND_BUREAU', b.code);
    const cb = await checks(staffB);
    expect(cb.overlaps).toEqual([]);
    expect(cb.missingGeometry.map((m) => m.code)).toEqual(['B-NOGEOM']);
  });
});
