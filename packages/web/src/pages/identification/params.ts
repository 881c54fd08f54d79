/**
 * The numeric thresholds of a criterion's params, as the what-if form edits them:
 * numbers as they are, exact fractions as percentages. Labels come from the param
 * names; an unknown name is shown as it is rather than guessed.
 */
import type { Fraction } from '@panhuo/domain';
import type { CriterionParams } from '../../api/identification.ts';

export type ParamKind = 'number' | 'percent';

export interface EditableParam {
  key: string;
  labelZh: string;
  kind: ParamKind;
  unit: string;
  /** the value as shown: a number, or a percentage for a fraction */
  value: number;
  integer: boolean;
}

const LABELS: Record<string, [string, string]> = {
  years: ['期限', '年'],
  haltedYears: ['连续停工期限', '年'],
  afterMonths: ['超过约定动工日期', '个月'],
  beforeMonths: ['不满约定动工日期后', '个月'],
  noRevenueYears: ['无主营业务收入年数', '年'],
  yearsAfterCompletion: ['竣工后年数', '年'],
  minProductionYears: ['最短投产年数', '年'],
  consecutiveYears: ['连续欠税年数', '年'],
  rollEveryYears: ['考核年度滚动周期', '年'],
  windowAppliesFromYear: ['考核年度起用年份', '年'],
  recoveryYears: ['无偿收回期限', '年'],
  overMu: ['闲置连片面积超过', '亩'],
  threshold_10kYuanPerMu: ['亩均税收门槛', '万元/亩'],
  developedShareBelow: ['已开发面积占比低于', '%'],
  investedShareBelow: ['已投资额占比低于', '%'],
  atLeast: ['占比不低于', '%'],
  below: ['占比低于', '%'],
  shareOfContractBelow: ['投资强度低于合同约定的', '%'],
  buildingCoverageBelow: ['建筑密度低于', '%'],
  plotRatioShareOfMinBelow: ['容积率低于控制下限的', '%'],
  paidShareBelow: ['已缴税款占比低于', '%'],
};

const isFraction = (v: unknown): v is Fraction =>
  typeof v === 'object' && v !== null && typeof (v as Fraction).num === 'number' && typeof (v as Fraction).den === 'number';

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/** What `years` counts, by criterion kind. */
const YEARS_BY_KIND: Record<string, string> = {
  NOT_STARTED_OVERDUE: '超过约定动工日期满',
  CONSTRUCTION_HALTED: '停工满',
  PRODUCTION_HALTED: '连续停产满',
  HALTED_WITHOUT_REVENUE_OR_SUBLET: '停产或半停产满',
  COMPLETION_OVERDUE: '超过约定竣工日期满',
  NOT_PRODUCING_AFTER_READY: '具备投产条件后未投产满',
  NO_TAX_PERIOD: '未纳税满',
};

function labelOf(criterion: CriterionParams, key: string): [string, string] {
  if (key === 'years' && YEARS_BY_KIND[criterion.kind]) return [YEARS_BY_KIND[criterion.kind]!, '年'];
  return LABELS[key] ?? [key, ''];
}

export function editableParams(criterion: CriterionParams): EditableParam[] {
  const out: EditableParam[] = [];
  for (const [key, value] of Object.entries(criterion.params)) {
    const [labelZh, unit] = labelOf(criterion, key);
    if (typeof value === 'number') {
      out.push({ key, labelZh, unit, kind: 'number', value, integer: Number.isInteger(value) && unit !== '万元/亩' && unit !== '亩' });
    } else if (isFraction(value) && value.den !== 0) {
      out.push({ key, labelZh, unit: '%', kind: 'percent', value: round((value.num / value.den) * 100, 4), integer: false });
    }
  }
  return out;
}

function gcd(a: number, b: number): number {
  return b === 0 ? Math.abs(a) : gcd(b, a % b);
}

/** A percentage typed in the form as an exact fraction (up to 2 decimals of a per cent). */
export function percentToFraction(percent: number): Fraction {
  const num = Math.round(percent * 100);
  const den = 10_000;
  const g = gcd(num, den) || 1;
  return { num: num / g, den: den / g };
}

/** Whether a typed value differs from the param's (a percentage shown to 2 decimals, such as ⅓, counts as unchanged). */
export function isChanged(p: EditableParam, value: number | null | undefined): boolean {
  if (value === undefined || value === null) return false;
  return p.kind === 'percent' ? Math.abs(value - p.value) >= 0.005 : value !== p.value;
}

/** How a param's value reads: percentages to 2 decimals. */
export const formatParamValue = (p: EditableParam): string => (p.kind === 'percent' ? String(round(p.value, 2)) : String(p.value));

/** The edited params that differ from the criterion's, in their stored form (a change's `params`). */
export function changedParams(criterion: CriterionParams, edited: Record<string, number | null | undefined>): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const p of editableParams(criterion)) {
    const v = edited[p.key];
    if (v === undefined || v === null || !isChanged(p, v)) continue;
    params[p.key] = p.kind === 'percent' ? percentToFraction(v) : v;
  }
  return params;
}
