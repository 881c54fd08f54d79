import { describe, expect, it } from 'vitest';
import { formatChineseNumeralDate, formatDocumentNumber } from './docNumber.ts';

describe('发文字号 (GB/T 9704-2012)', () => {
  it.each([
    ['青自然资闲', 2026, 3, '青自然资闲〔2026〕3号'],
    ['旌政办', 2022, 67, '旌政办〔2022〕67号'],
    ['青自然资闲', 2027, 120, '青自然资闲〔2027〕120号'],
  ])('%s %i %i → %s', (code, year, n, expected) => {
    expect(formatDocumentNumber(code, year, n)).toBe(expected);
  });

  it.each([
    ['青自然资闲', 2026, 0],
    ['青自然资闲', 2026, -1],
    ['青自然资闲', 2026, 1.5],
    ['青自然资闲', 26, 3],
    ['', 2026, 3],
    ['青〔自然〕', 2026, 3],
  ])('refuses %s %i %d', (code, year, n) => {
    expect(() => formatDocumentNumber(code, year, n)).toThrow(RangeError);
  });
});

describe('Chinese-numeral dates (GB/T 9704-1999 style)', () => {
  it.each([
    ['2023-08-28', '二〇二三年八月二十八日'],
    ['2021-12-30', '二〇二一年十二月三十日'],
    ['2020-10-10', '二〇二〇年十月十日'],
    ['2024-01-01', '二〇二四年一月一日'],
    ['2026-11-19', '二〇二六年十一月十九日'],
    ['2000-02-29', '二〇〇〇年二月二十九日'],
    ['2026-12-31', '二〇二六年十二月三十一日'],
  ])('%s → %s', (iso, expected) => {
    expect(formatChineseNumeralDate(iso)).toBe(expected);
  });

  it('refuses a non-date', () => {
    expect(() => formatChineseNumeralDate('2023-02-30')).toThrow(RangeError);
  });
});
