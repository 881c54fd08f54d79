/**
 * 季度督查报告 (Wuping: 「县大督办每季度对低效工业用地盘活情况进行督查」, DOMAIN.md §6.6):
 * the target's period results, the measures revitalised in the quarter with their
 * evidence, escalations and failures, overdue tasks, and 督查意见 — findings generated from
 * those figures, so that the inspector starts from facts, not from a blank page.
 */
import type { IsoDate } from '../../cases/types.ts';
import { centiM2 } from '../../identification/support.ts';
import { parseIsoDate } from '../../units/dates.ts';
import type { TargetAchievement } from '../achievement.ts';
import { centiToMu, sumCentiM2 } from '../exact.ts';
import { InputChecks, dateZh, muZh, numberedSections, paragraph, periodZh, subNumbered } from './format.ts';
import type { ReportBlock, ReportModel, ReportTable } from './model.ts';
import { currentPeriod, figuresZh, targetPeriodsTable } from './progress.ts';
import { checkTasks, overdueByUnit, overdueOn, overdueTaskTable, type OverdueTask, type ReportTask } from './tasks.ts';

/** A measure that reached 已盘活 (listed when its date falls in the quarter). */
export interface InspectionRevitalisation {
  parcelCode: string;
  parcelName: string;
  enterpriseName?: string | null;
  methodNameZh: string;
  revitalisedOn: IsoDate;
  /** the area revitalised by this measure (may be part of the parcel) */
  area_m2: number;
  /** the evidence in words, e.g. 达到动工开发标准（2024年1月10日开工） */
  evidenceZh?: string | null;
  unitName?: string | null;
}

/** A measure that was escalated (已升级处置) or failed (未能盘活); listed when its date falls in the quarter. */
export interface InspectionSetback {
  parcelCode: string;
  parcelName: string;
  methodNameZh: string;
  outcome: 'ESCALATED' | 'FAILED';
  on: IsoDate;
  reasonZh: string;
  /** e.g. 依法收回；列入全县社会信用黑名单 */
  followUpZh?: string | null;
  unitName?: string | null;
}

export interface InspectionThresholds {
  /** tasks this many days late or more are called out separately */
  longOverdueDays: number;
}

export const defaultInspectionThresholds: Readonly<InspectionThresholds> = { longOverdueDays: 30 };

export interface QuarterlyInspectionInput {
  /** 县大督办, or whoever inspects */
  issuerZh: string;
  campaignNameZh: string;
  quarter: { from: IsoDate; to: IsoDate };
  /** the day all figures are counted on (usually the quarter's last day) */
  asOf: IsoDate;
  /** 成文日期 */
  date: IsoDate;
  /** the campaign's main amount target as of `asOf` */
  target?: TargetAchievement | null;
  revitalisations: readonly InspectionRevitalisation[];
  setbacks: readonly InspectionSetback[];
  /** tasks that may be overdue; those late on `asOf` are listed */
  tasks: readonly ReportTask[];
  thresholds?: InspectionThresholds;
}

const QUARTERS = ['一', '二', '三', '四'];

/** 2023年第四季度 for a calendar quarter, else the dates. */
export function quarterZh(q: { from: IsoDate; to: IsoDate }): string {
  const d = parseIsoDate(q.from);
  const quarter = d ? Math.floor((d.month - 1) / 3) : -1;
  const start = d ? `${d.year}-${String(quarter * 3 + 1).padStart(2, '0')}-01` : '';
  const aligned = d !== undefined && q.from === start && q.to.slice(0, 4) === q.from.slice(0, 4) && Number(q.to.slice(5, 7)) === quarter * 3 + 3;
  return aligned ? `${d.year}年第${QUARTERS[quarter]}季度` : periodZh(q.from, q.to);
}

function check(input: QuarterlyInspectionInput): void {
  const c = new InputChecks();
  c.text(input.issuerZh, '督查单位');
  c.text(input.campaignNameZh, '攻坚行动名称');
  c.period(input.quarter, '督查季度');
  c.date(input.asOf, '统计日期');
  c.date(input.date, '成文日期');
  input.revitalisations.forEach((r, i) => {
    c.date(r.revitalisedOn, `第${i + 1}项盘活措施的盘活日期`);
    c.nonNegative(r.area_m2, `第${i + 1}项盘活措施的盘活面积`);
  });
  input.setbacks.forEach((s, i) => c.date(s.on, `第${i + 1}项升级或未能盘活措施的日期`));
  checkTasks(c, input.tasks, '任务');
  if (input.thresholds && !(Number.isInteger(input.thresholds.longOverdueDays) && input.thresholds.longOverdueDays > 0)) {
    c.problemsZh.push(`长期逾期天数须为正整数：${input.thresholds.longOverdueDays}`);
  }
  c.done();
}

