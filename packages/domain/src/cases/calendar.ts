/**
 * Working days (工作日). Statutory windows such as the objection and hearing-request
 * periods are counted in working days: weekends rest unless the State Council moved a
 * working day onto them (调休), and public holidays rest.
 */
import { addDays, compareIsoDates, parseIsoDate } from '../units/dates.ts';
import type { IsoDate, WorkingCalendar } from './types.ts';

export const emptyCalendar: WorkingCalendar = { holidays: [], workdays: [] };

function weekday(iso: IsoDate): number {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`not a calendar date: ${iso}`);
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

export function isWorkingDay(date: IsoDate, cal: WorkingCalendar): boolean {
  // A day listed as a make-up workday wins over everything else; a listed holiday loses.
  if (cal.workdays.includes(date)) return true;
  if (cal.holidays.includes(date)) return false;
  const wd = weekday(date);
  return wd !== 0 && wd !== 6;
}

/** The n-th working day after `from` (the day of service itself never counts). */
export function addWorkingDays(from: IsoDate, n: number, cal: WorkingCalendar): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`not a count of working days: ${n}`);
  let day = from;
  let left = n;
  // A calendar that rests for ten years on end is a data error, not a deadline.
  const giveUpAfter = addDays(from, 3653 + n);
  while (left > 0) {
    day = addDays(day, 1);
    if (compareIsoDates(day, giveUpAfter) > 0) throw new RangeError(`no working day in the calendar after ${from}`);
    if (isWorkingDay(day, cal)) left -= 1;
  }
  return day;
}

/** Working days in (from, to]: 0 when `to` is not after `from`. */
export function workingDaysBetween(from: IsoDate, to: IsoDate, cal: WorkingCalendar): number {
  let count = 0;
  for (let day = addDays(from, 1); compareIsoDates(day, to) <= 0; day = addDays(day, 1)) {
    if (isWorkingDay(day, cal)) count += 1;
  }
  return count;
}
