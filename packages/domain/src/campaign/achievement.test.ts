import { describe, expect, it } from 'vitest';
import { amountTargetAchievement, quarterlyScheduleAchievement } from './achievement.ts';
import { amountAchievementBy } from './breakdown.ts';
import { qinzhouQuarterlySchedule, qinzhouStockTarget, wupingQuarterlyTarget } from './targets/index.ts';
import { measure, parcelsOn, storedMu } from './test-support.ts';
import type { AmountTarget } from './types.ts';

const wp = (measures: Parameters<typeof amountTargetAchievement>[1], asOf: string) => amountTargetAchievement(wupingQuarterlyTarget, measures, asOf);

describe('Wuping’s quarters: 「以上」 includes the figure, each side of it', () => {
  it('7 宗 and exactly 330 亩 by 30 September meets Q3', () => {
    const q3 = wp(parcelsOn('2023-09-30', 7, 330), '2023-10-01').periods[0]!;
    expect(q3.status).toBe('ENDED');
    expect(q3.incremental.achieved).toEqual({ parcels: 7, area_m2: 220_000, areaMu: 330 });
    expect(q3.incremental.gap).toEqual({ parcels: 0, area_m2: 0, areaMu: 0 });
    expect([q3.incremental.parcelsMet, q3.incremental.areaMet, q3.incremental.met]).toEqual([true, true, true]);
  });

  it('1 m²/100 short of 330 亩 does not; neither do 6 宗', () => {
    const short = parcelsOn('2023-09-30', 7, 330);
    short[0]!.revitalisedArea_m2 -= 0.01;
    const q3 = wp(short, '2023-10-01').periods[0]!.incremental;
    expect([q3.parcelsMet, q3.areaMet, q3.met]).toEqual([true, false, false]);
    expect(q3.gap.area_m2).toBe(0.01);

    const six = wp(parcelsOn('2023-09-30', 6, 400), '2023-10-01').periods[0]!.incremental;
    expect([six.parcelsMet, six.areaMet, six.met]).toEqual([false, true, false]);
    expect(six.gap.parcels).toBe(1);
  });

  it('610 亩 is 406 666.666… m²: 406 666.67 m² stored meets it, 406 666.66 does not', () => {
    const at = (m2: number) => wp([...parcelsOn('2024-05-01', 9, 0), measure('2024-05-01', m2)], '2024-07-01').periods[3]!.incremental;
    expect(storedMu(610)).toBe(406_666.67);
    expect(at(406_666.67).areaMet).toBe(true);
    expect(at(406_666.66).areaMet).toBe(false);
    expect(at(406_666.66).gap.area_m2).toBe(0.01);
  });

  it('counts only what was revitalised from the plan’s date up to the as-of date', () => {
    const ms = [measure('2023-08-27', 1000), measure('2023-08-28', 1000), measure('2023-09-15', 1000)];
    expect(wp(ms, '2023-09-30').periods[0]!.incremental.achieved.parcels).toBe(2);
    expect(wp(ms, '2023-09-14').periods[0]!.incremental.achieved.parcels).toBe(1);
  });

  it('a parcel counts once, in the period of its first measure; its areas count when each was revitalised', () => {
    const ms = [measure('2023-09-20', 2000, { parcelId: 'P1' }), measure('2023-10-20', 3000, { parcelId: 'P1' })];
    const a = wp(ms, '2023-12-31');
    expect(a.periods[0]!.incremental.achieved).toMatchObject({ parcels: 1, area_m2: 2000 });
    expect(a.periods[1]!.incremental.achieved).toMatchObject({ parcels: 0, area_m2: 3000 });
    expect(a.periods[1]!.cumulative.achieved).toMatchObject({ parcels: 1, area_m2: 5000 });
  });

  it('refuses measures without a real date or with a negative area', () => {
    expect(() => wp([measure('2023-09-31', 10)], '2023-10-01')).toThrow('盘活日期无效');
    expect(() => wp([measure('2023-09-30', -1)], '2023-10-01')).toThrow('盘活面积须为非负数');
    expect(() => wp([], '2023-13-01')).toThrow('统计日期无效');
  });
});