const inQuarter = (d: IsoDate, q: { from: IsoDate; to: IsoDate }) => d >= q.from && d <= q.to;

function revitalisedTable(rows: readonly InspectionRevitalisation[]): ReportTable {
  const total = centiToMu(sumCentiM2(rows.map((r) => r.area_m2)));
  return {
    type: 'table',
    titleZh: '本季度盘活措施',
    columns: [
      { headerZh: '序号', type: 'integer', width: 2.5 },
      { headerZh: '地块编号', type: 'text', width: 6 },
      { headerZh: '地块名称', type: 'text', width: 7 },
      { headerZh: '企业', type: 'text', width: 7 },
      { headerZh: '处置方式', type: 'text', width: 7 },
      { headerZh: '盘活日期', type: 'date', width: 8.5 },
      { headerZh: '盘活面积（亩）', type: 'decimal', decimals: 2, width: 5 },
      { headerZh: '佐证', type: 'text', width: 11 },
    ],
    rows: [
      ...rows.map((r, i) => ({
        cells: [i + 1, r.parcelCode, r.parcelName, r.enterpriseName ?? '—', r.methodNameZh, r.revitalisedOn, centiToMu(centiM2(r.area_m2)), r.evidenceZh?.trim() || '未上传佐证'],
      })),
      ...(rows.length > 0 ? [{ cells: ['合计', null, null, null, null, null, total, null], total: true }] : []),
    ],
    emptyZh: '本季度无盘活措施',
    notesZh: rows.length > 0 ? ['注：合计按平方米精确相加后折算为亩。'] : undefined,
  };
}

const OUTCOME_ZH = { ESCALATED: '已升级处置', FAILED: '未能盘活' } as const;

function setbackTable(rows: readonly InspectionSetback[]): ReportTable {
  return {
    type: 'table',
    titleZh: '升级处置和未能盘活',
    columns: [
      { headerZh: '序号', type: 'integer', width: 2.5 },
      { headerZh: '地块编号', type: 'text', width: 6 },
      { headerZh: '地块名称', type: 'text', width: 7 },
      { headerZh: '原处置方式', type: 'text', width: 7 },
      { headerZh: '结果', type: 'text', width: 5 },
      { headerZh: '日期', type: 'date', width: 8.5 },
      { headerZh: '原因', type: 'text', width: 10 },
      { headerZh: '后续措施', type: 'text', width: 8 },
    ],
    rows: rows.map((s, i) => ({ cells: [i + 1, s.parcelCode, s.parcelName, s.methodNameZh, OUTCOME_ZH[s.outcome], s.on, s.reasonZh, s.followUpZh?.trim() || '—'] })),
    emptyZh: '本季度无升级处置或未能盘活的措施',
  };
}

