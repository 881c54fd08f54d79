import type { ParcelFacts } from '../facts.ts';
import {
  and3,
  areaZh,
  CAUSE_ZH,
  centiM2,
  compareProducts,
  compareShare,
  F,
  fen,
  fracZh,
  nextDay,
  num,
  or3,
  periodAdder,
  q4,
  q6,
  round4,
  T,
  U,
  wanZh,
  yearsZh,
  zhDate,
  type Tri,
} from '../support.ts';
import { completedNow, noEventBy, producedNow, Verdict, type Compiler } from './common.ts';

/**
 * Development and production progress: completion overdue, partial-development bands,
 * vacant land, investment intensity, site density, not producing, no tax, WP-C1.
 */

interface Gate {
  status: Tri;
  text: string;
  due: string | null;
}

const OPEN: Gate = { status: T, text: '', due: null };

/** 「在土地使用权出让合同建设期满」: asOf ≥ constructionPeriodEnd (届满, inclusive). */
function constructionPeriodEnded(p: ParcelFacts, asOf: string, missing: string[]): Gate {
  const end = p.contract?.constructionPeriodEnd ?? null;
  if (end === null) {
    missing.push('contract.constructionPeriodEnd');
    return { status: U, text: '出让合同建设期满日期不明，', due: null };
  }
  return asOf >= end
    ? { status: T, text: `出让合同建设期已于 ${zhDate(end)} 届满，`, due: null }
    : { status: F, text: `出让合同建设期至 ${zhDate(end)} 届满，尚未期满，`, due: end };
}

/** Not completed `years` after the agreed completion date (YN-LOW-01b). */
export const completionOverdue: Compiler<'COMPLETION_OVERDUE'> = (def, ctx) => {
  const v = new Verdict(def);
  const { years } = def.params;
  const { asOf, asOfZh } = ctx;
  const period = yearsZh(years);
  const add = periodAdder(years * 12);
  return (p) => {
    const missing: string[] = [];
    const done = completedNow(p, asOf, missing);
    const notDone: Tri = done === U ? U : done === T ? F : T;
    const doneText = done === T ? '已竣工' : done === F ? '未竣工' : '是否竣工不明';
    const agreed = p.contract?.agreedCompletionDate ?? null;
    if (agreed === null) {
      missing.push('contract.agreedCompletionDate');
      return v.result(and3(notDone, U), `约定竣工日期不明，截至 ${asOfZh} ${doneText}`, missing);
    }
    const due = add(agreed);
    const late: Tri = asOf >= due ? T : F;
    const status = and3(notDone, late);
    const text = `约定竣工日期 ${zhDate(agreed)}，截至 ${asOfZh} ${doneText}，${late === T ? '已' : '尚未'}超过约定竣工期限 ${period}（${zhDate(due)} 届满）`;
    return v.result(status, text, missing, undefined, status === F && notDone === T && late === F && noEventBy(p.construction?.completionDate, due) ? due : null);
  };
};

