import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParcelRecord } from '@panhuo/domain';
import { createTestContext, type County, type TestContext } from '../helpers/context.ts';

let t: TestContext;
let county: County;

beforeAll(async () => {
  t = await createTestContext();
  county = await t.createCounty();
});
afterAll(() => t.close());

const parcels = (n: number): ParcelRecord[] =>
  Array.from({ length: n }, (_, i) => ({ values: { code: `BIG-${i}`, name: `地块${i}`, area_m2: 1000 + i }, zoneName: '东园', enterpriseName: `企业${i % 50}` }));

describe('a large batch', () => {
  it('writes nothing when a problem comes after the first chunks were sent', async () => {
    const batch = parcels(12_000);
    batch[11_999]!.zoneName = '不存在的园区';
    await expect(t.seedParcels(county.code, batch)).rejects.toMatchObject({ code: 'IMPORT_INVALID' });
    const { rows } = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM parcels WHERE jurisdiction_code = $1', [county.code]);
    expect(rows[0]!.n).toBe(0);
    const audit = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log WHERE jurisdiction_code = $1', [county.code]);
    expect(audit.rows[0]!.n).toBe(0);
  });

  it('writes every parcel, enterprise and audit record of a good one', async () => {
    await t.seedParcels(county.code, parcels(12_000));
    const count = async (sql: string) => (await t.db.query<{ n: number }>(sql, [county.code])).rows[0]!.n;
    expect(await count('SELECT count(*)::int AS n FROM parcels WHERE jurisdiction_code = $1')).toBe(12_000);
    expect(await count('SELECT count(*)::int AS n FROM enterprises WHERE jurisdiction_code = $1')).toBe(50);
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE jurisdiction_code = $1 AND action = 'CREATE'`)).toBe(12_050);
  });
});
