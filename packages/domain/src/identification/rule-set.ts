import type { CatalogueClass, HaltReason, IdleCauseType, JudicialStatus, OperationsStatus } from './facts.ts';
import type { CriterionCategory } from './result.ts';

/**
 * Rule sets as versioned data (DOMAIN.md §2.8): the code knows criterion kinds, the data
 * chooses thresholds, wording and disposal methods. Every threshold lives here.
 */

/** An exact fraction, so that ⅓ is ⅓ and a share exactly on it is exactly on it. */
export interface Fraction {
  num: number;
  den: number;
}

export type ComplianceArea = 'safety' | 'environment' | 'fire';
export type ExcludedTax = 'landUseTax_yuan' | 'propertyTax_yuan';
export type ContractIndicator = 'INVESTMENT_INTENSITY' | 'TAX_PER_MU' | 'OUTPUT_PER_MU';

/** Each kind with the parameters its data must give. */
export interface KindParams {
  /** not started `years` after the agreed start date (满 N 年, inclusive) */
  NOT_STARTED_OVERDUE: { years: number; fallbackToDeliveryDate: boolean };
  /** started, developed share or invested share below a threshold, halted continuously ≥ `haltedYears` */
  STARTED_SHARE_BELOW_HALTED: { developedShareBelow: Fraction; investedShareBelow: Fraction; haltedYears: number };
  /** not started, strictly after `afterMonths` and strictly before `beforeMonths` past the agreed start */
  NOT_STARTED_WINDOW: { afterMonths: number; beforeMonths: number; causes: IdleCauseType[] };
  /** construction halted for one of `reasons` for ≥ `years` */
  CONSTRUCTION_HALTED: { years: number; reasons: HaltReason[] };
  /** completed and in production before, production halted continuously ≥ `years` */
  PRODUCTION_HALTED: { years: number; statuses: OperationsStatus[] };
  /** (halted or semi-halted ≥ `years` and no main-business revenue in the last `noRevenueYears` complete years) or sublet to a non-conforming tenant */
  HALTED_WITHOUT_REVENUE_OR_SUBLET: { years: number; statuses: OperationsStatus[]; noRevenueYears: number };
  /** not completed ≥ `years` after the agreed completion date */
  COMPLETION_OVERDUE: { years: number };
  /** atLeast ≤ share < below, optionally only once the construction period has ended */
  SHARE_BAND: { share: 'DEVELOPED_AREA' | 'INVESTED_AMOUNT'; atLeast: Fraction; below: Fraction; afterConstructionPeriodEnd: boolean };
  /** a contiguous vacant piece larger than `overMu` 亩 (exclusive) */
  VACANT_AREA: { overMu: number; requireIndependentlyDevelopable: boolean; afterConstructionPeriodEnd: boolean };
  /** ≥ `yearsAfterCompletion` after completion, investment intensity below a share of the contract's */
  INTENSITY_AFTER_COMPLETION: { yearsAfterCompletion: number; shareOfContractBelow: Fraction };
  /** completed, building coverage below a share or plot ratio below a share of the control minimum */
  SITE_DENSITY: { buildingCoverageBelow: Fraction; plotRatioShareOfMinBelow: Fraction };
  /** completed and production-ready, not yet producing ≥ `years` after being ready */
  NOT_PRODUCING_AFTER_READY: { years: number };
  /** producing, no tax paid for ≥ `years` */
  NO_TAX_PERIOD: { years: number; producingStatuses: OperationsStatus[] };
  /** in production ≥ `minProductionYears`, mean tax per mu over the window below the threshold */
  TAX_PER_MU_BELOW: {
    threshold_10kYuanPerMu: number;
    /** the window of tax years in force from `windowAppliesFromYear` */
    firstWindowYears: number[];
    windowAppliesFromYear: number;
    /** the window moves forward by this many years every this many years (0: never) */
    rollEveryYears: number;
    excludeTaxes: ExcludedTax[];
    minProductionYears: number;
  };
  /** completed and in production, tax in arrears each of the last `consecutiveYears` complete years, paid share below */
  TAX_ARREARS: { consecutiveYears: number; paidShareBelow: Fraction };
  /** under judicial disposal and halted */
  JUDICIAL_HALTED: { judicialStatuses: JudicialStatus[]; operationsStatuses: OperationsStatus[] };
  /** class in the national or the park's catalogue */
  CATALOGUE_CLASS: { catalogue: 'NATIONAL' | 'PARK'; classes: CatalogueClass[] };
  /** non-compliant in any of `areas`, optionally after failed rectification and with closure required */
  COMPLIANCE: { areas: ComplianceArea[]; requireRectificationFailed: boolean; requireClosure: boolean };
  /** planned use under one of the prefixes and an abandoned unfinished work */
  ABANDONED_WORKS_USE: { plannedUsePrefixes: string[]; useLabelZh: string };
  /** not completed past the agreed completion date, for one of `causes`, under an investment contract */
  CONSTRUCTION_OVERDUE_BY_CAUSE: { causes: IdleCauseType[] };
  /** completed, an actual indicator of the last complete year (or to date) below the contract's */
  CONTRACT_INDICATORS: { indicators: ContractIndicator[] };
  /** needs a person's finding */
  MANUAL: { reasonCodes?: string[] };
}

