/* eslint-disable @typescript-eslint/no-explicit-any -- the predicates read loosely typed record maps; a wrong field shows up as a failing demo test */
import { addMonths, addYears, SQUARE_METRES_PER_MU, type FieldValue } from '@panhuo/domain';
import { DEMO_AS_OF as T } from './county.ts';
import type { Situation } from './situations.ts';

/**
 * Predicates over a demo parcel's facts, one per situation: what identification will
 * need to see. They restate DOMAIN.md §2 as of the demo's "today" so the demo test can
 * check that each labelled parcel really is in its situation.
 */
interface P {
  values: Record<string, FieldValue>;
  contract: Record<string, FieldValue> | null;
  years: Array<Record<string, FieldValue>>;
  enterpriseValues: Record<string, FieldValue>;
}

const v = (p: P) => p.values as Record<string, any>;
const c = (p: P) => (p.contract ?? {}) as Record<string, any>;
const mu = (p: P) => v(p).area_m2 / SQUARE_METRES_PER_MU;
const year = (p: P, y: number) => p.years.find((r) => r.year === y) as Record<string, any> | undefined;
const netPerMu = (p: P, y: number) => {
  const r = year(p, y);
  return r ? (r.taxPaid_yuan - r.landUseTax_yuan - r.propertyTax_yuan) / mu(p) / 10_000 : undefined;
};
const onOrBefore = (d: string | null | undefined) => d != null && d <= T;
const notStarted = (p: P) => v(p).started === false;
const producing = (p: P) => v(p).operationsStatus === 'PRODUCING';
const devRatio = (p: P) => v(p).developedArea_m2 / c(p).requiredDevelopmentArea_m2;
const invRatio = (p: P) => v(p).investedAmount_yuan / c(p).totalInvestment_yuan;
const enterpriseCause = (p: P) => v(p).idleCauseType === 'ENTERPRISE';
const producingThreeYears = (p: P) => producing(p) && onOrBefore(addYears(v(p).productionStartDate, 3));
const kinds = ['safety', 'environment', 'fire'];

