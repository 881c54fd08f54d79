import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { openTestDatabase } from '../../test/helpers/database.ts';
import { buildDemo } from './build.ts';
import { loadDemo } from './load.ts';
import { mapFaults } from './map.ts';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

describe('loadDemo', () => {
  it('writes the county, its parks and the whole ledger in one go, and is idempotent', async () => {
    const demo = buildDemo();
    const first = await loadDemo(db, '演示数据');
    expect(first).toEqual({ parcels: demo.batch.parcels.length, enterprises: demo.batch.enterprises.length });

    const count = async (sql: string) => (await db.query<{ n: number }>(sql, ['350899'])).rows[0]!.n;
    expect(await count('SELECT count(*)::int AS n FROM parcels WHERE jurisdiction_code = $1')).toBe(demo.batch.parcels.length);
    expect(await count('SELECT count(*)::int AS n FROM enterprises WHERE jurisdiction_code = $1')).toBe(demo.batch.enterprises.length);
    expect(await count('SELECT count(*)::int AS n FROM zones WHERE jurisdiction_code = $1 AND boundary IS NOT NULL')).toBe(3);

    const { rows } = await db.query<{ worst: number }>(
      // but for the outlines drawn wrong on purpose for the map's checks page (map.ts)
      `SELECT max(abs(ST_Area(geom::geography) / area_m2 - 1))::float8 AS worst FROM parcels WHERE jurisdiction_code = $1 AND NOT (code = ANY($2))`,
      ['350899', Object.keys(mapFaults)],
    );
    expect(rows[0]!.worst).toBeLessThan(0.01);

    const orgCounts = async () => [
      await count('SELECT count(*)::int AS n FROM org_units WHERE jurisdiction_code = $1'),
      await count('SELECT count(*)::int AS n FROM org_positions WHERE jurisdiction_code = $1'),
      await count('SELECT count(*)::int AS n FROM org_assignments WHERE jurisdiction_code = $1'),
      await count('SELECT count(*)::int AS n FROM org_bodies WHERE jurisdiction_code = $1'),
      await count('SELECT count(*)::int AS n FROM org_body_members WHERE jurisdiction_code = $1'),
    ];
    const { organisation: org } = demo;
    expect(await orgCounts()).toEqual([org.units.length, org.positions.length, org.assignments.length, org.bodies.length, org.memberships.length]);

    await loadDemo(db, '演示数据');
    expect(await count('SELECT count(*)::int AS n FROM parcels WHERE jurisdiction_code = $1')).toBe(demo.batch.parcels.length);
    expect(await orgCounts()).toEqual([org.units.length, org.positions.length, org.assignments.length, org.bodies.length, org.memberships.length]);
  });
});
