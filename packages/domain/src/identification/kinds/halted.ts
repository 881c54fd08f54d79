import type { ParcelFacts } from '../facts.ts';
import { and3, fen, F, HALT_REASON_ZH, OPERATIONS_ZH, or3, periodAdder, T, U, wanZh, yearPath, yearsZh, zhDate, type Tri } from '../support.ts';
import { completedNow, producedNow, Verdict, type Compiler } from './common.ts';

/**
 * Halts: construction halted (停工), production halted (停产), halted without revenue.
 */

interface Since {
  status: Tri;
  text: string;
  /** the date the period is full, when the start is known and it is not yet full */
  due: string | null;
}

/** A continuous state since `since`, full after `years` (inclusive). */
function heldFor(since: string, years: number, add: (iso: string) => string, asOf: string, asOfZh: string, what: string): Since {
  const full = add(since);
  const ok = asOf >= full;
  return {
    status: ok ? T : F,
    text: `自 ${zhDate(since)} 起${what}，截至 ${asOfZh} ${ok ? '已满' : '未满'} ${yearsZh(years)}（${zhDate(full)} 届满）`,
    due: ok ? null : full,
  };
}

/** Construction halted for one of `reasons` for at least `years` (JD-LOW-01a). */
export const constructionHalted: Compiler<'CONSTRUCTION_HALTED'> = (def, ctx) => {
  const v = new Verdict(def);
  const { years, reasons } = def.params;
  const { asOf, asOfZh } = ctx;
  const add = periodAdder(years * 12);
  const anyReason = (['FUNDS', 'OPERATIONS', 'MANAGEMENT', 'OTHER'] as const).every((r) => reasons.includes(r));
  const reasonsZh = reasons.map((r) => HALT_REASON_ZH[r]).join('、');
  return (p) => {
    const missing: string[] = [];
    const c = p.construction;
    let halt: Since;
    if (c?.halted === false) halt = { status: F, text: '目前未停工', due: null };
    else if (c?.haltStartDate != null) halt = heldFor(c.haltStartDate, years, add, asOf, asOfZh, '停工');
    else {
      missing.push(c?.halted === true ? 'construction.haltStartDate' : 'construction.halted');
      halt = { status: U, text: c?.halted === true ? '已停工，但停工日期不明' : '是否停工不明', due: null };
    }
    const reasonCode = c?.haltReason ?? null;
    let reason: Tri = T;
    let reasonText = reasonCode === null ? '' : `，停工原因为${HALT_REASON_ZH[reasonCode]}`;
    if (!anyReason) {
      if (reasonCode === null) {
        reason = U;
        missing.push('construction.haltReason');
        reasonText = '，停工原因不明';
      } else if (!reasons.includes(reasonCode)) {
        reason = F;
        reasonText = `，停工原因为${HALT_REASON_ZH[reasonCode]}（本项为${reasonsZh}）`;
      }
    }
    const status = and3(halt.status, reason);
    const willBe = status === F && reason === T && halt.due !== null ? halt.due : null;
    return v.result(status, `${halt.text}${reasonText}（须未达到闲置土地认定标准，闲置认定优先）`, missing, undefined, willBe);
  };
};

/** Completed and in production, then production halted continuously for `years` (JD-LOW-01b). */
export const productionHalted: Compiler<'PRODUCTION_HALTED'> = (def, ctx) => {
  const v = new Verdict(def);
  const { years, statuses } = def.params;
  const { asOf, asOfZh } = ctx;
  const add = periodAdder(years * 12);
  const statusesZh = statuses.map((s) => OPERATIONS_ZH[s]).join('或');
  return (p) => {
    const missing: string[] = [];
    const done = completedNow(p, asOf, missing);
    const produced = producedNow(p, asOf, missing);
    const base = and3(done, produced);
    const baseText = `${done === T ? '已竣工' : done === F ? '未竣工' : '是否竣工不明'}，${produced === T ? '已投产' : produced === F ? '未投产' : '是否投产不明'}`;
    const s = p.operations?.status ?? null;
    const since = p.operations?.haltProductionStartDate ?? null;
    let halt: Since;
    if (s === null) {
      missing.push('operations.status');
      halt = { status: U, text: '生产经营状态不明', due: null };
    } else if (!statuses.includes(s)) halt = { status: F, text: `生产经营状态为${OPERATIONS_ZH[s]}（本项为${statusesZh}）`, due: null };
    else if (since === null) {
      missing.push('operations.haltProductionStartDate');
      halt = { status: U, text: `${OPERATIONS_ZH[s]}，但停产日期不明`, due: null };
    } else halt = heldFor(since, years, add, asOf, asOfZh, `连续${OPERATIONS_ZH[s]}`);
    const status = and3(base, halt.status);
    const willBe = status === F && base === T && halt.due !== null ? halt.due : null;
    return v.result(status, `${baseText}，${halt.text}`, missing, undefined, willBe);
  };
};

