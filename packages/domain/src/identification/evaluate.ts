import { isIsoDate } from '../units/dates.ts';
import type { FactsFile, ManualFinding, ParcelFacts } from './facts.ts';
import { compileContext, compileCriterion, type Evaluator } from './kinds/index.ts';
import { RESULT_FORMAT, type CriterionResult, type IdentificationDocument, type ParcelResult, type PrimaryCategory, type Sanctions } from './result.ts';
import type { CriterionDef, ManualGate, RuleSet } from './rule-set.ts';
import { CAUSE_ZH, centiM2, compareProducts, fen, plusYears, q4, wanZh, zhDate } from './support.ts';
import { factsView } from './view.ts';

/**
 * One evaluator for every rule set: compile the rule set once for an evaluation date
 * (thresholds, date bounds, wording), then evaluate parcels. Idle takes precedence over
 * inefficient; sanctions follow Order 53 Art. 14 (contracts README, semantics 5–6).
 */
export interface CompiledRuleSet {
  ruleSet: RuleSet;
  asOf: string;
  evaluate(parcel: ParcelFacts): ParcelResult;
}

interface Slot {
  def: CriterionDef;
  evaluate: Evaluator;
  gate: ManualGate | null;
}

export function compileRuleSet(ruleSet: RuleSet, asOf: string): CompiledRuleSet {
  if (!isIsoDate(asOf)) throw new RangeError(`评估日期不是有效日期：${asOf}`);
  const ctx = compileContext(asOf);
  const slots: Slot[] = ruleSet.criteria.map((def) => ({
    def,
    evaluate: compileCriterion(def, ctx),
    gate: ruleSet.gates?.find((g) => g.appliesTo.includes(def.id)) ?? null,
  }));
  const scope = ruleSet.scope ?? null;
  const sanctionsDef = ruleSet.sanctions;
  const notStartedDef = ruleSet.criteria.find((c) => c.id === sanctionsDef.notStartedCriterionId);
  const fallbackToDelivery = notStartedDef?.kind === 'NOT_STARTED_OVERDUE' && notStartedDef.params.fallbackToDeliveryDate;
  const triggers = (ruleSet.disposalTriggers ?? []).map((t) => ({ method: t.method, limit: q4(t.vacantAreaOverMu) }));
  const classIds = ruleSet.classIds ?? null;

  function sanctionsOf(p: ParcelFacts, notStartedMet: boolean): Sanctions {
    if (!notStartedMet) {
      return {
        idleFee_yuan: null,
        recoveryWithoutCompensation: null,
        legalReviewRequired: true,
        evidence: '仅符合“已动工开发但中止开发建设满一年”的闲置情形，《闲置土地处置办法》第十四条“未动工开发满一年”的征缴闲置费和无偿收回不能直接适用，须法律审查',
      };
    }
    const cause = p.idleCause?.type ?? null;
    if (cause === 'ENTERPRISE') {
      const price = p.right?.landPrice_yuan ?? null;
      const fee = price === null ? null : Math.round((fen(price) * sanctionsDef.feePercent) / 100) / 100;
      const ref = p.contract?.agreedStartDate ?? (fallbackToDelivery ? (p.right?.deliveryDate ?? null) : null);
      const recoveryFrom = ref === null ? null : plusYears(ref, sanctionsDef.recoveryYears);
      const recovery = recoveryFrom === null ? null : asOf >= recoveryFrom;
      const feeText = fee === null ? '出让（划拨）价款不明，土地闲置费无法计算' : `按出让（划拨）价款 ${wanZh(price!)} 的 ${sanctionsDef.feePercent}% 征缴土地闲置费 ${wanZh(fee)}`;
      const recoveryText =
        recoveryFrom === null
          ? '无偿收回的起算日期不明'
          : recovery
            ? `未动工开发已满 ${sanctionsDef.recoveryYears} 年（${zhDate(recoveryFrom)} 届满），可依法无偿收回`
            : `未动工开发满 ${sanctionsDef.recoveryYears} 年于 ${zhDate(recoveryFrom)} 届满，届时可依法无偿收回`;
      return { idleFee_yuan: fee, recoveryWithoutCompensation: recovery, legalReviewRequired: false, evidence: `闲置原因为企业原因：${feeText}；${recoveryText}（第十四条）` };
    }
    if ((cause === 'GOVERNMENT' || cause === 'FORCE_MAJEURE') && p.idleCause?.verified !== false) {
      return {
        idleFee_yuan: null,
        recoveryWithoutCompensation: false,
        legalReviewRequired: false,
        evidence: `闲置原因为${CAUSE_ZH[cause]}，按第八条、第十二条协商处置，不征缴土地闲置费、不无偿收回`,
      };
    }
    const why = cause === null ? '闲置原因不明' : p.idleCause?.verified === false ? `所称${CAUSE_ZH[cause]}经审核不属实` : `闲置原因为${CAUSE_ZH[cause]}`;
    return { idleFee_yuan: null, recoveryWithoutCompensation: null, legalReviewRequired: true, evidence: `${why}，是否征缴土地闲置费、无偿收回须法律审查` };
  }

  function disposalsOf(p: ParcelFacts, primary: PrimaryCategory, results: CriterionResult[], sanctions: Sanctions | null): string[] {
    const out: string[] = [];
    if (primary === 'IDLE') {
      const cause = p.idleCause?.type ?? null;
      const allowed = cause === null ? undefined : ruleSet.idleDisposalsByCause[cause];
      const noFee = sanctions === null || sanctions.legalReviewRequired || sanctions.idleFee_yuan === null;
      const noRecovery = sanctions?.recoveryWithoutCompensation !== true;
      for (let i = 0; i < results.length; i++) {
        const r = results[i]!;
        if (r.category !== 'IDLE' || r.status !== 'MET') continue;
        const notStarted = r.id === sanctionsDef.notStartedCriterionId;
        for (const m of slots[i]!.def.candidateDisposalMethods) {
          if (notStarted) {
            if (allowed && !allowed.includes(m)) continue;
            if (m === sanctionsDef.feeMethod && noFee) continue;
            if (m === sanctionsDef.recoveryMethod && noRecovery) continue;
          }
          if (!out.includes(m)) out.push(m);
        }
      }
    } else if (primary === 'INEFFICIENT') {
      for (let i = 0; i < results.length; i++) {
        const r = results[i]!;
        if (r.category !== 'INEFFICIENT' || r.status !== 'MET') continue;
        for (const m of slots[i]!.def.candidateDisposalMethods) if (!out.includes(m)) out.push(m);
      }
      const vacant = p.site?.vacantContiguousArea_m2 ?? null;
      if (vacant !== null) {
        for (const t of triggers) {
          if (compareProducts(centiM2(vacant), 3, 10_000, t.limit, 2000, 100) > 0 && !out.includes(t.method)) out.push(t.method);
        }
      }
    }
    return out;
  }

  function evaluate(facts: ParcelFacts): ParcelResult {
    const p = factsView(facts);
    const use = p.plannedUse ?? null;
    let inScope: boolean | null = true;
    if (scope !== null) {
      if (use === null) inScope = null;
      else {
        inScope = false;
        for (const x of scope.plannedUsePrefixes) if (use.startsWith(x)) inScope = true;
      }
    }
    const results: CriterionResult[] = new Array(slots.length);
    let idle = false;
    let inefficient = false;
    let unknown = false;
    let notStartedMet = false;
    for (let i = 0; i < slots.length; i++) {
      const s = slots[i]!;
      let r: CriterionResult;
      if (inScope === false) r = outOfScope(s.def, use!, scope!.wordingZh);
      else {
        const gateFinding = s.gate === null ? undefined : findingFor(p, s.gate.id);
        r = gateFinding && !gateFinding.met ? gatedOut(s.def, s.gate!, gateFinding.note ?? null) : s.evaluate(p);
        if (inScope === null) r = scopeUnknown(r, scope!.wordingZh);
      }
      results[i] = r;
      if (r.status === 'MET') {
        if (r.category === 'IDLE') {
          idle = true;
          if (r.id === sanctionsDef.notStartedCriterionId) notStartedMet = true;
        } else inefficient = true;
      } else if (r.status === 'UNKNOWN') unknown = true;
    }
    const primary: PrimaryCategory = idle ? 'IDLE' : inefficient ? 'INEFFICIENT' : unknown ? 'INCONCLUSIVE' : 'NONE';
    const sanctions = idle ? sanctionsOf(p, notStartedMet) : null;
    const result: ParcelResult = {
      parcelId: p.id,
      primaryCategory: primary,
      criteria: results,
      candidateDisposals: disposalsOf(p, primary, results, sanctions),
      sanctions,
    };
    if (classIds !== null) {
      const classes: string[] = [];
      if (!idle) for (let i = 0; i < results.length; i++) if (results[i]!.status === 'MET' && classIds.includes(results[i]!.id)) classes.push(results[i]!.id);
      result.classes = classes;
    }
    return result;
  }

  return { ruleSet, asOf, evaluate };
}

