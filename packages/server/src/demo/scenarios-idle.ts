import { addMonths } from '@panhuo/domain';
import type { ParkKey } from './county.ts';
import type { EnterpriseDraft } from './enterprises.ts';
import { newParcel, type Ctx } from './context.ts';
import { haltConstruction, startConstruction, type ParcelDraft } from './parcel-builder.ts';

/**
 * Land that is not built, or not built enough: the national idle tests (Order 53 Art. 2),
 * Yongning's early warning and construction bands, and projects on schedule. Dates are
 * chosen against the demo's "today", 2026-11-23.
 */
function idleCause(d: ParcelDraft, type: string, note: string, item: number | null = null): void {
  Object.assign(d.values, { idleCauseType: type, idleCauseGovernmentItem: item, idleCauseVerified: true, idleCauseNote: note });
}

/** Not started ≥ 1 year (and < 2) after the agreed start, the enterprise's fault. */
export function idleOneYear(ctx: Ctx, park: ParkKey, signed: string, enterprise?: EnterpriseDraft): ParcelDraft {
  const d = newParcel(ctx, {
    park, industry: enterprise?.industry.key ?? 'machinery', mu: [15, 45], signed, enterprise,
    situations: enterprise ? ['IDLE_NOT_STARTED_1Y', 'SECOND_PARCEL'] : ['IDLE_NOT_STARTED_1Y'], phase: enterprise ? '（二期）' : '',
  });
  idleCause(d, 'ENTERPRISE', '企业融资未到位，项目迟迟未动工');
  return d;
}

/** Not started ≥ 2 years after the agreed start, the enterprise's fault. */
export function idleTwoYears(ctx: Ctx, park: ParkKey, signed: string, industry: string): ParcelDraft {
  const d = newParcel(ctx, { park, industry, mu: [20, 70], signed, situations: ['IDLE_NOT_STARTED_2Y'] });
  idleCause(d, 'ENTERPRISE', '企业投资方向调整，已多次催告仍未动工');
  return d;
}

/** Not started ≥ 1 year for a government cause (Order 53 Art. 8 item) or force majeure. */
export function idleGovernment(ctx: Ctx, park: ParkKey, signed: string, item: number | null): ParcelDraft {
  const d = newParcel(ctx, { park, industry: ctx.rng.pick(['food', 'electronics', 'metal']), mu: [12, 40], signed, situations: ['IDLE_GOVERNMENT_CAUSE'] });
  if (item === null) {
    idleCause(d, 'FORCE_MAJEURE', '2024年6月特大洪水冲毁场地及进场道路，无法动工');
  } else if (item === 1) {
    d.values.deliveryDate = addMonths(signed, 20);
    idleCause(d, 'GOVERNMENT', '宗地内坟墓迁移及高压线迁改未完成，未按合同约定期限交付土地', 1);
  } else if (item === 2) {
    idleCause(d, 'GOVERNMENT', '园区控制性详细规划修编，宗地规划条件待调整', 2);
  } else {
    idleCause(d, 'GOVERNMENT', '周边群众信访阻工，尚未化解', item);
  }
  return d;
}

/** No agreed start date; not started one year after delivery (Yongning's fallback). */
export function idleNoAgreedStart(ctx: Ctx, park: ParkKey, signed: string): ParcelDraft {
  const d = newParcel(ctx, { park, industry: 'bamboo', mu: [10, 30], signed, situations: ['IDLE_NO_AGREED_START'] });
  Object.assign(d.contract!, { agreedStartDate: null, source: 'GRANT_CONTRACT', otherConditions: '早期出让合同未约定动工、竣工日期' });
  Object.assign(d.contract!, { agreedCompletionDate: null, constructionPeriodEnd: null });
  idleCause(d, 'ENTERPRISE', '交付后企业未办理规划报建手续');
  return d;
}

/** More than 6 months and less than a year past the agreed start, not started (early warning). */
export function preIdle(ctx: Ctx, park: ParkKey, signed: string): ParcelDraft {
  const d = newParcel(ctx, { park, industry: ctx.rng.pick(['plastics', 'textile', 'furniture']), mu: [10, 35], signed, situations: ['PRE_IDLE_6_12_MONTHS'] });
  idleCause(d, 'ENTERPRISE', '企业设计方案反复调整，尚未动工');
  return d;
}

/** Started, then halted ≥ 1 year with < ⅓ developed or < 25 % invested (Art. 2 ¶2). */
export function idleStalled(ctx: Ctx, park: ParkKey, signed: string, developed: number, invested: number, halt: string): ParcelDraft {
  const d = newParcel(ctx, { park, industry: ctx.rng.pick(['materials', 'machinery', 'pharma']), mu: [25, 80], signed, situations: ['IDLE_STALLED'] });
  startConstruction(ctx.rng, d, d.contract!.agreedStartDate as string, developed, invested);
  haltConstruction(d, halt, ctx.rng.pick(['FUNDS', 'MANAGEMENT'] as const));
  idleCause(d, 'ENTERPRISE', '企业资金链紧张，基础工程完成后停工');
  return d;
}

