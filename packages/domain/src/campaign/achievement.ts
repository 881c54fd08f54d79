/**
 * Achievement of amount targets, counted from revitalised measures only — never typed in.
 * Every period is shown both ways: what it added (incremental) and what had been reached
 * since the counting start (cumulative); the target's basis says which one is assessed.
 */
import type { IsoDate } from '../cases/types.ts';
import { addDays, isIsoDate } from '../units/dates.ts';
import {
  addExact,
  centiToM2,
  centiToMu,
  compareCentiWithTarget,
  daysInclusive,
  exactCentiM2,
  exactMu,
  exactToM2,
  exactToMu,
  scaleExact,
  subtractExact,
  sumCentiM2,
  type ExactArea,
} from './exact.ts';
import type { AmountTarget, QuarterlyScheduleTarget, RevitalisedMeasure, StockKind, TargetBasis, TargetScope, YearlyTask } from './types.ts';

// ---------------------------------------------------------------------------------------
// Results

export interface AmountFigures {
  parcels?: number;
  area_m2?: number;
  areaMu?: number;
}

/**
 * The period end projected from the pace so far, linearly on calendar days: what was
 * achieved in the window's elapsed days (the as-of day counted) × total days ÷ elapsed
 * days. It knows nothing of seasons or of tasks already scheduled; it answers "at this
 * pace, will we make it?".
 */
export interface PaceProjection {
  elapsedDays: number;
  totalDays: number;
  parcels: number;
  area_m2: number;
  areaMu: number;
  parcelsWillMeet?: boolean;
  areaWillMeet?: boolean;
  willMeet?: boolean;
}

export const projectionReadingZh =
  '〔REC〕期末预测按线性外推：以本期（累计口径自起算日）至统计日已过天数（含统计日）的日均盘活宗数和面积，乘以全期天数；不考虑季节因素和已排期任务。';

export interface TargetProgress {
  windowStart: IsoDate;
  windowEnd: IsoDate;
  target: AmountFigures;
  achieved: { parcels: number; area_m2: number; areaMu: number };
  /** what is still missing (0 once reached); absent where the target states no figure */
  gap: AmountFigures;
  parcelsMet?: boolean;
  areaMet?: boolean;
  /** every figure the target states has been reached; absent when it states none */
  met?: boolean;
  /** while the window is open on the as-of date */
  projection?: PaceProjection;
}

export type PeriodStatus = 'UPCOMING' | 'OPEN' | 'ENDED';

export const periodStatusLabels: Readonly<Record<PeriodStatus, string>> = {
  UPCOMING: '未开始',
  OPEN: '进行中',
  ENDED: '已结束',
};

export interface PeriodAchievement {
  periodId: string;
  labelZh: string;
  startDate: IsoDate;
  endDate: IsoDate;
  status: PeriodStatus;
  incremental: TargetProgress;
  cumulative: TargetProgress;
  /** the view the target is assessed on (one of the two above) */
  assessed: TargetProgress;
}

export interface TargetAchievement {
  targetId: string;
  nameZh: string;
  basis: TargetBasis;
  asOf: IsoDate;
  scope?: TargetScope;
  periods: PeriodAchievement[];
  /** from the counting start to the last period's end */
  overall: TargetProgress;
  /** the period open on the as-of date, if any */
  currentPeriodId?: string;
}

// ---------------------------------------------------------------------------------------
// Targets resolved into windows with exact figures

interface Figures {
  parcels?: number;
  area?: ExactArea;
}

interface ResolvedPeriod {
  id: string;
  labelZh: string;
  startDate: IsoDate;
  endDate: IsoDate;
  incremental: Figures;
  cumulative: Figures;
}

/** A target's periods with both views of their figures; what achievement is computed on. */
export interface ResolvedTarget {
  id: string;
  nameZh: string;
  basis: TargetBasis;
  countingStart: IsoDate;
  periods: readonly ResolvedPeriod[];
  stockKinds?: readonly StockKind[];
  scope?: TargetScope;
}

const addOpt = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? undefined : a + b);
const subOpt = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? undefined : a - b);
const addArea = (a: ExactArea | undefined, b: ExactArea | undefined) => (a === undefined || b === undefined ? undefined : addExact(a, b));
const subArea = (a: ExactArea | undefined, b: ExactArea | undefined) => (a === undefined || b === undefined ? undefined : subtractExact(a, b));