/** Main-business revenue of the last `n` complete years is zero (三值：null 为不明). */
function noRevenue(p: ParcelFacts, lastYear: number, n: number, missing: string[]): { status: Tri; text: string } {
  let status: Tri = T;
  let text = '';
  const years = p.finance?.years;
  for (let y = lastYear - n + 1; y <= lastYear; y++) {
    let revenue: number | null = null;
    if (years) for (const e of years) if (e.year === y) revenue = e.mainBusinessRevenue_yuan ?? null;
    if (revenue === null) {
      missing.push(yearPath(y, 'mainBusinessRevenue_yuan'));
      if (status === T) status = U;
      text += `${text ? '，' : ''}${y} 年度主营业务收入不明`;
    } else {
      if (fen(revenue) > 0) status = F;
      text += `${text ? '，' : ''}${y} 年度主营业务收入 ${wanZh(revenue)}`;
    }
  }
  return { status, text };
}

/** (Halted or semi-halted ≥ `years` and no main-business revenue) or sublet to a non-conforming tenant (YN-LOW-05). */
export const haltedWithoutRevenueOrSublet: Compiler<'HALTED_WITHOUT_REVENUE_OR_SUBLET'> = (def, ctx) => {
  const v = new Verdict(def);
  const { years, statuses, noRevenueYears } = def.params;
  const { asOf, asOfZh, asOfYear } = ctx;
  const add = periodAdder(years * 12);
  const statusesZh = statuses.map((s) => OPERATIONS_ZH[s]).join('或');
  return (p) => {
    const missing: string[] = [];
    const o = p.operations;
    const s = o?.status ?? null;
    const since = o?.haltProductionStartDate ?? null;
    let mark = missing.length;
    let halt: Since;
    if (s === null) {
      missing.push('operations.status');
      halt = { status: U, text: '生产经营状态不明', due: null };
    } else if (!statuses.includes(s)) halt = { status: F, text: `生产经营状态为${OPERATIONS_ZH[s]}（本项为${statusesZh}）`, due: null };
    else if (since === null) {
      missing.push('operations.haltProductionStartDate');
      halt = { status: U, text: `${OPERATIONS_ZH[s]}，但停产日期不明`, due: null };
    } else halt = heldFor(since, years, add, asOf, asOfZh, OPERATIONS_ZH[s]!);
    const revenue = noRevenue(p, asOfYear - 1, noRevenueYears, missing);
    const a = and3(halt.status, revenue.status);
    if (a !== U) missing.length = mark;

    mark = missing.length;
    const sublet = o?.sublet ?? null;
    const conforms = o?.tenantConformsToPlan ?? null;
    let b: Tri;
    let subletText: string;
    if (sublet === false) {
      b = F;
      subletText = '未转租';
    } else if (sublet === true && conforms !== null) {
      b = conforms ? F : T;
      subletText = conforms ? '已转租，承租方符合园区产业规划' : '已转租给不符合园区产业规划的承租方';
    } else {
      b = U;
      if (sublet === null) missing.push('operations.sublet');
      if (conforms === null) missing.push('operations.tenantConformsToPlan');
      subletText = sublet === true ? '已转租，承租方是否符合园区产业规划不明' : '是否转租不明';
    }
    if (b !== U) missing.length = mark;

    const status = or3(a, b);
    const willBe = status === F && revenue.status === T && halt.due !== null ? halt.due : null;
    return v.result(status, `${halt.text}，${revenue.text}；${subletText}`, missing, undefined, willBe);
  };
};
