import { addDays, formatChineseDate } from '../units/dates.ts';
import type { Assignment } from './types.ts';

/** Who holds the position on the date (inclusive bounds), if anyone. */
export function holderOn(assignments: readonly Assignment[], positionId: string, date: string): Assignment | undefined {
  return assignments.find((a) => a.positionId === positionId && a.from <= date && (a.to === null || date <= a.to));
}

export function overlaps(a: { from: string; to: string | null }, b: { from: string; to: string | null }): boolean {
  return (a.to === null || b.from <= a.to) && (b.to === null || a.from <= b.to);
}

const period = (a: { from: string; to: string | null }) =>
  a.to === null ? `${formatChineseDate(a.from)}起` : `${formatChineseDate(a.from)}至${formatChineseDate(a.to)}`;

export interface NewAssignment {
  positionId: string;
  personId: string;
  from: string;
  to: string | null;
}

export type AssignmentPlan =
  | { ok: true; /** the previous holder's open tenure, ended the day before the new one starts */ end: { assignment: Assignment; to: string } | null }
  | { ok: false; code: 'BAD_PERIOD' | 'OVERLAP'; message: string; conflict?: Assignment };

/**
 * Plans giving a position to a person (a position has at most one holder at a time).
 * The holder whose tenure is open and began before the new one is relieved the day
 * before; any other overlap (a later tenure, a closed one, an open one starting the same
 * day or later) is refused with its period, so that history is never rewritten silently.
 * `nameOf` gives the display name for the message.
 */
export function planAssignment(
  existing: readonly Assignment[],
  next: NewAssignment,
  nameOf: (personId: string) => string = () => '他人',
): AssignmentPlan {
  if (next.to !== null && next.to < next.from) {
    return { ok: false, code: 'BAD_PERIOD', message: `任职结束日期（${formatChineseDate(next.to)}）不能早于开始日期（${formatChineseDate(next.from)}）` };
  }
  const same = existing.filter((a) => a.positionId === next.positionId);
  const open = same.find((a) => a.to === null && a.from < next.from);
  const end = open ? { assignment: open, to: addDays(next.from, -1) } : null;
  for (const a of same) {
    const after = a === open ? { ...a, to: end!.to } : a;
    if (overlaps(after, next)) {
      return {
        ok: false,
        code: 'OVERLAP',
        conflict: a,
        message: `该席位${period(after)}由${nameOf(a.personId)}担任，与新的任职期间（${period(next)}）重叠；一个席位同一时间只能由一人担任`,
      };
    }
  }
  return { ok: true, end };
}