/** 督查意见: one finding per fact that needs attention, in the order an inspector reads them. */
export function inspectionFindings(
  input: Pick<QuarterlyInspectionInput, 'quarter' | 'asOf' | 'target'>,
  facts: { revitalisations: readonly InspectionRevitalisation[]; setbacks: readonly InspectionSetback[]; overdue: readonly OverdueTask[] },
  thresholds: InspectionThresholds,
): string[] {
  const out: string[] = [];
  const t = input.target;
  if (!t) out.push('本行动尚未设置盘活目标，建议指挥部办公室明确分期目标，以便按节点督查。');
  else {
    // a period whose last day has been counted is judged, even on that last day
    for (const p of t.periods.filter((x) => inQuarter(x.endDate, input.quarter) && x.endDate <= t.asOf)) {
      const a = p.assessed;
      if (a.met === true) out.push(`“${p.labelZh}”节点目标（${figuresZh(a.target)}）已完成，实际完成 ${figuresZh({ parcels: a.achieved.parcels, areaMu: a.achieved.areaMu })}。`);
      else if (a.met === false) out.push(`“${p.labelZh}”节点目标（${figuresZh(a.target)}）未完成，实际完成 ${figuresZh({ parcels: a.achieved.parcels, areaMu: a.achieved.areaMu })}，尚差 ${figuresZh(a.gap)}，请各责任单位在下一节点内补齐。`);
    }
    const next = currentPeriod(t);
    if (next && next.endDate > t.asOf && next.assessed.projection?.willMeet === false) {
      out.push(`按当前进度，“${next.labelZh}”节点（截止${dateZh(next.endDate)}）难以按期完成目标（${figuresZh(next.assessed.target)}），需加快推进。`);
    }
  }
  if (facts.revitalisations.length === 0) out.push('本季度无盘活成果，请各战区、各责任单位对照处置方案查找原因。');
  const missing = facts.revitalisations.filter((r) => !r.evidenceZh?.trim()).length;
  if (missing > 0) out.push(`本季度 ${missing} 项盘活措施未上传佐证材料，请责任单位补充完善。`);
  if (facts.overdue.length > 0) {
    const units = overdueByUnit(facts.overdue);
    const long = facts.overdue.filter((o) => o.daysOverdue >= thresholds.longOverdueDays).length;
    out.push(
      `${units.length} 个单位存在逾期任务，共 ${facts.overdue.length} 项（${units.map((u) => `${u.unitZh} ${u.count} 项`).join('，')}）` +
        `${long > 0 ? `，其中逾期 ${thresholds.longOverdueDays} 天以上的 ${long} 项` : ''}，请相关单位限期完成并报送进展。`,
    );
  }
  const escalated = facts.setbacks.filter((s) => s.outcome === 'ESCALATED').length;
  const failed = facts.setbacks.filter((s) => s.outcome === 'FAILED').length;
  if (escalated + failed > 0) out.push(`本季度 ${escalated} 项处置措施升级处置、${failed} 项未能盘活，请责任单位落实后续处置措施。`);
  if (out.length === 0) out.push('本季度各项任务按计划推进，未发现逾期任务。');
  return out;
}

export function buildQuarterlyInspection(input: QuarterlyInspectionInput): ReportModel {
  check(input);
  const { quarter, asOf } = input;
  const thresholds = input.thresholds ?? defaultInspectionThresholds;
  const revitalisations = input.revitalisations
    .filter((r) => inQuarter(r.revitalisedOn, quarter))
    .sort((a, b) => a.revitalisedOn.localeCompare(b.revitalisedOn) || a.parcelCode.localeCompare(b.parcelCode, 'zh-CN'));
  const setbacks = input.setbacks.filter((s) => inQuarter(s.on, quarter)).sort((a, b) => a.on.localeCompare(b.on) || a.parcelCode.localeCompare(b.parcelCode, 'zh-CN'));
  const overdue = overdueOn(input.tasks, asOf);

  const targetBlocks: ReportBlock[] = input.target
    ? [paragraph(`截至${dateZh(asOf)}，${input.target.nameZh}各节点完成情况如下。`), targetPeriodsTable(input.target)]
    : [paragraph('本行动尚未设置盘活目标。')];
  const parcels = new Set(revitalisations.map((r) => r.parcelCode)).size;
  const mu = centiToMu(sumCentiM2(revitalisations.map((r) => r.area_m2)));
  const label = quarterZh(quarter);

  return {
    kind: 'QUARTERLY_INSPECTION',
    titleZh: `${input.campaignNameZh}${label}督查报告`,
    subtitleZh: `（${periodZh(quarter.from, quarter.to)}）`,
    issuerZh: input.issuerZh,
    date: input.date,
    period: { ...quarter },
    orientation: 'portrait',
    sections: numberedSections([
      { titleZh: '目标完成情况', blocks: targetBlocks },
      {
        titleZh: '本季度盘活情况',
        blocks: [paragraph(`本季度完成盘活措施 ${revitalisations.length} 项，涉及地块 ${parcels} 宗，盘活面积 ${muZh(mu)}。`), revitalisedTable(revitalisations)],
      },
      {
        titleZh: '升级处置和未能盘活情况',
        blocks: [paragraph(`本季度升级处置 ${setbacks.filter((s) => s.outcome === 'ESCALATED').length} 项，未能盘活 ${setbacks.filter((s) => s.outcome === 'FAILED').length} 项。`), setbackTable(setbacks)],
      },
      {
        titleZh: '逾期任务',
        blocks: [paragraph(overdue.length === 0 ? `截至${dateZh(asOf)}，无逾期未完成任务。` : `截至${dateZh(asOf)}，逾期未完成任务 ${overdue.length} 项。`), overdueTaskTable(overdue)],
      },
      { titleZh: '督查意见', blocks: subNumbered(inspectionFindings(input, { revitalisations, setbacks, overdue }, thresholds)).map(paragraph) },
    ]),
  };
}
