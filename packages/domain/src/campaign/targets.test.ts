import { describe, expect, it } from 'vitest';
import { amountTargetAchievement, quarterlyScheduleAchievement } from './achievement.ts';
import {
  builtInCampaignTargets,
  campaignTargetById,
  qinzhouQuarterlySchedule,
  qinzhouStockTarget,
  qinzhouYearlyTasks,
  wupingQuarterlyTarget,
} from './targets/index.ts';
import type { AmountTarget } from './types.ts';
import { validateAmountTarget, validateQuarterlySchedule } from './validate.ts';

describe('the seeds’ own targets', () => {
  it('Wuping’s quarters add up to 42 宗 and 2 890 亩, as the overall goal says', () => {
    const periods = wupingQuarterlyTarget.periods;
    expect(periods.map((p) => [p.parcels, p.areaMu])).toEqual([
      [7, 330],
      [13, 930],
      [12, 1020],
      [10, 610],
    ]);
    expect(periods.reduce((s, p) => s + (p.parcels ?? 0), 0)).toBe(42);
    expect(periods.reduce((s, p) => s + (p.areaMu ?? 0), 0)).toBe(2890);
    expect(wupingQuarterlyTarget.total).toEqual({ parcels: 42, areaMu: 2890 });
    expect(validateAmountTarget(wupingQuarterlyTarget)).toEqual([]);
  });

  it('Wuping’s quarters are increments: cumulative 7 / 20 / 32 / 42 宗 and 330 / 1 260 / 2 280 / 2 890 亩', () => {
    const a = amountTargetAchievement(wupingQuarterlyTarget, [], '2023-08-28');
    expect(a.periods.map((p) => p.cumulative.target.parcels)).toEqual([7, 20, 32, 42]);
    expect(a.periods.map((p) => p.cumulative.target.areaMu)).toEqual([330, 1260, 2280, 2890]);
    expect(a.periods.map((p) => p.assessed)).toEqual(a.periods.map((p) => p.incremental));
    expect(a.overall.target).toEqual({ parcels: 42, area_m2: 1_926_666.67, areaMu: 2890 });
    // 610 亩 is 406 666.666… m², shown to the stored two decimals
    expect(a.periods[3]!.incremental.target.area_m2).toBe(406_666.67);
  });

  it('Wuping’s periods run from the plan’s date to each quarter’s end', () => {
    const a = amountTargetAchievement(wupingQuarterlyTarget, [], '2023-08-28');
    expect(a.periods.map((p) => [p.startDate, p.endDate])).toEqual([
      ['2023-08-28', '2023-09-30'],
      ['2023-10-01', '2023-12-31'],
      ['2024-01-01', '2024-03-31'],
      ['2024-04-01', '2024-06-30'],
    ]);
  });

  it('Qinzhou: 3.255 万亩 is 70 % of 4.65 万亩, both cumulative', () => {
    const [y2022, y2023] = qinzhouStockTarget.periods;
    expect(y2022!.areaMu! * 100).toBe(y2023!.areaMu! * 70);
    expect(validateAmountTarget(qinzhouStockTarget)).toEqual([]);
    const a = amountTargetAchievement(qinzhouStockTarget, [], '2022-06-30');
    expect(a.periods.map((p) => p.incremental.target.areaMu)).toEqual([32_550, 13_950]);
    expect(qinzhouYearlyTasks.reduce((s, t) => s + t.areaMu, 0)).toBe(46_500);
  });

  it('Qinzhou’s quarterly control is cumulative 15 / 40 / 75 / 100 %, i.e. 15 / 25 / 35 / 25 % per quarter', () => {
    expect(validateQuarterlySchedule(qinzhouQuarterlySchedule)).toEqual([]);
    const a = quarterlyScheduleAchievement(qinzhouQuarterlySchedule, { year: 2022, areaMu: 32_550, sourceZh: '' }, [], '2022-01-01');
    expect(a.periods.map((p) => p.cumulative.target.areaMu)).toEqual([4_882.5, 13_020, 24_412.5, 32_550]);
    expect(a.periods.map((p) => p.incremental.target.areaMu)).toEqual([4_882.5, 8_137.5, 11_392.5, 8_137.5]);
    expect(a.periods.map((p) => p.endDate)).toEqual(['2022-03-31', '2022-06-30', '2022-09-30', '2022-12-31']);
    expect(a.basis).toBe('CUMULATIVE');
  });

  it('every built-in target has its id, wording and reading, and the ids are unique', () => {
    const ids = builtInCampaignTargets.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of builtInCampaignTargets) {
      expect(t.source.wordingZh.length).toBeGreaterThan(10);
      expect(t.source.readingZh).toMatch(/〔REC〕/);
      expect(campaignTargetById(t.id)).toBe(t);
    }
    expect(campaignTargetById('nope')).toBeUndefined();
  });
});

describe('target data checks', () => {
  it('reports quarters that do not add up to the stated total', () => {
    const wrong: AmountTarget = { ...wupingQuarterlyTarget, total: { parcels: 43, areaMu: 2900 } };
    expect(validateAmountTarget(wrong).map((p) => p.messageZh)).toEqual([
      '各期宗数合计 42 宗，与总目标 43 宗不符',
      '各期面积合计 2890 亩，与总目标 2900 亩不符',
    ]);
  });

  it('reports a cumulative target that falls, periods out of order and odd figures', () => {
    const wrong: AmountTarget = {
      ...qinzhouStockTarget,
      periods: [
        { id: 'a', labelZh: '甲期', endDate: '2022-12-31', areaMu: 32_550 },
        { id: 'b', labelZh: '乙期', endDate: '2022-06-30', areaMu: 30_000 },
        { id: 'c', labelZh: '丙期', endDate: '2023-12-31', parcels: 1.5 },
      ],
      total: undefined,
    };
    expect(validateAmountTarget(wrong).map((p) => p.messageZh)).toEqual([
      '乙期截止日期 2022-06-30 早于上一期（或起算日）2022-12-31',
      '累计目标不应减少：乙期 30000 亩，少于上一期 32550 亩',
      '丙期宗数须为非负整数：1.5',
    ]);
  });

  it('reports a schedule that does not end at 100 % or goes back', () => {
    const wrong = {
      ...qinzhouQuarterlySchedule,
      checkpoints: [
        { id: 'Q1', labelZh: '一季度', quarter: 1, cumulativeShare: { num: 40, den: 100 } },
        { id: 'Q2', labelZh: '二季度', quarter: 2, cumulativeShare: { num: 15, den: 100 } },
      ],
    };
    expect(validateQuarterlySchedule(wrong).map((p) => p.messageZh)).toEqual(['二季度累计比例不应低于上一季度', '末季度累计比例应为 100%']);
  });
});