describe('incremental vs cumulative', () => {
  // Q3 falls short (5 宗 300 亩), Q4 catches up (15 宗 960 亩): 20 宗 1 260 亩 by year end.
  const ms = [...parcelsOn('2023-09-10', 5, 300), ...parcelsOn('2023-11-10', 15, 960)];
  const a = wp(ms, '2024-01-01');

  it('an incremental target assesses each quarter on its own', () => {
    const [q3, q4] = a.periods;
    expect(q3!.assessed.met).toBe(false);
    expect(q4!.assessed.met).toBe(true);
    expect(q3!.assessed.gap).toEqual({ parcels: 2, area_m2: 20_000, areaMu: 30 });
  });

  it('the cumulative view of the same quarters shows the campaign back on track', () => {
    const q4 = a.periods[1]!.cumulative;
    expect(q4.target).toMatchObject({ parcels: 20, areaMu: 1260 });
    expect(q4.achieved).toMatchObject({ parcels: 20, areaMu: 1260 });
    expect(q4.met).toBe(true);
    expect(a.overall.achieved.parcels).toBe(20);
    expect(a.overall.gap).toEqual({ parcels: 22, area_m2: 1_086_666.67, areaMu: 1630 });
  });

  it('a cumulative target assesses the running total: Qinzhou’s 15 / 40 % of a 1 000 亩 task', () => {
    const task = { year: 2022, areaMu: 1000, sourceZh: 'test' };
    const q = (measures: Parameters<typeof amountTargetAchievement>[1]) => quarterlyScheduleAchievement(qinzhouQuarterlySchedule, task, measures, '2022-07-01');
    const kind = { stockKind: 'URBAN_INEFFICIENT' } as const;
    // 150 亩 in Q1 and 250 亩 in Q2: cumulative 400 亩 = 40 % exactly
    const onTrack = q([...parcelsOn('2022-02-01', 1, 150, kind), ...parcelsOn('2022-05-01', 1, 250, kind)]);
    expect(onTrack.periods.slice(0, 2).map((p) => p.assessed.met)).toEqual([true, true]);
    expect(onTrack.periods[1]!.assessed).toBe(onTrack.periods[1]!.cumulative);
    // all 400 亩 in Q1: Q2 added nothing, but the cumulative 40 % is still reached
    const early = q(parcelsOn('2022-03-31', 2, 400, kind));
    expect(early.periods[1]!.incremental.met).toBe(false);
    expect(early.periods[1]!.cumulative.met).toBe(true);
    // 0.01 m² short of 400 亩 by 30 June
    const short = parcelsOn('2022-03-31', 2, 400, kind);
    short[1]!.revitalisedArea_m2 -= 0.01;
    expect(q(short).periods[1]!.cumulative.met).toBe(false);
  });

  it('a target limited to some kinds of stock ignores the others and measures without a kind', () => {
    const ms2 = [measure('2022-05-01', 10_000, { stockKind: 'IDLE' }), measure('2022-05-01', 10_000, { stockKind: 'INEFFICIENT_INDUSTRIAL' }), measure('2022-05-01', 10_000)];
    const a2 = amountTargetAchievement(qinzhouStockTarget, ms2, '2022-12-31');
    expect(a2.periods[0]!.cumulative.achieved.area_m2).toBe(10_000);
    expect(a2.periods[0]!.cumulative.target).toEqual({ area_m2: 21_700_000, areaMu: 32_550 });
    expect(a2.periods[0]!.cumulative.parcelsMet).toBeUndefined();
  });
});

