import { addDays, addMonths, SQUARE_METRES_PER_MU } from '@panhuo/domain';
import type { FieldValue } from '@panhuo/domain';
import type { ParkKey } from './county.ts';
import type { EnterpriseDraft } from './enterprises.ts';
import { round, type Random } from './random.ts';

/**
 * One parcel of the demo on its way to a ParcelRecord: the facts in stored units
 * (m², yuan, fractions, ISO dates) and the situations it was built to show. The
 * lifecycle helpers move it from granted to started, completed and producing and keep
 * the facts consistent with each other; yearly figures are written last.
 */
export type Values = Record<string, FieldValue>;

export interface ParcelDraft {
  situations: string[];
  park: ParkKey;
  enterprise: EnterpriseDraft;
  /** 地块名称 without the enterprise part, e.g. 「年产 5 万套机械配件项目」 */
  projectName: string;
  values: Values;
  contract: Values | null;
  years: Values[];
  /** a healthy year's net tax per mu (万元), which the contract's 亩均税收 was set from */
  taxLevel: number;
  /** what the yearly figures should look like, applied by writeYears */
  yearPlan: YearPlan | null;
}

export interface YearPlan {
  /** net tax (excl. land-use and property tax) in 万元/亩 for a year of full production */
  taxPerMu: (year: number) => number;
  /** share of the tax due that was paid (arrears), 1 by default */
  paidShare?: (year: number) => number;
  /** land-use and property tax exempted (new enterprises' relief) */
  exempt?: boolean;
  /** years whose figures the ledger lacks entirely (a missing fact) */
  missingYears?: number[];
  /** exact figures: no growth and no noise (parcels sitting just either side of a threshold) */
  flat?: boolean;
  /** output in 万元/亩 of an enterprise that produces but pays no tax */
  untaxedOutputPerMu?: number;
}

export const FIRST_YEAR = 2019;
export const LAST_YEAR = 2025;
/** 城镇土地使用税 for the parks' land grade, 元/m²·年 */
const LAND_USE_TAX_PER_M2 = 4;
/** 房产税 on the floor area, about 1.2 % × 70 % of a building value of 1 500 元/m² */
const PROPERTY_TAX_PER_M2 = 12.6;

export const areaMu = (d: ParcelDraft) => (d.values.area_m2 as number) / SQUARE_METRES_PER_MU;
const area = (d: ParcelDraft) => d.values.area_m2 as number;

/** A granted industrial parcel whose contract is signed and land delivered; nothing built yet. */
export function grantedParcel(
  rng: Random,
  opts: {
    park: ParkKey; enterprise: EnterpriseDraft; projectName: string; mu: [number, number]; signed: string; taxLevel: number;
    /** serial of the grant contract's number */
    contractSerial: number; situations?: string[];
  },
): ParcelDraft {
  const areaM2 = round(rng.between(opts.mu[0], opts.mu[1]) * SQUARE_METRES_PER_MU, 2);
  const mu = areaM2 / SQUARE_METRES_PER_MU;
  const landPrice = round(mu * rng.between(15, 30) * 100, 0) * 100;
  const industry = opts.enterprise.industry;
  const intensity = round(rng.between(industry.intensity[0], industry.intensity[1]), 0);
  const agreedStart = addMonths(opts.signed, 6);
  const agreedCompletion = addMonths(agreedStart, mu > 60 ? 30 : 24);
  const contractTax = round(Math.max(1.5, opts.taxLevel * rng.between(0.5, 0.75)), 1);
  return {
    situations: opts.situations ?? [],
    park: opts.park,
    enterprise: opts.enterprise,
    projectName: opts.projectName,
    taxLevel: opts.taxLevel,
    yearPlan: null,
    years: [],
    values: {
      plannedUse: '0601',
      area_m2: areaM2,
      grantedArea_m2: areaM2,
      acquisitionMode: 'GRANT',
      acquisitionDate: opts.signed,
      deliveryDate: addMonths(opts.signed, 1),
      landPrice_yuan: landPrice,
      remarks: null,
      permitDate: null,
      foundationType: null,
      started: false,
      actualStartDate: null,
      startEvidence: null,
      developedArea_m2: 0,
      investedAmount_yuan: 0,
      halted: false,
      haltStartDate: null,
      haltReason: null,
      completed: false,
      completionDate: null,
      abandonedWorks: false,
      floorArea_m2: 0,
      buildingFootprint_m2: 0,
      buildingCoverage: 0,
      plotRatio: 0,
      vacantContiguousArea_m2: areaM2,
      vacantIndependentlyDevelopable: false,
      operationsStatus: 'NOT_STARTED',
      productionReadyDate: null,
      productionStartDate: null,
      haltProductionStartDate: null,
      lastTaxPaymentDate: null,
      employees: 0,
      fixedAssetInvestment_yuan: landPrice,
      sublet: false,
      tenantConformsToPlan: null,
      safetyNonCompliant: false,
      safetyRectificationFailed: false,
      safetyClosureRequired: false,
      environmentNonCompliant: false,
      environmentRectificationFailed: false,
      environmentClosureRequired: false,
      fireNonCompliant: false,
      fireRectificationFailed: false,
      fireClosureRequired: false,
      idleCauseType: null,
      idleCauseGovernmentItem: null,
      idleCauseVerified: null,
      idleCauseNote: null,
    },
    contract: {
      contractNo: `岚自然资让〔${opts.signed.slice(0, 4)}〕${String(opts.contractSerial).padStart(3, '0')}号`,
      source: 'GRANT_CONTRACT',
      signedDate: opts.signed,
      agreedStartDate: agreedStart,
      agreedCompletionDate: agreedCompletion,
      constructionPeriodEnd: agreedCompletion,
      requiredDevelopmentArea_m2: round(areaM2 * rng.between(0.4, 0.55), 2),
      totalInvestment_yuan: round(intensity * mu - landPrice / 10_000, 0) * 10_000,
      investmentIntensity_10kYuanPerMu: intensity,
      taxPerMu_10kYuanPerMu: contractTax,
      outputPerMu_10kYuanPerMu: round(contractTax * industry.outputPerTax, 0),
      plotRatioMin: industry.plotRatioMin,
      otherConditions: `项目须符合园区主导产业定位，投产后年亩均税收不低于 ${contractTax} 万元`,
    },
  };
}

