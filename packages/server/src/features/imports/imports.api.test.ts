import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { ImportSummary, LedgerProblem } from '@panhuo/domain';
import { createTestContext, type County, type TestContext } from '../../../test/helpers/context.ts';
import { PARCEL_HEADER, usccBadCheck, usccOk, workbookBuffer, type TestSheets } from './test-workbooks.ts';

let t: TestContext;
let county: County;
let staff: string;

beforeAll(async () => {
  t = await createTestContext();
  county = await t.createCounty();
  staff = await t.loginAs('LAND_BUREAU', county.code);
});
afterAll(() => t.close());

function multipart(file: Buffer, filename = 'ledger.xlsx') {
  const boundary = `----panhuo${randomUUID()}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
      'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n',
  );
  return {
    payload: Buffer.concat([head, file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const upload = (file: Buffer, cookie = staff, query = '') => t.request({ method: 'POST', url: `/api/v1/imports/ledger${query}`, cookie, ...multipart(file) });

const countRows = async (table: 'parcels' | 'enterprises' | 'parcel_years' | 'parcel_contracts') => {
  const { rows } = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE jurisdiction_code = $1`, [county.code]);
  return rows[0]!.n;
};

const ledgerFile = (prefix: string, overrides: { area?: number } = {}): TestSheets => ({
  企业: [
    ['企业名称', '统一社会信用代码', '企业规模'],
    [`${prefix}甲机械有限公司`, usccOk(Number.parseInt(prefix.replace(/\D/g, '') || '1', 10)), '规上企业'],
  ],
  地块: [
    PARCEL_HEADER,
    [`${prefix}-001`, '甲机械厂', '东环路 1 号', '0601 工业用地', overrides.area ?? 20000, 18000, '出让', '2019-05-20', 750, '东园', usccOk(Number.parseInt(prefix.replace(/\D/g, '') || '1', 10)), `${prefix}甲机械有限公司`],
    [`${prefix}-002`, '乙地块', null, '0601 工业用地', 6666.67, null, '出让', '2021-03-15', 280, '西园', null, null],
  ],
  合同: [['宗地编号', '约定动工日期', '约定竣工日期'], [`${prefix}-001`, '2019-11-20', '2021-11-20']],
  建设情况: [['宗地编号', '是否已动工开发', '是否停工'], [`${prefix}-001`, '是', '否'], [`${prefix}-002`, '否', '否']],
  经营情况: [['宗地编号', '生产经营状态', '职工人数'], [`${prefix}-001`, '正常生产', 120]],
  年度数据: [['宗地编号', '年度', '实缴税金（万元）'], [`${prefix}-001`, 2023, 680], [`${prefix}-001`, 2024, 730]],
});

describe('GET /imports/ledger/template', () => {
  it('downloads the .xlsx with a Chinese file name', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/imports/ledger/template', cookie: staff });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('台账导入模板.xlsx')}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.getWorksheet('地块')).toBeDefined();
  });

  it('needs a login', async () => {
    expect((await t.request({ method: 'GET', url: '/api/v1/imports/ledger/template' })).statusCode).toBe(401);
  });
});