function resolvePeriods(
  basis: TargetBasis,
  countingStart: IsoDate,
  periods: ReadonlyArray<{ id: string; labelZh: string; endDate: IsoDate; figures: Figures }>,
): ResolvedPeriod[] {
  const out: ResolvedPeriod[] = [];
  let start = countingStart;
  let previous: Figures = { parcels: 0, area: { num: 0, den: 1 } };
  for (const p of periods) {
    const given = p.figures;
    const incremental: Figures =
      basis === 'INCREMENTAL' ? given : { parcels: subOpt(given.parcels, previous.parcels), area: subArea(given.area, previous.area) };
    const cumulative: Figures =
      basis === 'CUMULATIVE' ? given : { parcels: addOpt(previous.parcels, given.parcels), area: addArea(previous.area, given.area) };
    out.push({ id: p.id, labelZh: p.labelZh, startDate: start, endDate: p.endDate, incremental, cumulative });
    previous = cumulative;
    start = addDays(p.endDate, 1);
  }
  return out;
}

export function resolveAmountTarget(target: AmountTarget): ResolvedTarget {
  const periods = target.periods.map((p) => ({
    id: p.id,
    labelZh: p.labelZh,
    endDate: p.endDate,
    figures: { parcels: p.parcels, area: p.areaMu === undefined ? undefined : exactMu(p.areaMu) },
  }));
  return {
    id: target.id,
    nameZh: target.nameZh,
    basis: target.basis,
    countingStart: target.countingStart,
    periods: resolvePeriods(target.basis, target.countingStart, periods),
    stockKinds: target.stockKinds,
    scope: target.scope,
  };
}

const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'];

/** A yearly task under a quarterly schedule: cumulative shares of the task, counted from 1 January. */
export function resolveQuarterlySchedule(schedule: QuarterlyScheduleTarget, task: YearlyTask, scope?: TargetScope): ResolvedTarget {
  const whole = exactMu(task.areaMu);
  const periods = schedule.checkpoints.map((c) => {
    const end = QUARTER_END[c.quarter - 1];
    if (end === undefined) throw new RangeError(`季度须为 1–4：${c.quarter}`);
    return { id: `${task.year}${c.id}`, labelZh: `${task.year}年${c.labelZh}`, endDate: `${task.year}-${end}`, figures: { area: scaleExact(whole, c.cumulativeShare) } };
  });
  const countingStart = `${task.year}-01-01`;
  return {
    id: `${schedule.id}/${task.year}`,
    nameZh: `${task.year}年${schedule.nameZh}`,
    basis: 'CUMULATIVE',
    countingStart,
    periods: resolvePeriods('CUMULATIVE', countingStart, periods),
    stockKinds: schedule.stockKinds,
    scope,
  };
}

// ---------------------------------------------------------------------------------------
// Counting

function checkMeasure(m: RevitalisedMeasure): void {
  if (!isIsoDate(m.revitalisedAt)) throw new RangeError(`措施 ${m.measureId} 的盘活日期无效：${m.revitalisedAt}`);
  if (!Number.isFinite(m.revitalisedArea_m2) || m.revitalisedArea_m2 < 0) {
    throw new RangeError(`措施 ${m.measureId} 的盘活面积须为非负数：${m.revitalisedArea_m2}`);
  }
}

export function measureInScope(m: RevitalisedMeasure, scope: TargetScope | undefined): boolean {
  if (!scope) return true;
  if (scope.warZoneId !== undefined && m.warZoneId !== scope.warZoneId) return false;
  if (scope.unitId !== undefined && m.unitId !== scope.unitId) return false;
  return true;
}

/** The measures that count for a target as of a date, and the day each parcel first counts. */
class Counted {
  readonly measures: RevitalisedMeasure[];
  /** a parcel counts once, in the window of its first revitalised measure (partial ones included) */
  readonly firstByParcel = new Map<string, IsoDate>();

  constructor(target: ResolvedTarget, measures: readonly RevitalisedMeasure[], asOf: IsoDate) {
    this.measures = measures.filter((m) => {
      checkMeasure(m);
      if (m.revitalisedAt < target.countingStart || m.revitalisedAt > asOf) return false;
      if (target.stockKinds && (m.stockKind === undefined || !target.stockKinds.includes(m.stockKind))) return false;
      return measureInScope(m, target.scope);
    });
    for (const m of this.measures) {
      const first = this.firstByParcel.get(m.parcelId);
      if (first === undefined || m.revitalisedAt < first) this.firstByParcel.set(m.parcelId, m.revitalisedAt);
    }
  }

  parcels(from: IsoDate, to: IsoDate): number {
    let n = 0;
    for (const d of this.firstByParcel.values()) if (d >= from && d <= to) n += 1;
    return n;
  }

  areaCenti(from: IsoDate, to: IsoDate): number {
    return sumCentiM2(this.measures.filter((m) => m.revitalisedAt >= from && m.revitalisedAt <= to).map((m) => m.revitalisedArea_m2));
  }
}

