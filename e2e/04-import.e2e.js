// 导入台账 with a workbook that has errors: the problems are listed and nothing is written.
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { test } from './harness.js';
import { apiList, button, chooseInSelect, eventually, login, openParcelList } from './helpers.js';

const stamp = Date.now().toString(36).toUpperCase();
const code = `E2E-IMP-${stamp}`;
let before; // parcel and enterprise totals before the import
let row; // the worksheet row of the bad parcel
let sheetName;

/** Text of an exceljs cell value (rich text, formulas, hyperlinks included). */
function cellText(v) {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'object') return String(v);
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v.richText)) return v.richText.map((t) => t.text).join('');
  if ('result' in v) return cellText(v.result);
  if ('text' in v) return String(v.text);
  return '';
}

/** The ledger template with one bad parcel on the 地块 sheet: a negative area and 2023-02-30. */
async function badWorkbook(api) {
  const r = await api.bytes('/imports/ledger/template');
  assert.equal(r.status, 200, `GET /imports/ledger/template answered ${r.status}`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(r.body);
  const ws = wb.worksheets.find((w) => w.name.includes('地块'));
  assert.ok(ws, `the template has no 地块 sheet: ${wb.worksheets.map((w) => w.name).join(', ')}`);
  sheetName = ws.name;

  // the header row is the one that names 宗地编号
  let headerRow = null;
  ws.eachRow((r) => {
    if (!headerRow && r.values.some((v) => cellText(v).includes('宗地编号'))) headerRow = r;
  });
  assert.ok(headerRow, 'the 地块 sheet has no header 宗地编号');
  const col = (label) => {
    let found = null;
    headerRow.eachCell((c, n) => {
      if (!found && cellText(c.value).includes(label)) found = n;
    });
    assert.ok(found, `the 地块 sheet has no column 「${label}」`);
    return found;
  };
  // below the last row that has anything in it (the template may hold hint rows)
  let last = headerRow.number;
  ws.eachRow((r) => {
    if (r.values.some((v) => cellText(v).trim() !== '')) last = Math.max(last, r.number);
  });
  row = last + 1;
  const r2 = ws.getRow(row);
  r2.getCell(col('宗地编号')).value = code;
  r2.getCell(col('地块名称')).value = '端到端测试导入地块';
  r2.getCell(col('土地总面积')).value = -120.5;
  r2.getCell(col('土地取得日期')).value = '2023-02-30';
  r2.commit();
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('log in and note the totals', async ({ page, baseUrl, api, admin }) => {
  await login(page, baseUrl, admin);
  await openParcelList(page);
  before = {
    parcels: (await apiList(api, '/parcels', { pageSize: 1 })).total,
    enterprises: (await apiList(api, '/enterprises', { pageSize: 1 })).total,
  };
});

test('导入台账 lists the problems of a bad workbook', async ({ page, api }) => {
  const xlsx = await badWorkbook(api);

  const entry = page
    .getByRole('menuitem', { name: '导入台账' })
    .or(page.getByRole('link', { name: '导入台账' }))
    .or(button(page, '导入台账'));
  await entry.first().click();
  await page.waitForURL(/\/imports\/ledger/);

  // an administrator of several jurisdictions chooses the county to import into
  const jurisdiction = page.locator('.ant-select', { has: page.getByText('请选择行政区', { exact: true }) });
  if (await jurisdiction.count()) {
    const { items } = await apiList(api, '/jurisdictions');
    const county = items.find((j) => j.level === 'COUNTY');
    assert.ok(county, 'no county among /jurisdictions');
    await chooseInSelect(page, jurisdiction.first(), county.name);
  }

  // the upload area is disabled until the page knows the user's counties
  const input = page.locator('input[type=file]').first();
  await eventually(async () => {
    assert.equal(await page.locator('.ant-upload-disabled').count(), 0, 'the upload area is disabled');
    assert.ok(await input.isEnabled(), 'the file input is disabled');
  });
  await input.setInputFiles({
    name: '错误台账.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: xlsx,
  });
  const start = button(page, '开始导入').or(button(page, '导入'));
  if (await start.count()) await start.first().click();

  const problems = page.locator('.ant-table', { has: page.locator('th', { hasText: '问题' }) }).first();
  await problems.locator('tbody tr.ant-table-row').first().waitFor({ timeout: 60_000 });
  const hs = (await problems.locator('thead th').allInnerTexts()).map((h) => h.trim());
  const idx = Object.fromEntries(['工作表', '行', '列', '问题'].map((h) => [h, hs.indexOf(h)]));
  for (const [h, i] of Object.entries(idx)) assert.ok(i >= 0, `the problems table has no column 「${h}」: ${JSON.stringify(hs)}`);

  const rows = [];
  const trs = problems.locator('tbody tr.ant-table-row');
  for (let i = 0; i < (await trs.count()); i++) rows.push((await trs.nth(i).locator('td').allInnerTexts()).map((t) => t.trim()));
  const about = (label) =>
    rows.find((c) => c[idx['工作表']] === sheetName && c[idx['行']] === String(row) && c[idx['列']].includes(label));
  const dump = rows.map((c) => c.join(' | ')).join('\n');
  const area = about('土地总面积');
  assert.ok(area, `no problem about 土地总面积 on ${sheetName} row ${row}:\n${dump}`);
  assert.match(area[idx['问题']], /[\u4e00-\u9fff]/);
  const date = about('土地取得日期');
  assert.ok(date, `no problem about 土地取得日期 on ${sheetName} row ${row}:\n${dump}`);
  assert.match(date[idx['问题']], /[\u4e00-\u9fff]/);
});

test('nothing was written', async ({ api }) => {
  await eventually(async () => {
    assert.equal((await apiList(api, '/parcels', { q: code })).total, 0, `the parcel ${code} was imported`);
    assert.equal((await apiList(api, '/parcels', { pageSize: 1 })).total, before.parcels);
    assert.equal((await apiList(api, '/enterprises', { pageSize: 1 })).total, before.enterprises);
  }, { timeout: 3000 });
});
