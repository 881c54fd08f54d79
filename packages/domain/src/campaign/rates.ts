/**
 * Yearly disposal rates (处置率, DOMAIN.md §1.3, §6.2, §6.4): the area of one kind of stock
 * revitalised in a calendar year ÷ a denominator that the caller states together with its
 * basis, never a figure guessed here. Qinzhou and Yongning name the stock but not the day
 * it is measured; the data says which basis the target uses (〔REC〕 the stock on 1 January).
 */
import type { IsoDate } from '../cases/types.ts';
import type { Fraction } from '../identification/rule-set.ts';
import { centiM2, compareShare, pctZh } from '../identification/support.ts';
import { isIsoDate } from '../units/dates.ts';
import { measureInScope, type PeriodStatus } from './achievement.ts';
import { ceilShareOfInteger, centiToM2, centiToMu, daysInclusive, sumCentiM2 } from './exact.ts';
import { rateDenominatorLabels, type DisposalRateTarget, type RateDenominatorBasis, type RevitalisedMeasure, type StockKind, type TargetScope } from './types.ts';

export interface RateDenominator {
  basis: RateDenominatorBasis;
  area_m2: number;
}

export interface RateInput {
  year: number;
  asOf: IsoDate;
  measures: readonly RevitalisedMeasure[];
  denominator: RateDenominator;
  /** a county's rate counts that county's measures (Qinzhou rewards 县区 one by one) */
  scope?: TargetScope;
}

export interface RateProjection {
  elapsedDays: number;
  totalDays: number;
  area_m2: number;
  rate?: number;
  willMeet?: boolean;
}

export interface RateAchievement {
  targetId: string;
  nameZh: string;
  year: number;
  asOf: IsoDate;
  status: PeriodStatus;
  scope?: TargetScope;
  stockKind: StockKind;
  numerator: { area_m2: number; areaMu: number; measures: number };
  denominator: { basis: RateDenominatorBasis; labelZh: string; descriptionZh: string; area_m2: number; areaMu: number };
  minShare: Fraction;
  minPercentZh: string;
  /** numerator ÷ denominator; absent when the denominator is zero */
  rate?: number;
  ratePercentZh?: string;
  met?: boolean;
  /** area still to revitalise for the rate to be reached (0 once reached) */
  gap_m2?: number;
  gapMu?: number;
  /** while the year is open on the as-of date; linear on days, as for amount targets */
  projection?: RateProjection;
  noteZh?: string;
}

export function disposalRateAchievement(target: DisposalRateTarget, input: RateInput): RateAchievement {
  const { year, asOf, denominator } = input;
  if (!isIsoDate(asOf)) throw new RangeError(`统计日期无效：${asOf}`);
  if (!Number.isInteger(year)) throw new RangeError(`年度无效：${year}`);
  if (denominator.basis !== target.denominator.basis) {
    throw new RangeError(`${target.nameZh}的分母应为${rateDenominatorLabels[target.denominator.basis]}，收到的是${rateDenominatorLabels[denominator.basis]}`);
  }
  if (!Number.isFinite(denominator.area_m2) || denominator.area_m2 < 0) throw new RangeError(`分母面积须为非负数：${denominator.area_m2}`);

  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const counted = input.measures.filter((m) => {
    if (!isIsoDate(m.revitalisedAt)) throw new RangeError(`措施 ${m.measureId} 的盘活日期无效：${m.revitalisedAt}`);
    if (!Number.isFinite(m.revitalisedArea_m2) || m.revitalisedArea_m2 < 0) throw new RangeError(`措施 ${m.measureId} 的盘活面积须为非负数：${m.revitalisedArea_m2}`);
    return m.stockKind === target.stockKind && m.revitalisedAt >= from && m.revitalisedAt <= to && m.revitalisedAt <= asOf && measureInScope(m, input.scope);
  });
  const part = sumCentiM2(counted.map((m) => m.revitalisedArea_m2));
  const whole = centiM2(denominator.area_m2);

  const result: RateAchievement = {
    targetId: target.id,
    nameZh: target.nameZh,
    year,
    asOf,
    status: asOf < from ? 'UPCOMING' : asOf > to ? 'ENDED' : 'OPEN',
    scope: input.scope,
    stockKind: target.stockKind,
    numerator: { area_m2: centiToM2(part), areaMu: centiToMu(part), measures: counted.length },
    denominator: {
      basis: denominator.basis,
      labelZh: rateDenominatorLabels[denominator.basis],
      descriptionZh: target.denominator.descriptionZh,
      area_m2: centiToM2(whole),
      areaMu: centiToMu(whole),
    },
    minShare: target.minShare,
    minPercentZh: pctZh(target.minShare.num / target.minShare.den),
  };
  if (whole === 0) {
    result.noteZh = `${rateDenominatorLabels[denominator.basis]}为零，处置率无法计算`;
    return result;
  }
  result.rate = part / whole;
  result.ratePercentZh = pctZh(part / whole);
  result.met = compareShare(part, whole, target.minShare) >= 0; // 「以上」 includes the figure itself
  const needed = ceilShareOfInteger(whole, target.minShare);
  const gap = Math.max(0, needed - part);
  result.gap_m2 = centiToM2(gap);
  result.gapMu = centiToMu(gap);

  if (result.status === 'OPEN') {
    const elapsedDays = daysInclusive(from, asOf);
    const totalDays = daysInclusive(from, to);
    const projected = (part * totalDays) / elapsedDays;
    result.projection = {
      elapsedDays,
      totalDays,
      area_m2: Math.round(projected) / 100,
      rate: projected / whole,
      // part · total / elapsed ÷ whole ≥ num/den  ⇔  part · total · den ≥ num · whole · elapsed
      willMeet: compareShare(part * totalDays, whole * elapsedDays, target.minShare) >= 0,
    };
  }
  return result;
}
