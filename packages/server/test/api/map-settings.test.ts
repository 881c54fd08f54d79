import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type County, type TestContext } from '../helpers/context.ts';

let t: TestContext;
let a: County;

beforeAll(async () => {
  t = await createTestContext();
  a = await t.createCounty();
});
afterAll(() => t.close());

const get = async (cookie: string, query = '') => {
  const res = await t.request({ method: 'GET', url: `/api/v1/map/settings${query}`, cookie });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const put = (cookie: string, payload: object) => t.request({ method: 'PUT', url: '/api/v1/map/settings', cookie, payload });

describe('map settings', () => {
  it('defaults to no basemap, 1 % tolerance and no setback while nothing is set', async () => {
    const staff = await t.loginAs('LAND_BUREAU', a.code);
    expect(await get(staff)).toEqual({
      jurisdictionCode: a.code,
      basemap: { kind: 'NONE' },
      areaTolerance: 0.01,
      vacantSetbackM: 0,
      version: 0,
      inheritedFrom: null,
    });
  });

  it('a city admin’s settings apply to its counties until a county sets its own', async () => {
    const cityAdmin = await t.loginAs('ADMIN', a.cityCode);
    const saved = await put(cityAdmin, { basemap: { kind: 'TIANDITU', key: 'abcdef0123456789abcdef0123456789', layer: 'img' }, areaTolerance: 0.02, vacantSetbackM: 5, version: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ jurisdictionCode: a.cityCode, version: 1, inheritedFrom: null });

    const staff = await t.loginAs('LAND_BUREAU', a.code);
    // the 天地图 key reaches every reader: the browser needs it to load the tiles
    expect(await get(staff)).toMatchObject({
      jurisdictionCode: a.code,
      basemap: { kind: 'TIANDITU', key: 'abcdef0123456789abcdef0123456789', layer: 'img' },
      areaTolerance: 0.02,
      vacantSetbackM: 5,
      version: 0,
      inheritedFrom: a.cityCode,
    });

    const countyAdmin = await t.loginAs('ADMIN', a.code);
    const own = await put(countyAdmin, { basemap: { kind: 'XYZ', url: 'https://tiles.example.cn/{z}/{x}/{-y}.png', attribution: '县测绘院' }, areaTolerance: 0.005, vacantSetbackM: 0, version: 0 });
    expect(own.statusCode, own.body).toBe(200);
    expect(await get(staff)).toMatchObject({ basemap: { kind: 'XYZ', url: 'https://tiles.example.cn/{z}/{x}/{-y}.png' }, areaTolerance: 0.005, version: 1, inheritedFrom: null });
    // the city itself keeps its own
    expect(await get(cityAdmin)).toMatchObject({ areaTolerance: 0.02, version: 1 });
  });

  it('refuses a stale version with 409 and records each save in the audit trail', async () => {
    const b = await t.createCounty();
    const admin = await t.loginAs('ADMIN', b.code);
    const body = { basemap: { kind: 'WMTS', url: 'https://gis.example.cn/wmts', layer: 'dom', matrixSet: 'c', format: 'image/png' }, areaTolerance: 0.01, vacantSetbackM: 3, version: 0 };
    expect((await put(admin, body)).statusCode).toBe(200);
    const stale = await put(admin, { ...body, vacantSetbackM: 4 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 1 });
    expect(stale.json().detail).toContain('地图设置');
    expect((await put(admin, { ...body, vacantSetbackM: 4, version: 1 })).json()).toMatchObject({ vacantSetbackM: 4, version: 2 });
    const { rows } = await t.db.query<{ action: string; after: { vacantSetbackM: number } }>(
      `SELECT action, after FROM audit_log WHERE jurisdiction_code = $1 AND entity_type = 'map_settings' ORDER BY id`,
      [b.code],
    );
    expect(rows.map((r) => [r.action, r.after.vacantSetbackM])).toEqual([['CREATE', 3], ['UPDATE', 4]]);
  });

  it('checks the basemap and the numbers, in Chinese', async () => {
    const admin = await t.loginAs('ADMIN', a.code);
    const version = (await get(admin)).version;
    const refused = async (payload: object, message: string) => {
      const res = await put(admin, { areaTolerance: 0.01, vacantSetbackM: 0, version, ...payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().detail).toContain(message);
    };
    await refused({ basemap: { kind: 'XYZ', url: 'https://tiles.example.cn/{z}/{x}.png' } }, '{z}、{x} 和 {y}');
    await refused({ basemap: { kind: 'XYZ', url: 'ftp://tiles.example.cn/{z}/{x}/{y}.png' } }, 'http://');
    await refused({ basemap: { kind: 'TIANDITU', key: 'key with spaces!', layer: 'vec' } }, '天地图密钥');
    await refused({ basemap: { kind: 'TIANDITU', key: 'abcdef0123456789', layer: 'ter' } }, 'vec（矢量）或 img（影像）');
    await refused({ basemap: { kind: 'WMTS', url: 'https://gis.example.cn/wmts', layer: 'dom' } }, '矩阵集');
    await refused({ basemap: { kind: 'GOOGLE' } }, '底图类型');
    await refused({ basemap: { kind: 'NONE' }, areaTolerance: 0 }, '面积容差须大于 0');
    await refused({ basemap: { kind: 'NONE' }, vacantSetbackM: 150 }, '退让距离不能超过 100 米');
  });

  it('only an administrator may change them', async () => {
    const staff = await t.loginAs('LAND_BUREAU', a.code);
    const res = await put(staff, { basemap: { kind: 'NONE' }, areaTolerance: 0.01, vacantSetbackM: 0, version: 1 });
    expect(res.statusCode).toBe(403);
  });
});
