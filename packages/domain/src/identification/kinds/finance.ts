import type { ParcelFacts, YearFacts } from '../facts.ts';
import type { ContractIndicator } from '../rule-set.ts';
import { and3, areaZh, centiM2, compareProducts, F, fen, fracZh, num, or3, periodAdder, q4, round4, T, U, wanZh, yearPath, yearsZh, zhDate, type Tri } from '../support.ts';
import { completedNow, producedNow, Verdict, type Compiler } from './common.ts';
import { investmentContractText } from './progress.ts';

/**
 * Taxes and contract indicators per mu. Tax per mu in 万元/亩 = yuan ÷ (area_m2 ÷ 2000/3)
 * ÷ 10 000 = yuan ÷ (15 · area_m2), compared exactly in fen and 1/100 m².
 */

function yearOf(p: ParcelFacts, year: number): YearFacts | undefined {
  const years = p.finance?.years;
  if (years) for (const e of years) if (e.year === year) return e;
  return undefined;
}

const EXCLUDED_ZH: Record<string, string> = { landUseTax_yuan: '土地使用税', propertyTax_yuan: '房产税' };

/** In production ≥ N years, mean tax per mu over the window below the threshold (JD-LOW-03). */
export const taxPerMuBelow: Compiler<'TAX_PER_MU_BELOW'> = (def, ctx) => {
  const v = new Verdict(def);
  const { threshold_10kYuanPerMu: t, firstWindowYears, windowAppliesFromYear, rollEveryYears, excludeTaxes, minProductionYears } = def.params;
  const { asOf, asOfZh, asOfYear } = ctx;
  // 「两年为实施期限，以后每两年…」: the window moves forward with the implementation period
  const shift = rollEveryYears > 0 && asOfYear >= windowAppliesFromYear ? Math.floor((asOfYear - windowAppliesFromYear) / rollEveryYears) * rollEveryYears : 0;
  const window = firstWindowYears.map((y) => y + shift);
  const n = window.length;
  const tq = q4(t);
  const windowZh = window.map((y) => `${y}年`).join('、');
  const excludedZh = excludeTaxes.map((x) => EXCLUDED_ZH[x]).join('及');
  const period = yearsZh(minProductionYears);
  const addAge = periodAdder(minProductionYears * 12);
  return (p) => {
    const missing: string[] = [];
    const prod = p.operations?.productionStartDate ?? null;
    let age: Tri;
    let ageText: string;
    let due: string | null = null;
    if (prod !== null) {
      const full = addAge(prod);
      age = asOf >= full ? T : F;
      if (age === F) due = full;
      ageText = `${zhDate(prod)} 正式投产，截至 ${asOfZh} ${age === T ? '已满' : '未满'} ${period}（${zhDate(full)} 届满）`;
    } else if (p.operations?.status === 'NOT_STARTED') {
      age = F;
      ageText = '尚未投产';
    } else {
      age = U;
      missing.push('operations.productionStartDate');
      ageText = '正式投产日期不明';
    }
    const mark = missing.length;
    let sumFen = 0;
    let complete = true;
    let yearsText = '';
    for (const y of window) {
      const e = yearOf(p, y);
      const paid = e?.taxPaid_yuan ?? null;
      if (paid === null) {
        complete = false;
        missing.push(yearPath(y, 'taxPaid_yuan'));
      }
      let net = paid === null ? 0 : fen(paid);
      let parts = paid === null ? `${y} 年度实缴税金不明` : `${y} 年度实缴税金 ${wanZh(paid)}`;
      for (const x of excludeTaxes) {
        const amount = e?.[x] ?? null;
        if (amount === null) {
          complete = false;
          missing.push(yearPath(y, x));
          parts += `、${EXCLUDED_ZH[x]}不明`;
        } else {
          net -= fen(amount);
          parts += `、${EXCLUDED_ZH[x]} ${wanZh(amount)}`;
        }
      }
      sumFen += net;
      yearsText += yearsText === '' ? parts : `；${parts}`;
    }
    let low: Tri = U;
    let text: string;
    let computed: Record<string, number> | undefined;
    if (complete) {
      // (sum / n) / (15·area) < t  ⇔  sumFen·10⁴ < n·15·q4(t)·centi-m²
      low = compareProducts(sumFen, 10_000, 1, n * 15, tq, centiM2(p.area_m2)) < 0 ? T : F;
      const average = sumFen / 100 / n / (15 * p.area_m2);
      computed = { taxPerMuAverage_10kYuan: round4(average) };
      text = `${yearsText}；扣除${excludedZh}后 ${n} 年合计 ${wanZh(sumFen / 100)}，土地总面积 ${areaZh(p.area_m2)}，${windowZh}亩均税收均值 ${num(average, 4)} 万元/亩·年（${low === T ? '低于' : '不低于'}门槛 ${num(t, 4)} 万元/亩·年）`;
    } else {
      text = `${yearsText}；${windowZh}亩均税收均值无法计算（须扣除${excludedZh}，两项均须已知）`;
    }
    if (low !== U) missing.length = mark;
    const status = and3(age, low);
    return v.result(status, `${ageText}；${text}`, missing, computed, status === F && low === T && due !== null ? due : null);
  };
};

