import {
  amountTargetAchievement,
  buildHalfMonthlyBulletin,
  buildLinkageReport,
  buildQuarterlyInspection,
  buildStockTableReport,
  buildWeeklyDispatch,
  disposalMethodName,
  escalationOf,
  evidenceKindLabels,
  formatChineseDate,
  measureStatusLabels,
  stockTableFromAreas,
  type DisposalRateTarget,
  type LinkageRule,
  type ReportKind,
  type ReportModel,
  type ReportTask,
} from '@panhuo/domain';
import type { Queryable } from '../../db/database.ts';
import { listPlanStates, loadPlanRecords, type PlanRecord } from '../disposal/plan-repository.ts';
import { measuresOfPlans, type MeasureRow } from '../disposal/measure-repository.ts';
import { listTaskKeys, loadTaskRecords, type TaskRecord } from '../disposal/task-repository.ts';
import { loadCampaignFacts, mainAmountTarget, unitRows, warZoneRows, type CampaignFacts } from './dashboard-service.ts';
import { stockByZone, taskReportsInScope } from './report-repository.ts';
import { findQuota, listRateBases, type CampaignRow, type CampaignScope } from './repository.ts';

/** What every report of a jurisdiction is made from, as of a day. */
interface Snapshot {
  facts: CampaignFacts;
  plans: PlanRecord[];
  measures: MeasureRow[];
  tasks: TaskRecord[];
}

async function snapshot(db: Queryable, jurisdictionCode: string, scope: CampaignScope, asOf: string): Promise<Snapshot> {
  const facts = await loadCampaignFacts(db, jurisdictionCode, scope, asOf);
  const states = await listPlanStates(db, scope, {});
  const plans = await loadPlanRecords(db, scope, states.map((s) => s.id), asOf);
  const measures = await measuresOfPlans(db, scope.codes, plans.map((p) => p.id));
  const keys = await listTaskKeys(db, scope, {}, asOf);
  const tasks = await loadTaskRecords(db, scope.codes, keys.map((k) => k.id), asOf);
  return { facts, plans, measures, tasks };
}

const methodZh = (code: string) => disposalMethodName(code) ?? code;

const reportTask = (t: TaskRecord): ReportTask => ({
  parcelCode: t.parcelCode,
  parcelName: t.parcelName,
  zoneName: t.zoneName,
  titleZh: t.titleZh,
  dueOn: t.dueOn,
  status: t.status,
  doneOn: t.doneOn ?? undefined,
  positionTitle: t.positionTitle,
  unitName: t.unitName,
  holderName: t.holderName,
  lastReport: t.lastReport,
});

function warZoneNameOf(facts: CampaignFacts, zoneId: string | null): string | null {
  return (zoneId && facts.warZones.find((w) => w.zoneIds.includes(zoneId))?.name) || null;
}

export interface ReportRequest {
  kind: ReportKind;
  period: { from: string; to: string };
  /** the day figures are counted on: the period's end, or today when the period is still running */
  asOf: string;
  /** 成文日期 */
  date: string;
}

async function weeklyDispatch(db: Queryable, s: Snapshot, campaign: CampaignRow, r: ReportRequest): Promise<ReportModel> {
  const reports = await taskReportsInScope(db, s.facts.scope, r.period.from, r.period.to);
  const open = s.plans.filter((p) => p.status !== 'CLOSED');
  return buildWeeklyDispatch({
    issuerZh: campaign.issuerName,
    campaignNameZh: campaign.name,
    week: r.period,
    asOf: r.asOf,
    date: r.date,
    revitalised: s.facts.measures,
    plans: open.map((p) => ({
      planNo: p.planNo,
      parcelCode: p.parcelCode,
      parcelName: p.parcelName,
      enterpriseName: p.enterpriseName,
      warZoneZh: warZoneNameOf(s.facts, p.zoneId),
      responsibleUnitZh: p.unitName,
      leader: { positionTitle: p.leaderTitle, holderName: p.leaderHolderName },
      measures: s.measures.filter((m) => m.planId === p.id).map((m) => ({ methodNameZh: methodZh(m.methodCode), statusZh: measureStatusLabels[m.status] })),
      tasks: s.tasks
        .filter((t) => t.planId === p.id)
        .map((t) => ({ ...reportTask(t), reports: reports.filter((x) => x.taskId === t.id) })),
    })),
  });
}