/** atLeast ≤ share < below, once the construction period has ended (YN-LOW-02a, 02c). */
export const shareBand: Compiler<'SHARE_BAND'> = (def, ctx) => {
  const v = new Verdict(def);
  const { share, atLeast, below, afterConstructionPeriodEnd } = def.params;
  const { asOf } = ctx;
  const bandZh = `不低于${fracZh(atLeast)}且不足${fracZh(below)}`;
  const isArea = share === 'DEVELOPED_AREA';
  return (p) => {
    const missing: string[] = [];
    const gate = afterConstructionPeriodEnd ? constructionPeriodEnded(p, asOf, missing) : OPEN;
    const part = isArea ? (p.construction?.developedArea_m2 ?? null) : (p.construction?.investedAmount_yuan ?? null);
    const whole = isArea ? (p.contract?.requiredDevelopmentArea_m2 ?? null) : (p.contract?.totalInvestment_yuan ?? null);
    let band: Tri = U;
    let text: string;
    let computed: Record<string, number> | undefined;
    if (part !== null && whole !== null && whole > 0) {
      const a = isArea ? centiM2(part) : fen(part);
      const b = isArea ? centiM2(whole) : fen(whole);
      band = compareShare(a, b, atLeast) >= 0 && compareShare(a, b, below) < 0 ? T : F;
      const ratio = part / whole;
      computed = { share: round4(ratio) };
      text = isArea
        ? `开发建设用地面积 ${num(part)} 平方米，占应动工开发建设用地总面积 ${num(whole)} 平方米的 ${num(ratio * 100)}%（本项区间：${bandZh}）`
        : `建设工程投资额 ${wanZh(part)}，占总投资额 ${wanZh(whole)} 的 ${num(ratio * 100)}%（本项区间：${bandZh}）`;
    } else {
      if (part === null) missing.push(isArea ? 'construction.developedArea_m2' : 'construction.investedAmount_yuan');
      if (whole === null || whole === 0) missing.push(isArea ? 'contract.requiredDevelopmentArea_m2' : 'contract.totalInvestment_yuan');
      text = isArea ? '开发建设用地面积占比无法计算' : '投资额占比无法计算';
    }
    const status = and3(gate.status, band);
    return v.result(status, `${gate.text}${text}`, missing, computed, afterConstructionPeriodEnd ? (status === F && band === T ? gate.due : null) : undefined);
  };
};

/** A contiguous vacant piece over `overMu` 亩, developable on its own (YN-LOW-02b). */
export const vacantArea: Compiler<'VACANT_AREA'> = (def, ctx) => {
  const v = new Verdict(def);
  const { overMu, requireIndependentlyDevelopable, afterConstructionPeriodEnd } = def.params;
  const { asOf } = ctx;
  const limit = q4(overMu);
  return (p) => {
    const missing: string[] = [];
    const gate = afterConstructionPeriodEnd ? constructionPeriodEnded(p, asOf, missing) : OPEN;
    const s = p.site;
    const vacant = s?.vacantContiguousArea_m2 ?? null;
    let big: Tri = U;
    let text: string;
    let computed: Record<string, number> | undefined;
    if (vacant === null) {
      missing.push('site.vacantContiguousArea_m2');
      text = '宗地内连片空闲土地面积不明';
    } else {
      // m² > mu × 2000/3  ⇔  m²·3 > mu·2000, in 1/100 m² and 1/10 000 亩
      big = compareProducts(centiM2(vacant), 3, 10_000, limit, 2000, 100) > 0 ? T : F;
      computed = { vacantArea_mu: round4((vacant * 3) / 2000) };
      text = `宗地内连片空闲土地 ${areaZh(vacant)}，${big === T ? '超过' : '未超过'} ${num(overMu)} 亩`;
    }
    let dev: Tri = T;
    if (requireIndependentlyDevelopable) {
      const d = s?.vacantIndependentlyDevelopable ?? null;
      if (d === null) {
        dev = U;
        missing.push('site.vacantIndependentlyDevelopable');
        text += '，能否按空间规划单独开发不明';
      } else {
        dev = d ? T : F;
        text += d ? '，按空间规划可单独开发而未开发' : '，按空间规划不能单独开发';
      }
    }
    const status = and3(gate.status, and3(big, dev));
    const willBe = afterConstructionPeriodEnd ? (status === F && big === T && dev === T ? gate.due : null) : undefined;
    return v.result(status, `${gate.text}${text}`, missing, computed, willBe);
  };
};