function findingFor(p: ParcelFacts, id: string): ManualFinding | undefined {
  const findings = p.manualFindings;
  if (findings) for (const f of findings) if (f.criterionId === id) return f;
  return undefined;
}

function outOfScope(def: CriterionDef, use: string, scopeZh: string): CriterionResult {
  return {
    id: def.id,
    category: def.category,
    status: 'NOT_MET',
    evidence: `规划用途 ${use} 不属于本规则的适用范围（${scopeZh}），不符合本项认定标准；依据：“${def.wordingZh}”`,
  };
}

function scopeUnknown(r: CriterionResult, scopeZh: string): CriterionResult {
  if (r.status === 'MANUAL') return r;
  // on the predicted date it would be UNKNOWN (scope still unknown), not MET
  if (r.status === 'NOT_MET') return r.willBeMetOn ? { ...r, willBeMetOn: null } : r;
  const missing = r.missing ? [...r.missing, 'plannedUse'] : ['plannedUse'];
  return { ...r, status: 'UNKNOWN', missing, evidence: `规划用途不明，是否属于本规则的适用范围（${scopeZh}）无法确定；${r.evidence}` };
}

function gatedOut(def: CriterionDef, gate: ManualGate, note: string | null): CriterionResult {
  return {
    id: def.id,
    category: def.category,
    status: 'NOT_MET',
    evidence: `人工认定不符合前提 ${gate.id}${note ? `（${note}）` : ''}：“${gate.wordingZh}”，不符合本项认定标准；依据：“${def.wordingZh}”`,
  };
}

let last: CompiledRuleSet | null = null;

/** Identifies one parcel under a rule set as of a date (the compiled rule set is reused across calls). */
export function identify(ruleSet: RuleSet, facts: ParcelFacts, asOf: string): ParcelResult {
  if (last === null || last.ruleSet !== ruleSet || last.asOf !== asOf) last = compileRuleSet(ruleSet, asOf);
  return last.evaluate(facts);
}

/** Identifies every parcel of a facts file (already validated) into a `panhuo.identification/1` document. */
export function identifyFile(ruleSet: RuleSet, factsFile: FactsFile, asOf: string): IdentificationDocument {
  const compiled = compileRuleSet(ruleSet, asOf);
  const doc: IdentificationDocument = {
    format: RESULT_FORMAT,
    ruleSet: { id: ruleSet.id, version: ruleSet.version, nameZh: ruleSet.nameZh, status: ruleSet.status },
    asOf,
    results: factsFile.parcels.map((p) => compiled.evaluate(p)),
  };
  if (factsFile.jurisdiction !== undefined) doc.jurisdiction = factsFile.jurisdiction;
  return doc;
}