/** Halted for lack of funds ≥ 1 year, but developed ≥ ⅓ and invested ≥ 25 % (Jingde's first class). */
export function haltedForFunds(ctx: Ctx, park: ParkKey, signed: string, halt: string): ParcelDraft {
  const d = newParcel(ctx, { park, industry: ctx.rng.pick(['metal', 'food', 'building']), mu: [20, 60], signed, situations: ['HALTED_FUNDS'] });
  startConstruction(ctx.rng, d, d.contract!.agreedStartDate as string, ctx.rng.between(0.5, 0.7), ctx.rng.between(0.45, 0.6));
  haltConstruction(d, halt, 'FUNDS');
  d.values.remarks = '主体结构已封顶，因资金问题停工';
  return d;
}

/** Construction period over, still building, developed between ⅓ and 80 % of the required area. */
export function developmentBand(ctx: Ctx, park: ParkKey, signed: string, developed: number): ParcelDraft {
  const d = newParcel(ctx, { park, industry: ctx.rng.pick(['electronics', 'machinery', 'tea']), mu: [20, 60], signed, situations: ['DEVELOPMENT_BAND'] });
  startConstruction(ctx.rng, d, addMonths(d.contract!.agreedStartDate as string, 2), developed, ctx.rng.between(0.55, 0.7));
  d.values.remarks = '建设进度缓慢，部分厂房尚未开工';
  return d;
}

/** Construction period over, most of the area built, but only 25–40 % of the investment made. */
export function investmentBand(ctx: Ctx, park: ParkKey, signed: string, invested: number): ParcelDraft {
  const d = newParcel(ctx, { park, industry: ctx.rng.pick(['pharma', 'materials', 'furniture']), mu: [20, 60], signed, situations: ['INVESTMENT_BAND'] });
  startConstruction(ctx.rng, d, addMonths(d.contract!.agreedStartDate as string, 1), ctx.rng.between(0.85, 0.95), invested);
  d.values.remarks = '厂房基本建成，设备投资未到位';
  return d;
}

/** Commercial-service land (05xx) with an abandoned unfinished building (烂尾工程). */
export function abandonedCommercial(ctx: Ctx, park: ParkKey, signed: string, use: string, halt: string): ParcelDraft {
  const d = newParcel(ctx, { park, industry: 'property', mu: [12, 30], signed, taxLevel: 0, situations: ['ABANDONED_COMMERCIAL'], enterpriseOpts: { scale: 'BELOW' } });
  d.values.plannedUse = use;
  Object.assign(d.contract!, {
    investmentIntensity_10kYuanPerMu: null, taxPerMu_10kYuanPerMu: null, outputPerMu_10kYuanPerMu: null, plotRatioMin: 1.5,
    otherConditions: '园区配套商业服务设施，容积率不低于1.5',
  });
  startConstruction(ctx.rng, d, addMonths(d.contract!.agreedStartDate as string, 3), 0.6, 0.45);
  haltConstruction(d, halt, 'FUNDS');
  d.values.abandonedWorks = true;
  d.values.remarks = '主体框架完成后停工，开发商资金链断裂，形成烂尾';
  return d;
}

/** Facts missing from the ledger, so a criterion can only be UNKNOWN. */
export function missingStartDates(ctx: Ctx, park: ParkKey, signed: string): ParcelDraft {
  const d = newParcel(ctx, { park, industry: 'furniture', mu: [10, 25], signed, situations: ['MISSING_FACT'] });
  Object.assign(d.contract!, { agreedStartDate: null, agreedCompletionDate: null, constructionPeriodEnd: null, contractNo: null });
  d.values.deliveryDate = null;
  d.values.remarks = '出让合同档案缺失，约定动工日期及交地日期待核实';
  return d;
}

export function missingProgress(ctx: Ctx, park: ParkKey, signed: string, halt: string): ParcelDraft {
  const d = newParcel(ctx, { park, industry: 'metal', mu: [15, 40], signed, situations: ['MISSING_FACT'] });
  startConstruction(ctx.rng, d, d.contract!.agreedStartDate as string, 0.3, 0.3);
  haltConstruction(d, halt, 'OTHER');
  Object.assign(d.values, { developedArea_m2: null, investedAmount_yuan: null, buildingFootprint_m2: null, buildingCoverage: null });
  d.values.remarks = '已停工，开发面积和已投资额尚未核实';
  return d;
}

/** Started on time and building, within the construction period. */
export function underConstruction(ctx: Ctx, park: ParkKey, signed: string, enterprise?: EnterpriseDraft): ParcelDraft {
  const d = newParcel(ctx, {
    park, industry: enterprise?.industry.key ?? ctx.rng.pick(['electronics', 'materials', 'pharma', 'machinery']), mu: [20, 90], signed, enterprise,
    situations: enterprise ? ['UNDER_CONSTRUCTION', 'SECOND_PARCEL'] : ['UNDER_CONSTRUCTION'], phase: enterprise ? '（二期）' : '',
  });
  startConstruction(ctx.rng, d, addMonths(d.contract!.agreedStartDate as string, -1), ctx.rng.between(0.3, 0.7), ctx.rng.between(0.3, 0.6));
  return d;
}

/** Granted recently; the agreed start date has not come yet. */
export function notYetDue(ctx: Ctx, park: ParkKey, signed: string): ParcelDraft {
  return newParcel(ctx, { park, industry: ctx.rng.pick(['electronics', 'food', 'materials']), mu: [15, 60], signed, situations: ['NOT_YET_DUE'] });
}