/** ≥ `yearsAfterCompletion` after completion, intensity below a share of the contract's (YN-LOW-02d). */
export const intensityAfterCompletion: Compiler<'INTENSITY_AFTER_COMPLETION'> = (def, ctx) => {
  const v = new Verdict(def);
  const { yearsAfterCompletion, shareOfContractBelow: f } = def.params;
  const { asOf, asOfZh } = ctx;
  const period = yearsZh(yearsAfterCompletion);
  const add = periodAdder(yearsAfterCompletion * 12);
  return (p) => {
    const missing: string[] = [];
    const completion = p.construction?.completionDate ?? null;
    let time: Tri;
    let timeText: string;
    let due: string | null = null;
    if (completion !== null) {
      const full = add(completion);
      time = asOf >= full ? T : F;
      if (time === F) due = full;
      timeText = `${zhDate(completion)} 竣工，截至 ${asOfZh} ${time === T ? '已满' : '未满'} ${period}（${zhDate(full)} 届满）`;
    } else if (p.construction?.completed === false) {
      time = F;
      timeText = '尚未竣工';
    } else {
      time = U;
      missing.push('construction.completionDate');
      timeText = '竣工日期不明';
    }
    const fai = p.finance?.fixedAssetInvestment_yuan ?? null;
    const agreed = p.contract?.investmentIntensity_10kYuanPerMu ?? null;
    let low: Tri = U;
    let text: string;
    let computed: Record<string, number> | undefined;
    if (fai !== null && agreed !== null) {
      // fai / (15·area) < (num/den)·agreed  ⇔  fen·den·10⁴ < num·15·q4(agreed)·centi-m²
      low = compareProducts(fen(fai), f.den, 10_000, f.num * 15, q4(agreed), centiM2(p.area_m2)) < 0 ? T : F;
      const actual = fai / (15 * p.area_m2);
      computed = { investmentIntensity_10kYuanPerMu: round4(actual) };
      if (agreed > 0) computed.shareOfContract = round4(actual / agreed);
      text = `固定资产投资 ${wanZh(fai)}，土地总面积 ${areaZh(p.area_m2)}，投资强度 ${num(actual)} 万元/亩，为合同约定 ${num(agreed)} 万元/亩的 ${agreed > 0 ? num((actual / agreed) * 100) : '—'}%（本项：低于${fracZh(f)}）`;
    } else {
      if (fai === null) missing.push('finance.fixedAssetInvestment_yuan');
      if (agreed === null) missing.push('contract.investmentIntensity_10kYuanPerMu');
      text = '投资强度无法计算';
    }
    const status = and3(time, low);
    return v.result(status, `${timeText}，${text}`, missing, computed, status === F && low === T && due !== null ? due : null);
  };
};

/** Completed, building coverage or plot ratio too low (YN-LOW-03a). */
export const siteDensity: Compiler<'SITE_DENSITY'> = (def, ctx) => {
  const v = new Verdict(def);
  const { buildingCoverageBelow: fc, plotRatioShareOfMinBelow: fp } = def.params;
  const { asOf } = ctx;
  return (p) => {
    const missing: string[] = [];
    const done = completedNow(p, asOf, missing);
    const s = p.site;
    const mark = missing.length;
    const cov = s?.buildingCoverage ?? null;
    let c: Tri = U;
    let text: string;
    const computed: Record<string, number> = {};
    if (cov === null) {
      missing.push('site.buildingCoverage');
      text = '建筑系数不明';
    } else {
      c = compareProducts(q6(cov), fc.den, 1, fc.num, 1_000_000, 1) < 0 ? T : F;
      computed.buildingCoverage = round4(cov);
      text = `建筑系数 ${num(cov * 100)}%（${c === T ? '低于' : '不低于'}${fracZh(fc)}）`;
    }
    const min = p.contract?.plotRatioMin ?? null;
    const ratio = s?.plotRatio ?? null;
    const floor = s?.floorArea_m2 ?? null;
    let r: Tri = U;
    if (min === null || (ratio === null && floor === null)) {
      if (ratio === null && floor === null) missing.push('site.plotRatio');
      if (min === null) missing.push('contract.plotRatioMin');
      text += '，容积率或其控制指标不明';
    } else {
      const limit = (min * fp.num) / fp.den;
      if (ratio !== null) {
        r = compareProducts(q4(ratio), fp.den, 1, fp.num, q4(min), 1) < 0 ? T : F;
        computed.plotRatio = round4(ratio);
        text += `，容积率 ${num(ratio)}`;
      } else {
        r = compareProducts(centiM2(floor!), fp.den, 10_000, fp.num, q4(min), centiM2(p.area_m2)) < 0 ? T : F;
        computed.plotRatio = round4(floor! / p.area_m2);
        text += `，容积率 ${num(floor! / p.area_m2)}（建筑面积 ${num(floor!)} 平方米 ÷ 土地总面积 ${num(p.area_m2)} 平方米）`;
      }
      text += `，控制指标下限 ${num(min)} 的 ${fracZh(fp)} 为 ${num(limit)}（${r === T ? '低于' : '不低于'}）`;
    }
    const dense = or3(c, r);
    if (dense !== U) missing.length = mark;
    const status = and3(done, dense);
    return v.result(status, `${done === T ? '项目已建成' : done === F ? '项目未建成' : '是否建成不明'}，${text}`, missing, computed);
  };
};

