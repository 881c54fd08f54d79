import { and3, centiM2, compareShare, F, fen, fracZh, nextDay, or3, periodAdder, round4, T, U, wanZh, yearsZh, zhDate, num, type Tri } from '../support.ts';
import { CAUSE_ZH } from '../support.ts';
import { noEventBy, startedBy, startedNow, Verdict, type Compiler } from './common.ts';

/**
 * The national idle-land tests (Order 53 Art. 2) and Yongning's pre-idle warning.
 */

/** Not started `years` after the agreed start date (or, locally, after delivery). */
export const notStartedOverdue: Compiler<'NOT_STARTED_OVERDUE'> = (def, ctx) => {
  const v = new Verdict(def);
  const { years, fallbackToDeliveryDate } = def.params;
  const { asOf, asOfZh } = ctx;
  const period = yearsZh(years);
  const addPeriod = periodAdder(years * 12);
  return (p) => {
    const missing: string[] = [];
    let ref = p.contract?.agreedStartDate ?? null;
    let refText = '约定动工日期';
    if (ref === null && fallbackToDeliveryDate) {
      const delivered = p.right?.deliveryDate ?? null;
      if (delivered !== null) {
        ref = delivered;
        refText = '未约定动工日期，以实际交付土地日期';
      }
    }
    if (ref === null) {
      missing.push('contract.agreedStartDate');
      if (fallbackToDeliveryDate) missing.push('right.deliveryDate');
      return v.result(U, fallbackToDeliveryDate ? '未记载约定动工日期，也未记载实际交付土地日期' : '未记载约定动工日期', missing);
    }
    const deadline = addPeriod(ref);
    const head = `${refText} ${zhDate(ref)}`;
    if (asOf < deadline) {
      const now = startedNow(p, asOf, missing);
      if (now === T) return v.result(F, `${head}，截至 ${asOfZh} 已动工开发，且尚未满 ${period}（${zhDate(deadline)} 届满）`, null, undefined, null);
      const state = now === F ? '未动工开发' : '动工情况不明';
      return v.result(F, `${head}，截至 ${asOfZh} ${state}，尚未超过约定动工日期满 ${period}（${zhDate(deadline)} 届满）`, null, undefined, now === F && noEventBy(p.construction?.actualStartDate, deadline) ? deadline : null);
    }
    const started = startedBy(p, deadline, missing);
    const actual = p.construction?.actualStartDate ?? null;
    if (started === T) return v.result(F, `${head}，实际动工日期 ${zhDate(actual!)}，在满 ${period}（${zhDate(deadline)} 届满）之前已动工开发`, null);
    if (started === F) {
      const late = actual !== null ? `实际动工日期 ${zhDate(actual)} 晚于届满日，` : `截至 ${asOfZh} 未动工开发，`;
      return v.result(T, `${head}，${late}已超过约定动工日期满 ${period}（${zhDate(deadline)} 届满）`, null);
    }
    return v.result(U, `${head}，已超过满 ${period} 的届满日 ${zhDate(deadline)}，但是否及何时动工开发不明`, missing);
  };
};

