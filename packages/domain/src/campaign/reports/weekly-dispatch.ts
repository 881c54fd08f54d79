/**
 * 周调度表 (Wuping: 「指挥部每周召开一次工作例会，及时研究解决存在的问题，安排部署下阶段
 * 工作」, DOMAIN.md §6.6): one row per open disposal plan with the week's progress reports,
 * the problems raised, next week's tasks and whether the plan is behind, and a summary.
 */
import type { IsoDate } from '../../cases/types.ts';
import { addDays } from '../../units/dates.ts';
import type { RevitalisedMeasure } from '../types.ts';
import { InputChecks, dateZh, monthDayZh, muZh, paragraph, periodZh } from './format.ts';
import type { ReportModel, ReportTable } from './model.ts';
import { revitalisedIn } from './progress.ts';
import { checkTasks, daysOverdueOn, overdueOn, overdueTaskTable, type ReportTask } from './tasks.ts';

export interface DispatchTaskReport {
  reportedOn: IsoDate;
  progressZh: string;
  problemsZh?: string | null;
  nextStepsZh?: string | null;
  done: boolean;
}

export interface DispatchTask extends ReportTask {
  /** the task's progress reports (any dates; the week's are picked here) */
  reports: readonly DispatchTaskReport[];
}

export interface DispatchMeasure {
  methodNameZh: string;
  /** the measure's status in words, e.g. 协商中 */
  statusZh: string;
}

export interface DispatchPlan {
  planNo?: string | null;
  parcelCode: string;
  parcelName: string;
  enterpriseName?: string | null;
  warZoneZh?: string | null;
  responsibleUnitZh: string;
  /** 包挂领导: a position and whoever holds it on the sheet's date */
  leader: { positionTitle: string; holderName?: string | null };
  measures: readonly DispatchMeasure[];
  tasks: readonly DispatchTask[];
}

export interface WeeklyDispatchInput {
  /** 指挥部, e.g. 武平县低效工业用地盘活攻坚行动指挥部 */
  issuerZh: string;
  /** e.g. 武平县低效工业用地盘活攻坚行动 */
  campaignNameZh: string;
  /** Monday to Sunday */
  week: { from: IsoDate; to: IsoDate };
  /** the day overdue tasks are counted on (usually the day the sheet is made) */
  asOf: IsoDate;
  /** 成文日期 */
  date: IsoDate;
  /** the plans not CLOSED */
  plans: readonly DispatchPlan[];
  /** every revitalised measure to date; the week's are counted (a parcel in the week of its first one) */
  revitalised: readonly RevitalisedMeasure[];
}

const NONE = '—';

function leaderZh(l: DispatchPlan['leader']): string {
  return l.holderName ? `${l.positionTitle} ${l.holderName}` : `${l.positionTitle}（空缺）`;
}

const inWeek = (d: IsoDate, week: { from: IsoDate; to: IsoDate }) => d >= week.from && d <= week.to;

function weekReports(plan: DispatchPlan, week: { from: IsoDate; to: IsoDate }) {
  return plan.tasks
    .flatMap((task) => task.reports.filter((r) => inWeek(r.reportedOn, week)).map((report) => ({ task, report })))
    .sort((a, b) => a.report.reportedOn.localeCompare(b.report.reportedOn) || a.task.titleZh.localeCompare(b.task.titleZh, 'zh-CN'));
}

function progressCell(reports: ReturnType<typeof weekReports>): string {
  if (reports.length === 0) return '本周未报送进展';
  return reports.map(({ task, report }) => `${monthDayZh(report.reportedOn)}（${task.titleZh}）${report.progressZh.trim()}${report.done ? '（已完成）' : ''}`).join('\n');
}

function problemsCell(reports: ReturnType<typeof weekReports>): string {
  const problems = [...new Set(reports.map((r) => r.report.problemsZh?.trim() ?? '').filter(Boolean))];
  return problems.length === 0 ? '无' : problems.join('\n');
}

const doneBy = (t: ReportTask, asOf: IsoDate) => t.status === 'DONE' && t.doneOn != null && t.doneOn <= asOf;

function nextWeekCell(plan: DispatchPlan, next: { from: IsoDate; to: IsoDate }, asOf: IsoDate): string {
  const due = plan.tasks
    .filter((t) => inWeek(t.dueOn, next) && !doneBy(t, asOf))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.titleZh.localeCompare(b.titleZh, 'zh-CN'));
  if (due.length === 0) return NONE;
  return due.map((t) => `${t.titleZh}（${monthDayZh(t.dueOn)}前，${t.unitName ? `${t.unitName} ` : ''}${t.positionTitle}）`).join('\n');
}

const overdueCount = (plan: DispatchPlan, asOf: IsoDate) => plan.tasks.filter((t) => daysOverdueOn(t, asOf) > 0).length;

