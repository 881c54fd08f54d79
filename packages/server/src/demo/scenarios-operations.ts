import { addMonths } from '@panhuo/domain';
import type { ParkKey } from './county.ts';
import { newParcel, steady, type Ctx, type NewParcel } from './context.ts';
import { healthyIndustryKeys } from './enterprises.ts';
import { buildOnSchedule, complete, haltProduction, startConstruction, startProduction, type ParcelDraft, type YearPlan } from './parcel-builder.ts';

/**
 * Built land: healthy producers (most of the county), and the inefficient-land
 * situations of Jingde and Yongning — halted or never-started production, low tax per
 * mu, arrears, court cases, catalogue classes, non-compliance, thin sites, subletting.
 */
type SiteOpts = Parameters<typeof buildOnSchedule>[2];

export function producing(ctx: Ctx, p: NewParcel & { site?: SiteOpts; plan?: (d: ParcelDraft) => YearPlan }): ParcelDraft {
  const d = newParcel(ctx, p);
  const done = buildOnSchedule(ctx.rng, d, p.site);
  const ready = addMonths(done, ctx.rng.int(1, 2));
  startProduction(ctx.rng, d, ready, addMonths(ready, ctx.rng.int(0, 2)), p.plan ? p.plan(d) : steady(d.taxLevel));
  return d;
}

export function healthy(ctx: Ctx, park: ParkKey, signed: string, extra: Partial<NewParcel> = {}): ParcelDraft {
  const industry = extra.enterprise?.industry.key ?? ctx.rng.pick(healthyIndustryKeys);
  const big = ctx.rng.chance(0.25);
  return producing(ctx, { park, industry, mu: big ? [60, 150] : [8, 60], signed, situations: ['HEALTHY'], ...extra });
}

/** Completed and producing, then halted continuously since `halt` (no revenue since). */
export function productionHalted(ctx: Ctx, park: ParkKey, signed: string, halt: string): ParcelDraft {
  const d = producing(ctx, { park, industry: ctx.rng.pick(['textile', 'plastics', 'furniture', 'metal']), mu: [15, 50], signed, situations: ['PRODUCTION_HALTED_2Y'] });
  haltProduction(d, halt);
  d.values.lastTaxPaymentDate = '2026-06-30';
  d.values.remarks = '订单流失，全面停产，仅留守看护人员';
  return d;
}

/** Semi-halted ≥ 2 years: token trial runs, nothing sold (no main-business revenue). */
export function semiHaltedNoRevenue(ctx: Ctx, park: ParkKey, signed: string, halt: string): ParcelDraft {
  const d = producing(ctx, { park, industry: ctx.rng.pick(['bamboo', 'food']), mu: [10, 30], signed, situations: ['SEMI_HALTED_NO_REVENUE'] });
  haltProduction(d, halt, 'SEMI_HALTED');
  d.values.remarks = '半停产，仅零星试车，产品未对外销售';
  return d;
}

/** Built and ready to produce since `ready`, but production never began. */
export function readyNotProducing(ctx: Ctx, park: ParkKey, signed: string, ready: string): ParcelDraft {
  const d = newParcel(ctx, { park, industry: ctx.rng.pick(['electronics', 'pharma', 'machinery']), mu: [15, 50], signed, situations: ['READY_NOT_PRODUCING'] });
  const start = addMonths(d.contract!.agreedStartDate as string, -1);
  startConstruction(ctx.rng, d, start, 0.5, 0.5);
  complete(ctx.rng, d, addMonths(ready, -2));
  startProduction(ctx.rng, d, ready, null, { taxPerMu: () => 0 });
  d.values.lastTaxPaymentDate = '2026-06-30';
  d.values.remarks = '厂房设备已具备生产条件，因市场原因未投产';
  return d;
}

/** In production ≥ 3 years with a net tax per mu of `level` 万元 (exact, no noise). */
export function taxAt(ctx: Ctx, park: ParkKey, signed: string, level: number, situation: 'LOW_TAX' | 'TAX_JUST_ABOVE'): ParcelDraft {
  const industry = ctx.rng.pick(['bamboo', 'textile', 'furniture', 'tea', 'building']);
  return producing(ctx, { park, industry, mu: [10, 60], signed, taxLevel: level, situations: [situation], plan: () => ({ taxPerMu: () => level, flat: true }) });
}

/** Three years 2023–2025 each in arrears, paying `share` of the tax due. */
export function taxArrears(ctx: Ctx, park: ParkKey, signed: string, share: number): ParcelDraft {
  const d = producing(ctx, {
    park, industry: ctx.rng.pick(['metal', 'machinery', 'plastics']), mu: [15, 50], signed, situations: ['TAX_ARREARS'],
    plan: (dd) => ({ taxPerMu: () => dd.taxLevel, paidShare: (y) => (y >= 2023 ? share : 1) }),
  });
  d.values.lastTaxPaymentDate = '2026-03-10';
  d.values.remarks = '经营困难，连续欠缴税款，税务部门已催缴';
  return d;
}

