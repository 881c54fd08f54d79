import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, testUscc, type County, type TestContext } from '../helpers/context.ts';

let t: TestContext;
let a: County;
let b: County;
let staffA: string;

const parcel = (code: string, extra: Record<string, unknown> = {}) => ({
  values: { code, name: `${code} 地块`, area_m2: 20000, plannedUse: '0601', ...extra },
});

beforeAll(async () => {
  t = await createTestContext();
  a = await t.createCounty();
  b = await t.createCounty();
  await t.seedParcels(a.code, [
    { ...parcel('A-001', { started: false, location: '东环路1号' }), zoneName: '东园', enterpriseUscc: testUscc(1), enterpriseName: '甲机械有限公司', contract: { agreedStartDate: '2022-03-01' } },
    { ...parcel('A-002', { area_m2: 6666.67, started: true, completed: true, operationsStatus: 'PRODUCING' }), zoneName: '西园' },
    { ...parcel('A-003', { area_m2: 50000, started: true, halted: true, haltStartDate: '2023-01-10' }), zoneName: '东园', years: [{ year: 2023, taxPaid_yuan: 120000 }] },
  ]);
  await t.seedParcels(b.code, [parcel('B-001')]);
  staffA = await t.loginAs('LAND_BUREAU', a.code);
});
afterAll(() => t.close());

const list = async (cookie: string, query = '') => {
  const res = await t.request({ method: 'GET', url: `/api/v1/parcels${query}`, cookie });
  expect(res.statusCode).toBe(200);
  return res.json() as { items: Array<{ id: string; code: string; stage: string; zone: { name: string } | null }>; total: number };
};
const idOf = async (cookie: string, code: string) => (await list(cookie, `?q=${code}`)).items.find((p) => p.code === code)!.id;

describe('parcel list', () => {
  it('lists only the parcels of the user’s jurisdiction, paginated', async () => {
    const r = await list(staffA, '?pageSize=2');
    expect(r.total).toBe(3);
    expect(r.items.map((p) => p.code)).toEqual(['A-001', 'A-002']);
    const page2 = await list(staffA, '?pageSize=2&page=2');
    expect(page2.items.map((p) => p.code)).toEqual(['A-003']);
  });

  it('searches by code, location and enterprise name', async () => {
    expect((await list(staffA, `?q=${encodeURIComponent('东环路')}`)).items.map((p) => p.code)).toEqual(['A-001']);
    expect((await list(staffA, `?q=${encodeURIComponent('甲机械')}`)).items.map((p) => p.code)).toEqual(['A-001']);
  });

  it('filters by zone, stage and area, and sorts', async () => {
    expect((await list(staffA, `?zoneId=${a.zones['东园']}`)).items.map((p) => p.code)).toEqual(['A-001', 'A-003']);
    expect((await list(staffA, '?stage=CONSTRUCTION_HALTED')).items.map((p) => p.code)).toEqual(['A-003']);
    expect((await list(staffA, '?stage=NOT_STARTED')).items.map((p) => p.code)).toEqual(['A-001']);
    expect((await list(staffA, '?areaMin=10000&areaMax=30000')).items.map((p) => p.code)).toEqual(['A-001']);
    expect((await list(staffA, '?sort=area_m2&order=desc')).items.map((p) => p.code)).toEqual(['A-003', 'A-001', 'A-002']);
  });

  it('a city user sees the parcels of all its counties', async () => {
    const cityUser = await t.loginAs('LEADER', a.cityCode);
    const codes = (await list(cityUser)).items.map((p) => p.code);
    expect(codes).toContain('A-001');
  });

  it('a park user sees only their park', async () => {
    const park = await t.loginAs('PARK_STAFF', a.code, { zoneId: a.zones['西园'] });
    expect((await list(park)).items.map((p) => p.code)).toEqual(['A-002']);
  });

  it('rejects a bad filter with a Chinese message', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/parcels?zoneId=abc', cookie: staffA });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(res.json().detail).toContain('园区参数无效');
  });
});