export const predicates: Partial<Record<Situation, (p: P) => boolean>> = {
  IDLE_NOT_STARTED_1Y: (p) =>
    notStarted(p) && enterpriseCause(p) && c(p).agreedStartDate && onOrBefore(addYears(c(p).agreedStartDate, 1)) && !onOrBefore(addYears(c(p).agreedStartDate, 2)),
  IDLE_NOT_STARTED_2Y: (p) => notStarted(p) && enterpriseCause(p) && c(p).agreedStartDate && onOrBefore(addYears(c(p).agreedStartDate, 2)),
  IDLE_GOVERNMENT_CAUSE: (p) =>
    notStarted(p) && c(p).agreedStartDate && onOrBefore(addYears(c(p).agreedStartDate, 1)) && v(p).idleCauseVerified === true &&
    ((v(p).idleCauseType === 'GOVERNMENT' && v(p).idleCauseGovernmentItem >= 1 && v(p).idleCauseGovernmentItem <= 6) || v(p).idleCauseType === 'FORCE_MAJEURE'),
  IDLE_NO_AGREED_START: (p) => notStarted(p) && p.contract !== null && c(p).agreedStartDate == null && onOrBefore(addYears(v(p).deliveryDate, 1)),
  PRE_IDLE_6_12_MONTHS: (p) =>
    notStarted(p) && enterpriseCause(p) && addMonths(c(p).agreedStartDate, 6) < T && T < addYears(c(p).agreedStartDate, 1),
  IDLE_STALLED: (p) => v(p).started && v(p).halted && onOrBefore(addYears(v(p).haltStartDate, 1)) && (devRatio(p) < 1 / 3 || invRatio(p) < 0.25),
  HALTED_FUNDS: (p) =>
    v(p).started && !v(p).completed && v(p).halted && v(p).haltReason === 'FUNDS' && onOrBefore(addYears(v(p).haltStartDate, 1)) &&
    devRatio(p) >= 1 / 3 && invRatio(p) >= 0.25,
  PRODUCTION_HALTED_2Y: (p) =>
    v(p).completed && v(p).productionStartDate && v(p).operationsStatus === 'HALTED' && onOrBefore(addYears(v(p).haltProductionStartDate, 2)),
  SEMI_HALTED_NO_REVENUE: (p) =>
    v(p).operationsStatus === 'SEMI_HALTED' && onOrBefore(addYears(v(p).haltProductionStartDate, 2)) && year(p, 2025)?.mainBusinessRevenue_yuan === 0,
  READY_NOT_PRODUCING: (p) =>
    v(p).completed && onOrBefore(addYears(v(p).productionReadyDate, 1)) && v(p).operationsStatus === 'NOT_STARTED' && v(p).productionStartDate === null,
  LOW_TAX: (p) => producingThreeYears(p) && netPerMu(p, 2024)! < 1 && netPerMu(p, 2025)! < 1,
  TAX_JUST_ABOVE: (p) =>
    producingThreeYears(p) &&
    p.years.every((r) => (r.year as number) <= Number(v(p).productionStartDate.slice(0, 4)) || netPerMu(p, r.year as number)! >= 1) &&
    (netPerMu(p, 2024)! + netPerMu(p, 2025)!) / 2 < 1.3,
  TAX_ARREARS: (p) => {
    const rs = [2023, 2024, 2025].map((y) => year(p, y));
    if (!v(p).completed || !producing(p) || rs.some((r) => !r || r.taxPaid_yuan >= r.taxDue_yuan)) return false;
    const paid = rs.reduce((s, r) => s + r!.taxPaid_yuan, 0);
    const due = rs.reduce((s, r) => s + r!.taxDue_yuan, 0);
    return paid / due < 0.4;
  },
  NO_TAX_2Y: (p) =>
    producing(p) && onOrBefore(addYears(v(p).lastTaxPaymentDate ?? v(p).productionStartDate, 2)) && p.years.every((r) => r.taxPaid_yuan === 0),
  JUDICIAL_HALTED: (p) => p.enterpriseValues.judicialStatus !== 'NONE' && v(p).operationsStatus === 'HALTED',
  CATALOGUE: (p) => ['ELIMINATED', 'PROHIBITED'].some((k) => p.enterpriseValues.catalogueClass === k || p.enterpriseValues.parkCatalogueClass === k),
  NON_COMPLIANT: (p) => kinds.some((k) => v(p)[`${k}NonCompliant`] && v(p)[`${k}RectificationFailed`]),
  LOW_COVERAGE: (p) => v(p).completed && v(p).buildingCoverage < 0.3,
  LOW_PLOT_RATIO: (p) => v(p).completed && v(p).plotRatio < 0.8 * c(p).plotRatioMin,
  VACANT_OVER_10_MU: (p) => v(p).vacantContiguousArea_m2 > 10 * SQUARE_METRES_PER_MU && v(p).vacantIndependentlyDevelopable === true,
  DEVELOPMENT_BAND: (p) => onOrBefore(c(p).constructionPeriodEnd) && v(p).started && !v(p).completed && devRatio(p) >= 1 / 3 && devRatio(p) < 0.8,
  INVESTMENT_BAND: (p) => onOrBefore(c(p).constructionPeriodEnd) && v(p).started && !v(p).completed && invRatio(p) >= 0.25 && invRatio(p) < 0.4,
  LOW_INTENSITY: (p) =>
    v(p).completed && onOrBefore(addYears(v(p).completionDate, 2)) && v(p).fixedAssetInvestment_yuan / mu(p) / 10_000 < 0.6 * c(p).investmentIntensity_10kYuanPerMu,
  SUBLET_NONCONFORMING: (p) => v(p).sublet === true && v(p).tenantConformsToPlan === false,
  ABANDONED_COMMERCIAL: (p) => String(v(p).plannedUse).startsWith('05') && v(p).abandonedWorks === true,
  MISSING_FACT: (p) =>
    (notStarted(p) && p.contract !== null && c(p).agreedStartDate == null && v(p).deliveryDate == null) ||
    (v(p).halted && (v(p).developedArea_m2 == null || v(p).investedAmount_yuan == null)) ||
    (producingThreeYears(p) && (!year(p, 2024) || !year(p, 2025))),
  HEALTHY: (p) =>
    producing(p) && netPerMu(p, 2025)! >= 1 && v(p).buildingCoverage >= 0.3 && v(p).plotRatio >= 0.8 * c(p).plotRatioMin &&
    !kinds.some((k) => v(p)[`${k}NonCompliant`]) && !v(p).sublet && p.enterpriseValues.judicialStatus === 'NONE' &&
    !['ELIMINATED', 'PROHIBITED'].includes(p.enterpriseValues.catalogueClass as string),
  UNDER_CONSTRUCTION: (p) => v(p).started && !v(p).halted && !v(p).completed && !onOrBefore(c(p).constructionPeriodEnd),
  NOT_YET_DUE: (p) => notStarted(p) && !onOrBefore(c(p).agreedStartDate),
};

/** Not completed two years after the agreed completion (Yongning LOW-01b): shown by the stalled parcels. */
export const completionOverdue = (p: P) => !v(p).completed && c(p).agreedCompletionDate && onOrBefore(addYears(c(p).agreedCompletionDate, 2));

export type { P as DemoParcel };