/** By war zone, then responsible unit, then parcel code, so each zone's plans are discussed together. */
function byZoneUnitParcel(a: DispatchPlan, b: DispatchPlan): number {
  const zone = (p: DispatchPlan) => p.warZoneZh ?? '\uffff';
  return (
    zone(a).localeCompare(zone(b), 'zh-CN') ||
    a.responsibleUnitZh.localeCompare(b.responsibleUnitZh, 'zh-CN') ||
    a.parcelCode.localeCompare(b.parcelCode, 'zh-CN')
  );
}

function check(input: WeeklyDispatchInput): void {
  const c = new InputChecks();
  c.text(input.issuerZh, '编制单位');
  c.text(input.campaignNameZh, '攻坚行动名称');
  c.period(input.week, '调度周');
  c.date(input.asOf, '统计日期');
  c.date(input.date, '成文日期');
  input.plans.forEach((p, i) => {
    const at = `第${i + 1}个处置方案`;
    c.text(p.parcelCode, `${at}的地块编号`);
    c.text(p.responsibleUnitZh, `${at}的责任单位`);
    c.text(p.leader.positionTitle, `${at}的包挂领导岗位`);
    checkTasks(c, p.tasks, `${at}的任务`);
    p.tasks.forEach((t, j) => t.reports.forEach((r, k) => c.date(r.reportedOn, `${at}的任务第${j + 1}项的第${k + 1}次进展报告日期`)));
  });
  c.done();
}

export function buildWeeklyDispatch(input: WeeklyDispatchInput): ReportModel {
  check(input);
  const { week, asOf } = input;
  const next = { from: addDays(week.to, 1), to: addDays(week.to, 7) };
  const plans = [...input.plans].sort(byZoneUnitParcel);

  const table: ReportTable = {
    type: 'table',
    titleZh: '周调度表',
    columns: [
      { headerZh: '序号', type: 'integer', width: 2.5 },
      { headerZh: '地块编号', type: 'text', width: 6 },
      { headerZh: '地块名称', type: 'text', width: 7 },
      { headerZh: '企业', type: 'text', width: 8 },
      { headerZh: '战区', type: 'text', width: 5 },
      { headerZh: '责任单位', type: 'text', width: 7 },
      { headerZh: '包挂领导', type: 'text', width: 6 },
      { headerZh: '处置措施', type: 'text', width: 9 },
      { headerZh: '本周进展', type: 'text', width: 16 },
      { headerZh: '存在问题', type: 'text', width: 10 },
      { headerZh: '下周任务', type: 'text', width: 13 },
      { headerZh: '是否滞后', type: 'text', width: 4 },
    ],
    rows: plans.map((plan, i) => {
      const reports = weekReports(plan, week);
      const overdue = overdueCount(plan, asOf);
      return {
        cells: [
          i + 1,
          plan.parcelCode,
          plan.parcelName,
          plan.enterpriseName ?? NONE,
          plan.warZoneZh ?? NONE,
          plan.responsibleUnitZh,
          leaderZh(plan.leader),
          plan.measures.length === 0 ? '尚未确定' : plan.measures.map((m) => `${m.methodNameZh}（${m.statusZh}）`).join('\n'),
          progressCell(reports),
          problemsCell(reports),
          nextWeekCell(plan, next, asOf),
          overdue > 0 ? `是（逾期${overdue}项）` : '否',
        ],
      };
    }),
    emptyZh: '暂无在推进的处置方案',
    notesZh: [`注：“是否滞后”按${dateZh(asOf)}仍未完成且已过完成时限的任务计；“下周任务”为${periodZh(next.from, next.to)}到期的任务。`],
  };

  const allTasks = plans.flatMap((p) => p.tasks);
  const dueThisWeek = allTasks.filter((t) => inWeek(t.dueOn, week));
  const doneOfThem = dueThisWeek.filter((t) => doneBy(t, asOf));
  const overdueTasks = allTasks.filter((t) => daysOverdueOn(t, asOf) > 0).length;
  const behindPlans = plans.filter((p) => overdueCount(p, asOf) > 0).length;
  const withoutReport = plans.filter((p) => weekReports(p, week).length === 0).length;
  const week_ = revitalisedIn(input.revitalised, week);
  const summary =
    `本周（${periodZh(week.from, week.to)}），在推进的处置方案 ${plans.length} 个，其中 ${withoutReport} 个本周未报送进展；` +
    `本周盘活 ${week_.parcels} 宗 ${muZh(week_.areaMu)}；本周到期任务 ${dueThisWeek.length} 项，已完成 ${doneOfThem.length} 项；` +
    `截至${dateZh(asOf)}，逾期未完成任务 ${overdueTasks} 项，涉及处置方案 ${behindPlans} 个。`;

  return {
    kind: 'WEEKLY_DISPATCH',
    titleZh: `${input.campaignNameZh}周调度表`,
    subtitleZh: `（${periodZh(week.from, week.to)}）`,
    issuerZh: input.issuerZh,
    date: input.date,
    period: { ...week },
    orientation: 'landscape',
    // the late tasks by name: what the weekly meeting has to resolve first (「及时研究解决存在的问题」)
    sections: [{ blocks: [paragraph(summary), table, overdueTaskTable(overdueOn(allTasks, asOf))] }],
  };
}