const c = (d: ParcelDraft) => d.contract!;
const evidenceOf = { DEEP_PIT: 'DEEP_PIT_EXCAVATED', PILE: 'ALL_PILES_DRIVEN', OTHER: 'ONE_THIRD_FOUNDATION' } as const;

/** Construction started on `date` (动工 per Art. 30); `developed` and `invested` are shares of the contract's. */
export function startConstruction(rng: Random, d: ParcelDraft, date: string, developed: number, invested: number): void {
  const foundation = rng.pick(['DEEP_PIT', 'PILE', 'OTHER'] as const);
  const developedM2 = round((c(d).requiredDevelopmentArea_m2 as number) * developed, 2);
  const investedYuan = round(((c(d).totalInvestment_yuan as number) * invested) / 100, 0) * 100;
  Object.assign(d.values, {
    permitDate: addDays(date, -rng.int(7, 40)),
    foundationType: foundation,
    started: true,
    actualStartDate: date,
    startEvidence: evidenceOf[foundation],
    developedArea_m2: developedM2,
    investedAmount_yuan: investedYuan,
    buildingFootprint_m2: developedM2,
    buildingCoverage: round(developedM2 / area(d), 4),
    floorArea_m2: round(developedM2 * rng.between(0.8, 1.6), 2),
    vacantContiguousArea_m2: round(area(d) - developedM2 * 1.6, 2),
    fixedAssetInvestment_yuan: investedYuan + (d.values.landPrice_yuan as number),
  });
  d.values.plotRatio = round((d.values.floorArea_m2 as number) / area(d), 2);
  if ((d.values.vacantContiguousArea_m2 as number) < 0) d.values.vacantContiguousArea_m2 = 0;
}

export function haltConstruction(d: ParcelDraft, date: string, reason: 'FUNDS' | 'OPERATIONS' | 'MANAGEMENT' | 'OTHER'): void {
  Object.assign(d.values, { halted: true, haltStartDate: date, haltReason: reason });
}

/** Construction completed and accepted on `date`; site figures of a built factory. */
export function complete(
  rng: Random,
  d: ParcelDraft,
  date: string,
  opts: { coverage?: number; plotRatioFactor?: number; investedShare?: number; vacantM2?: number } = {},
): void {
  const a = area(d);
  const coverage = opts.coverage ?? round(rng.between(0.42, 0.62), 4);
  const footprint = round(Math.min(a * coverage * rng.between(0.82, 0.92), a), 2);
  const plotRatio = round((c(d).plotRatioMin as number) * (opts.plotRatioFactor ?? rng.between(1.05, 1.6)), 2);
  const invested = round(((c(d).totalInvestment_yuan as number) * (opts.investedShare ?? rng.between(0.96, 1.15))) / 100, 0) * 100;
  Object.assign(d.values, {
    halted: false,
    completed: true,
    completionDate: date,
    developedArea_m2: Math.max(footprint, c(d).requiredDevelopmentArea_m2 as number),
    investedAmount_yuan: invested,
    fixedAssetInvestment_yuan: invested + (d.values.landPrice_yuan as number),
    buildingFootprint_m2: footprint,
    buildingCoverage: coverage,
    plotRatio,
    floorArea_m2: round(plotRatio * a, 2),
    vacantContiguousArea_m2: opts.vacantM2 ?? round(a * rng.between(0, 0.04), 2),
    vacantIndependentlyDevelopable: false,
  });
}