async function halfMonthlyBulletin(db: Queryable, s: Snapshot, campaign: CampaignRow, r: ReportRequest): Promise<ReportModel> {
  const open = s.plans.filter((p) => p.status !== 'CLOSED');
  const count = <K>(keyOf: (p: PlanRecord) => K) => {
    const m = new Map<K, number>();
    for (const p of open) m.set(keyOf(p), (m.get(keyOf(p)) ?? 0) + 1);
    return m;
  };
  const main = mainAmountTarget(s.facts.targets);
  return buildHalfMonthlyBulletin({
    issuerZh: campaign.issuerName,
    campaignNameZh: campaign.name,
    period: r.period,
    asOf: r.asOf,
    date: r.date,
    target: main ? amountTargetAchievement(main, s.facts.measures, r.asOf) : null,
    revitalised: s.facts.measures,
    byWarZone: await warZoneRows(db, s.facts, count((p) => p.zoneId)),
    units: await unitRows(db, s.facts, count((p) => p.responsibleUnitId)),
    tasks: s.tasks.map(reportTask),
  });
}

function quarterlyInspection(s: Snapshot, campaign: CampaignRow, r: ReportRequest): ReportModel {
  const planOf = new Map(s.plans.map((p) => [p.id, p]));
  const main = mainAmountTarget(s.facts.targets);
  return buildQuarterlyInspection({
    issuerZh: campaign.issuerName,
    campaignNameZh: campaign.name,
    quarter: r.period,
    asOf: r.asOf,
    date: r.date,
    target: main ? amountTargetAchievement(main, s.facts.measures, r.asOf) : null,
    revitalisations: s.measures
      .filter((m) => m.status === 'REVITALISED' && m.revitalisedOn && m.revitalisedOn <= r.asOf)
      .map((m) => {
        const p = planOf.get(m.planId)!;
        return {
          parcelCode: p.parcelCode,
          parcelName: p.parcelName,
          enterpriseName: p.enterpriseName,
          methodNameZh: methodZh(m.methodCode),
          revitalisedOn: m.revitalisedOn!,
          area_m2: m.revitalisedArea_m2 ?? 0,
          evidenceZh: m.evidence ? `${evidenceKindLabels[m.evidence.kind]}（${formatChineseDate(m.evidence.on)}${m.evidence.referenceZh ? `，${m.evidence.referenceZh}` : ''}）` : null,
          unitName: p.unitName,
        };
      }),
    setbacks: s.measures
      .filter((m): m is MeasureRow & { status: 'ESCALATED' | 'FAILED' } => m.status === 'ESCALATED' || m.status === 'FAILED')
      .map((m) => {
        const p = planOf.get(m.planId)!;
        const e = m.status === 'ESCALATED' ? escalationOf(m.methodCode) : undefined;
        const followUp = [e?.followUpMethod ? methodZh(e.followUpMethod) : null, e?.kind === 'CREDIT_BLACKLIST' ? '列入全县社会信用黑名单' : null].filter(Boolean).join('；');
        return {
          parcelCode: p.parcelCode,
          parcelName: p.parcelName,
          methodNameZh: methodZh(m.methodCode),
          outcome: m.status,
          on: m.statusSince,
          reasonZh: m.outcomeReasonZh ?? '',
          followUpZh: followUp || null,
          unitName: p.unitName,
        };
      }),
    tasks: s.tasks.map(reportTask),
  });
}