describe('POST /imports/ledger', () => {
  it('imports a good file, then a second import of it changes nothing', async () => {
    const file = await workbookBuffer(ledgerFile('I1'));
    const first = await upload(file);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ jurisdictionCode: county.code, enterprisesCreated: 1, parcelsCreated: 2, parcelsUpdated: 0, parcelsUnchanged: 0 });

    const list = await t.request({ method: 'GET', url: '/api/v1/parcels?q=I1-', cookie: staff });
    const items = (list.json() as { items: Array<{ id: string; code: string; zone: { name: string } | null; stage: string }> }).items;
    expect(items.map((p) => [p.code, p.zone?.name, p.stage])).toEqual([
      ['I1-001', '东园', 'PRODUCING'],
      ['I1-002', '西园', 'NOT_STARTED'],
    ]);
    const detail = (await t.request({ method: 'GET', url: `/api/v1/parcels/${items[0]!.id}`, cookie: staff })).json() as {
      fields: Record<string, unknown>;
      contract: Record<string, unknown>;
      years: Array<Record<string, unknown>>;
      enterprise: { name: string };
    };
    expect(detail.fields).toMatchObject({ area_m2: 20000, grantedArea_m2: 18000, landPrice_yuan: 7_500_000, acquisitionDate: '2019-05-20', employees: 120 });
    expect(detail.contract).toMatchObject({ agreedStartDate: '2019-11-20' });
    expect(detail.years.map((y) => [y.year, y.taxPaid_yuan])).toEqual([[2023, 6_800_000], [2024, 7_300_000]]);
    expect(detail.enterprise.name).toBe('I1甲机械有限公司');

    const counts = [await countRows('parcels'), await countRows('enterprises'), await countRows('parcel_years'), await countRows('parcel_contracts')];
    const again = await upload(file);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ enterprisesCreated: 0, enterprisesUpdated: 0, parcelsCreated: 0, parcelsUpdated: 0, parcelsUnchanged: 2 });
    expect([await countRows('parcels'), await countRows('enterprises'), await countRows('parcel_years'), await countRows('parcel_contracts')]).toEqual(counts);

    const changed = await upload(await workbookBuffer(ledgerFile('I1', { area: 21000 })));
    expect(changed.json()).toMatchObject({ parcelsCreated: 0, parcelsUpdated: 1, parcelsUnchanged: 1 });
  });

  it('answers 422 with every problem and writes nothing', async () => {
    const before = [await countRows('parcels'), await countRows('enterprises')];
    const file = await workbookBuffer({
      地块: [
        PARCEL_HEADER,
        ['I2-001', '甲', null, null, -100],
        ['I2-002', '乙', null, null, 100, null, null, '2023-02-30'],
        ['I2-003', '丙', null, null, 100, null, null, null, null, '北园'],
        ['I2-004', '丁', null, '商住用地', '一百'],
        ['I2-004', '丁', null, null, 100],
        ['I2-005', '戊', null, null, 100, null, null, null, null, null, usccBadCheck(3), '戊公司'],
      ],
      年度数据: [['宗地编号', '年度'], ['I2-404', 2023]],
    });
    const res = await upload(file);
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json() as { code: string; detail: string; problems: LedgerProblem[] };
    expect(body.code).toBe('IMPORT_INVALID');
    const where = body.problems.map((p) => `${p.sheet}:${p.row}:${p.column}`);
    expect(where).toEqual([
      '地块:2:土地总面积（平方米）',
      '地块:3:土地取得日期',
      '地块:5:规划用途',
      '地块:5:土地总面积（平方米）',
      '地块:4:所属园区',
      '地块:6:宗地编号',
      '年度数据:2:宗地编号',
    ]);
    expect(body.detail).toBe('共发现 7 处问题，未写入任何数据');
    expect(body.problems.every((p) => /[\u4e00-\u9fff]/.test(p.message))).toBe(true);
    expect([await countRows('parcels'), await countRows('enterprises')]).toEqual(before);
  });

  it('reports a wrong credit-code check character as a warning of a successful import', async () => {
    const file = await workbookBuffer({ 地块: [PARCEL_HEADER, ['I3-001', '甲', null, null, 100, null, null, null, null, null, usccBadCheck(4), 'I3公司']] });
    const res = await upload(file);
    expect(res.statusCode).toBe(200);
    const summary = res.json() as ImportSummary;
    expect(summary.enterprisesCreated).toBe(1);
    expect(summary.warnings.filter((w) => w.column === '企业统一社会信用代码')).toHaveLength(1);
  });

  it('refuses what is not a workbook with 415, and an upload over 20 MB with 413', async () => {
    const text = await upload(Buffer.from('宗地编号,地块名称\nX,Y\n'));
    expect(text.statusCode).toBe(415);
    expect(text.json()).toMatchObject({ code: 'UNSUPPORTED_FILE' });
    const good = await workbookBuffer(ledgerFile('I4'));
    const corrupted = Buffer.from(good);
    corrupted.fill(0x41, 200, 2000);
    const bad = await upload(corrupted);
    expect(bad.statusCode).toBe(415);
    const big = Buffer.concat([good, Buffer.alloc(25 * 1024 * 1024, 0x20)]);
    const tooBig = await upload(big);
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json()).toMatchObject({ code: 'FILE_TOO_LARGE' });
    const empty = await upload(await workbookBuffer({}));
    expect(empty.statusCode).toBe(422);
    expect((empty.json() as { problems: LedgerProblem[] }).problems[0]!.message).toContain('没有任何工作表');
  });

  it('needs a multipart upload with a file', async () => {
    const json = await t.request({ method: 'POST', url: '/api/v1/imports/ledger', cookie: staff, payload: { a: 1 } });
    expect(json.statusCode).toBe(415);
    const boundary = 'xyz';
    const noFile = await t.request({
      method: 'POST',
      url: '/api/v1/imports/ledger',
      cookie: staff,
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n--${boundary}--\r\n`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(noFile.statusCode).toBe(400);
  });

  it('imports into a county of the user’s scope only', async () => {
    const file = await workbookBuffer({ 地块: [PARCEL_HEADER, ['I5-001', '甲', null, null, 100]] });
    const cityUser = await t.loginAs('LAND_BUREAU', county.cityCode);
    const noCounty = await upload(file, cityUser);
    expect(noCounty.statusCode).toBe(400);
    expect((noCounty.json() as { detail: string }).detail).toContain('县级辖区');
    expect((await upload(file, cityUser, `?jurisdictionCode=${county.cityCode}`)).statusCode).toBe(400);
    expect((await upload(file, cityUser, `?jurisdictionCode=${county.code}`)).statusCode).toBe(200);
    const other = await t.createCounty();
    expect((await upload(file, staff, `?jurisdictionCode=${other.code}`)).statusCode).toBe(403);
    const leader = await t.loginAs('LEADER', county.code);
    expect((await upload(file, leader)).statusCode).toBe(403);
  });

  it('a park user writes parcels of their own park only', async () => {
    const park = await t.loginAs('PARK_STAFF', county.code, { zoneId: county.zones['东园']! });
    const file = await workbookBuffer({ 地块: [PARCEL_HEADER, ['I6-001', '甲', null, null, 100, null, null, null, null, '西园']] });
    const res = await upload(file, park);
    expect(res.statusCode).toBe(422);
    expect((res.json() as { problems: LedgerProblem[] }).problems[0]).toMatchObject({ sheet: '地块', row: 2, column: '所属园区' });
  });
});

describe('GET /parcels/export', () => {
  it('exports the filtered ledger in the template’s layout, and the export imports back unchanged', async () => {
    await upload(await workbookBuffer(ledgerFile('E7')));
    const res = await t.request({ method: 'GET', url: '/api/v1/parcels/export?q=E7-', cookie: staff });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const parcels = wb.getWorksheet('地块')!;
    expect(parcels.getRow(2).getCell(1).value).toBe('E7-001');
    expect(parcels.getRow(3).getCell(1).value).toBe('E7-002');
    expect(parcels.getRow(4).getCell(1).value).toBeNull();
    // money in 万元, enums and yes/no by label
    expect(parcels.getRow(2).getCell(11).value).toBe(750);
    expect(parcels.getRow(2).getCell(8).value).toBe('出让');
    expect(wb.getWorksheet('建设情况')!.getRow(2).getCell(4).value).toBe('是');
    expect(wb.getWorksheet('年度数据')!.getRow(3).getCell(3).value).toBe(730);
    expect(wb.getWorksheet('企业')!.getRow(2).getCell(1).value).toBe('E7甲机械有限公司');

    const again = await upload(res.rawPayload);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ enterprisesCreated: 0, enterprisesUpdated: 0, parcelsCreated: 0, parcelsUpdated: 0, parcelsUnchanged: 2 });
  });

  it('exports nothing outside the user’s scope', async () => {
    const other = await t.createCounty();
    const outsider = await t.loginAs('LAND_BUREAU', other.code);
    const res = await t.request({ method: 'GET', url: '/api/v1/parcels/export', cookie: outsider });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.getWorksheet('地块')!.actualRowCount).toBe(1);
  });
});