describe('tenant isolation', () => {
  it('a user of county B can neither read nor change county A’s parcel by id', async () => {
    const id = await idOf(staffA, 'A-001');
    const staffB = await t.loginAs('LAND_BUREAU', b.code);
    const read = await t.request({ method: 'GET', url: `/api/v1/parcels/${id}`, cookie: staffB });
    expect(read.statusCode).toBe(404);
    const history = await t.request({ method: 'GET', url: `/api/v1/parcels/${id}/history`, cookie: staffB });
    expect(history.statusCode).toBe(404);
    const detail = (await t.request({ method: 'GET', url: `/api/v1/parcels/${id}`, cookie: staffA })).json();
    const write = await t.request({
      method: 'PUT',
      url: `/api/v1/parcels/${id}`,
      cookie: staffB,
      payload: { zoneId: null, enterpriseId: null, fields: { ...detail.fields, name: '被篡改' }, contract: null, years: [], version: detail.version },
    });
    expect(write.statusCode).toBe(404);
    const after = (await t.request({ method: 'GET', url: `/api/v1/parcels/${id}`, cookie: staffA })).json();
    expect(after.fields.name).toBe('A-001 地块');
    expect((await list(staffB)).items.map((p) => p.code)).toEqual(['B-001']);
  });

  it('a user of county B cannot create parcels in county A', async () => {
    const staffB = await t.loginAs('LAND_BUREAU', b.code);
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/parcels',
      cookie: staffB,
      payload: { jurisdictionCode: a.code, zoneId: null, enterpriseId: null, fields: { code: 'X-1', name: 'X', area_m2: 100 }, contract: null, years: [] },
    });
    expect(res.statusCode).toBe(403);
  });

  it('read-only roles get 403 on writes', async () => {
    const leader = await t.loginAs('LEADER', a.code);
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/parcels',
      cookie: leader,
      payload: { zoneId: null, enterpriseId: null, fields: { code: 'L-1', name: 'L', area_m2: 100 }, contract: null, years: [] },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().title).toBe('无权执行此操作');
  });
});