/** Completed and production-ready, not yet producing `years` after being ready (YN-LOW-03b). */
export const notProducingAfterReady: Compiler<'NOT_PRODUCING_AFTER_READY'> = (def, ctx) => {
  const v = new Verdict(def);
  const { years } = def.params;
  const { asOf, asOfZh } = ctx;
  const period = yearsZh(years);
  const add = periodAdder(years * 12);
  return (p) => {
    const missing: string[] = [];
    const done = completedNow(p, asOf, missing);
    const produced = producedNow(p, asOf, missing);
    const notProducing: Tri = produced === U ? U : produced === T ? F : T;
    const ready = p.operations?.productionReadyDate ?? null;
    let time: Tri;
    let timeText: string;
    let due: string | null = null;
    if (ready === null) {
      time = U;
      missing.push('operations.productionReadyDate');
      timeText = '具备生产条件日期不明';
    } else {
      const full = add(ready);
      time = asOf >= full ? T : F;
      if (time === F) due = full;
      timeText = `${zhDate(ready)} 具备生产条件，截至 ${asOfZh} ${time === T ? '已满' : '未满'} ${period}（${zhDate(full)} 届满）`;
    }
    const status = and3(and3(done, notProducing), time);
    const text = `${done === T ? '项目已建成' : done === F ? '项目未建成' : '是否建成不明'}，${timeText}，${produced === T ? '已投产' : produced === F ? '仍未投产' : '是否投产不明'}`;
    return v.result(status, text, missing, undefined, status === F && done === T && notProducing === T && due !== null && noEventBy(p.operations?.productionStartDate, due) ? due : null);
  };
};

/** Producing, but no tax paid for `years` (YN-LOW-03c). */
export const noTaxPeriod: Compiler<'NO_TAX_PERIOD'> = (def, ctx) => {
  const v = new Verdict(def);
  const { years, producingStatuses } = def.params;
  const { asOf, asOfZh } = ctx;
  const period = yearsZh(years);
  const add = periodAdder(years * 12);
  return (p) => {
    const missing: string[] = [];
    const o = p.operations;
    const s = o?.status ?? null;
    let producing: Tri;
    if (s === null) {
      producing = U;
      missing.push('operations.status');
    } else producing = producingStatuses.includes(s) ? T : F;
    const prod = o?.productionStartDate ?? null;
    const last = o?.lastTaxPaymentDate ?? null;
    // the untaxed period runs from the later of the production start and the last payment
    let time: Tri;
    let due: string | null = null;
    let text: string;
    if (prod !== null && last !== null) {
      const from = prod > last ? prod : last;
      const full = add(from);
      time = asOf >= full ? T : F;
      if (time === F) due = full;
      text = `正式投产日期 ${zhDate(prod)}，最近一次缴税日期 ${zhDate(last)}，自 ${zhDate(from)} 起未缴纳税收，截至 ${asOfZh} ${time === T ? '已达' : '未达'} ${period}（${zhDate(full)} 届满）`;
    } else {
      const known = prod ?? last;
      if (prod === null) missing.push('operations.productionStartDate');
      if (last === null) missing.push('operations.lastTaxPaymentDate');
      if (known !== null && asOf < add(known)) {
        time = F;
        text = `${prod !== null ? `正式投产日期 ${zhDate(prod)}` : `最近一次缴税日期 ${zhDate(last!)}`}，截至 ${asOfZh} 未缴税时间不可能达到 ${period}`;
      } else {
        time = U;
        text = `${prod !== null ? `正式投产日期 ${zhDate(prod)}，最近一次缴税日期不明` : last !== null ? `最近一次缴税日期 ${zhDate(last)}，正式投产日期不明` : '正式投产日期和最近一次缴税日期均不明'}`;
      }
    }
    const status = and3(producing, time);
    const head = s === null ? '生产经营状态不明' : producing === T ? `企业${s === 'SEMI_HALTED' ? '半停产，仍有生产' : '正常生产'}` : `生产经营状态为${s === 'HALTED' ? '停产' : '未投产'}`;
    return v.result(status, `${head}，${text}`, missing, undefined, status === F && producing === T && due !== null ? due : null);
  };
};