/** Completed and producing, tax in arrears each of the last N complete years, paid share below (YN-LOW-04). */
export const taxArrears: Compiler<'TAX_ARREARS'> = (def, ctx) => {
  const v = new Verdict(def);
  const { consecutiveYears, paidShareBelow: f } = def.params;
  const { asOf, asOfYear } = ctx;
  const first = asOfYear - consecutiveYears;
  return (p) => {
    const missing: string[] = [];
    const produced = producedNow(p, asOf, missing);
    const mark = missing.length;
    let each: Tri = T;
    let paidFen = 0;
    let dueFen = 0;
    let text = '';
    for (let y = first; y < asOfYear; y++) {
      const e = yearOf(p, y);
      const paid = e?.taxPaid_yuan ?? null;
      const due = e?.taxDue_yuan ?? null;
      if (paid === null || due === null) {
        if (paid === null) missing.push(yearPath(y, 'taxPaid_yuan'));
        if (due === null) missing.push(yearPath(y, 'taxDue_yuan'));
        if (each === T) each = U;
        text += `${text ? '；' : ''}${y} 年度${paid === null ? '实缴税额不明' : `实缴 ${wanZh(paid)}`}、${due === null ? '应纳税额不明' : `应纳 ${wanZh(due)}`}`;
        continue;
      }
      const arrears = fen(paid) < fen(due);
      if (!arrears) each = F;
      paidFen += fen(paid);
      dueFen += fen(due);
      text += `${text ? '；' : ''}${y} 年度应纳 ${wanZh(due)}、实缴 ${wanZh(paid)}（${arrears ? '欠税' : '未欠税'}）`;
    }
    let share: Tri = U;
    let computed: Record<string, number> | undefined;
    if (each === T) {
      // Σpaid / Σdue < num/den; Σdue > 0 because every year is in arrears
      share = compareProducts(paidFen, f.den, 1, f.num, dueFen, 1) < 0 ? T : F;
      computed = { paidShare: round4(paidFen / dueFen) };
      text += `；${consecutiveYears} 年缴入库税额合计 ${wanZh(paidFen / 100)}，占应纳税额之和 ${wanZh(dueFen / 100)} 的 ${num((paidFen / dueFen) * 100)}%（${share === T ? '不足' : '不低于'}${fracZh(f)}）`;
    } else if (each === F) share = F;
    const arrears = and3(each, share);
    if (arrears !== U) missing.length = mark;
    const status = and3(produced, arrears);
    const head = produced === T ? '已竣工投产' : produced === F ? '尚未投产' : '是否投产不明';
    return v.result(status, `${head}，${first}—${asOfYear - 1} 年：${text}`, missing, computed);
  };
};