describe('parcel editing', () => {
  it('creates a parcel with its contract and years, derives its stage, and records it', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/parcels',
      cookie: staffA,
      payload: {
        zoneId: a.zones['东园'],
        enterpriseId: null,
        fields: { code: 'A-100', name: '新地块', area_m2: 13333.33, plannedUse: '0601', started: true, completed: true, operationsStatus: 'HALTED', haltProductionStartDate: '2024-05-01' },
        contract: { agreedStartDate: '2021-01-01', agreedCompletionDate: '2022-12-31', totalInvestment_yuan: 50_000_000 },
        years: [{ year: 2022, taxPaid_yuan: 300000, landUseTax_yuan: 40000, propertyTax_yuan: 20000 }],
      },
    });
    expect(res.statusCode).toBe(201);
    const p = res.json();
    expect(p).toMatchObject({ version: 1, stage: 'PRODUCTION_HALTED', zone: { name: '东园' } });
    expect(p.fields.area_m2).toBe(13333.33);
    expect(p.contract.totalInvestment_yuan).toBe(50_000_000);
    expect(p.years).toEqual([expect.objectContaining({ year: 2022, taxPaid_yuan: 300000 })]);
    const history = (await t.request({ method: 'GET', url: `/api/v1/parcels/${p.id}/history`, cookie: staffA })).json();
    expect(history.items[0]).toMatchObject({ action: 'CREATE', version: 1 });
  });

  it('edits a field and shows the change in the history with label, before and after', async () => {
    const id = await idOf(staffA, 'A-002');
    const before = (await t.request({ method: 'GET', url: `/api/v1/parcels/${id}`, cookie: staffA })).json();
    const res = await t.request({
      method: 'PUT',
      url: `/api/v1/parcels/${id}`,
      cookie: staffA,
      payload: { zoneId: before.zone.id, enterpriseId: null, fields: { ...before.fields, employees: 85 }, contract: before.contract, years: before.years, version: before.version },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: before.version + 1 });
    const history = (await t.request({ method: 'GET', url: `/api/v1/parcels/${id}/history`, cookie: staffA })).json();
    expect(history.items[0]).toMatchObject({
      action: 'UPDATE',
      version: before.version + 1,
      changes: [{ key: 'employees', labelZh: '职工人数', before: null, after: 85 }],
    });
    expect(history.items[0].actorName).toMatch(/^测试用户/);
  });

  it('the second of two concurrent saves gets 409 with what changed, and nothing is overwritten', async () => {
    const id = await idOf(staffA, 'A-003');
    const other = await t.loginAs('LAND_BUREAU', a.code);
    const read = (await t.request({ method: 'GET', url: `/api/v1/parcels/${id}`, cookie: staffA })).json();
    const save = (cookie: string, fields: Record<string, unknown>) =>
      t.request({
        method: 'PUT',
        url: `/api/v1/parcels/${id}`,
        cookie,
        payload: { zoneId: read.zone.id, enterpriseId: null, fields: { ...read.fields, ...fields }, contract: read.contract, years: read.years, version: read.version },
      });
    expect((await save(other, { remarks: '第一位同事的备注' })).statusCode).toBe(200);
    const second = await save(staffA, { name: '第二位同事改了名称' });
    expect(second.statusCode).toBe(409);
    const body = second.json();
    expect(body).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: read.version + 1 });
    expect(body.changes).toEqual([expect.objectContaining({ key: 'remarks', labelZh: '备注', before: null, after: '第一位同事的备注' })]);
    const now = (await t.request({ method: 'GET', url: `/api/v1/parcels/${id}`, cookie: staffA })).json();
    expect(now.fields).toMatchObject({ remarks: '第一位同事的备注', name: 'A-003 地块' });
  });

  it('rejects bad input with Chinese messages naming the field, and writes nothing', async () => {
    const post = (fields: Record<string, unknown>, rest: Record<string, unknown> = {}) =>
      t.request({ method: 'POST', url: '/api/v1/parcels', cookie: staffA, payload: { zoneId: null, enterpriseId: null, contract: null, years: [], fields: { code: 'BAD-1', name: '坏数据', area_m2: 100, ...fields }, ...rest } });
    const negative = await post({ area_m2: -5 });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().errors).toEqual([expect.objectContaining({ path: 'fields.area_m2', message: '「土地总面积（平方米）」必须大于 0' })]);
    const badDate = await post({ acquisitionDate: '2023-02-30' });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().detail).toContain('「土地取得日期」不是有效日期');
    const granted = await post({ grantedArea_m2: 200 });
    expect(granted.statusCode).toBe(400);
    expect(granted.json().errors[0]).toMatchObject({ path: 'fields.grantedArea_m2', message: '出让面积不能大于土地总面积' });
    const unknownZone = await post({}, { zoneId: b.zones['东园'] });
    expect(unknownZone.statusCode).toBe(400);
    expect(unknownZone.json().errors[0]).toMatchObject({ path: 'zoneId', message: '所属园区不存在或不属于该辖区' });
    const duplicate = await post({ code: 'A-001' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().detail).toBe('宗地编号「A-001」已存在');
    expect((await list(staffA, '?q=BAD-1')).total).toBe(0);
  });

  it('a malformed JSON body is a 400, not a 500', async () => {
    const res = await t.request({ method: 'POST', url: '/api/v1/parcels', cookie: staffA, payload: '{"fields": ', headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().title).toBe('请求内容有误');
  });
});

describe('enterprises', () => {
  it('lists enterprises with their parcels and warns about a wrong credit-code check character', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/enterprises',
      cookie: staffA,
      payload: { jurisdictionCode: a.code, fields: { name: '乙材料有限公司', uscc: testUscc(2).slice(0, 17) + (testUscc(2).endsWith('0') ? '1' : '0') } },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().usccWarnings[0]).toContain('校验位不符');
    const e = (await t.request({ method: 'GET', url: `/api/v1/enterprises?q=${encodeURIComponent('甲机械')}`, cookie: staffA })).json();
    expect(e.items[0]).toMatchObject({ name: '甲机械有限公司', parcelCount: 1, usccWarnings: [] });
    const detail = (await t.request({ method: 'GET', url: `/api/v1/enterprises/${e.items[0].id}`, cookie: staffA })).json();
    expect(detail.parcels.map((p: { code: string }) => p.code)).toEqual(['A-001']);
  });

  it('rejects a credit code of the wrong length', async () => {
    const res = await t.request({ method: 'POST', url: '/api/v1/enterprises', cookie: staffA, payload: { jurisdictionCode: a.code, fields: { name: '丙公司', uscc: '1234' } } });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('应为 18 位');
  });
});

describe('audit trail', () => {
  it('is append-only', async () => {
    await expect(t.db.query('UPDATE audit_log SET actor_name = $1', ['x'])).rejects.toThrow(/append-only/);
    await expect(t.db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
  });
});
