// 闲置低效认定: run identification for the demo county, read the statistic cards, open a
// flagged parcel and read the evidence sentence a person checks against the facts.
import assert from 'node:assert/strict';
import { test } from './harness.js';
import { apiList, button, eventually, login } from './helpers.js';

const FLAGGED_CODE = 'QL-XC-047'; // demo parcel: not started for more than two years, enterprise cause

let ruleSetId;

test('认定结果: choose the rule set (wuping-2023, or the first one)', async ({ page, baseUrl, api, admin }) => {
  await login(page, baseUrl, admin);
  await page.getByRole('menuitem', { name: '认定结果' }).click();
  await page.waitForURL(/\/identification(\?|$)/);

  const ruleSets = (await apiList(api, '/rule-sets')).items;
  assert.ok(ruleSets.length > 0, 'GET /rule-sets lists no rule set');
  const select = page.getByLabel('认定规则', { exact: true });
  await select.waitFor();
  await select.click();
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
  await dropdown.waitFor();
  const options = dropdown.locator('.ant-select-item-option');
  await eventually(async () => assert.ok((await options.count()) > 0, 'the rule-set select has no options'));
  const wuping = options.filter({ hasText: '（wuping-2023）' });
  const option = (await wuping.count()) > 0 ? wuping.first() : options.first();
  const label = (await option.innerText()).trim();
  ruleSetId = /（([^（）]+)）$/.exec(label)?.[1];
  assert.ok(ruleSetId, `the option 「${label}」 does not end with the rule set's id`);
  await option.click();
  await page.waitForURL(new RegExp(`ruleSet=${ruleSetId}`));
});

test('开展认定 → the statistic cards show a non-zero 闲置 count', async ({ page }) => {
  await button(page, '开展认定').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('认定基准日').first().waitFor();
  await button(dialog, '开始认定').click();
  await page.getByText(/认定完成，共评估 \d+ 宗地块/).waitFor({ timeout: 60_000 });
  const idle = page.locator('[data-category="IDLE"]');
  await idle.waitFor();
  const text = await idle.innerText();
  assert.match(text, /闲置/, `the first card is not 闲置: 「${text}」`);
  const count = Number(/(\d+)\s*宗/.exec(text.replace(/,/g, ''))?.[1]);
  assert.ok(count > 0, `the 闲置 card shows no parcel: 「${text}」`);
  assert.match(text, /亩/, `the 闲置 card shows no area in 亩: 「${text}」`);
});

test(`open the flagged parcel ${FLAGGED_CODE} and read its evidence`, async ({ page }) => {
  await page.getByRole('tab', { name: '地块清单' }).click();
  const search = page.getByPlaceholder('宗地编号、地块名称、企业');
  await search.fill(FLAGGED_CODE);
  await search.press('Enter');
  const link = page.getByRole('link', { name: FLAGGED_CODE, exact: true });
  await link.waitFor({ timeout: 30_000 });
  await link.click();
  await page.waitForURL(/\/identification\/runs\/[^/]+\/parcels\/[^/]+$/);
  await page.getByText(FLAGGED_CODE).first().waitFor();
  await page.getByText('逐条认定情况').waitFor();

  // the parcel is idle, and its idle criterion is met with a sentence naming the agreed start date
  await page.locator('.ant-tag', { hasText: /^闲置$/ }).first().waitFor();
  const metRows = page.locator('tbody tr.ant-table-row', { has: page.locator('.ant-tag', { hasText: /^符合$/ }) });
  await eventually(async () => assert.ok((await metRows.count()) > 0, 'no criterion is 符合'));
  const evidence = (await metRows.locator('.ph-evidence').allInnerTexts()).join('\n');
  assert.ok(evidence.includes('约定动工日期'), `no met criterion's evidence mentions 约定动工日期:\n${evidence}`);
  // Order 53 sanctions for an enterprise-caused idle parcel
  await page.getByText('土地闲置费').first().waitFor();
});
