import { describe, expect, it } from 'vitest';
import { muToSquareMetres } from '../units/area.ts';
import { linkageAdjustment, linkageOutcome } from './linkage.ts';
import { disposalRateAchievement } from './rates.ts';
import { qinzhouApprovedNotSuppliedRate, qinzhouIdleRate, qinzhouLinkage } from './targets/index.ts';
import { measure } from './test-support.ts';

const quota = Math.round(muToSquareMetres(1000) * 100) / 100; // 1 000 亩 as stored

describe('增存挂钩: +10 % / −20 % of the new construction-land plan quota', () => {
  it('rewards a county that completed the task with 10 %', () => {
    const a = linkageAdjustment(qinzhouLinkage, quota, true);
    expect(a).toMatchObject({ decision: 'REWARD', sharePercentZh: '10%', quotaMu: 1000, adjustmentMu: 100, adjustedQuotaMu: 1100 });
    expect(a.adjustment_m2).toBe(66_666.67);
  });

  it('cuts 20 % from a county that did not', () => {
    const a = linkageAdjustment(qinzhouLinkage, quota, false);
    expect(a).toMatchObject({ decision: 'PENALTY', sharePercentZh: '20%', adjustmentMu: -200, adjustedQuotaMu: 800 });
    expect(a.adjustment_m2).toBe(-133_333.33);
    expect(a.adjustedQuota_m2).toBe(533_333.34);
  });

  it('refuses a negative quota', () => {
    expect(() => linkageAdjustment(qinzhouLinkage, -1, true)).toThrow(RangeError);
  });

  describe('decided from the year’s two rates', () => {
    const aps = (m2: number, asOf = '2023-01-05') =>
      disposalRateAchievement(qinzhouApprovedNotSuppliedRate, {
        year: 2022,
        asOf,
        measures: [measure('2022-06-01', m2, { stockKind: 'APPROVED_NOT_SUPPLIED' })],
        denominator: { basis: 'STOCK_AT_YEAR_START', area_m2: 100_000 },
      });
    const idle = (m2: number, asOf = '2023-01-05') =>
      disposalRateAchievement(qinzhouIdleRate, {
        year: 2022,
        asOf,
        measures: [measure('2022-06-01', m2, { stockKind: 'IDLE' })],
        denominator: { basis: 'STOCK_AT_YEAR_START', area_m2: 100_000 },
      });
    const decide = (results: ReturnType<typeof aps>[]) => linkageOutcome(qinzhouLinkage, { year: 2022, nextYearQuota_m2: quota, results });

    it('both met (18 % and 25 % exactly): reward, final once the year has ended', () => {
      const o = decide([aps(18_000), idle(25_000)]);
      expect([o.decision, o.final, o.adjustment?.adjustedQuotaMu]).toEqual(['REWARD', true, 1100]);
      expect(o.reasonsZh).toEqual(['“批而未供”土地处置率 18%，目标 18% 以上，已完成', '闲置土地处置率 25%，目标 25% 以上，已完成']);
    });

    it('one of them short: penalty', () => {
      const o = decide([aps(18_000), idle(24_999.99)]);
      expect([o.decision, o.adjustment?.adjustedQuotaMu]).toEqual(['PENALTY', 800]);
      expect(o.reasonsZh[1]).toBe('闲置土地处置率 25%，目标 25% 以上，未完成');
    });

    it('while the year is open the decision is provisional', () => {
      expect(decide([aps(18_000, '2022-12-30'), idle(25_000, '2022-12-30')])).toMatchObject({ decision: 'REWARD', final: false });
    });

    it('a missing rate, or one without a denominator, leaves it undetermined', () => {
      const missing = decide([aps(18_000)]);
      expect([missing.decision, missing.adjustment, missing.reasonsZh.at(-1)]).toEqual(['UNDETERMINED', undefined, '缺少2022年目标 QZ-IDLE-RATE 的完成情况']);
      const zero = disposalRateAchievement(qinzhouIdleRate, { year: 2022, asOf: '2023-01-05', measures: [], denominator: { basis: 'STOCK_AT_YEAR_START', area_m2: 0 } });
      expect(decide([aps(18_000), zero]).decision).toBe('UNDETERMINED');
    });
  });
});