/** Started, but developed or invested share below a threshold, and halted for `haltedYears`. */
export const startedShareBelowHalted: Compiler<'STARTED_SHARE_BELOW_HALTED'> = (def, ctx) => {
  const v = new Verdict(def);
  const { developedShareBelow: fa, investedShareBelow: fi, haltedYears } = def.params;
  const { asOf, asOfZh } = ctx;
  const period = yearsZh(haltedYears);
  const addHalt = periodAdder(haltedYears * 12);
  const faZh = fracZh(fa);
  const fiZh = fracZh(fi);
  return (p) => {
    const missing: string[] = [];
    const c = p.construction;
    const k = p.contract;
    let computed: Record<string, number> | undefined;

    const started = startedNow(p, asOf, missing);
    const startText = started === T ? '已动工开发' : started === F ? '尚未动工开发' : '动工情况不明';

    let mark = missing.length;
    const dev = c?.developedArea_m2 ?? null;
    const req = k?.requiredDevelopmentArea_m2 ?? null;
    let area: Tri = U;
    let areaText: string;
    if (dev !== null && req !== null && req > 0) {
      area = compareShare(centiM2(dev), centiM2(req), fa) < 0 ? T : F;
      computed = { developedShare: round4(dev / req) };
      areaText = `开发建设用地面积 ${num(dev)} 平方米，占应动工开发建设用地总面积 ${num(req)} 平方米的 ${num((dev / req) * 100)}%（${area === T ? '不足' : '不低于'}${faZh}）`;
    } else {
      if (dev === null) missing.push('construction.developedArea_m2');
      if (req === null || req === 0) missing.push('contract.requiredDevelopmentArea_m2');
      areaText = '开发建设用地面积占比无法计算';
    }
    const inv = c?.investedAmount_yuan ?? null;
    const tot = k?.totalInvestment_yuan ?? null;
    let invest: Tri = U;
    let investText: string;
    if (inv !== null && tot !== null && tot > 0) {
      invest = compareShare(fen(inv), fen(tot), fi) < 0 ? T : F;
      computed = computed ?? {};
      computed.investedShare = round4(inv / tot);
      investText = `已投资额 ${wanZh(inv)}，占总投资额 ${wanZh(tot)} 的 ${num((inv / tot) * 100)}%（${invest === T ? '不足' : '不低于'}${fiZh}）`;
    } else {
      if (inv === null) missing.push('construction.investedAmount_yuan');
      if (tot === null || tot === 0) missing.push('contract.totalInvestment_yuan');
      investText = '已投资额占比无法计算';
    }
    const share = or3(area, invest);
    if (share !== U) missing.length = mark;

    mark = missing.length;
    let halt: Tri;
    let haltText: string;
    let due: string | null = null;
    const since = c?.haltStartDate ?? null;
    if (c?.halted === false) {
      halt = F;
      haltText = '目前未中止开发建设';
    } else if (since !== null) {
      due = addHalt(since);
      halt = asOf >= due ? T : F;
      haltText = `自 ${zhDate(since)} 起中止开发建设，截至 ${asOfZh} ${halt === T ? '已满' : '未满'} ${period}（${zhDate(due)} 届满）`;
    } else {
      halt = U;
      missing.push(c?.halted === true ? 'construction.haltStartDate' : 'construction.halted');
      haltText = c?.halted === true ? '已中止开发建设，但停工日期不明' : '是否中止开发建设不明';
    }
    if (halt !== U) missing.length = mark;

    const status = and3(and3(started, share), halt);
    const text = `${startText}，${areaText}，${investText}，${haltText}`;
    const willBe = status === F && started === T && share === T && due !== null && halt === F && c?.halted !== false ? due : null;
    return v.result(status, text, missing, computed, willBe);
  };
};

/** Not started, strictly between `afterMonths` and `beforeMonths` past the agreed start date. */
export const notStartedWindow: Compiler<'NOT_STARTED_WINDOW'> = (def, ctx) => {
  const v = new Verdict(def);
  const { afterMonths, beforeMonths, causes } = def.params;
  const { asOf, asOfZh } = ctx;
  const afterZh = yearsZh(afterMonths / 12);
  const beforeZh = yearsZh(beforeMonths / 12);
  const causesZh = causes.map((c) => CAUSE_ZH[c]).join('或');
  const addLower = periodAdder(afterMonths);
  const addUpper = periodAdder(beforeMonths);
  return (p) => {
    const missing: string[] = [];
    const ref = p.contract?.agreedStartDate ?? null;

    const causeType = p.idleCause?.type ?? null;
    let cause: Tri;
    if (causeType === null) {
      cause = U;
      missing.push('idleCause.type');
    } else cause = causes.includes(causeType) ? T : F;
    const causeText = causeType === null ? '延迟原因不明' : `延迟原因为${CAUSE_ZH[causeType]}（本项要求${causesZh}）`;

    const started = startedNow(p, asOf, missing);
    const notStarted: Tri = started === U ? U : started === T ? F : T;
    const startText = started === T ? '已动工开发' : started === F ? '未动工开发' : '动工情况不明';

    if (ref === null) {
      missing.push('contract.agreedStartDate');
      const s = and3(and3(cause, notStarted), U);
      return v.result(s, `未记载约定动工日期，截至 ${asOfZh} ${startText}，${causeText}`, missing);
    }
    const lower = addLower(ref);
    const upper = addUpper(ref);
    const inWindow: Tri = asOf > lower && asOf < upper ? T : F;
    const windowText =
      asOf <= lower
        ? `尚未超过约定动工期限 ${afterZh}（${zhDate(lower)} 之后方超过）`
        : asOf < upper
          ? `已超过约定动工期限 ${afterZh}（${zhDate(lower)}）且不满 ${beforeZh}（${zhDate(upper)} 届满）`
          : `已满 ${beforeZh}（${zhDate(upper)} 届满），应按闲置土地认定`;
    const status = and3(and3(cause, notStarted), inWindow);
    const willBe = status === F && cause === T && notStarted === T && asOf <= lower && noEventBy(p.construction?.actualStartDate, nextDay(lower)) ? nextDay(lower) : null;
    return v.result(status, `约定动工日期 ${zhDate(ref)}，截至 ${asOfZh} ${startText}，${windowText}，${causeText}`, missing, undefined, willBe);
  };
};
