// Shared steps of the browser journeys. Assertions use node:assert; `eventually`
// retries an assertion while the page settles (playwright-core has no `expect`).
import assert from 'node:assert/strict';
import { URLSearchParams } from 'node:url';

/**
 * The accessible name of an antd button: antd puts a space between two CJK characters
 * ("登 录") and an icon adds its own label in front ("edit 编辑").
 */
export function buttonName(text) {
  const chars = [...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^(?:[\\w-]+\\s+)?${chars.join('\\s*')}$`);
}

export const button = (scope, text) => scope.getByRole('button', { name: buttonName(text) });

/** Retries `fn` until it stops throwing, then returns its result; rethrows the last error. */
export async function eventually(fn, { timeout = 15_000, interval = 250 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, interval));
    }
  }
}

/** Fills the login form and submits it (does not wait for the outcome). */
export async function submitLogin(page, baseUrl, { username, password }) {
  if (!page.url().includes('/login')) await page.goto(`${baseUrl}/login`);
  const user = page.getByLabel('用户名', { exact: true });
  await user.waitFor();
  await user.fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await button(page, '登录').click();
}

/** Logs in and waits for the application's layout (the 退出登录 button). */
export async function login(page, baseUrl, admin) {
  await page.goto(`${baseUrl}/login`);
  await submitLogin(page, baseUrl, admin);
  await button(page, '退出登录').waitFor({ timeout: 30_000 });
}

/** Opens 地块台账 from the menu and waits for its table to have rows. */
export async function openParcelList(page) {
  await page.getByRole('menuitem', { name: '地块台账' }).click();
  await page.waitForURL(/\/parcels(\?|$)/);
  await waitForTableRows(page);
}

/** The main (first) antd table of the page. */
export const mainTable = (page) => page.locator('.ant-table').first();

/** Waits until the table has data rows and no loading spinner. */
export async function waitForTableRows(page, { timeout = 30_000 } = {}) {
  await eventually(
    async () => {
      const spinning = await page.locator('.ant-table .ant-spin-spinning').count();
      assert.equal(spinning, 0, 'the table is still loading');
      const n = await dataRows(page).count();
      assert.ok(n > 0, 'the table has no rows');
    },
    { timeout },
  );
}

export const dataRows = (page) => mainTable(page).locator('tbody tr.ant-table-row');

/** The table's header labels, in column order. */
export async function headers(page) {
  const ths = mainTable(page).locator('thead th');
  const texts = await ths.allInnerTexts();
  return texts.map((t) => t.trim());
}

/** Index of the column whose header contains `label`. */
export async function columnIndex(page, label) {
  const hs = await headers(page);
  const i = hs.findIndex((h) => h.includes(label));
  assert.ok(i >= 0, `no column 「${label}」 in the table; columns: ${JSON.stringify(hs)}`);
  return i;
}

/** The visible rows as arrays of cell texts. */
export async function rowCells(page) {
  const rows = dataRows(page);
  const n = await rows.count();
  const out = [];
  for (let i = 0; i < n; i++) {
    const cells = await rows.nth(i).locator('td').allInnerTexts();
    out.push(cells.map((c) => c.trim()));
  }
  return out;
}

/** The pagination total ("共 87 条" or similar) of the main table. */
export async function paginationTotal(page) {
  const el = page.locator('.ant-pagination-total-text').first();
  await el.waitFor();
  const text = (await el.innerText()).replace(/,/g, '');
  const m = text.match(/(\d+)/);
  assert.ok(m, `no number in the pagination total 「${text}」`);
  // "第 1-20 条，共 87 条": take the number after 共 when there is one
  const total = text.match(/共\s*(\d+)/);
  return Number(total ? total[1] : m[1]);
}

/** Chooses `optionLabel` in the antd Select that shows `placeholder` (or is labelled so). */
export async function chooseInSelect(page, selectLocator, optionLabel) {
  await selectLocator.click();
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
  await dropdown.waitFor();
  await dropdown.locator('.ant-select-item-option', { hasText: optionLabel }).filter({ hasText: new RegExp(`^${escapeRe(optionLabel)}$`) }).first().click();
}

export const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** GET a list from the API with query parameters; asserts 200. */
export async function apiList(api, path, query = {}) {
  const qs = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined && v !== null && v !== '')).toString();
  const r = await api.get(qs ? `${path}?${qs}` : path);
  assert.equal(r.status, 200, `GET ${path}?${qs} answered ${r.status}: ${r.text.slice(0, 300)}`);
  return r.json;
}