describe('projection of the period end from the current pace', () => {
  // Q4 2023 has 92 days; on 15 November 46 have passed (the day itself counted).
  it('doubles what half the period achieved and says whether that reaches the target', () => {
    const q4 = wp(parcelsOn('2023-10-20', 7, 465), '2023-11-15').periods[1]!;
    expect(q4.status).toBe('OPEN');
    const p = q4.incremental.projection!;
    expect([p.elapsedDays, p.totalDays]).toEqual([46, 92]);
    expect([p.parcels, p.areaMu]).toEqual([14, 930]);
    expect([p.parcelsWillMeet, p.areaWillMeet, p.willMeet]).toEqual([true, true, true]); // 930 亩 exactly
  });

  it('a hair below the pace projects a miss', () => {
    const ms = parcelsOn('2023-10-20', 7, 465);
    ms[0]!.revitalisedArea_m2 -= 0.01;
    const p = wp(ms, '2023-11-15').periods[1]!.incremental.projection!;
    expect(p.areaWillMeet).toBe(false);
    expect(p.area_m2).toBe(619_999.98);
  });

  it('projects the cumulative view from the counting start, and only open windows', () => {
    const a = wp(parcelsOn('2023-10-20', 7, 465), '2023-11-15');
    const cumulative = a.periods[1]!.cumulative.projection!;
    expect([cumulative.elapsedDays, cumulative.totalDays]).toEqual([80, 126]); // from 28 August
    expect(a.periods[0]!.incremental.projection).toBeUndefined(); // ended
    expect(a.periods[2]!.incremental.projection).toBeUndefined(); // upcoming
    expect(a.periods.map((p) => p.status)).toEqual(['ENDED', 'OPEN', 'UPCOMING', 'UPCOMING']);
    expect(a.currentPeriodId).toBe('2023Q4');
    expect(a.overall.projection).toMatchObject({ elapsedDays: 80, totalDays: 308 });
  });

  it('on the last day the projection is what was achieved', () => {
    const p = wp(parcelsOn('2023-12-01', 3, 100), '2023-12-31').periods[1]!.incremental.projection!;
    expect([p.elapsedDays, p.totalDays, p.parcels, p.areaMu, p.willMeet]).toEqual([92, 92, 3, 100, false]);
  });
});

describe('by war zone and by unit', () => {
  const zoneTarget: AmountTarget = {
    ...wupingQuarterlyTarget,
    id: 'WP-QUARTERS/wz.xc',
    scope: { warZoneId: 'wz.xc' },
    periods: wupingQuarterlyTarget.periods.map((p) => ({ ...p, parcels: 3, areaMu: 100 })),
    total: undefined,
  };
  const ms = [
    ...parcelsOn('2023-09-10', 3, 100, { warZoneId: 'wz.xc', unitId: 'u.nr' }),
    ...parcelsOn('2023-09-12', 2, 50, { warZoneId: 'wz.yx', unitId: 'u.nr' }),
    measure('2023-09-13', 1000, { unitId: 'u.com' }),
  ];

  it('rows use their allocation where there is one, else show achievement only', () => {
    const rows = amountAchievementBy(wupingQuarterlyTarget, ms, '2023-10-01', 'warZone', [zoneTarget]);
    expect(rows.map((r) => [r.key, r.allocated])).toEqual([
      ['wz.xc', true],
      ['wz.yx', false],
      [null, false],
    ]);
    const [xc, yx, none] = rows.map((r) => r.achievement.periods[0]!.incremental);
    expect(xc).toMatchObject({ target: { parcels: 3, areaMu: 100 }, achieved: { parcels: 3, areaMu: 100 }, met: true });
    expect(yx).toMatchObject({ target: {}, achieved: { parcels: 2, areaMu: 50 } });
    expect(yx!.met).toBeUndefined();
    expect(none!.achieved.parcels).toBe(1);
  });

  it('by responsible unit', () => {
    const rows = amountAchievementBy(wupingQuarterlyTarget, ms, '2023-10-01', 'unit');
    expect(rows.map((r) => [r.key, r.achievement.periods[0]!.incremental.achieved.parcels])).toEqual([
      ['u.nr', 5],
      ['u.com', 1],
    ]);
  });

  it('an allocation must name its zone', () => {
    expect(() => amountAchievementBy(wupingQuarterlyTarget, ms, '2023-10-01', 'unit', [zoneTarget])).toThrow('未指明责任单位');
  });
});