function progress(counted: Counted, from: IsoDate, to: IsoDate, figures: Figures, asOf: IsoDate): TargetProgress {
  const parcels = counted.parcels(from, to);
  const centi = counted.areaCenti(from, to);
  const target: AmountFigures = {};
  const gap: AmountFigures = {};
  let parcelsMet: boolean | undefined;
  let areaMet: boolean | undefined;
  if (figures.parcels !== undefined) {
    target.parcels = figures.parcels;
    gap.parcels = Math.max(0, figures.parcels - parcels);
    parcelsMet = parcels >= figures.parcels;
  }
  if (figures.area !== undefined) {
    target.area_m2 = exactToM2(figures.area);
    target.areaMu = exactToMu(figures.area);
    areaMet = compareCentiWithTarget(centi, figures.area) >= 0;
    const missing = areaMet ? { num: 0, den: 1 } : subtractExact(figures.area, exactCentiM2(centi));
    gap.area_m2 = exactToM2(missing);
    gap.areaMu = exactToMu(missing);
  }
  const stated = [parcelsMet, areaMet].filter((x): x is boolean => x !== undefined);
  const result: TargetProgress = {
    windowStart: from,
    windowEnd: to,
    target,
    achieved: { parcels, area_m2: centiToM2(centi), areaMu: centiToMu(centi) },
    gap,
    parcelsMet,
    areaMet,
    met: stated.length === 0 ? undefined : stated.every(Boolean),
  };
  if (asOf >= from && asOf <= to) result.projection = project(parcels, centi, from, to, figures, asOf);
  return result;
}

function project(parcels: number, centi: number, from: IsoDate, to: IsoDate, figures: Figures, asOf: IsoDate): PaceProjection {
  const elapsedDays = daysInclusive(from, asOf);
  const totalDays = daysInclusive(from, to);
  const p: PaceProjection = {
    elapsedDays,
    totalDays,
    parcels: Math.round((parcels * totalDays * 100) / elapsedDays) / 100,
    area_m2: Math.round((centi * totalDays) / elapsedDays) / 100,
    areaMu: centiToMu((centi * totalDays) / elapsedDays),
  };
  // parcels · total / elapsed ≥ target  ⇔  parcels · total ≥ target · elapsed (integers)
  if (figures.parcels !== undefined) p.parcelsWillMeet = parcels * totalDays >= figures.parcels * elapsedDays;
  if (figures.area !== undefined) p.areaWillMeet = compareCentiWithTarget(centi, figures.area, totalDays, elapsedDays) >= 0;
  const stated = [p.parcelsWillMeet, p.areaWillMeet].filter((x): x is boolean => x !== undefined);
  if (stated.length > 0) p.willMeet = stated.every(Boolean);
  return p;
}

function statusOn(asOf: IsoDate, start: IsoDate, end: IsoDate): PeriodStatus {
  return asOf < start ? 'UPCOMING' : asOf > end ? 'ENDED' : 'OPEN';
}

/** Achievement of a resolved target as of a date, from the measures revitalised by then. */
export function achievementOf(target: ResolvedTarget, measures: readonly RevitalisedMeasure[], asOf: IsoDate): TargetAchievement {
  if (!isIsoDate(asOf)) throw new RangeError(`统计日期无效：${asOf}`);
  const last = target.periods[target.periods.length - 1];
  if (!last) throw new RangeError(`目标 ${target.id} 没有分期`);
  const counted = new Counted(target, measures, asOf);
  const periods = target.periods.map((p): PeriodAchievement => {
    const incremental = progress(counted, p.startDate, p.endDate, p.incremental, asOf);
    const cumulative = progress(counted, target.countingStart, p.endDate, p.cumulative, asOf);
    return {
      periodId: p.id,
      labelZh: p.labelZh,
      startDate: p.startDate,
      endDate: p.endDate,
      status: statusOn(asOf, p.startDate, p.endDate),
      incremental,
      cumulative,
      assessed: target.basis === 'INCREMENTAL' ? incremental : cumulative,
    };
  });
  return {
    targetId: target.id,
    nameZh: target.nameZh,
    basis: target.basis,
    asOf,
    scope: target.scope,
    periods,
    overall: progress(counted, target.countingStart, last.endDate, last.cumulative, asOf),
    currentPeriodId: periods.find((p) => p.status === 'OPEN')?.periodId,
  };
}

export function amountTargetAchievement(target: AmountTarget, measures: readonly RevitalisedMeasure[], asOf: IsoDate): TargetAchievement {
  return achievementOf(resolveAmountTarget(target), measures, asOf);
}

export function quarterlyScheduleAchievement(
  schedule: QuarterlyScheduleTarget,
  task: YearlyTask,
  measures: readonly RevitalisedMeasure[],
  asOf: IsoDate,
  scope?: TargetScope,
): TargetAchievement {
  return achievementOf(resolveQuarterlySchedule(schedule, task, scope), measures, asOf);
}
