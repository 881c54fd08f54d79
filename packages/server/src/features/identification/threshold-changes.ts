import { builtInRuleSets, compileRuleSet, type CriterionDef, type RuleSet } from '@panhuo/domain';
import { Problem, type FieldError } from '../../http/problems.ts';
import type { CriterionChange } from './schema.ts';

/**
 * Applies threshold changes to a rule set: a change may only set parameters its
 * criterion's kind has, with a value of the same shape (number, share, yes/no, list)
 * within range. Every problem is reported, in Chinese, with its path.
 */
export function applyThresholdChanges(base: RuleSet, changes: CriterionChange[]): RuleSet {
  const errors: FieldError[] = [];
  const criteria = base.criteria.map((c) => ({ ...c, params: { ...c.params } }) as CriterionDef);
  changes.forEach((change, i) => {
    const at = `changes[${i}]`;
    const criterion = criteria.find((c) => c.id === change.criterionId);
    if (!criterion) {
      errors.push({ path: `${at}.criterionId`, message: `规则中没有认定标准 ${change.criterionId}` });
      return;
    }
    const params = criterion.params as Record<string, unknown>;
    const keys = Object.keys(change.params);
    if (keys.length === 0) errors.push({ path: `${at}.params`, message: `请填写认定标准 ${criterion.id} 要修改的参数` });
    for (const key of keys) {
      const path = `${at}.params.${key}`;
      if (!(key in params)) {
        errors.push({ path, message: `认定标准 ${criterion.id}（${criterion.kind}）没有参数 ${key}` });
        continue;
      }
      const problem = checkValue(criterion.kind, key, params[key], change.params[key]);
      if (problem) errors.push({ path, message: `认定标准 ${criterion.id} 的参数 ${key}${problem}` });
      else params[key] = change.params[key];
    }
  });
  if (errors.length > 0) throw new Problem('VALIDATION_FAILED', errors.map((e) => e.message).join('；'), { errors });
  const changed: RuleSet = { ...base, criteria };
  try {
    compileRuleSet(changed, changed.effectiveFrom);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new Problem('VALIDATION_FAILED', `修改后的规则无法使用：${message}`, { errors: [{ path: 'changes', message }] });
  }
  return changed;
}

const isYears = (key: string) => /years$/i.test(key) && !/^firstWindowYears$/.test(key);
const isMonths = (key: string) => /months$/i.test(key);
const isFraction = (v: unknown): v is { num: number; den: number } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'num' in v && 'den' in v;

/** The values a list parameter of this kind takes in any built-in rule set: the allowed codes. */
function knownListValues(kind: string, key: string): Set<unknown> {
  const values = new Set<unknown>();
  for (const rs of builtInRuleSets) {
    for (const c of rs.criteria) {
      if (c.kind !== kind) continue;
      const v = (c.params as Record<string, unknown>)[key];
      if (Array.isArray(v)) for (const x of v) values.add(x);
    }
  }
  return values;
}

function checkValue(kind: string, key: string, current: unknown, value: unknown): string | null {
  if (typeof current === 'boolean') return typeof value === 'boolean' ? null : '应为“是”或“否”';
  if (typeof current === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value)) return '应为数字';
    if (value < 0) return '不能为负数';
    if (isYears(key)) return Number.isInteger(value) && value <= 50 ? null : '应为不超过 50 的整数年数';
    if (isMonths(key)) return Number.isInteger(value) && value <= 600 ? null : '应为不超过 600 的整数月数';
    if (key === 'windowAppliesFromYear') return Number.isInteger(value) && value >= 1990 && value <= 2100 ? null : '应为 1990 至 2100 之间的年份';
    return value <= 1_000_000 ? null : '超出合理范围（不超过 1000000）';
  }
  if (isFraction(current)) {
    if (!isFraction(value)) return '应为比例 {num, den}';
    const { num, den } = value;
    if (!Number.isInteger(num) || !Number.isInteger(den)) return '的分子、分母应为整数';
    if (den <= 0 || num < 0) return '的分母应大于 0、分子不能为负数';
    return num <= den ? null : '应在 0 至 1 之间';
  }
  if (Array.isArray(current)) {
    if (!Array.isArray(value) || value.length === 0) return '应为非空列表';
    if (current.every((x) => typeof x === 'number')) {
      return value.every((x) => typeof x === 'number' && Number.isInteger(x) && x >= 1990 && x <= 2100) ? null : '应为 1990 至 2100 之间的年份列表';
    }
    const allowed = knownListValues(kind, key);
    const bad = value.filter((x) => !allowed.has(x));
    return bad.length === 0 ? null : `含有不认识的取值：${bad.map(String).join('、')}`;
  }
  return '不可修改';
}
