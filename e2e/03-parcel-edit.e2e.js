// Editing a parcel and reading the change in 变更记录.
import assert from 'node:assert/strict';
import { test } from './harness.js';
import { apiList, button, columnIndex, dataRows, eventually, login, openParcelList } from './helpers.js';

let parcel; // the parcel edited, as the API had it before
const stamp = new Date().toISOString().slice(11, 19).replace(/:/g, '');
const newRemarks = `端到端测试备注 ${stamp}`;
let newEmployees;

test('open a parcel from 地块台账', async ({ page, baseUrl, api, admin }) => {
  await login(page, baseUrl, admin);
  await openParcelList(page);
  const codeCol = await columnIndex(page, '宗地编号');
  const first = dataRows(page).first();
  const code = (await first.locator('td').nth(codeCol).innerText()).trim();
  const found = await apiList(api, '/parcels', { q: code, pageSize: 50 });
  const summary = found.items.find((p) => p.code === code);
  assert.ok(summary, `the API does not know the parcel ${code} of the first row`);
  const r = await api.get(`/parcels/${summary.id}`);
  assert.equal(r.status, 200);
  parcel = r.json;

  // the code is a link to the parcel page (or the row opens it)
  const link = first.locator('td').nth(codeCol).getByRole('link');
  if (await link.count()) await link.first().click();
  else await first.locator('td').nth(codeCol).click();
  await page.waitForURL(new RegExp(`/parcels/${parcel.id}$`));
  await page.getByText(code).first().waitFor();
});

test('编辑 → change 备注 and 职工人数 → 保存 shows the new values', async ({ page }) => {
  const oldEmployees = parcel.fields.employees;
  newEmployees = oldEmployees == null ? 57 : oldEmployees + 7;
  await button(page, '编辑').click();
  await page.waitForURL(/\/edit$/);
  const remarks = page.getByLabel('备注', { exact: true });
  await remarks.waitFor();
  // the form is filled from the parcel: wait for its code before typing
  await eventually(async () => assert.equal(await page.getByLabel('宗地编号', { exact: true }).inputValue(), parcel.fields.code));
  await remarks.fill(newRemarks);
  const employees = page.getByLabel('职工人数', { exact: true });
  await employees.fill(String(newEmployees));
  await button(page, '保存').click();
  await page.waitForURL(new RegExp(`/parcels/${parcel.id}(\\?.*)?$`), { timeout: 30_000 });
  await page.getByText(newRemarks).first().waitFor();
});

test('变更记录 lists the changes with the field labels and old → new values', async ({ page, api }) => {
  await page.getByRole('tab', { name: '变更记录' }).click();
  const panel = page.getByRole('tabpanel', { name: '变更记录' });
  await panel.getByText(newRemarks).first().waitFor();
  // the newest entry comes first; its table has one row per changed field
  const newest = panel.locator('.ant-table').first();
  const rows = [];
  const trs = newest.locator('tbody tr.ant-table-row');
  for (let i = 0; i < (await trs.count()); i++) rows.push((await trs.nth(i).locator('td').allInnerTexts()).map((t) => t.trim()));
  const dump = rows.map((r) => r.join(' | ')).join('\n');
  const row = (label) => rows.find((r) => r[0] === label);

  const remarksRow = row('备注');
  assert.ok(remarksRow, `the newest 变更记录 entry has no row 备注:\n${dump}`);
  assert.ok(remarksRow[1].includes(newRemarks), `备注 does not show the new value:\n${dump}`);
  const oldRemarks = parcel.fields.remarks;
  if (oldRemarks) assert.ok(remarksRow[1].indexOf(oldRemarks) < remarksRow[1].indexOf(newRemarks), `备注 does not show old → new:\n${dump}`);

  const employeesRow = row('职工人数');
  assert.ok(employeesRow, `the newest 变更记录 entry has no row 职工人数:\n${dump}`);
  const numbers = (employeesRow[1].replace(/,/g, '').match(/\d+/g) ?? []).map(Number);
  const oldEmployees = parcel.fields.employees;
  assert.deepEqual(numbers, oldEmployees == null ? [newEmployees] : [oldEmployees, newEmployees], `职工人数 is not old → new: 「${employeesRow[1]}」`);

  // the API agrees
  const h = await api.get(`/parcels/${parcel.id}/history`);
  assert.equal(h.status, 200);
  const changes = Object.fromEntries(h.json.items[0].changes.map((c) => [c.key, c]));
  assert.equal(changes.remarks?.labelZh, '备注');
  assert.equal(changes.remarks.after, newRemarks);
  assert.equal(changes.remarks.before ?? null, oldRemarks ?? null);
  assert.equal(changes.employees?.labelZh, '职工人数');
  assert.equal(changes.employees.after, newEmployees);
  assert.equal(changes.employees.before ?? null, oldEmployees ?? null);
  const now = await api.get(`/parcels/${parcel.id}`);
  assert.equal(now.json.fields.remarks, newRemarks);
  assert.equal(now.json.fields.employees, newEmployees);
  assert.equal(now.json.version, parcel.version + 1);
});