/** What each contract indicator compares, fixed per indicator so that a parcel's evaluation only reads facts. */
interface IndicatorSpec {
  label: string;
  agreed: (k: NonNullable<ParcelFacts['contract']>) => number | null | undefined;
  /** the actual figure's field in the last complete year, or null for the fixed-asset investment to date */
  yearField: 'taxPaid_yuan' | 'industrialOutput_yuan' | null;
  computedKey: string;
}

const INDICATORS: Record<ContractIndicator, IndicatorSpec> = {
  INVESTMENT_INTENSITY: { label: '投资强度', agreed: (k) => k.investmentIntensity_10kYuanPerMu, yearField: null, computedKey: 'investmentIntensity_10kYuanPerMu' },
  TAX_PER_MU: { label: '亩均税收', agreed: (k) => k.taxPerMu_10kYuanPerMu, yearField: 'taxPaid_yuan', computedKey: 'taxPerMu_10kYuan' },
  OUTPUT_PER_MU: { label: '亩均产值', agreed: (k) => k.outputPerMu_10kYuanPerMu, yearField: 'industrialOutput_yuan', computedKey: 'outputPerMu_10kYuan' },
};

/** Completed, and an actual indicator below the contract's (WP-C2). Annual figures: the last complete year. */
export const contractIndicators: Compiler<'CONTRACT_INDICATORS'> = (def, ctx) => {
  const v = new Verdict(def);
  const { asOf, asOfYear } = ctx;
  const year = asOfYear - 1;
  // labels and paths per indicator once per rule set, not per parcel
  const specs = def.params.indicators.map((ind) => {
    const spec = INDICATORS[ind];
    return {
      ...spec,
      when: spec.yearField === null ? '' : `${year} 年度`,
      path: spec.yearField === null ? 'finance.fixedAssetInvestment_yuan' : yearPath(year, spec.yearField),
    };
  });
  return (p) => {
    const missing: string[] = [];
    const done = completedNow(p, asOf, missing);
    const k = p.contract;
    const area = centiM2(p.area_m2);
    const mark = missing.length;
    let any: Tri = F;
    let recorded = 0;
    let text = '';
    let computed: Record<string, number> | undefined;
    const last = yearOf(p, year);
    for (const ind of specs) {
      const agreed = k == null ? null : (ind.agreed(k) ?? null);
      if (agreed === null) continue;
      recorded++;
      const actualYuan = ind.yearField === null ? (p.finance?.fixedAssetInvestment_yuan ?? null) : (last?.[ind.yearField] ?? null);
      if (actualYuan === null) {
        missing.push(ind.path);
        any = or3(any, U);
        text += `${text ? '；' : ''}${ind.when}${ind.label}实际值不明（约定 ${num(agreed)} 万元/亩）`;
        continue;
      }
      const below = compareProducts(fen(actualYuan), 10_000, 1, 15, q4(agreed), area) < 0;
      const actual = actualYuan / (15 * p.area_m2);
      (computed ??= {})[ind.computedKey] = round4(actual);
      any = or3(any, below ? T : F);
      text += `${text ? '；' : ''}${ind.when}${ind.label} ${num(actual)} 万元/亩，${below ? '未达到' : '达到'}约定的 ${num(agreed)} 万元/亩`;
    }
    if (recorded === 0) {
      any = U;
      missing.push('contract.investmentIntensity_10kYuanPerMu', 'contract.taxPerMu_10kYuanPerMu', 'contract.outputPerMu_10kYuanPerMu');
      text = '投资合同指标均未记载';
    } else if (any !== U) missing.length = mark;
    const status = and3(done, any);
    const head = `${done === T ? '已竣工' : done === F ? '未竣工' : '是否竣工不明'}，${investmentContractText(p) ?? '投资合同'}`;
    return v.result(status, `${head}；土地总面积 ${areaZh(p.area_m2)}；${text}`, missing, computed);
  };
};