/** Producing since `start` but never paid tax (new-enterprise relief ran out unnoticed). */
export function noTax(ctx: Ctx, park: ParkKey, signed: string): ParcelDraft {
  const d = producing(ctx, {
    park, industry: ctx.rng.pick(['food', 'bamboo']), mu: [8, 20], signed, situations: ['NO_TAX_2Y'], enterpriseOpts: { scale: 'BELOW' },
    plan: () => ({ taxPerMu: () => 0, exempt: true, untaxedOutputPerMu: 60 }),
  });
  d.values.lastTaxPaymentDate = null;
  return d;
}

/** Enterprise under a court's disposal (seizure, auction, bankruptcy) and halted. */
export function judicialHalted(ctx: Ctx, park: ParkKey, signed: string, status: string, halt: string): ParcelDraft {
  const d = producing(ctx, {
    park, industry: ctx.rng.pick(['materials', 'machinery', 'electronics']), mu: [25, 80], signed, situations: ['JUDICIAL_HALTED'],
    enterpriseOpts: { judicialStatus: status },
  });
  haltProduction(d, halt);
  d.values.lastTaxPaymentDate = '2025-12-20';
  d.values.remarks = status === 'BANKRUPTCY' ? '法院已受理破产申请，管理人接管' : '土地厂房已被法院查封';
  return d;
}

export function catalogue(ctx: Ctx, park: ParkKey, signed: string, industry: 'brick' | 'foundry' | 'plastics', national: string, parkClass: string): ParcelDraft {
  return producing(ctx, {
    park, industry, mu: [10, 40], signed, situations: ['CATALOGUE'], taxLevel: industry === 'plastics' ? 4 : 1.5,
    enterpriseOpts: { catalogueClass: national, parkCatalogueClass: parkClass, scale: 'BELOW' },
  });
}

export function nonCompliant(ctx: Ctx, park: ParkKey, signed: string, kind: 'safety' | 'environment' | 'fire', closure: boolean): ParcelDraft {
  const d = producing(ctx, { park, industry: ctx.rng.pick(['materials', 'metal', 'building']), mu: [15, 50], signed, situations: ['NON_COMPLIANT'] });
  Object.assign(d.values, { [`${kind}NonCompliant`]: true, [`${kind}RectificationFailed`]: true, [`${kind}ClosureRequired`]: closure });
  const what = { safety: '安全生产', environment: '环保', fire: '消防' }[kind];
  d.values.remarks = `${what}检查不达标，限期整改后复查仍不合格${closure ? '，依法责令关停' : ''}`;
  return d;
}

export function lowCoverage(ctx: Ctx, park: ParkKey, signed: string, coverage: number): ParcelDraft {
  return producing(ctx, { park, industry: ctx.rng.pick(['machinery', 'metal']), mu: [20, 60], signed, situations: ['LOW_COVERAGE'], site: { coverage } });
}

export function lowPlotRatio(ctx: Ctx, park: ParkKey, signed: string, factor: number): ParcelDraft {
  return producing(ctx, {
    park, industry: ctx.rng.pick(['electronics', 'food', 'textile', 'plastics']), mu: [15, 50], signed, situations: ['LOW_PLOT_RATIO'],
    site: { coverage: 0.36, plotRatioFactor: factor },
  });
}

export function vacantLand(ctx: Ctx, park: ParkKey, signed: string, vacantM2: number): ParcelDraft {
  const d = producing(ctx, { park, industry: ctx.rng.pick(['materials', 'machinery', 'pharma']), mu: [80, 140], signed, situations: ['VACANT_OVER_10_MU'], site: { vacantM2, coverage: 0.38 } });
  d.values.vacantIndependentlyDevelopable = true;
  d.values.remarks = '宗地东侧预留二期用地未开发，临路可单独开发';
  return d;
}

export function lowIntensity(ctx: Ctx, park: ParkKey, signed: string, investedShare: number): ParcelDraft {
  return producing(ctx, { park, industry: ctx.rng.pick(['electronics', 'pharma', 'materials']), mu: [20, 60], signed, situations: ['LOW_INTENSITY'], site: { investedShare } });
}

export function subletNonConforming(ctx: Ctx, park: ParkKey, signed: string, tenant: string): ParcelDraft {
  const d = healthy(ctx, park, signed, { situations: ['SUBLET_NONCONFORMING'] });
  Object.assign(d.values, { sublet: true, tenantConformsToPlan: false, remarks: `部分厂房转租给${tenant}，不符合园区主导产业规划` });
  return d;
}

/** Producing ≥ 3 years, but the ledger lacks the last two years' figures. */
export function missingYears(ctx: Ctx, park: ParkKey, signed: string): ParcelDraft {
  const d = producing(ctx, { park, industry: 'tea', mu: [10, 30], signed, situations: ['MISSING_FACT'], plan: (dd) => ({ taxPerMu: () => dd.taxLevel, missingYears: [2024, 2025] }) });
  d.values.remarks = '2024、2025年度税收数据尚未从税务部门获取';
  return d;
}
