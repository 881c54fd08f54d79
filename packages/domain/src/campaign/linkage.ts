/**
 * 增存挂钩 reward and penalty (DOMAIN.md §6.2): a county that completed the year's 增存挂钩
 * task gets its next year's new construction-land plan quota raised by the reward share,
 * one that did not gets it cut by the penalty share. Qinzhou states no base; 〔REC〕 the
 * base is the quota of the year being arranged, and "completed" means every target the
 * rule lists was met for the year.
 */
import type { Fraction } from '../identification/rule-set.ts';
import { centiM2, pctZh } from '../identification/support.ts';
import { centiToM2, centiToMu, shareOfInteger } from './exact.ts';
import type { RateAchievement } from './rates.ts';
import type { LinkageRule } from './types.ts';

export type LinkageDecision = 'REWARD' | 'PENALTY' | 'UNDETERMINED';

export const linkageDecisionLabels: Readonly<Record<LinkageDecision, string>> = {
  REWARD: '奖励',
  PENALTY: '核减',
  UNDETERMINED: '暂无法判定',
};

export interface QuotaAdjustment {
  decision: 'REWARD' | 'PENALTY';
  share: Fraction;
  sharePercentZh: string;
  quota_m2: number;
  quotaMu: number;
  /** signed: + for a reward, − for a penalty; exact to 1/100 m², half up */
  adjustment_m2: number;
  adjustmentMu: number;
  adjustedQuota_m2: number;
  adjustedQuotaMu: number;
}

/** The quota after the reward or the penalty. */
export function linkageAdjustment(rule: LinkageRule, quota_m2: number, completed: boolean): QuotaAdjustment {
  if (!Number.isFinite(quota_m2) || quota_m2 < 0) throw new RangeError(`新增建设用地计划指标须为非负数：${quota_m2}`);
  const share = completed ? rule.rewardShare : rule.penaltyShare;
  const quota = centiM2(quota_m2);
  const magnitude = shareOfInteger(quota, share);
  const adjustment = completed ? magnitude : -magnitude;
  return {
    decision: completed ? 'REWARD' : 'PENALTY',
    share,
    sharePercentZh: pctZh(share.num / share.den),
    quota_m2: centiToM2(quota),
    quotaMu: centiToMu(quota),
    adjustment_m2: centiToM2(adjustment),
    adjustmentMu: centiToMu(adjustment),
    adjustedQuota_m2: centiToM2(quota + adjustment),
    adjustedQuotaMu: centiToMu(quota + adjustment),
  };
}

export interface LinkageOutcome {
  ruleId: string;
  year: number;
  decision: LinkageDecision;
  /** false while one of the year's results is still open: the decision may change */
  final: boolean;
  reasonsZh: string[];
  adjustment?: QuotaAdjustment;
}

/** Reward or penalty for `year` from the year's results of the targets the rule lists. */
export function linkageOutcome(
  rule: LinkageRule,
  input: { year: number; nextYearQuota_m2: number; results: readonly RateAchievement[] },
): LinkageOutcome {
  const reasonsZh: string[] = [];
  let undetermined = false;
  let completed = true;
  let final = true;
  for (const id of rule.taskTargetIds) {
    const r = input.results.find((x) => x.targetId === id && x.year === input.year);
    if (!r) {
      reasonsZh.push(`缺少${input.year}年目标 ${id} 的完成情况`);
      undetermined = true;
      continue;
    }
    if (r.status !== 'ENDED') final = false;
    if (r.met === undefined) {
      reasonsZh.push(`${r.nameZh}：${r.noteZh ?? '无法计算'}`);
      undetermined = true;
      continue;
    }
    if (!r.met) completed = false;
    reasonsZh.push(`${r.nameZh} ${r.ratePercentZh ?? ''}，目标 ${r.minPercentZh} 以上，${r.met ? '已完成' : '未完成'}`);
  }
  if (undetermined) return { ruleId: rule.id, year: input.year, decision: 'UNDETERMINED', final: false, reasonsZh };
  const adjustment = linkageAdjustment(rule, input.nextYearQuota_m2, completed);
  return { ruleId: rule.id, year: input.year, decision: adjustment.decision, final, reasonsZh, adjustment };
}
