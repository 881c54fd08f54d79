import { describe, expect, it } from 'vitest';
import { formatHectares, formatMu, muToSquareMetres, squareMetresToMu } from './area.ts';
import { formatTenThousandYuan, parseTenThousandYuan } from './money.ts';

describe('area units', () => {
  it.each([
    [2000 / 3, 1],
    [10_000, 15],
    [1_000_000, 1500],
    [0, 0],
  ])('%f m² is %f 亩', (m2, mu) => {
    expect(squareMetresToMu(m2)).toBeCloseTo(mu, 10);
    expect(muToSquareMetres(mu)).toBeCloseTo(m2, 8);
  });

  it('agrees with Qinzhou’s table: 3 100.6712 公顷 ≈ 4.65 万亩', () => {
    expect(squareMetresToMu(31_006_712)).toBeCloseTo(46_510.068, 3);
  });

  it('formats 亩 to two decimals and 公顷 to four', () => {
    expect(formatMu(6666.67)).toBe('10.00 亩');
    expect(formatMu(1_000_000)).toBe('1,500.00 亩');
    expect(formatHectares(8333.33)).toBe('0.8333 公顷');
    expect(formatMu(null)).toBe('');
  });
});

describe('money in 万元', () => {
  it('parses 万元 into yuan exactly', () => {
    expect(parseTenThousandYuan('12.3456')).toBe(123_456);
    expect(parseTenThousandYuan('0.000001')).toBe(0.01);
    expect(parseTenThousandYuan('1,200')).toBe(12_000_000);
    expect(parseTenThousandYuan('-3')).toBe(-30_000);
  });

  it('refuses what is not a number or finer than a fen', () => {
    expect(parseTenThousandYuan('十万')).toBeUndefined();
    expect(parseTenThousandYuan('1.2.3')).toBeUndefined();
    expect(parseTenThousandYuan('0.0000001')).toBeUndefined();
  });

  it('formats yuan as 万元', () => {
    expect(formatTenThousandYuan(123_456)).toBe('12.35 万元');
    expect(formatTenThousandYuan(null)).toBe('');
  });
});
