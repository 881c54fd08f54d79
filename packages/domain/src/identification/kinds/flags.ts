import type { ComplianceFacts } from '../facts.ts';
import type { ComplianceArea } from '../rule-set.ts';
import type { CriterionResult } from '../result.ts';
import { and3, CATALOGUE_ZH, F, JUDICIAL_ZH, OPERATIONS_ZH, or3, T, U, zhDate, type Tri } from '../support.ts';
import { statusIn, Verdict, type Compiler } from './common.ts';

/**
 * Status flags: judicial disposal, catalogue class, compliance, abandoned works, and the
 * criteria that need a person's finding.
 */

/** Under judicial disposal and halted (JD-LOW-04: both, 「并且」). */
export const judicialHalted: Compiler<'JUDICIAL_HALTED'> = (def) => {
  const v = new Verdict(def);
  const { judicialStatuses, operationsStatuses } = def.params;
  return (p) => {
    const missing: string[] = [];
    const j = p.enterprise?.judicialStatus ?? null;
    let judicial: Tri;
    if (j === null) {
      judicial = U;
      missing.push('enterprise.judicialStatus');
    } else judicial = judicialStatuses.includes(j) ? T : F;
    const halted = statusIn(p, operationsStatuses, missing);
    const s = p.operations?.status ?? null;
    const text = `司法处置状态：${j === null ? '不明' : JUDICIAL_ZH[j]}，生产经营状态：${s === null ? '不明' : OPERATIONS_ZH[s]}`;
    return v.result(and3(judicial, halted), text, missing);
  };
};

/** Class in the national or the park's catalogue (JD-LOW-05a, YN-LOW-08, QZ-URB-01). */
export const catalogueClass: Compiler<'CATALOGUE_CLASS'> = (def) => {
  const v = new Verdict(def);
  const { catalogue, classes } = def.params;
  const park = catalogue === 'PARK';
  const label = park ? '《园区主导产业指导目录》' : '《产业结构调整指导目录》';
  const path = park ? 'enterprise.parkCatalogueClass' : 'enterprise.catalogueClass';
  const classesZh = classes.map((c) => CATALOGUE_ZH[c]).join('、');
  return (p) => {
    const c = (park ? p.enterprise?.parkCatalogueClass : p.enterprise?.catalogueClass) ?? null;
    if (c === null) return v.result(U, `项目在${label}中的类别不明`, [path]);
    const hit = classes.includes(c);
    return v.result(hit ? T : F, `项目属于${label}${CATALOGUE_ZH[c]}（本项为${classesZh}）`, null);
  };
};

const AREA_ZH = { safety: '安全生产', environment: '环保', fire: '消防' } as const;
const PATHS = {
  safety: ['compliance.safety.nonCompliant', 'compliance.safety.rectificationFailed', 'compliance.safety.closureRequired'],
  environment: ['compliance.environment.nonCompliant', 'compliance.environment.rectificationFailed', 'compliance.environment.closureRequired'],
  fire: ['compliance.fire.nonCompliant', 'compliance.fire.rectificationFailed', 'compliance.fire.closureRequired'],
} as const;

/** A recorded flag in three-valued form. */
const flag = (b: boolean | null | undefined): Tri => (b == null ? U : b ? T : F);

interface AreaCase {
  status: Tri;
  /** "环保：不达标、经整改仍达不到要求" */
  text: string;
  missing: readonly string[];
}

/**
 * One area's reading for each combination of its three flags (each false, true or
 * unknown), worked out once per rule set: a parcel's evaluation then picks its case
 * instead of building the same few sentences again.
 */
