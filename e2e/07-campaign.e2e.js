// 攻坚调度: the headquarters dashboard with the demo campaign (screenshot kept in the
// artifacts), a task reported done on 任务调度, and the weekly dispatch sheet generated,
// downloaded and opened (.docx package with its document, .xlsx read back by exceljs).
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { test } from './harness.js';
import { apiList, button, eventually, login } from './helpers.js';

const dialog = (page) => page.locator('.ant-modal-wrap:not([style*="display: none"]) .ant-modal').last();

test('指挥部驾驶舱 shows the demo campaign: targets, war zones, ranking, stages, overdue tasks', async ({ page, baseUrl, api, admin, artifactsDir }) => {
  await login(page, baseUrl, admin);
  await page.getByRole('menuitem', { name: '指挥部驾驶舱' }).click();
  await page.waitForURL(/\/campaign(\?|$)/);
  await page.getByText('青岚县低效工业用地盘活攻坚行动', { exact: false }).first().waitFor({ timeout: 30_000 });
  // the charts are drawn by ECharts into canvases once their chunk has loaded
  await eventually(async () => assert.ok((await page.locator('canvas').count()) >= 3, 'fewer than three charts are drawn'), { timeout: 30_000 });

  const board = (await api.get('/campaign/dashboard')).json;
  assert.ok(board.totals.revitalisedParcels > 0, 'the demo campaign has no revitalised parcel');
  await page.getByText(`${board.totals.revitalisedParcels} 宗`, { exact: false }).first().waitFor();
  // the ranking table beside its chart names every responsible unit (the war zones are drawn in a canvas)
  assert.equal(board.byWarZone.length, 3);
  for (const unit of board.byUnit) await page.locator('.ant-table-row', { hasText: unit.nameZh }).first().waitFor();
  // the overdue tasks table names the late task
  const late = board.overdueTasks[0];
  assert.ok(late, 'the demo campaign has no overdue task');
  await page.getByText(late.titleZh, { exact: false }).first().waitFor();
  await page.waitForTimeout(1500); // let the charts finish their entry animation before the screenshot
  await page.screenshot({ path: join(artifactsDir, '07-指挥部驾驶舱.png'), fullPage: true });
});

test('任务调度: report an open task done; it leaves the open list', async ({ page, api }) => {
  const open = await apiList(api, '/tasks', { status: 'OPEN', pageSize: 100 });
  const task = open.items.find((t) => !t.overdue) ?? open.items[0];
  assert.ok(task, 'the demo campaign has no open task');

  await page.getByRole('menuitem', { name: '任务调度' }).click();
  await page.waitForURL(/\/tasks/);
  await page.getByRole('tab', { name: '全部任务' }).click();
  const row = page.locator('.ant-table-row', { hasText: task.parcelCode }).filter({ hasText: task.titleZh }).first();
  await row.waitFor({ timeout: 20_000 });
  await button(row, '汇报进展').click();
  const d = dialog(page);
  await d.locator('.ant-modal-title', { hasText: '汇报进展' }).waitFor();
  await d.getByLabel('本周进展').fill('已与企业签订补充协议，约定下月复工。');
  await d.getByLabel('存在问题').fill('企业流动资金紧张');
  await d.getByText('任务已完成', { exact: false }).click();
  await button(d, '提交').click();
  await d.waitFor({ state: 'hidden', timeout: 20_000 });

  await eventually(async () => {
    const after = (await api.get(`/tasks/${task.id}/reports`)).json.items;
    assert.equal(after.at(-1)?.progressZh, '已与企业签订补充协议，约定下月复工。');
  });
  const stillOpen = await apiList(api, '/tasks', { status: 'OPEN', pageSize: 100 });
  assert.ok(!stillOpen.items.some((t) => t.id === task.id), 'the task reported done is still open');
  await row.getByText('已完成', { exact: false }).first().waitFor();
});

async function download(page, row, label, artifactsDir) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), button(row, label).click()]);
  const name = file.suggestedFilename();
  const path = join(artifactsDir, `07-${name}`);
  await file.saveAs(path);
  return { name, path, size: statSync(path).size, bytes: readFileSync(path) };
}

test('调度报表: generate the weekly dispatch sheet, download it and open both files', async ({ page, artifactsDir }) => {
  await page.getByRole('menuitem', { name: '调度报表' }).click();
  await page.waitForURL(/\/campaign\/reports/);
  const kind = page.getByLabel('报表种类');
  await kind.click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: '周调度表' }).first().click();
  await button(page, '生成报表').click();
  const row = page.locator('.ant-table-row', { hasText: '周调度表' }).filter({ hasText: '手动' }).first();
  await row.waitFor({ timeout: 60_000 });

  const docx = await download(page, row, '.docx', artifactsDir);
  assert.match(docx.name, /周调度表.*\.docx$/, `the Word download is named 「${docx.name}」`);
  assert.equal(docx.bytes.subarray(0, 2).toString('latin1'), 'PK', 'the .docx is not a zip package');
  assert.ok(docx.bytes.includes(Buffer.from('word/document.xml')), 'the .docx has no word/document.xml');

  const xlsx = await download(page, row, '.xlsx', artifactsDir);
  assert.match(xlsx.name, /\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(xlsx.path);
  const texts = book.worksheets.flatMap((ws) => ws.getSheetValues().flat().filter((v) => typeof v === 'string'));
  assert.ok(texts.some((v) => v.includes('周调度表')), 'the .xlsx has no 周调度表 title');
  assert.ok(texts.some((v) => /^QL-/.test(v)), 'the .xlsx lists no demo parcel');
});
