// Logging in and out; the parcel list of the demo county.
import assert from 'node:assert/strict';
import { test } from './harness.js';
import { apiList, button, login, openParcelList, paginationTotal, submitLogin } from './helpers.js';

test('a wrong password shows the Chinese error and keeps the user out', async ({ page, baseUrl, api, admin }) => {
  // what the server says for a failed login (asked with a user that does not exist,
  // so the admin account's failure counter is touched only once, by the form below)
  const r = await api.post('/auth/login', { username: 'no-such-user-e2e', password: 'wrong-password-1' });
  assert.equal(r.status, 401, `POST /auth/login with a wrong password answered ${r.status}: ${r.text}`);
  assert.equal(r.json?.code, 'LOGIN_FAILED');
  const expected = r.json.detail ?? r.json.title;
  assert.match(expected, /[\u4e00-\u9fff]/, `the LOGIN_FAILED message is not Chinese: ${expected}`);

  await page.goto(`${baseUrl}/`);
  await page.waitForURL(/\/login/); // not logged in: the app sends us to the login page
  await submitLogin(page, baseUrl, { username: admin.username, password: 'Wrong#Pass2026' });
  await page.getByText(expected).first().waitFor();
  assert.match(page.url(), /\/login/);
  assert.equal(await button(page, '退出登录').count(), 0, 'the app layout is shown after a failed login');
});

test('the admin logs in and sees 地块台账 with at least 80 parcels', async ({ page, baseUrl, api, admin }) => {
  await login(page, baseUrl, admin);
  await openParcelList(page);
  await page.getByText('地块台账').first().waitFor();
  const shown = await paginationTotal(page);
  const { total } = await apiList(api, '/parcels', { pageSize: 1 });
  assert.ok(total >= 80, `the demo county has ${total} parcels, expected at least 80`);
  assert.equal(shown, total, `the table's total (${shown}) is not the API's (${total})`);
});

test('the admin logs out and is back on the login page', async ({ page, baseUrl, api }) => {
  await button(page, '退出登录').click();
  await page.waitForURL(/\/login/);
  await page.getByLabel('用户名', { exact: true }).waitFor();
  const me = await api.get('/auth/me');
  assert.equal(me.status, 401, `GET /auth/me after logging out answered ${me.status}`);
  // the app's pages now send us to the login page again
  await page.goto(`${baseUrl}/parcels`);
  await page.waitForURL(/\/login/);
});
