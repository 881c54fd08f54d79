/**
 * Campaign targets (攻坚目标) as data (DOMAIN.md §6) and the revitalised measures their
 * achievement is counted from (§5.3). Targets keep the seed's own figures and wording;
 * the code only knows the kinds: amounts per period, cumulative shares of a yearly task,
 * yearly disposal rates over an explicit denominator, and the 增存挂钩 reward/penalty.
 */
import type { IsoDate } from '../cases/types.ts';
import type { Fraction } from '../identification/rule-set.ts';

/**
 * How a target's periods relate. INCREMENTAL: each period's figure is what that period
 * must add (Wuping's quarters add up to the total). CUMULATIVE: each figure is what must
 * have been reached since the counting start (Qinzhou's 15/40/75/100 %).
 */
export type TargetBasis = 'INCREMENTAL' | 'CUMULATIVE';

export const targetBasisLabels: Readonly<Record<TargetBasis, string>> = {
  INCREMENTAL: '分期增量',
  CUMULATIVE: '累计',
};

/** The stock a revitalised area came from; rate targets count one kind only. */
export type StockKind = 'APPROVED_NOT_SUPPLIED' | 'IDLE' | 'URBAN_INEFFICIENT' | 'INEFFICIENT_INDUSTRIAL';

export const stockKindLabels: Readonly<Record<StockKind, string>> = {
  APPROVED_NOT_SUPPLIED: '批而未供土地',
  IDLE: '闲置土地',
  URBAN_INEFFICIENT: '城镇低效用地',
  INEFFICIENT_INDUSTRIAL: '低效工业用地',
};

/** Where a target's figures come from: the seed's words, and how the platform reads them. */
export interface TargetSource {
  /** issuing document, e.g. 武政办规〔2023〕7号 */
  documentZh: string;
  /** the seed's sentence, verbatim */
  wordingZh: string;
  /** the reading the platform applies (〔REC〕 where DOMAIN.md settles an ambiguity) */
  readingZh: string;
  /** section of DOMAIN.md */
  domainRef: string;
}

/** Restricts a target (or a breakdown row) to one war zone (战区) and/or one responsible unit. */
export interface TargetScope {
  warZoneId?: string;
  unitId?: string;
}

/** One period of an amount target: its deadline and the figures the seed states for it. */
export interface TargetPeriod {
  id: string;
  /** e.g. 2023年三季度前 */
  labelZh: string;
  /** the seed's clause for this period, verbatim */
  wordingZh?: string;
  /** the last day that counts (「前」 read as "by the end of") */
  endDate: IsoDate;
  /** parcels (宗), "以上" = at least */
  parcels?: number;
  /** area in 亩 as the seed states it, "以上" = at least */
  areaMu?: number;
}

/** Counts and 亩 per period (Wuping's quarters; Qinzhou's 3.255 / 4.65 万亩 milestones). */
export interface AmountTarget {
  id: string;
  kind: 'AMOUNT';
  nameZh: string;
  /** GB/T 2260 code of the jurisdiction that set the target */
  jurisdiction: string;
  basis: TargetBasis;
  /** first day that counts; each period starts the day after the previous one ends */
  countingStart: IsoDate;
  periods: readonly TargetPeriod[];
  /** the overall figure the seed states separately, checked against the periods */
  total?: { parcels?: number; areaMu?: number };
  /** only measures on these kinds of stock count; all when absent */
  stockKinds?: readonly StockKind[];
  scope?: TargetScope;
  source: TargetSource;
}

/** One checkpoint of a yearly schedule: the share of the year's task reached by its end. */
export interface ScheduleCheckpoint {
  id: string;
  labelZh: string;
  /** 1–4 */
  quarter: number;
  cumulativeShare: Fraction;
}

/** Quarterly progress control of a yearly task (Qinzhou: cumulative 15 / 40 / 75 / 100 %). */
export interface QuarterlyScheduleTarget {
  id: string;
  kind: 'QUARTERLY_SCHEDULE';
  nameZh: string;
  jurisdiction: string;
  checkpoints: readonly ScheduleCheckpoint[];
  stockKinds?: readonly StockKind[];
  source: TargetSource;
}

/** The yearly task a schedule is applied to (「每年下达全市盘活存量土地任务」). */
export interface YearlyTask {
  year: number;
  areaMu: number;
  sourceZh: string;
}

/** What a rate is divided by; the seeds name the stock but not the date it is taken. */
export type RateDenominatorBasis = 'STOCK_AT_YEAR_START';

export const rateDenominatorLabels: Readonly<Record<RateDenominatorBasis, string>> = {
  STOCK_AT_YEAR_START: '年初存量面积',
};

/** A yearly disposal rate (处置率): area disposed in the year ÷ the stated denominator ≥ minShare. */
export interface DisposalRateTarget {
  id: string;
  kind: 'DISPOSAL_RATE';
  nameZh: string;
  jurisdiction: string;
  stockKind: StockKind;
  /** "以上" = inclusive */
  minShare: Fraction;
  denominator: { basis: RateDenominatorBasis; descriptionZh: string };
  /** DRAFT for Yongning's 送审稿 */
  status: 'IN_FORCE' | 'DRAFT';
  source: TargetSource;
}

/** 增存挂钩: next year's new construction-land plan quota rises or falls with this year's task. */
export interface LinkageRule {
  id: string;
  kind: 'LINKAGE';
  nameZh: string;
  jurisdiction: string;
  rewardShare: Fraction;
  penaltyShare: Fraction;
  /** the targets whose being met makes up "完成年度增存挂钩任务" */
  taskTargetIds: readonly string[];
  quotaDescriptionZh: string;
  source: TargetSource;
}

export type CampaignTarget = AmountTarget | QuarterlyScheduleTarget | DisposalRateTarget | LinkageRule;

/**
 * A disposal measure that reached REVITALISED (§5.3): the only input achievement is
 * counted from. The area may be part of the parcel (partial revitalisation).
 */
export interface RevitalisedMeasure {
  measureId: string;
  parcelId: string;
  revitalisedAt: IsoDate;
  revitalisedArea_m2: number;
  warZoneId?: string;
  /** responsible unit (责任单位) */
  unitId?: string;
  stockKind?: StockKind;
}