/** A healthy project: started on time, built in 14–22 months, in production since. */
export function buildOnSchedule(rng: Random, d: ParcelDraft, opts: { coverage?: number; plotRatioFactor?: number; investedShare?: number; vacantM2?: number } = {}): string {
  const start = addDays(c(d).agreedStartDate as string, -rng.int(0, 60));
  startConstruction(rng, d, start, 0.5, 0.4);
  const done = addMonths(start, rng.int(14, 22));
  complete(rng, d, done, opts);
  return done;
}

export function startProduction(rng: Random, d: ParcelDraft, ready: string, start: string | null, plan: YearPlan): void {
  Object.assign(d.values, {
    operationsStatus: start ? 'PRODUCING' : 'NOT_STARTED',
    productionReadyDate: ready,
    productionStartDate: start,
    lastTaxPaymentDate: start ? '2026-11-15' : null,
  });
  d.yearPlan = plan;
}

export function haltProduction(d: ParcelDraft, date: string, status: 'HALTED' | 'SEMI_HALTED' = 'HALTED'): void {
  Object.assign(d.values, { operationsStatus: status, haltProductionStartDate: date });
}

/** Share of `year` between production start and halt (0 … 1). */
function activeShare(year: number, start: string | null, halt: string | null): number {
  if (!start) return 0;
  const yStart = Date.UTC(year, 0, 1);
  const yEnd = Date.UTC(year + 1, 0, 1);
  const from = Math.max(yStart, Date.parse(start));
  const to = Math.min(yEnd, halt ? Date.parse(halt) : yEnd);
  return Math.max(0, (to - from) / (yEnd - yStart));
}

/** Writes the yearly figures 2019–2025 for the years the parcel produced or owed tax. */
export function writeYears(rng: Random, d: ParcelDraft): void {
  const plan = d.yearPlan;
  if (!plan) return;
  const v = d.values;
  const start = v.productionStartDate as string | null;
  const firstYear = Math.max(FIRST_YEAR, Number(((start ?? v.productionReadyDate) as string).slice(0, 4)));
  const halt = v.haltProductionStartDate as string | null;
  const semi = v.operationsStatus === 'SEMI_HALTED';
  const ind = d.enterprise.industry;
  const above = d.enterprise.values.scale === 'ABOVE';
  for (let year = firstYear; year <= LAST_YEAR; year++) {
    if (plan.missingYears?.includes(year)) continue;
    let share = activeShare(year, start, halt);
    if (semi && halt) share += activeShare(year, halt, null) * 0.15;
    const growth = plan.flat ? 1 : (1 + (year - 2022) * 0.04) * rng.between(0.92, 1.08);
    const net = round(plan.taxPerMu(year) * areaMu(d) * 10_000 * share * growth, 0);
    const landUseTax = plan.exempt ? 0 : round(area(d) * LAND_USE_TAX_PER_M2, 0);
    const propertyTax = plan.exempt ? 0 : round((v.floorArea_m2 as number) * PROPERTY_TAX_PER_M2, 0);
    const due = net + landUseTax + propertyTax;
    const paid = round(due * (plan.paidShare?.(year) ?? 1), 0);
    const output =
      plan.untaxedOutputPerMu !== undefined
        ? round(plan.untaxedOutputPerMu * areaMu(d) * 10_000 * share, -2)
        : net > 0
          ? round(net * ind.outputPerTax * rng.between(0.9, 1.1), -2)
          : 0;
    const revenue = semi && year >= Number((halt ?? '9999').slice(0, 4)) + 1 ? 0 : round(output * rng.between(0.9, 0.99), -2);
    const energy = round((output / 10_000) * ind.energyPer10k, 1);
    const employees = output > 0 ? Math.max(8, round(output / 650_000, 0)) : 0;
    d.years.push({
      year,
      taxPaid_yuan: paid,
      landUseTax_yuan: landUseTax,
      propertyTax_yuan: propertyTax,
      taxDue_yuan: due,
      industrialOutput_yuan: output,
      valueAdded_yuan: round(output * rng.between(0.22, 0.3), -2),
      mainBusinessRevenue_yuan: revenue,
      energy_tce: energy,
      electricity_kwh: round(energy * rng.between(2800, 3600), 0),
      rdExpense_yuan: round(revenue * (above ? rng.between(0.012, 0.035) : rng.between(0, 0.008)), -2),
      averageEmployees: employees,
    });
  }
  const last = d.years.find((y) => y.year === LAST_YEAR);
  if (last) v.employees = Math.max(last.averageEmployees as number, v.operationsStatus === 'PRODUCING' ? 8 : 2);
}
