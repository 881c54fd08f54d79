import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQUARE_METRES_PER_MU } from '@panhuo/domain';
import type { Database } from '../db/database.ts';
import { openTestDatabase } from '../../test/helpers/database.ts';
import { findAreaMismatches, findMissingGeometry, findOverlaps, gkAreaSql } from '../features/map/checks-repository.ts';
import { buildDemo } from './build.ts';
import { COUNTY_CODE, DEMO_AS_OF } from './county.ts';
import { loadDemo } from './load.ts';
import { DEMO_SETBACK_M, mapFaults } from './map.ts';

let db: Database;
const demo = buildDemo();
const scope = { codes: [COUNTY_CODE], zoneId: null };
beforeAll(async () => {
  db = await openTestDatabase();
  await loadDemo(db, '演示数据');
});
afterAll(() => db.close());

const faults = (kind: 'UNDRAWN' | 'drawnAreaError' | 'shiftM') =>
  Object.entries(mapFaults)
    .filter(([, f]) => (kind === 'UNDRAWN' ? f === 'UNDRAWN' : typeof f === 'object' && f[kind] !== undefined))
    .map(([code]) => code)
    .sort();

describe('the demo county on the map', () => {
  it('shows on the checks page exactly its deliberate faults, and every other outline matches its recorded area in its GK zone', async () => {
    const mismatches = await findAreaMismatches(db, scope, undefined, 0.01);
    expect(mismatches.map((m) => m.code).sort()).toEqual(faults('drawnAreaError'));
    const overlaps = await findOverlaps(db, scope, undefined, 1);
    expect(overlaps.map((o) => [o.aCode, o.bCode])).toEqual([['QL-XC-045', 'QL-XC-046']]);
    expect(faults('shiftM')).toEqual(['QL-XC-045']);
    expect((await findMissingGeometry(db, scope, undefined)).map((m) => m.code).sort()).toEqual(faults('UNDRAWN'));
    // the layout's local approximation is far better than the 1 % tolerance
    const { rows } = await db.query<{ worst: number }>(
      `SELECT max(abs(${gkAreaSql('geom')} / area_m2 - 1))::float8 AS worst FROM parcels
        WHERE jurisdiction_code = $1 AND geom IS NOT NULL AND NOT (code = ANY($2))`,
      [COUNTY_CODE, faults('drawnAreaError')],
    );
    expect(rows[0]!.worst).toBeLessThan(0.001);
  });

  it('has building footprints inside the parcels where something is built, and none where nothing is', async () => {
    const { rows } = await db.query<{ code: string; started: boolean; n: number; inside: boolean; share: number | null }>(
      `SELECT p.code, p.started, count(b.id)::int AS n, coalesce(bool_and(ST_CoveredBy(b.geom, ST_Buffer(p.geom, 0.000001))), true) AS inside,
              (sum(${gkAreaSql('b.geom')}) / p.area_m2)::float8 AS share
         FROM parcels p LEFT JOIN building_footprints b ON b.jurisdiction_code = p.jurisdiction_code AND b.parcel_id = p.id
        WHERE p.jurisdiction_code = $1 GROUP BY p.code, p.started, p.area_m2 ORDER BY p.code`,
      [COUNTY_CODE],
    );
    const built = rows.filter((r) => r.n > 0);
    expect(built.length).toBeGreaterThan(80);
    expect(built.length).toBe(demo.batch.parcels.filter((p) => p.values.started && p.values.buildingFootprint_m2 && p.geometry).length);
    for (const r of built) {
      expect(r.started, r.code).toBe(true);
      expect(r.inside, r.code).toBe(true);
      expect(r.share!, r.code).toBeGreaterThan(0.1);
      expect(r.share!, r.code).toBeLessThan(0.7);
    }
    const footprintCount = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM building_footprints WHERE jurisdiction_code = $1', [COUNTY_CODE]);
    expect(footprintCount.rows[0]!.n).toBe(demo.footprints.length);
  });

  it('has measured the large vacant parcels from their footprints on the demo date, with the county’s setback', async () => {
    const { rows } = await db.query<{ code: string; on: string; m: { setbackM: number; largestVacantMu: number }; vacant: number; recorded: number }>(
      `SELECT code, site_measured_on AS on, site_measurement AS m, vacant_contiguous_area_m2::float8 AS vacant FROM parcels
        WHERE jurisdiction_code = $1 AND site_measured_on IS NOT NULL ORDER BY code`,
      [COUNTY_CODE],
    );
    expect(rows.map((r) => r.code)).toEqual([...demo.measuredCodes].sort());
    for (const r of rows) {
      expect(r.on).toBe(DEMO_AS_OF);
      expect(r.m.setbackM).toBe(DEMO_SETBACK_M);
      const drafted = demo.batch.parcels.find((p) => p.values.code === r.code)!.values.vacantContiguousArea_m2 as number;
      // the buildings were laid out to leave the drafted vacant strip
      expect(Math.abs(r.vacant - drafted), r.code).toBeLessThan(Math.max(0.05 * drafted, 200));
    }
    for (const code of ['QL-XC-024', 'QL-SL-025']) expect(rows.find((r) => r.code === code)!.vacant / SQUARE_METRES_PER_MU, code).toBeGreaterThan(10);
  });
});
