/**
 * When the scheduled reports fall due (DOMAIN.md §6.6): the weekly dispatch sheet for the
 * week just ended (Monday to Sunday), the half-monthly bulletin for the half month just
 * ended (1–15, 16–month end), the quarterly inspection report for the quarter just ended.
 * A report is due for the last period that ended before the day, so a server that was
 * down on the Monday still makes last week's sheet when it comes back.
 */
import type { IsoDate } from '../cases/types.ts';
import { addDays, daysInMonth, parseIsoDate } from '../units/dates.ts';

export type ScheduledReportKind = 'WEEKLY_DISPATCH' | 'HALF_MONTHLY_BULLETIN' | 'QUARTERLY_INSPECTION';

export interface ReportPeriod {
  from: IsoDate;
  to: IsoDate;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 1 = Monday … 7 = Sunday */
function isoWeekday(iso: IsoDate): number {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`日期无效：${iso}`);
  const day = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday-to-Sunday week that contains the day. */
export function weekOf(day: IsoDate): ReportPeriod {
  const from = addDays(day, 1 - isoWeekday(day));
  return { from, to: addDays(from, 6) };
}

/** The half month (1–15 or 16–month end) that contains the day. */
export function halfMonthOf(day: IsoDate): ReportPeriod {
  const d = parseIsoDate(day)!;
  const ym = `${d.year}-${pad(d.month)}`;
  return d.day <= 15 ? { from: `${ym}-01`, to: `${ym}-15` } : { from: `${ym}-16`, to: `${ym}-${pad(daysInMonth(d.year, d.month))}` };
}

/** The calendar quarter that contains the day. */
export function quarterOf(day: IsoDate): ReportPeriod {
  const d = parseIsoDate(day)!;
  const first = Math.floor((d.month - 1) / 3) * 3 + 1;
  const last = first + 2;
  return { from: `${d.year}-${pad(first)}-01`, to: `${d.year}-${pad(last)}-${pad(daysInMonth(d.year, last))}` };
}

const periodOf: Record<ScheduledReportKind, (day: IsoDate) => ReportPeriod> = {
  WEEKLY_DISPATCH: weekOf,
  HALF_MONTHLY_BULLETIN: halfMonthOf,
  QUARTERLY_INSPECTION: quarterOf,
};

/** The period of a kind that contains the day (for a report made on demand). */
export function reportPeriodContaining(kind: ScheduledReportKind, day: IsoDate): ReportPeriod {
  return periodOf[kind](day);
}

/** The last period of a kind that ended before the day: what the schedule makes on that day. */
export function lastEndedPeriod(kind: ScheduledReportKind, today: IsoDate): ReportPeriod {
  return periodOf[kind](addDays(periodOf[kind](today).from, -1));
}