export type CriterionKindId = keyof KindParams;

interface CriterionBase {
  /** id from DOMAIN.md §2, e.g. JD-LOW-03 */
  id: string;
  category: CriterionCategory;
  /** the source wording, verbatim */
  wordingZh: string;
  /** the recommended reading (〔REC〕) the evaluation follows */
  readingZh: string;
  /** disposal methods (DOMAIN.md §4) that apply when the criterion is met */
  candidateDisposalMethods: string[];
}

export type CriterionDef = {
  [K in CriterionKindId]: CriterionBase & { kind: K; params: KindParams[K] };
}[CriterionKindId];

/** A criterion without its id and category, for rule-set files that add those. */
export type CriterionBody = {
  [K in CriterionKindId]: Omit<CriterionBase, 'id' | 'category'> & { kind: K; params: KindParams[K] };
}[CriterionKindId];

/** A condition that every criterion of `appliesTo` needs, decided by a person (QZ-URB-00). */
export interface ManualGate {
  id: string;
  appliesTo: string[];
  wordingZh: string;
  readingZh: string;
}

export interface RuleSet {
  id: string;
  version: string;
  nameZh: string;
  /** GB/T 2260 code */
  jurisdiction: string;
  status: 'IN_FORCE' | 'DRAFT';
  effectiveFrom: string;
  effectiveTo: string | null;
  sourceZh: string;
  /** only parcels whose planned use starts with one of these codes are in scope */
  scope?: { plannedUsePrefixes: string[]; wordingZh: string };
  gates?: ManualGate[];
  criteria: CriterionDef[];
  /** criteria of §2 that identification of parcel facts does not evaluate, and why */
  notEvaluated: Array<{ id: string; reasonZh: string }>;
  /** Order 53 Art. 14 sanctions (DOMAIN.md §3.5.2) */
  sanctions: {
    /** the not-started idle criterion whose MET triggers a fee and recovery */
    notStartedCriterionId: string;
    feePercent: number;
    recoveryYears: number;
    feeMethod: string;
    recoveryMethod: string;
  };
  /** idle disposal methods allowed per cause (SL-CAUSE-*, Art. 12 / Art. 14) */
  idleDisposalsByCause: Partial<Record<IdleCauseType, string[]>>;
  /** disposal methods proposed for inefficient land when a fact crosses a line (JD 分割转让 > 5 亩) */
  disposalTriggers?: Array<{ method: string; vacantAreaOverMu: number }>;
  /** sub-classes reported in `classes` when met and the parcel is not idle (WP-C1…) */
  classIds?: string[];
}
