import type { ParcelFacts } from '../facts.ts';
import type { CriterionResult } from '../result.ts';
import type { CriterionDef, CriterionKindId } from '../rule-set.ts';
import { compileContext, type CompileContext, type Compiler, type Evaluator } from './common.ts';
import { contractIndicators, taxArrears, taxPerMuBelow } from './finance.ts';
import { abandonedWorksUse, catalogueClass, compliance, judicialHalted, manual } from './flags.ts';
import { constructionHalted, haltedWithoutRevenueOrSublet, productionHalted } from './halted.ts';
import { notStartedOverdue, notStartedWindow, startedShareBelowHalted } from './idle.ts';
import {
  completionOverdue,
  constructionOverdueByCause,
  intensityAfterCompletion,
  noTaxPeriod,
  notProducingAfterReady,
  shareBand,
  siteDensity,
  vacantArea,
} from './progress.ts';

export { compileContext, type CompileContext, type Evaluator } from './common.ts';

/** Every criterion kind the code knows; rule sets choose among them and give the thresholds. */
export const criterionKinds: { [K in CriterionKindId]: Compiler<K> } = {
  NOT_STARTED_OVERDUE: notStartedOverdue,
  STARTED_SHARE_BELOW_HALTED: startedShareBelowHalted,
  NOT_STARTED_WINDOW: notStartedWindow,
  CONSTRUCTION_HALTED: constructionHalted,
  PRODUCTION_HALTED: productionHalted,
  HALTED_WITHOUT_REVENUE_OR_SUBLET: haltedWithoutRevenueOrSublet,
  COMPLETION_OVERDUE: completionOverdue,
  SHARE_BAND: shareBand,
  VACANT_AREA: vacantArea,
  INTENSITY_AFTER_COMPLETION: intensityAfterCompletion,
  SITE_DENSITY: siteDensity,
  NOT_PRODUCING_AFTER_READY: notProducingAfterReady,
  NO_TAX_PERIOD: noTaxPeriod,
  TAX_PER_MU_BELOW: taxPerMuBelow,
  TAX_ARREARS: taxArrears,
  JUDICIAL_HALTED: judicialHalted,
  CATALOGUE_CLASS: catalogueClass,
  COMPLIANCE: compliance,
  ABANDONED_WORKS_USE: abandonedWorksUse,
  CONSTRUCTION_OVERDUE_BY_CAUSE: constructionOverdueByCause,
  CONTRACT_INDICATORS: contractIndicators,
  MANUAL: manual,
};

/** Kinds whose conclusion depends on how much time has passed (they report `willBeMetOn`). */
export const TIME_BASED_KINDS: ReadonlySet<CriterionKindId> = new Set<CriterionKindId>([
  'NOT_STARTED_OVERDUE',
  'STARTED_SHARE_BELOW_HALTED',
  'NOT_STARTED_WINDOW',
  'CONSTRUCTION_HALTED',
  'PRODUCTION_HALTED',
  'HALTED_WITHOUT_REVENUE_OR_SUBLET',
  'COMPLETION_OVERDUE',
  'INTENSITY_AFTER_COMPLETION',
  'NOT_PRODUCING_AFTER_READY',
  'NO_TAX_PERIOD',
  'TAX_PER_MU_BELOW',
  'CONSTRUCTION_OVERDUE_BY_CAUSE',
]);

export function compileCriterion(def: CriterionDef, ctx: CompileContext): Evaluator {
  const compile = criterionKinds[def.kind] as Compiler<CriterionKindId>;
  return compile(def as never, ctx);
}

/** One criterion on one parcel: `(facts, params, asOf) → result`. */
export function evaluateCriterion(def: CriterionDef, facts: ParcelFacts, asOf: string): CriterionResult {
  return compileCriterion(def, compileContext(asOf))(facts);
}
