import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, daysBetween, formatChineseDate, isIsoDate, parseIsoDate, todayInChina } from './dates.ts';

describe('calendar dates', () => {
  it.each(['2023-02-30', '2023-13-01', '2023-00-10', '2021-02-29', '2023-2-3', '20230203', ''])('%s is not a date', (s) => {
    expect(isIsoDate(s)).toBe(false);
  });

  it.each(['2024-02-29', '2023-12-31', '2000-02-29'])('%s is a date', (s) => {
    expect(parseIsoDate(s)).toBeDefined();
  });

  it('adds months clamping to the end of the month', () => {
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2023-03-31', -1)).toBe('2023-02-28');
    expect(addMonths('2023-11-15', 2)).toBe('2024-01-15');
  });

  it('counts calendar days across month, year and leap-day ends', () => {
    expect(daysBetween('2023-12-31', '2024-01-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2023-10-01', '2023-12-31')).toBe(91);
    expect(daysBetween('2024-01-01', '2023-01-01')).toBe(-365);
    expect(() => daysBetween('2023-02-30', '2023-03-01')).toThrow(RangeError);
  });

  it('adds calendar years, never 365 days', () => {
    expect(addYears('2020-02-29', 1)).toBe('2021-02-28');
    expect(addYears('2020-02-29', 4)).toBe('2024-02-29');
    expect(addYears('2023-03-01', 1)).toBe('2024-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('writes dates the GB/T 9704-2012 way', () => {
    expect(formatChineseDate('2023-08-28')).toBe('2023年8月28日');
    expect(formatChineseDate('2021-12-03')).toBe('2021年12月3日');
  });

  it('knows that China is eight hours ahead of UTC', () => {
    expect(todayInChina(new Date('2026-11-23T16:30:00Z'))).toBe('2026-11-24');
    expect(todayInChina(new Date('2026-11-23T15:59:00Z'))).toBe('2026-11-23');
  });
});
