/**
 * 半月通报 (Wuping: 「指挥部办公室每半月专题通报一次工作推进情况和攻坚行动中的先进典型」,
 * DOMAIN.md §6.6): achievement against the target, by war zone, the units' ranking with
 * 先进 / 滞后, the advanced and lagging units named in plain, factual words, and the
 * overdue tasks. Rank and standing come in the input (`rankUnits` decides them).
 */
import type { IsoDate } from '../../cases/types.ts';
import type { TargetAchievement } from '../achievement.ts';
import { unitStandingLabels, type UnitStanding } from '../ranking.ts';
import type { RevitalisedMeasure } from '../types.ts';
import { InputChecks, dateZh, listZh, numberedSections, paragraph, parcelsMuZh, periodZh } from './format.ts';
import type { ReportBlock, ReportModel, ReportTable } from './model.ts';
import { revitalisedIn, targetProgressSentences, targetProgressTable } from './progress.ts';
import { checkTasks, overdueByUnit, overdueOn, overdueTaskTable, type ReportTask } from './tasks.ts';

/** As the dashboard's `byWarZone` rows. */
export interface BulletinWarZone {
  nameZh: string;
  /** the zone's own target, where one is allocated */
  targetParcels?: number | null;
  targetMu?: number | null;
  achievedParcels: number;
  achievedMu: number;
  openPlans: number;
  overdueTasks: number;
}

/** As the dashboard's `byUnit` rows. */
export interface BulletinUnit {
  nameZh: string;
  rank: number;
  standing: UnitStanding;
  achievedParcels: number;
  achievedMu: number;
  openPlans: number;
  openTasks: number;
  overdueTasks: number;
}

export interface HalfMonthlyBulletinInput {
  /** 指挥部办公室 */
  issuerZh: string;
  campaignNameZh: string;
  /** 第N期, when the bulletins are numbered */
  issueNo?: number | null;
  /** 1–15 or 16–month end */
  period: { from: IsoDate; to: IsoDate };
  /** the day all figures are counted on (usually the period's last day) */
  asOf: IsoDate;
  /** 成文日期 */
  date: IsoDate;
  /** the campaign's main amount target as of `asOf`; absent when none is set */
  target?: TargetAchievement | null;
  /** every revitalised measure to date; the period's are counted */
  revitalised: readonly RevitalisedMeasure[];
  byWarZone: readonly BulletinWarZone[];
  units: readonly BulletinUnit[];
  /** tasks that may be overdue; those late on `asOf` are listed */
  tasks: readonly ReportTask[];
}

function check(input: HalfMonthlyBulletinInput): void {
  const c = new InputChecks();
  c.text(input.issuerZh, '编制单位');
  c.text(input.campaignNameZh, '攻坚行动名称');
  c.period(input.period, '通报期');
  c.date(input.asOf, '统计日期');
  c.date(input.date, '成文日期');
  if (input.issueNo != null && !(Number.isInteger(input.issueNo) && input.issueNo > 0)) c.problemsZh.push(`期号须为正整数：${input.issueNo}`);
  input.units.forEach((u, i) => {
    c.text(u.nameZh, `第${i + 1}个责任单位的名称`);
    if (!(Number.isInteger(u.rank) && u.rank > 0)) c.problemsZh.push(`责任单位“${u.nameZh}”的排名须为正整数：${u.rank}`);
  });
  input.byWarZone.forEach((z, i) => c.text(z.nameZh, `第${i + 1}个战区的名称`));
  checkTasks(c, input.tasks, '任务');
  c.done();
}

function warZoneTable(zones: readonly BulletinWarZone[]): ReportTable {
  return {
    type: 'table',
    titleZh: '各战区推进情况',
    columns: [
      { headerZh: '战区', type: 'text', width: 8 },
      { headerZh: '目标宗数', type: 'integer', width: 3 },
      { headerZh: '目标面积（亩）', type: 'decimal', decimals: 2, width: 5 },
      { headerZh: '已盘活宗数', type: 'integer', width: 3 },
      { headerZh: '已盘活面积（亩）', type: 'decimal', decimals: 2, width: 5 },
      { headerZh: '完成率', type: 'percent', decimals: 2, width: 4 },
      { headerZh: '在推进方案', type: 'integer', width: 3 },
      { headerZh: '逾期任务', type: 'integer', width: 3 },
    ],
    rows: zones.map((z) => ({
      cells: [z.nameZh, z.targetParcels ?? null, z.targetMu ?? null, z.achievedParcels, z.achievedMu, z.targetMu ? z.achievedMu / z.targetMu : null, z.openPlans, z.overdueTasks],
    })),
    emptyZh: '未设置战区',
    notesZh: ['注：完成率按面积计算，仅对分解了目标的战区计算。'],
  };
}

