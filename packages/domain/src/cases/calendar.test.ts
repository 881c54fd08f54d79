import { describe, expect, it } from 'vitest';
import { addDays } from '../units/dates.ts';
import { addWorkingDays, emptyCalendar, isWorkingDay, workingDaysBetween } from './calendar.ts';
import { openDeadlines, overdueDeadlines, sanctionEligibility, startClock } from './clocks.ts';
import { openCase } from './machine.ts';
import { ctxOn, jdCase, nationalDay2026, natCase } from './test-support.ts';

describe('working days', () => {
  it.each([
    ['2026-10-01', false, 'National Day'],
    ['2026-10-07', false, 'last day of the holiday week'],
    ['2026-10-08', true, 'Thursday after the holiday'],
    ['2026-10-10', true, '调休 Saturday'],
    ['2026-10-11', false, 'ordinary Sunday'],
    ['2026-10-17', false, 'ordinary Saturday'],
    ['2026-10-19', true, 'ordinary Monday'],
  ])('%s working: %s (%s)', (date, expected) => {
    expect(isWorkingDay(date, nationalDay2026)).toBe(expected);
  });

  it.each([
    ['2026-09-30', 10, '2026-10-20', 'across National Day with the 调休 Saturday'],
    ['2026-09-30', 1, '2026-10-08', 'first day after the holiday'],
    ['2026-09-30', 3, '2026-10-10', 'lands on the 调休 Saturday'],
    ['2026-11-27', 5, '2026-12-04', 'served on a Friday: the weekend does not count'],
    ['2026-11-27', 10, '2026-12-11', 'two full weeks from a Friday'],
    ['2026-11-28', 1, '2026-11-30', 'served on a Saturday'],
    ['2026-11-27', 0, '2026-11-27', 'zero days'],
  ])('%s + %i working days = %s (%s)', (from, n, expected) => {
    expect(addWorkingDays(from, n, nationalDay2026)).toBe(expected);
  });

  it('without the 调休 entry the Saturday rests and the window ends a day later', () => {
    const noMakeUp = { holidays: nationalDay2026.holidays, workdays: [] };
    expect(addWorkingDays('2026-09-30', 10, noMakeUp)).toBe('2026-10-21');
  });

  it('counts working days between two dates, the first excluded', () => {
    expect(workingDaysBetween('2026-09-30', '2026-10-20', nationalDay2026)).toBe(10);
    expect(workingDaysBetween('2026-11-27', '2026-11-29', emptyCalendar)).toBe(0);
    expect(workingDaysBetween('2026-11-27', '2026-11-30', emptyCalendar)).toBe(1);
    expect(workingDaysBetween('2026-11-30', '2026-11-27', emptyCalendar)).toBe(0);
  });

  it('gives up on a calendar without working days instead of looping', () => {
    const holidays = Array.from({ length: 3700 }, (_, i) => addDays('2026-01-01', i));
    expect(() => addWorkingDays('2026-01-01', 1, { holidays, workdays: [] })).toThrow(RangeError);
  });

  it('refuses a negative count', () => {
    expect(() => addWorkingDays('2026-11-27', -1, emptyCalendar)).toThrow(RangeError);
  });
});

describe('clocks', () => {
  const ctx = ctxOn('2026-12-01');

  it.each([
    ['INVESTIGATION_START', '2026-01-31', '2026-03-02', '第五条'],
    ['MATERIALS', '2026-01-31', '2026-03-02', '第五条'],
    ['PAYMENT', '2026-11-27', '2026-12-27', '第十七条'],
    ['DEREGISTRATION', '2026-12-31', '2027-01-30', '第十七条'],
    ['OBJECTION_WINDOW', '2026-11-27', '2026-12-11', '重新核实'],
    ['HEARING_REQUEST', '2026-09-30', '2026-10-13', '第十五条'],
  ] as const)('%s from %s is due %s', (kind, from, due, article) => {
    const d = startClock(kind, from, ctx);
    expect(d.dueOn).toBe(due);
    expect(d.basis).toContain(article);
    expect(d.label).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('follows the jurisdiction settings', () => {
    expect(startClock('OBJECTION_WINDOW', '2026-11-27', ctxOn('2026-12-01', { objectionWorkingDays: 5 })).dueOn).toBe('2026-12-04');
    expect(startClock('PAYMENT', '2026-11-27', ctxOn('2026-12-01', { paymentDays: 15 })).dueOn).toBe('2026-12-12');
  });

  it('is overdue only from the day after the due date', () => {
    const d = startClock('PAYMENT', '2026-11-27', ctx);
    expect(overdueDeadlines([d], '2026-12-27')).toEqual([]);
    expect(overdueDeadlines([d], '2026-12-28')).toEqual([d]);
  });

  it('opens the investigation clock on discovery, national profile only', () => {
    const nat = openCase({ profile: 'NAT-IDLE-2012', category: 'IDLE', openedOn: '2026-02-02', discoveredOn: '2026-01-31' }, ctx);
    expect(nat.snapshot.state).toBe('CANDIDATE');
    expect(nat.deadlines.map((d) => [d.kind, d.dueOn])).toEqual([['INVESTIGATION_START', '2026-03-02']]);
    expect(openDeadlines(nat.snapshot).map((d) => d.kind)).toEqual(['INVESTIGATION_START']);
    const jd = openCase({ profile: 'JD-2022', category: 'INEFFICIENT', openedOn: '2026-02-02' }, ctx);
    expect(jd.deadlines).toEqual([]);
    expect(jd.snapshot.reverificationCount).toBe(0);
  });

  it('keeps running only the clocks of the current state', () => {
    expect(openDeadlines(jdCase('PRELIM_NOTIFIED', { objectionWindowEndsOn: '2026-12-11' })).map((d) => d.dueOn)).toEqual(['2026-12-11']);
    expect(openDeadlines(jdCase('OBJECTION', { objectionWindowEndsOn: '2026-12-11' }))).toEqual([]);
    const served = natCase('DECISION_SERVED', { sanction: 'RECOVERY', complianceDueOn: '2027-01-30' });
    expect(openDeadlines(served).map((d) => d.kind)).toEqual(['DEREGISTRATION']);
    expect(openDeadlines({ ...served, state: 'FEE_PAID' })).toEqual([]);
  });
});

describe('sanction eligibility (Order 53 Art. 14)', () => {
  it.each([
    ['2025-03-01', '2026-03-01', '2027-03-01'],
    ['2024-02-29', '2025-02-28', '2026-02-28'],
    ['2023-02-28', '2024-02-28', '2025-02-28'],
    ['2025-12-31', '2026-12-31', '2027-12-31'],
  ])('agreed start %s: fee from %s, recovery from %s', (agreedStartDate, feeFrom, recoveryFrom) => {
    expect(sanctionEligibility({ agreedStartDate })).toEqual({ feeFrom, recoveryFrom });
  });

  it('is unknown without an agreed start date', () => {
    expect(sanctionEligibility({})).toBeUndefined();
  });
});
