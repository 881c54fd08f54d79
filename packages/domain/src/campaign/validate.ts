/**
 * Checks of target data before it is used: periods in date order, figures that make sense
 * on the target's basis, and the overall figure the seed states agreeing with its periods
 * (Wuping's quarters add up to 42 宗 and 2 890 亩). One Chinese message per problem.
 */
import { isIsoDate } from '../units/dates.ts';
import { addExact, exactMu, exactToMu, isMuFigure, type ExactArea } from './exact.ts';
import type { AmountTarget, QuarterlyScheduleTarget } from './types.ts';

export interface TargetProblem {
  /** the period id, or `total`, or the target id for the whole */
  at: string;
  messageZh: string;
}

const sameArea = (a: ExactArea, b: ExactArea) => a.num * b.den === b.num * a.den;
const lessThan = (a: ExactArea, b: ExactArea) => a.num * b.den < b.num * a.den;
const ZERO: ExactArea = { num: 0, den: 1 };

export function validateAmountTarget(target: AmountTarget): TargetProblem[] {
  const problems: TargetProblem[] = [];
  if (!isIsoDate(target.countingStart)) problems.push({ at: target.id, messageZh: `起算日期无效：${target.countingStart}` });
  if (target.periods.length === 0) problems.push({ at: target.id, messageZh: '目标没有分期' });

  let previousEnd = target.countingStart;
  let parcels: number | undefined = 0;
  let area: ExactArea | undefined = ZERO;
  let lastParcels: number | undefined = 0;
  let lastArea: ExactArea | undefined = ZERO;
  for (const p of target.periods) {
    if (!isIsoDate(p.endDate)) problems.push({ at: p.id, messageZh: `${p.labelZh}截止日期无效：${p.endDate}` });
    else if (p.endDate < previousEnd) problems.push({ at: p.id, messageZh: `${p.labelZh}截止日期 ${p.endDate} 早于上一期（或起算日）${previousEnd}` });
    previousEnd = p.endDate;
    if (p.parcels === undefined && p.areaMu === undefined) problems.push({ at: p.id, messageZh: `${p.labelZh}既无宗数也无面积` });
    if (p.parcels !== undefined && (!Number.isInteger(p.parcels) || p.parcels < 0)) {
      problems.push({ at: p.id, messageZh: `${p.labelZh}宗数须为非负整数：${p.parcels}` });
    }
    if (p.areaMu !== undefined && !isMuFigure(p.areaMu)) problems.push({ at: p.id, messageZh: `${p.labelZh}面积须为不超过两位小数的非负亩数：${p.areaMu}` });
    const periodArea = p.areaMu !== undefined && isMuFigure(p.areaMu) ? exactMu(p.areaMu) : undefined;

    if (target.basis === 'CUMULATIVE') {
      if (p.parcels !== undefined && lastParcels !== undefined && p.parcels < lastParcels) {
        problems.push({ at: p.id, messageZh: `累计目标不应减少：${p.labelZh} ${p.parcels} 宗，少于上一期 ${lastParcels} 宗` });
      }
      if (periodArea && lastArea && lessThan(periodArea, lastArea)) {
        problems.push({ at: p.id, messageZh: `累计目标不应减少：${p.labelZh} ${p.areaMu} 亩，少于上一期 ${exactToMu(lastArea)} 亩` });
      }
      parcels = p.parcels;
      area = periodArea;
    } else {
      parcels = parcels === undefined || p.parcels === undefined ? undefined : parcels + p.parcels;
      area = area === undefined || periodArea === undefined ? undefined : addExact(area, periodArea);
    }
    lastParcels = p.parcels ?? lastParcels;
    lastArea = periodArea ?? lastArea;
  }

  const total = target.total;
  if (total?.parcels !== undefined && parcels !== undefined && parcels !== total.parcels) {
    problems.push({ at: 'total', messageZh: `${target.basis === 'INCREMENTAL' ? '各期宗数合计' : '末期累计宗数'} ${parcels} 宗，与总目标 ${total.parcels} 宗不符` });
  }
  if (total?.areaMu !== undefined && area !== undefined && isMuFigure(total.areaMu) && !sameArea(area, exactMu(total.areaMu))) {
    problems.push({ at: 'total', messageZh: `${target.basis === 'INCREMENTAL' ? '各期面积合计' : '末期累计面积'} ${exactToMu(area)} 亩，与总目标 ${total.areaMu} 亩不符` });
  }
  return problems;
}

export function validateQuarterlySchedule(schedule: QuarterlyScheduleTarget): TargetProblem[] {
  const problems: TargetProblem[] = [];
  let lastQuarter = 0;
  let last = { num: 0, den: 1 };
  for (const c of schedule.checkpoints) {
    if (!Number.isInteger(c.quarter) || c.quarter < 1 || c.quarter > 4 || c.quarter <= lastQuarter) {
      problems.push({ at: c.id, messageZh: `${c.labelZh}季度须为 1–4 且逐季递增：${c.quarter}` });
    }
    const s = c.cumulativeShare;
    if (!(s.den > 0) || s.num < 0 || s.num > s.den) problems.push({ at: c.id, messageZh: `${c.labelZh}累计比例须在 0–100% 之间` });
    if (s.num * last.den < last.num * s.den) problems.push({ at: c.id, messageZh: `${c.labelZh}累计比例不应低于上一季度` });
    lastQuarter = c.quarter;
    last = s;
  }
  if (last.num !== last.den) problems.push({ at: schedule.id, messageZh: '末季度累计比例应为 100%' });
  return problems;
}
