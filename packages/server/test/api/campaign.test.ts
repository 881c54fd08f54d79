import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import type { AmountTarget } from '@panhuo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.ts';
import { FileStore } from '../../src/files/file-store.ts';
import { generateScheduledReports } from '../../src/features/campaign/report-service.ts';
import { insertTarget, upsertCampaign } from '../../src/features/campaign/repository.ts';
import { openZip } from '../../src/features/imports/zip-archive.ts';
import { createTestContext, type County, type TestContext } from '../helpers/context.ts';
import { disposalSteps, producingParcel, type Org } from './disposal-steps.ts';

/**
 * 攻坚调度 through HTTP: a plan taken from 认定 to 已盘活 moves the dashboard's achieved
 * parcels and 亩 against the county's target; a late task shows as overdue on the dashboard
 * and against its unit; reports are generated on demand and on schedule, once per period.
 */

let t: TestContext;
let d: ReturnType<typeof disposalSteps>;
let app: FastifyInstance;
let dataDir: string;
let county: County;
let admin: string;
let bureau: string;
let leader: string;
let org: Org;
let parcels: Record<string, string>;

const target = (code: string): AmountTarget => ({
  id: 'TEST-QUARTERS',
  kind: 'AMOUNT',
  nameZh: '测试县盘活分季度目标',
  jurisdiction: code,
  basis: 'INCREMENTAL',
  countingStart: '2026-10-01',
  periods: [
    { id: '2026Q4', labelZh: '2026年四季度', endDate: '2026-12-31', parcels: 2, areaMu: 60 },
    { id: '2027Q1', labelZh: '2027年一季度', endDate: '2027-03-31', parcels: 2, areaMu: 60 },
  ],
  total: { parcels: 4, areaMu: 120 },
  source: { documentZh: '测试县人民政府办公室 测政办〔2026〕1号', wordingZh: '完成 4 宗 120 亩以上', readingZh: '各季度为增量', domainRef: 'DOMAIN.md §6.1' },
});

/** word/document.xml of a .docx. */
async function documentXml(docx: Buffer): Promise<string> {
  const zip = await openZip({ buffer: docx });
  try {
    const entry = zip.entries.get('word/document.xml')!;
    const chunks: Buffer[] = [];
    for await (const c of await zip.stream(entry)) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    await zip.close();
  }
}

const api = (method: 'GET' | 'POST', url: string, cookie: string, payload?: Record<string, unknown>) =>
  app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });

