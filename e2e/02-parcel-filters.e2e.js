// Filtering 地块台账: the search box and the 园区 filter.
import assert from 'node:assert/strict';
import { test } from './harness.js';
import {
  apiList,
  chooseInSelect,
  columnIndex,
  eventually,
  login,
  openParcelList,
  paginationTotal,
  rowCells,
  waitForTableRows,
} from './helpers.js';

const SEARCH_PLACEHOLDER = '搜索宗地编号、地块名称、坐落或企业';
let all; // every parcel the admin sees, from the API

test('log in and open 地块台账', async ({ page, baseUrl, api, admin }) => {
  await login(page, baseUrl, admin);
  await openParcelList(page);
  all = await apiList(api, '/parcels', { pageSize: 200 });
  assert.ok(all.total >= 80 && all.items.length === Math.min(all.total, 200));
  assert.equal(await paginationTotal(page), all.total);
});

/** An enterprise that holds some of the parcels but not all of them. */
function someEnterpriseName() {
  const counts = new Map();
  for (const p of all.items) if (p.enterprise) counts.set(p.enterprise.name, (counts.get(p.enterprise.name) ?? 0) + 1);
  const names = [...counts.entries()].filter(([, n]) => n >= 1 && n < all.total).sort((a, b) => b[1] - a[1]);
  assert.ok(names.length > 0, 'no parcel of the demo county has an enterprise');
  return names[0][0];
}

test('the search box narrows the list to matching parcels', async ({ page, api }) => {
  const q = someEnterpriseName();
  const expected = await apiList(api, '/parcels', { q, pageSize: 200 });
  assert.ok(expected.total > 0 && expected.total < all.total);

  const box = page.getByPlaceholder(SEARCH_PLACEHOLDER);
  await box.fill(q);
  await box.press('Enter');
  await eventually(async () => assert.equal(await paginationTotal(page), expected.total));
  await waitForTableRows(page);

  const codeCol = await columnIndex(page, '宗地编号');
  const codes = new Set(expected.items.map((p) => p.code));
  const rows = await rowCells(page);
  assert.equal(rows.length, Math.min(expected.total, rows.length));
  for (const cells of rows) {
    assert.ok(codes.has(cells[codeCol]), `row ${cells[codeCol]} is not a parcel matching 「${q}」`);
    assert.ok(cells.join(' ').includes(q), `row ${cells[codeCol]} does not show 「${q}」: ${JSON.stringify(cells)}`);
  }

  // clearing the search shows everything again
  await box.fill('');
  await box.press('Enter');
  await eventually(async () => assert.equal(await paginationTotal(page), all.total));
});

test('the 园区 filter shows only the parcels of that zone', async ({ page, api }) => {
  const counts = new Map();
  for (const p of all.items) if (p.zone) counts.set(p.zone.id, { zone: p.zone, n: (counts.get(p.zone.id)?.n ?? 0) + 1 });
  const candidates = [...counts.values()].filter((c) => c.n < all.total).sort((a, b) => b.n - a.n);
  assert.ok(candidates.length > 0, 'no parcel of the demo county lies in a 园区');
  const { zone } = candidates[0];
  const expected = await apiList(api, '/parcels', { zoneId: zone.id, pageSize: 1 });
  assert.ok(expected.total > 0 && expected.total < all.total);

  // the filter bar's 园区 select (placeholder 「园区：全部」)
  const select = page.locator('.ant-select').filter({ hasText: /^\s*园区/ }).first();
  await chooseInSelect(page, select, zone.name);
  await eventually(async () => assert.equal(await paginationTotal(page), expected.total));
  await waitForTableRows(page);

  const zoneCol = await columnIndex(page, '园区');
  const rows = await rowCells(page);
  assert.ok(rows.length > 0);
  for (const cells of rows) assert.equal(cells[zoneCol], zone.name, `a row of another zone: ${JSON.stringify(cells)}`);
});