async function stockTable(db: Queryable, jurisdictionCode: string, campaign: CampaignRow, r: ReportRequest): Promise<ReportModel> {
  const stock = await stockByZone(db, jurisdictionCode);
  const units = [...new Set(stock.rows.map((x) => x.zoneName ?? '园区外'))];
  const table = stockTableFromAreas(
    {
      id: `stock-${jurisdictionCode}-${stock.asOf ?? r.asOf}`,
      titleZh: '存量土地统计表',
      jurisdiction: jurisdictionCode,
      asOf: stock.asOf ?? r.asOf,
      rowHeadingZh: '园区',
      // the ledger holds supplied land only: 批而未供 has no rows here (see the user guide)
      columns: [
        { key: 'idle', labelZh: '涉嫌闲置土地', stockKind: 'IDLE' },
        { key: 'low', labelZh: '低效工业用地', stockKind: 'INEFFICIENT_INDUSTRIAL' },
      ],
    },
    units.map((u) => ({
      reportingUnitZh: u,
      areas_m2: {
        idle: stock.rows.filter((x) => (x.zoneName ?? '园区外') === u && x.category === 'IDLE').reduce((a, x) => a + x.area_m2, 0),
        low: stock.rows.filter((x) => (x.zoneName ?? '园区外') === u && x.category === 'INEFFICIENT').reduce((a, x) => a + x.area_m2, 0),
      },
    })),
  );
  return buildStockTableReport({ issuerZh: campaign.issuerName, date: r.date, table });
}

async function linkage(db: Queryable, s: Snapshot, campaign: CampaignRow, r: ReportRequest): Promise<ReportModel> {
  const year = Number(r.asOf.slice(0, 4));
  const definitions = s.facts.targets.map((t) => t.definition);
  const rule = definitions.find((d): d is LinkageRule => d.kind === 'LINKAGE');
  if (!rule) throw new ReportUnavailable('本辖区未设置增存挂钩规则，无法测算奖惩。请管理员在攻坚目标中添加。');
  const quota = await findQuota(db, s.facts.jurisdictionCode, year + 1);
  if (!quota) throw new ReportUnavailable(`尚未录入 ${year + 1} 年度新增建设用地计划指标，无法测算奖惩。`);
  const bases = await listRateBases(db, s.facts.jurisdictionCode);
  return buildLinkageReport({
    issuerZh: campaign.issuerName,
    date: r.date,
    asOf: r.asOf,
    year,
    rule,
    rateTargets: definitions.filter((d): d is DisposalRateTarget => d.kind === 'DISPOSAL_RATE'),
    denominators: bases.filter((b) => b.year === year).map((b) => ({ stockKind: b.stockKind, area_m2: b.area_m2 })),
    revitalised: s.facts.measures,
    nextYearQuota_m2: quota.quota_m2,
  });
}

/** A report the jurisdiction's data cannot make (no rule, no quota): a 422 with the reason. */
export class ReportUnavailable extends Error {}

export async function buildReportModel(db: Queryable, jurisdictionCode: string, scope: CampaignScope, campaign: CampaignRow, r: ReportRequest): Promise<ReportModel> {
  if (r.kind === 'STOCK_TABLE') return stockTable(db, jurisdictionCode, campaign, r);
  const s = await snapshot(db, jurisdictionCode, scope, r.asOf);
  switch (r.kind) {
    case 'WEEKLY_DISPATCH':
      return weeklyDispatch(db, s, campaign, r);
    case 'HALF_MONTHLY_BULLETIN':
      return halfMonthlyBulletin(db, s, campaign, r);
    case 'QUARTERLY_INSPECTION':
      return quarterlyInspection(s, campaign, r);
    case 'LINKAGE':
      return linkage(db, s, campaign, r);
  }
}

/** The day a report's figures are counted on: its period's end, or today while the period runs. */
export const countedOn = (period: { to: string }, today: string) => (period.to < today ? period.to : today);