/** WP-C1: not completed past the agreed completion (or development) deadline, for an enterprise cause, under an investment contract. */
export const constructionOverdueByCause: Compiler<'CONSTRUCTION_OVERDUE_BY_CAUSE'> = (def, ctx) => {
  const v = new Verdict(def);
  const { causes } = def.params;
  const { asOf, asOfZh } = ctx;
  const causesZh = causes.map((c) => CAUSE_ZH[c]).join('或');
  return (p) => {
    const missing: string[] = [];
    const k = p.contract;
    const contractText = investmentContractText(p);
    let scope: Tri = T;
    if (contractText === null) {
      scope = U;
      missing.push('contract.investmentIntensity_10kYuanPerMu', 'contract.taxPerMu_10kYuanPerMu', 'contract.outputPerMu_10kYuanPerMu');
    }
    const done = completedNow(p, asOf, missing);
    const notDone: Tri = done === U ? U : done === T ? F : T;
    const deadline = k?.agreedCompletionDate ?? k?.constructionPeriodEnd ?? null;
    let late: Tri;
    let lateText: string;
    if (deadline === null) {
      late = U;
      missing.push('contract.agreedCompletionDate');
      lateText = '约定竣工（开发）期限不明';
    } else {
      late = asOf > deadline ? T : F;
      lateText = `约定竣工（开发）期限 ${zhDate(deadline)}，截至 ${asOfZh} ${late === T ? '已超过' : '尚未超过'}`;
    }
    const causeType = p.idleCause?.type ?? null;
    let cause: Tri;
    if (causeType === null) {
      cause = U;
      missing.push('idleCause.type');
    } else cause = causes.includes(causeType) ? T : F;
    const status = and3(and3(scope, notDone), and3(late, cause));
    const text = `${contractText ?? '投资合同指标均未记载'}，${done === T ? '已竣工' : done === F ? '未完成建设（未竣工）' : '是否竣工不明'}，${lateText}，${causeType === null ? '原因不明' : `原因为${CAUSE_ZH[causeType]}（本项为${causesZh}）`}`;
    const willBe = status === F && scope === T && notDone === T && cause === T && late === F && deadline !== null && noEventBy(p.construction?.completionDate, nextDay(deadline)) ? nextDay(deadline) : null;
    return v.result(status, text, missing, undefined, willBe);
  };
};

/** "投资合同约定：投资强度 300 万元/亩、亩均税收 15 万元/亩" or null when no indicator is recorded. */
export function investmentContractText(p: ParcelFacts): string | null {
  const k = p.contract;
  if (k == null) return null;
  // concatenated rather than joined from an array: this runs for every parcel of WP-C1 and WP-C2
  let parts = '';
  if (k.investmentIntensity_10kYuanPerMu != null) parts = `投资强度 ${num(k.investmentIntensity_10kYuanPerMu)} 万元/亩`;
  if (k.taxPerMu_10kYuanPerMu != null) parts += `${parts ? '、' : ''}亩均税收 ${num(k.taxPerMu_10kYuanPerMu)} 万元/亩`;
  if (k.outputPerMu_10kYuanPerMu != null) parts += `${parts ? '、' : ''}亩均产值 ${num(k.outputPerMu_10kYuanPerMu)} 万元/亩`;
  return parts === '' ? null : `投资合同约定${parts}`;
}
