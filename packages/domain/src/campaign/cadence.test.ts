import { describe, expect, it } from 'vitest';
import { halfMonthOf, lastEndedPeriod, quarterOf, weekOf } from './cadence.ts';

describe('report cadences (周调度、半月通报、季督导)', () => {
  it('weeks run Monday to Sunday', () => {
    expect(weekOf('2026-11-23')).toEqual({ from: '2026-11-23', to: '2026-11-29' }); // a Monday
    expect(weekOf('2026-11-29')).toEqual({ from: '2026-11-23', to: '2026-11-29' }); // a Sunday
    expect(weekOf('2027-01-01')).toEqual({ from: '2026-12-28', to: '2027-01-03' });
  });

  it('half months end on the 15th and on the month’s last day, February included', () => {
    expect(halfMonthOf('2026-11-15')).toEqual({ from: '2026-11-01', to: '2026-11-15' });
    expect(halfMonthOf('2026-11-16')).toEqual({ from: '2026-11-16', to: '2026-11-30' });
    expect(halfMonthOf('2028-02-20')).toEqual({ from: '2028-02-16', to: '2028-02-29' });
  });

  it('quarters are calendar quarters', () => {
    expect(quarterOf('2026-11-28')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(quarterOf('2026-04-01')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
  });

  it('the schedule makes the period that ended before the day', () => {
    expect(lastEndedPeriod('WEEKLY_DISPATCH', '2026-11-23')).toEqual({ from: '2026-11-16', to: '2026-11-22' });
    expect(lastEndedPeriod('WEEKLY_DISPATCH', '2026-11-22')).toEqual({ from: '2026-11-09', to: '2026-11-15' });
    expect(lastEndedPeriod('HALF_MONTHLY_BULLETIN', '2026-12-01')).toEqual({ from: '2026-11-16', to: '2026-11-30' });
    expect(lastEndedPeriod('HALF_MONTHLY_BULLETIN', '2026-11-16')).toEqual({ from: '2026-11-01', to: '2026-11-15' });
    expect(lastEndedPeriod('QUARTERLY_INSPECTION', '2027-01-01')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(lastEndedPeriod('QUARTERLY_INSPECTION', '2026-12-31')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
  });
});
