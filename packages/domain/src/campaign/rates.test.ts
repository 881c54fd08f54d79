import { describe, expect, it } from 'vitest';
import { disposalRateAchievement, type RateInput } from './rates.ts';
import { qinzhouApprovedNotSuppliedRate, qinzhouIdleRate, qinzhouStockTable2020, yongningIdleRate } from './targets/index.ts';
import { measure } from './test-support.ts';

const aps = { stockKind: 'APPROVED_NOT_SUPPLIED' } as const;
const idle = { stockKind: 'IDLE' } as const;
const stock = (area_m2: number): RateInput['denominator'] => ({ basis: 'STOCK_AT_YEAR_START', area_m2 });
const input = (measures: RateInput['measures'], denominator_m2: number, asOf = '2023-01-01', year = 2022): RateInput => ({
  year,
  asOf,
  measures,
  denominator: stock(denominator_m2),
});

describe('yearly disposal rates over an explicit denominator', () => {
  it('Qinzhou 批而未供 18 %: exactly 18 % meets it, 0.01 m² less does not', () => {
    const met = disposalRateAchievement(qinzhouApprovedNotSuppliedRate, input([measure('2022-06-01', 18_000, aps)], 100_000));
    expect(met).toMatchObject({ met: true, rate: 0.18, ratePercentZh: '18%', minPercentZh: '18%', gap_m2: 0, status: 'ENDED' });
    expect(met.denominator).toEqual({ basis: 'STOCK_AT_YEAR_START', labelZh: '年初存量面积', descriptionZh: '年初批而未供土地存量面积', area_m2: 100_000, areaMu: 150 });
    expect(met.numerator).toEqual({ area_m2: 18_000, areaMu: 27, measures: 1 });

    const short = disposalRateAchievement(qinzhouApprovedNotSuppliedRate, input([measure('2022-06-01', 17_999.99, aps)], 100_000));
    expect(short.met).toBe(false);
    expect(short.gap_m2).toBe(0.01);
  });

  it('Qinzhou 闲置 25 % of the table’s 46.8457 ha: 117 114.25 m² meets it, 117 114.24 does not', () => {
    const denominator = qinzhouStockTable2020.statedColumnTotals_ha.suspectedIdle! * 10_000;
    expect(denominator).toBe(468_457);
    const at = (m2: number) => disposalRateAchievement(qinzhouIdleRate, input([measure('2022-12-31', m2, idle)], denominator));
    expect(at(117_114.25).met).toBe(true);
    expect(at(117_114.24).met).toBe(false);
    expect(at(117_114.24).gap_m2).toBe(0.01);
    expect(at(100_000).ratePercentZh).toBe('21.35%');
  });

  it('Yongning 20 % (draft) of the park’s idle land', () => {
    expect(yongningIdleRate.status).toBe('DRAFT');
    const r = disposalRateAchievement(yongningIdleRate, input([measure('2022-03-01', 20_000, idle), measure('2022-04-01', 0.01, idle)], 100_000));
    expect(r).toMatchObject({ met: true, numerator: { area_m2: 20_000.01, measures: 2 } });
    expect(disposalRateAchievement(yongningIdleRate, input([measure('2022-03-01', 19_999.99, idle)], 100_000)).met).toBe(false);
  });

  it('counts only its kind of stock, in its year, up to the as-of date, in its scope', () => {
    const ms = [
      measure('2022-05-01', 1000, aps),
      measure('2022-05-01', 1000, idle), // other kind
      measure('2022-05-01', 1000), // no kind
      measure('2021-12-31', 1000, aps), // last year
      measure('2023-01-01', 1000, aps), // next year
      measure('2022-11-01', 1000, { ...aps, unitId: 'lingshan' }),
    ];
    expect(disposalRateAchievement(qinzhouApprovedNotSuppliedRate, input(ms, 10_000)).numerator.area_m2).toBe(2000);
    expect(disposalRateAchievement(qinzhouApprovedNotSuppliedRate, input(ms, 10_000, '2022-10-31')).numerator.area_m2).toBe(1000);
    expect(disposalRateAchievement(qinzhouApprovedNotSuppliedRate, { ...input(ms, 10_000), scope: { unitId: 'lingshan' } }).numerator.area_m2).toBe(1000);
  });

  it('without stock at the start of the year there is no rate, and no verdict', () => {
    const r = disposalRateAchievement(qinzhouIdleRate, input([], 0));
    expect([r.rate, r.met, r.noteZh]).toEqual([undefined, undefined, '年初存量面积为零，处置率无法计算']);
  });

  it('refuses a denominator on another basis or negative', () => {
    const wrong = { ...input([], 100), denominator: { basis: 'STOCK_AT_YEAR_END' as 'STOCK_AT_YEAR_START', area_m2: 100 } };
    expect(() => disposalRateAchievement({ ...qinzhouIdleRate }, wrong)).toThrow(RangeError);
    expect(() => disposalRateAchievement(qinzhouIdleRate, input([], -1))).toThrow('分母面积须为非负数');
  });

  it('projects the year-end rate linearly while the year is open, each side of the pace', () => {
    // 2022 has 365 days; 30 June is day 181. 25 % of 100 000 m² at year end needs
    // 25 000 × 181 / 365 = 12 397.260… m² by then.
    const at = (m2: number) => disposalRateAchievement(qinzhouIdleRate, input([measure('2022-06-01', m2, idle)], 100_000, '2022-06-30'));
    const r = at(12_397.27);
    expect(r.status).toBe('OPEN');
    expect(r.met).toBe(false);
    expect(r.projection).toMatchObject({ elapsedDays: 181, totalDays: 365, area_m2: 25_000.02, willMeet: true });
    expect(at(12_397.26).projection!.willMeet).toBe(false);
    expect(disposalRateAchievement(qinzhouIdleRate, input([], 100_000)).projection).toBeUndefined(); // year ended
  });
});