async function dashboard(cookie: string) {
  const res = await api('GET', '/campaign/dashboard', cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

beforeAll(async () => {
  t = await createTestContext();
  d = disposalSteps(t);
  dataDir = mkdtempSync(join(tmpdir(), 'panhuo-campaign-'));
  app = await buildApp({ db: t.db, settings: Object.assign(t.app.ctx.settings, { dataDir }) });
  await app.ready();
  county = await t.createCounty();
  await t.seedParcels(county.code, [producingParcel('CP-1', 701), producingParcel('CP-2', 702, '西园')]);
  parcels = await d.parcelIdsOf(county.code);
  admin = await t.loginAs('ADMIN', county.code);
  bureau = await t.loginAs('LAND_BUREAU', county.code);
  leader = await t.loginAs('LEADER', county.code);
  org = await d.organisation(admin, county);
  await d.ensureIssuingUnit(bureau, county.code, '测攻坚');
});
afterAll(async () => {
  await app.close();
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the headquarters dashboard', () => {
  let planId: string;
  let measureId: string;

  it('refuses reports until the county has a campaign, then shows its target with nothing achieved', async () => {
    const none = await api('POST', '/campaign/reports', bureau, { kind: 'WEEKLY_DISPATCH' });
    expect(none.statusCode).toBe(422);
    expect(none.json().detail).toContain('尚未设置攻坚行动');

    await upsertCampaign(t.db, { jurisdictionCode: county.code, name: '测试县盘活攻坚行动', issuerName: '测试县盘活攻坚行动指挥部办公室' });
    await insertTarget(t.db, { jurisdictionCode: county.code, id: 'TEST-QUARTERS', kind: 'AMOUNT', definition: target(county.code), yearlyTasks: [], active: true, ordinal: 0 });

    const caseId = (await d.determinedCase(bureau, leader, parcels['CP-1']!, '测攻坚')).id; // today is 2026-12-16
    const plan = await d.created<{ id: string; measures: Array<{ id: string }> }>('POST', '/disposal/plans', bureau, {
      parcelId: parcels['CP-1'], caseId, causeAnalysisZh: '产品滞销，亩均税收偏低', responsibleUnitId: org.unitId,
      leaderPositionId: org.leaderPositionId, taskForceBodyId: org.taskForceBodyId, deadline: '2027-06-30',
      measures: [{ methodCode: 'D-JD02', counterparty: { name: '优势智造有限公司' } }],
    });
    planId = plan.id;
    measureId = plan.measures[0]!.id;

    const before = await dashboard(leader);
    expect(before).toMatchObject({ campaignNameZh: '测试县盘活攻坚行动', totals: { plans: 1, openPlans: 1, revitalisedParcels: 0, revitalisedMu: 0 } });
    expect(before.targets[0].achievement.currentPeriodId).toBe('2026Q4');
    expect(before.targets[0].achievement.overall).toMatchObject({ target: { parcels: 4, areaMu: 120 }, achieved: { parcels: 0, areaMu: 0 } });
    expect(before.stages.find((s: { stage: string }) => s.stage === 'PLANNING')).toMatchObject({ parcels: 1, areaMu: 45 });
  });

  it('counts the parcel and its 亩 once the measure is revitalised with evidence, never before', async () => {
    await d.created('POST', `/disposal/plans/${planId}/actions`, bureau, { action: 'submit' }, 200);
    await d.created('POST', `/disposal/plans/${planId}/actions`, leader, { action: 'approve', decidedOn: '2026-12-16', bodyName: '领导小组', opinionZh: '同意' }, 200);
    await d.created('POST', `/disposal/measures/${measureId}/actions`, bureau, { action: 'startExecution', on: '2026-12-16' }, 200);
    expect((await dashboard(leader)).totals.revitalisedParcels).toBe(0);

    d.setToday('2026-12-20');
    await d.created('POST', `/disposal/measures/${measureId}/actions`, bureau, {
      action: 'revitalise', on: '2026-12-18', area_m2: 30_000, evidence: { kind: 'TRANSFER_REGISTERED', on: '2026-12-18', referenceZh: '测(2026)不动产权第0000042号' },
    }, 200);

    const after = await dashboard(leader);
    expect(after.totals).toMatchObject({ revitalisedParcels: 1, revitalisedMu: 45 });
    const q4 = after.targets[0].achievement.periods[0];
    expect(q4.assessed).toMatchObject({ achieved: { parcels: 1, areaMu: 45 }, gap: { parcels: 1, areaMu: 15 }, met: false });
    expect(q4.assessed.projection).toBeDefined();
    expect(after.stages.find((s: { stage: string }) => s.stage === 'REVITALISED')).toMatchObject({ parcels: 1, areaMu: 45 });
    expect(after.byUnit).toMatchObject([{ unitId: org.unitId, achievedParcels: 1, achievedMu: 45, rank: 1, standing: 'ADVANCED' }]);

    // the same dashboard as of a day before the registration does not count it
    const earlier = await api('GET', '/campaign/dashboard?asOf=2026-12-17', leader);
    expect(earlier.json().totals.revitalisedParcels).toBe(0);
  });

  it('lists a task due yesterday as overdue, against the unit of its position', async () => {
    await d.created('POST', `/disposal/plans/${planId}/tasks`, bureau, { titleZh: '跟踪新业主投产', dueOn: '2026-12-19', positionId: org.staffPositionId });
    await d.created('POST', `/disposal/plans/${planId}/tasks`, bureau, { titleZh: '核实投产计划', dueOn: '2026-12-20', positionId: org.staffPositionId });
    const board = await dashboard(leader);
    expect(board.totals.overdueTasks).toBe(1);
    expect(board.overdueTasks).toMatchObject([{ titleZh: '跟踪新业主投产', overdue: true, daysOverdue: 1, holderName: '周专员' }]);
    expect(board.byUnit[0]).toMatchObject({ openTasks: 2, overdueTasks: 1 });
  });

  it('counts a county for its city, and nothing of it for another county', async () => {
    const city = await t.loginAs('LEADER', county.cityCode);
    const viaCity = await api('GET', `/campaign/dashboard?jurisdictionCode=${county.code}`, city);
    expect(viaCity.json()).toMatchObject({ jurisdictionCode: county.code, totals: { revitalisedParcels: 1, overdueTasks: 1 } });
    const neighbour = await t.createCounty();
    const elsewhere = await dashboard(await t.loginAs('LEADER', neighbour.code));
    expect(elsewhere).toMatchObject({ campaignNameZh: null, totals: { plans: 0, revitalisedParcels: 0, overdueTasks: 0 }, overdueTasks: [] });
  });

  it('shows a park user only the figures of their park', async () => {
    const west = await t.loginAs('PARK_STAFF', county.code, { zoneId: county.zones['西园'] });
    const board = await dashboard(west);
    expect(board.totals).toMatchObject({ plans: 0, revitalisedParcels: 0, overdueTasks: 0 });
    expect(board.overdueTasks).toEqual([]);
  });
});

describe('campaign reports', () => {
  it('makes the weekly dispatch sheet on demand, as .docx and .xlsx naming the plan and its late task', async () => {
    const res = await api('POST', '/campaign/reports', bureau, { kind: 'WEEKLY_DISPATCH' });
    expect(res.statusCode, res.body).toBe(201);
    const report = res.json();
    expect(report).toMatchObject({ kind: 'WEEKLY_DISPATCH', kindZh: '周调度表', periodFrom: '2026-12-14', periodTo: '2026-12-20', scheduled: false });

    const docx = await api('GET', `/campaign/reports/${report.id}/docx`, bureau);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-disposition']).toContain(encodeURIComponent('周调度'));
    const xml = await documentXml(docx.rawPayload);
    expect(xml).toContain('CP-1');
    expect(xml).toContain('测试县盘活攻坚行动指挥部办公室');

    const xlsx = await api('GET', `/campaign/reports/${report.id}/xlsx`, bureau);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const cells = book.worksheets.flatMap((ws) => ws.getSheetValues().flat().map(String));
    expect(cells.some((c) => c.includes('CP-1'))).toBe(true);
    expect(cells.some((c) => c.includes('跟踪新业主投产'))).toBe(true);

    const other = await t.loginAs('LAND_BUREAU', (await t.createCounty()).code);
    expect((await api('GET', `/campaign/reports/${report.id}/docx`, other)).statusCode).toBe(404);
  });

  it('makes each scheduled report once per period, however often the schedule runs', async () => {
    const store = FileStore.inDataDir(dataDir);
    const first = await generateScheduledReports(t.db, store, '2027-01-01');
    const mine = first.made.filter((m) => m.jurisdictionCode === county.code);
    expect(first.failed.filter((f) => f.jurisdictionCode === county.code)).toEqual([]);
    expect(mine.map((m) => `${m.kind} ${m.from} ${m.to}`).sort()).toEqual([
      'HALF_MONTHLY_BULLETIN 2026-12-16 2026-12-31',
      'QUARTERLY_INSPECTION 2026-10-01 2026-12-31',
      'WEEKLY_DISPATCH 2026-12-21 2026-12-27',
    ]);
    const again = await generateScheduledReports(t.db, store, '2027-01-01');
    expect(again.made.filter((m) => m.jurisdictionCode === county.code)).toEqual([]);
    const list = (await api('GET', '/campaign/reports', bureau)).json().items;
    expect(list.filter((r: { scheduled: boolean }) => r.scheduled)).toHaveLength(3);
  });
});