function areaCases(area: ComplianceArea, requireRectificationFailed: boolean, requireClosure: boolean): AreaCase[] {
  const cases: AreaCase[] = [];
  for (const nonCompliant of [F, T, U] as const) {
    for (const failed of [F, T, U] as const) {
      for (const closure of [F, T, U] as const) {
        const missing: string[] = [];
        // a failed re-inspection, or a required closure, means the land is not compliant
        let non: Tri = nonCompliant === T || failed === T || closure === T ? T : nonCompliant === F ? F : U;
        if (non === U) missing.push(PATHS[area][0]);
        let part = non === T ? '不达标' : non === F ? '达标' : '是否达标不明';
        if (requireRectificationFailed) {
          if (failed === U) missing.push(PATHS[area][1]);
          non = and3(non, failed);
          part += failed === U ? '、整改结果不明' : failed === T ? '、经整改仍达不到要求' : '、整改后已达到要求或未经整改';
        }
        if (requireClosure) {
          if (closure === U) missing.push(PATHS[area][2]);
          non = and3(non, closure);
          part += closure === U ? '、是否依法需要关停不明' : closure === T ? '、依法需要关停' : '、无须依法关停';
        }
        cases[nonCompliant * 9 + failed * 3 + closure] = { status: non, text: `${AREA_ZH[area]}：${part}`, missing: non === U ? missing : [] };
      }
    }
  }
  return cases;
}

/** Non-compliant in one of the areas, after failed rectification, with closure required (as configured). */
export const compliance: Compiler<'COMPLIANCE'> = (def) => {
  const v = new Verdict(def);
  const { areas, requireRectificationFailed, requireClosure } = def.params;
  const perArea = areas.map((area) => ({ area, cases: areaCases(area, requireRectificationFailed, requireClosure) }));
  return (p) => {
    const missing: string[] = [];
    let any: Tri = F;
    let text = '';
    for (const { area, cases } of perArea) {
      const c: ComplianceFacts | null = p.compliance?.[area] ?? null;
      const k = cases[flag(c?.nonCompliant) * 9 + flag(c?.rectificationFailed) * 3 + flag(c?.closureRequired)]!;
      for (const m of k.missing) missing.push(m);
      any = or3(any, k.status);
      text = text === '' ? k.text : `${text}；${k.text}`;
    }
    return v.result(any, text, missing);
  };
};

/** Planned use under the prefixes and an abandoned unfinished work (YN-LOW-07). */
export const abandonedWorksUse: Compiler<'ABANDONED_WORKS_USE'> = (def) => {
  const v = new Verdict(def);
  const { plannedUsePrefixes, useLabelZh } = def.params;
  return (p) => {
    const missing: string[] = [];
    const use = p.plannedUse ?? null;
    let u: Tri;
    if (use === null) {
      u = U;
      missing.push('plannedUse');
    } else u = plannedUsePrefixes.some((x) => use.startsWith(x)) ? T : F;
    const a = p.construction?.abandonedWorks ?? null;
    if (a === null) missing.push('construction.abandonedWorks');
    const abandoned: Tri = a === null ? U : a ? T : F;
    const text = `${use === null ? `规划用途不明，是否属于${useLabelZh}无法确定` : `规划用途 ${use}（${u === T ? '属于' : '不属于'}${useLabelZh}）`}，${a === null ? '是否烂尾工程不明' : a ? '属于烂尾工程' : '不属于烂尾工程'}`;
    return v.result(and3(u, abandoned), text, missing);
  };
};

/** A criterion that needs a person's finding: MANUAL unless `manualFindings` has one. */
export const manual: Compiler<'MANUAL'> = (def) => {
  const v = new Verdict(def);
  const { id, category } = def;
  const pending = `需人工认定，尚无认定记录${v.basis}`;
  return (p): CriterionResult => {
    const findings = p.manualFindings;
    if (findings) {
      for (const f of findings) {
        if (f.criterionId !== id) continue;
        const when = f.recordedOn ? `${zhDate(f.recordedOn)} ` : '';
        const note = f.note ? `（${f.note}）` : '';
        return v.result(f.met ? T : F, `人工认定：${when}认定${f.met ? '存在' : '不存在'}本项情形${note}`, null);
      }
    }
    return { id, category, status: 'MANUAL', evidence: pending };
  };
};
