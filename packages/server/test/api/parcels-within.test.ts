import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestContext, type County, type TestContext } from '../helpers/context.ts';

let t: TestContext;
let a: County;
let staff: string;

/** A lon/lat rectangle (EPSG:4490) as a GeoJSON Polygon, anticlockwise and closed. */
const box = (w: number, s: number, e: number, n: number) => ({
  type: 'Polygon',
  coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]],
});
const parcel = (code: string, geometry: unknown) => ({ values: { code, name: `${code} 地块`, area_m2: 10_000, plannedUse: '0601' }, ...(geometry ? { geometry } : {}) });
const q = (g: unknown) => `within=${encodeURIComponent(typeof g === 'string' ? g : JSON.stringify(g))}`;

beforeAll(async () => {
  t = await createTestContext();
  a = await t.createCounty();
  const other = await t.createCounty();
  await t.seedParcels(a.code, [
    parcel('W-1', box(116.1, 25.1, 116.101, 25.101)),
    parcel('W-2', box(116.102, 25.1, 116.103, 25.101)),
    parcel('W-3', box(116.105, 25.1, 116.106, 25.101)),
    parcel('W-4', null),
  ]);
  // drawn in the same place, but another county's
  await t.seedParcels(other.code, [parcel('X-1', box(116.1, 25.1, 116.101, 25.101))]);
  staff = await t.loginAs('LAND_BUREAU', a.code);
});
afterAll(() => t.close());

const listCodes = async (query: string) => {
  const res = await t.request({ method: 'GET', url: `/api/v1/parcels?${query}`, cookie: staff });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as Array<{ code: string }>).map((p) => p.code);
};
const exportCodes = async (query: string) => {
  const res = await t.request({ method: 'GET', url: `/api/v1/parcels/export?${query}`, cookie: staff });
  expect(res.statusCode, res.body).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const codes: string[] = [];
  wb.getWorksheet('地块')!.eachRow((row, n) => {
    if (n > 1 && row.getCell(1).value) codes.push(String(row.getCell(1).value));
  });
  return codes;
};

describe('the ledger’s map selection (within)', () => {
  it('lists and exports exactly the parcels a box touches, of the user’s county only', async () => {
    // covers W-1 and half of W-2
    const selection = q(box(116.0995, 25.0995, 116.1025, 25.1015));
    expect(await listCodes(selection)).toEqual(['W-1', 'W-2']);
    expect(await exportCodes(selection)).toEqual(['W-1', 'W-2']);
    // combined with the other filters
    expect(await listCodes(`${selection}&q=W-2`)).toEqual(['W-2']);
  });

  it('takes a drawn polygon, not only a box', async () => {
    // a triangle reaching into W-3 only
    const triangle = { type: 'Polygon', coordinates: [[[116.104, 25.0995], [116.1055, 25.1005], [116.104, 25.1015], [116.104, 25.0995]]] };
    expect(await listCodes(q(triangle))).toEqual(['W-3']);
    expect(await listCodes(q(box(116.2, 25.2, 116.3, 25.3)))).toEqual([]);
  });

  it('refuses what is not a closed polygon of at most 500 vertices, in Chinese', async () => {
    const refused = async (within: unknown, message: string) => {
      for (const url of ['/api/v1/parcels', '/api/v1/parcels/export']) {
        const res = await t.request({ method: 'GET', url: `${url}?${q(within)}`, cookie: staff });
        expect(res.statusCode, `${url} ${JSON.stringify(within).slice(0, 80)}`).toBe(400);
        expect(res.json().detail).toContain(message);
      }
    };
    const open = box(116.1, 25.1, 116.101, 25.101);
    open.coordinates[0]!.pop();
    await refused(open, '未闭合');
    await refused({ type: 'Point', coordinates: [116.1, 25.1] }, 'GeoJSON 多边形');
    await refused('not json', 'GeoJSON');
    await refused(box(25.1, 116.1, 25.101, 116.101), '经度在前');
    const ring = Array.from({ length: 501 }, (_, i) => [116.1 + 0.001 * Math.cos((2 * Math.PI * i) / 501), 25.1 + 0.001 * Math.sin((2 * Math.PI * i) / 501)]);
    await refused({ type: 'Polygon', coordinates: [[...ring, ring[0]]] }, '顶点过多');
    const fine = ring.slice(0, 500);
    expect(await listCodes(q({ type: 'Polygon', coordinates: [[...fine, fine[0]]] }))).toEqual(['W-1']);
  });
});
