import { describe, expect, it } from 'vitest';
import type { ParcelFacts } from './facts.ts';
import { evaluateCriterion } from './kinds/index.ts';
import type { CriterionResult } from './result.ts';
import type { CriterionDef, RuleSet } from './rule-set.ts';
import { builtInRuleSets } from './rule-sets/index.ts';

/** Test helpers: parcels built from overrides, criteria found by rule set and id. */
type Patch = { [K in keyof ParcelFacts]?: ParcelFacts[K] extends object | null | undefined ? unknown : ParcelFacts[K] };

function merge(a: unknown, b: unknown): unknown {
  if (b === undefined) return a;
  if (b === null || typeof b !== 'object' || Array.isArray(b) || a === null || typeof a !== 'object' || Array.isArray(a)) return b;
  const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
  for (const [k, v] of Object.entries(b)) out[k] = merge(out[k], v);
  return out;
}

/** An industrial parcel of 20 000 m² (30 亩) with nothing else known, plus the patches. */
export function parcel(...patches: Patch[]): ParcelFacts {
  let p: unknown = { id: 'T1', area_m2: 20_000, plannedUse: '0601' };
  for (const x of patches) p = merge(p, x);
  return p as ParcelFacts;
}

/** Every (rule set, criterion) pair whose criterion id is one of `ids`. */
export function criteriaWithIds(ids: readonly string[]): Array<[RuleSet, CriterionDef]> {
  const out: Array<[RuleSet, CriterionDef]> = [];
  for (const rs of builtInRuleSets) for (const c of rs.criteria) if (ids.includes(c.id)) out.push([rs, c]);
  return out;
}

export function criterion(ruleSetId: string, id: string): CriterionDef {
  const rs = builtInRuleSets.find((r) => r.id === ruleSetId);
  const c = rs?.criteria.find((x) => x.id === id);
  if (!c) throw new Error(`no criterion ${id} in ${ruleSetId}`);
  return c;
}

export interface Case {
  name: string;
  facts: ParcelFacts;
  asOf: string;
  status: CriterionResult['status'];
  missing?: string[];
  willBeMetOn?: string | null;
  computed?: Record<string, number>;
}

/** Runs every case against every criterion with one of `ids`, in every rule set that has it. */
export function runCases(ids: string[], cases: Case[]): void {
  const pairs = criteriaWithIds(ids);
  it('covers every rule set that has these criteria', () => expect(pairs.length).toBeGreaterThanOrEqual(ids.length));
  describe.each(pairs.map(([rs, def]) => ({ label: `${rs.id} ${def.id}`, def })))('$label', ({ def }) => {
    it.each(cases)('$name', (c) => {
      const r = evaluateCriterion(def, c.facts, c.asOf);
      expect(r.status, r.evidence).toBe(c.status);
      if (c.missing) expect(r.missing).toEqual(c.missing);
      if (c.status !== 'UNKNOWN') expect(r.missing).toBeUndefined();
      if (c.willBeMetOn !== undefined) expect(r.willBeMetOn ?? null).toBe(c.willBeMetOn);
      if (c.computed) for (const [k, v] of Object.entries(c.computed)) expect(r.computed?.[k]).toBe(v);
      if (r.status !== 'MANUAL') expect(r.evidence).toContain(`依据：“${def.wordingZh}”`);
    });
  });
}
