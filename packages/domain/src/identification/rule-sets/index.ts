import type { RuleSet } from '../rule-set.ts';
import { jingde2022 } from './jingde.ts';
import { national2012 } from './national.ts';
import { qinzhou2021 } from './qinzhou.ts';
import { shilong2021, wuping2023 } from './shilong-wuping.ts';
import { yongning2023Draft } from './yongning.ts';

export { national2012 } from './national.ts';
export { jingde2022 } from './jingde.ts';
export { yongning2023Draft } from './yongning.ts';
export { qinzhou2021 } from './qinzhou.ts';
export { shilong2021, wuping2023 } from './shilong-wuping.ts';

/** The six rule sets of DOMAIN.md §2, by id. */
export const builtInRuleSets: readonly RuleSet[] = [national2012, jingde2022, yongning2023Draft, wuping2023, qinzhou2021, shilong2021];

export const RULE_SET_IDS = builtInRuleSets.map((r) => r.id);

export function ruleSetById(id: string): RuleSet | undefined {
  return builtInRuleSets.find((r) => r.id === id);
}