const byRank = (units: readonly BulletinUnit[]) => [...units].sort((a, b) => a.rank - b.rank || a.nameZh.localeCompare(b.nameZh, 'zh-CN'));

function unitTable(units: readonly BulletinUnit[]): ReportTable {
  return {
    type: 'table',
    titleZh: '责任单位排名',
    columns: [
      { headerZh: '排名', type: 'integer', width: 2.5 },
      { headerZh: '责任单位', type: 'text', width: 9 },
      { headerZh: '已盘活宗数', type: 'integer', width: 3 },
      { headerZh: '已盘活面积（亩）', type: 'decimal', decimals: 2, width: 5 },
      { headerZh: '在推进方案', type: 'integer', width: 3 },
      { headerZh: '在办任务', type: 'integer', width: 3 },
      { headerZh: '逾期任务', type: 'integer', width: 3 },
      { headerZh: '评价', type: 'text', width: 3 },
    ],
    rows: byRank(units).map((u) => ({
      cells: [u.rank, u.nameZh, u.achievedParcels, u.achievedMu, u.openPlans, u.openTasks, u.overdueTasks, unitStandingLabels[u.standing]],
    })),
    emptyZh: '暂无责任单位',
    notesZh: ['注：按已盘活面积排序，面积相同按宗数，再相同按逾期任务少者在前；排名前三分之一且有盘活成果的为“先进”，排名后三分之一且有逾期任务的为“滞后”。'],
  };
}

/** 先进典型 and 滞后 named with their figures; factual, without judgement words. */
export function standingParagraphs(units: readonly BulletinUnit[]): string[] {
  const ranked = byRank(units);
  const advanced = ranked.filter((u) => u.standing === 'ADVANCED');
  const lagging = ranked.filter((u) => u.standing === 'LAGGING');
  const out: string[] = [];
  out.push(
    advanced.length === 0
      ? '本期暂无盘活成果突出的单位。'
      : `本期${listZh(advanced.map((u) => u.nameZh))}盘活进度位居前列，作为先进典型予以通报：` +
          `${advanced.map((u) => `${u.nameZh}累计盘活 ${parcelsMuZh(u.achievedParcels, u.achievedMu)}，排名第${u.rank}`).join('；')}。`,
  );
  out.push(
    lagging.length === 0
      ? '本期无滞后单位。'
      : `${listZh(lagging.map((u) => u.nameZh))}排名靠后且存在逾期未完成任务，列为滞后单位予以通报：` +
          `${lagging.map((u) => `${u.nameZh}累计盘活 ${parcelsMuZh(u.achievedParcels, u.achievedMu)}，逾期任务 ${u.overdueTasks} 项`).join('；')}。` +
          '请上述单位分析滞后原因，明确整改措施和完成时限，在下期通报前报送整改情况。',
  );
  return out;
}

export function buildHalfMonthlyBulletin(input: HalfMonthlyBulletinInput): ReportModel {
  check(input);
  const { period, asOf } = input;
  const added = revitalisedIn(input.revitalised, { from: period.from, to: asOf < period.to ? asOf : period.to });
  const overdue = overdueOn(input.tasks, asOf);
  const units = overdueByUnit(overdue);

  const progress: ReportBlock[] = [paragraph(`本期（${periodZh(period.from, period.to)}）新增盘活 ${parcelsMuZh(added.parcels, added.areaMu)}。`)];
  if (input.target) {
    progress.push(...targetProgressSentences(input.target).map(paragraph), targetProgressTable(input.target));
  } else {
    progress.push(paragraph('本行动尚未设置盘活面积或宗数目标。'));
  }
  const overdueText =
    overdue.length === 0
      ? `截至${dateZh(asOf)}，无逾期未完成任务。`
      : `截至${dateZh(asOf)}，逾期未完成任务 ${overdue.length} 项，涉及 ${units.length} 个单位（${units.map((u) => `${u.unitZh} ${u.count} 项`).join('，')}）。`;

  const issue = input.issueNo != null ? `第${input.issueNo}期\u3000` : '';
  return {
    kind: 'HALF_MONTHLY_BULLETIN',
    titleZh: `${input.campaignNameZh}工作推进情况通报`,
    subtitleZh: `（${issue}${periodZh(period.from, period.to)}）`,
    issuerZh: input.issuerZh,
    date: input.date,
    period: { ...period },
    orientation: 'portrait',
    sections: numberedSections([
      { titleZh: '总体进展', blocks: progress },
      { titleZh: '各战区推进情况', blocks: [warZoneTable(input.byWarZone)] },
      { titleZh: '责任单位排名', blocks: [unitTable(input.units)] },
      { titleZh: '先进典型和滞后单位', blocks: standingParagraphs(input.units).map(paragraph) },
      { titleZh: '逾期任务', blocks: [paragraph(overdueText), overdueTaskTable(overdue)] },
    ]),
  };
}
