import { describe, expect, it } from 'vitest';
import { builtInRuleSets } from '../identification/rule-sets/index.ts';
import { disposalMethodName, disposalMethodNames } from './methods.ts';

/** Every method a rule set proposes must be nameable where results and documents list it. */
function methodsCitedBy(ruleSet: (typeof builtInRuleSets)[number]): string[] {
  return [
    ...ruleSet.criteria.flatMap((c) => c.candidateDisposalMethods),
    ruleSet.sanctions.feeMethod,
    ruleSet.sanctions.recoveryMethod,
    ...Object.values(ruleSet.idleDisposalsByCause).flat(),
    ...(ruleSet.disposalTriggers ?? []).map((t) => t.method),
  ];
}

describe('disposal-method catalogue', () => {
  it.each(builtInRuleSets.map((r) => [r.id, r] as const))('names every method %s proposes', (_id, ruleSet) => {
    const unnamed = [...new Set(methodsCitedBy(ruleSet))].filter((code) => disposalMethodName(code) === undefined);
    expect(unnamed).toEqual([]);
  });

  it('uses the catalogue codes of DOMAIN.md §4 (D-<source><nn>)', () => {
    for (const code of Object.keys(disposalMethodNames)) expect(code).toMatch(/^D-(N|JD|WP|YN|QZ|SL)\d{2}$/);
    expect(disposalMethodName('D-JD02')).toBe('引导转让');
    expect(disposalMethodName('D-XX99')).toBeUndefined();
  });
});
