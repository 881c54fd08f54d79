// Editing a parcel and reading the change in 变更记录.
import assert from 'node:assert/strict';
import { test } from './harness.js';
import { apiList, button, columnIndex, dataRows, eventually, login, openParcelList } from './helpers.js';

let parcel; // the parcel edited, as the API had it before
const stamp = new Date().toISOString().slice(11, 19).replace(/:/g, '');
const newRemarks = `端到端测试备注 ${stamp}`;

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

test('编辑 → change 备注 → 保存 shows the new value', async ({ page }) => {
  await button(page, '编辑').click();
  await page.waitForURL(/\/edit$/);
  const remarks = page.getByLabel('备注', { exact: true });
  await remarks.waitFor();
  await remarks.fill(newRemarks);
  await button(page, '保存').click();
  await page.waitForURL(new RegExp(`/parcels/${parcel.id}$`), { timeout: 30_000 });
  await page.getByText(newRemarks).first().waitFor();
});

test('变更记录 lists the change with the field label and old → new values', async ({ page, api }) => {
  await page.getByRole('tab', { name: '变更记录' }).click();
  const panel = page.locator('.ant-tabs-tabpane-active');
  await panel.getByText(newRemarks).first().waitFor();
  const text = await panel.innerText();
  assert.ok(text.includes('备注'), `变更记录 does not name the field 备注:\n${text.slice(0, 800)}`);
  const old = parcel.fields.remarks;
  if (old) assert.ok(text.includes(old), `变更记录 does not show the old value 「${old}」:\n${text.slice(0, 800)}`);

  // the API agrees: the newest entry changed remarks from the old to the new value
  const h = await api.get(`/parcels/${parcel.id}/history`);
  assert.equal(h.status, 200);
  const change = h.json.items[0]?.changes.find((c) => c.key === 'remarks');
  assert.ok(change, `the newest history entry has no change of remarks: ${JSON.stringify(h.json.items[0])}`);
  assert.equal(change.labelZh, '备注');
  assert.equal(change.after, newRemarks);
  assert.equal(change.before ?? null, old ?? null);
  await eventually(async () => {
    const r = await api.get(`/parcels/${parcel.id}`);
    assert.equal(r.json.fields.remarks, newRemarks);
    assert.equal(r.json.version, parcel.version + 1);
  });
});
