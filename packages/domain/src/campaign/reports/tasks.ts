/**
 * Tasks as the reports see them. The fields are named as in the API's `Task`
 * (docs/design/disposal.md §3), so a list of tasks can be passed as it is. Whether a task is
 * overdue is computed here on the report's as-of date, not read from the stored flag, so a
 * report made again later says what was true on its date.
 */
import type { IsoDate } from '../../cases/types.ts';
import { daysBetween } from '../../units/dates.ts';
import { dateZh, type InputChecks } from './format.ts';
import type { ReportTable } from './model.ts';

export interface ReportTaskProgress {
  reportedOn: IsoDate;
  progressZh: string;
}

export interface ReportTask {
  parcelCode: string;
  parcelName: string;
  /** the parcel's zone (园区) */
  zoneName?: string | null;
  titleZh: string;
  dueOn: IsoDate;
  status: 'OPEN' | 'DONE';
  doneOn?: IsoDate | null;
  /** the position the task is assigned to (席位), never a person */
  positionTitle: string;
  unitName?: string | null;
  /** who holds the position on the report's date */
  holderName?: string | null;
  lastReport?: ReportTaskProgress | null;
}

/** Days late on `asOf`: from the first day after `dueOn` while the task is not done by then; 0 otherwise. */
export function daysOverdueOn(task: Pick<ReportTask, 'status' | 'dueOn' | 'doneOn'>, asOf: IsoDate): number {
  const doneBy = task.status === 'DONE' && task.doneOn != null && task.doneOn <= asOf;
  return doneBy || asOf <= task.dueOn ? 0 : daysBetween(task.dueOn, asOf);
}

/** 青岚县自然资源局 局长（王某） — the unit, the position, and its holder when there is one. */
export function positionZh(t: { positionTitle: string; unitName?: string | null; holderName?: string | null }): string {
  const unit = t.unitName ? `${t.unitName} ` : '';
  const holder = t.holderName ? `（${t.holderName}）` : '（空缺）';
  return `${unit}${t.positionTitle}${holder}`;
}

export function checkTasks(checks: InputChecks, tasks: readonly ReportTask[], fieldZh: string): void {
  tasks.forEach((t, i) => {
    const at = `${fieldZh}第${i + 1}项`;
    checks.text(t.titleZh, `${at}的任务名称`);
    checks.date(t.dueOn, `${at}的完成时限`);
    checks.text(t.positionTitle, `${at}的责任岗位`);
    if (t.doneOn != null) checks.date(t.doneOn, `${at}的完成日期`);
  });
}

export interface OverdueTask {
  task: ReportTask;
  daysOverdue: number;
}

/** The tasks late on `asOf`, the latest first, then by due date and parcel. */
export function overdueOn(tasks: readonly ReportTask[], asOf: IsoDate): OverdueTask[] {
  return tasks
    .map((task) => ({ task, daysOverdue: daysOverdueOn(task, asOf) }))
    .filter((o) => o.daysOverdue > 0)
    .sort(
      (a, b) =>
        b.daysOverdue - a.daysOverdue ||
        a.task.parcelCode.localeCompare(b.task.parcelCode, 'zh-CN') ||
        a.task.titleZh.localeCompare(b.task.titleZh, 'zh-CN'),
    );
}

/** Units with late tasks and how many each, most first. */
export function overdueByUnit(overdue: readonly OverdueTask[]): Array<{ unitZh: string; count: number }> {
  const counts = new Map<string, number>();
  for (const o of overdue) {
    const unit = o.task.unitName ?? '（未明确单位）';
    counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  return [...counts].map(([unitZh, count]) => ({ unitZh, count })).sort((a, b) => b.count - a.count || a.unitZh.localeCompare(b.unitZh, 'zh-CN'));
}

const lastProgressZh = (t: ReportTask): string => (t.lastReport ? `${dateZh(t.lastReport.reportedOn)}：${t.lastReport.progressZh}` : '未报送进展');

export function overdueTaskTable(overdue: readonly OverdueTask[], titleZh = '逾期任务清单'): ReportTable {
  return {
    type: 'table',
    titleZh,
    columns: [
      { headerZh: '序号', type: 'integer', width: 2.5 },
      { headerZh: '地块编号', type: 'text', width: 6 },
      { headerZh: '地块名称', type: 'text', width: 7 },
      { headerZh: '任务', type: 'text', width: 9 },
      { headerZh: '责任岗位', type: 'text', width: 9 },
      { headerZh: '完成时限', type: 'date', width: 8.5 },
      { headerZh: '逾期天数', type: 'integer', width: 3 },
      { headerZh: '最近进展', type: 'text', width: 11 },
    ],
    rows: overdue.map((o, i) => ({
      cells: [i + 1, o.task.parcelCode, o.task.parcelName, o.task.titleZh, positionZh(o.task), o.task.dueOn, o.daysOverdue, lastProgressZh(o.task)],
    })),
    emptyZh: '无逾期任务',
  };
}
