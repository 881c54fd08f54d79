/**
 * Tasks of a plan (把整改任务分解到周): overdue from the first day after the due date,
 * computed on read with the server's today so the warning appears that same day.
 */
import { addDays, daysBetween, isIsoDate } from '../units/dates.ts';
import type { IsoDate, TaskStatus } from './types.ts';

export function taskOverdue(t: { status: TaskStatus; dueOn: IsoDate }, today: IsoDate): { overdue: boolean; daysOverdue: number } {
  if (t.status !== 'OPEN') return { overdue: false, daysOverdue: 0 };
  const late = daysBetween(t.dueOn, today);
  return late > 0 ? { overdue: true, daysOverdue: late } : { overdue: false, daysOverdue: 0 };
}

/** A year of weeks at most: a plan longer than that is broken down again, not generated blindly. */
export const MAX_WEEKLY_TASKS = 52;

/** One task per week: 「第1周：…」, due 7 days apart from the first due date. */
export function weeklyTasks(input: { titleZh: string; firstDueOn: IsoDate; weeks: number }): Array<{ titleZh: string; dueOn: IsoDate }> {
  const { titleZh, firstDueOn, weeks } = input;
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKLY_TASKS) {
    throw new RangeError(`周数应为1至${MAX_WEEKLY_TASKS}之间的整数。`);
  }
  if (typeof titleZh !== 'string' || titleZh.trim() === '') throw new RangeError('请填写任务名称。');
  if (typeof firstDueOn !== 'string' || !isIsoDate(firstDueOn)) throw new RangeError('请填写有效的第1周完成日期（年-月-日）。');
  return Array.from({ length: weeks }, (_, i) => ({
    titleZh: `第${i + 1}周：${titleZh.trim()}`,
    dueOn: addDays(firstDueOn, 7 * i),
  }));
}
