import type { CriterionDef, RuleSet } from '../rule-set.ts';

/**
 * 《闲置土地处置办法》(国土资源部令第53号, 2012), DOMAIN.md §2.1, §3. The two idle tests
 * and the Art. 14 sanctions are shared by every local rule set.
 */

export const NATIONAL_IDLE_01_WORDING =
  '本办法所称闲置土地，是指国有建设用地使用权人超过国有建设用地使用权有偿使用合同或者划拨决定书约定、规定的动工开发日期满一年未动工开发的国有建设用地。';
export const NATIONAL_IDLE_02_WORDING =
  '已动工开发但开发建设用地面积占应动工开发建设用地总面积不足三分之一或者已投资额占总投资额不足百分之二十五，中止开发建设满一年的国有建设用地，也可以认定为闲置土地。';

export const IDLE_01_READING =
  '〔REC〕以约定、规定的动工开发日期加 1 年（按日历月推算，月末对齐）为届满日，「满一年」含届满日当天；届满日前未动工开发、或实际动工日期晚于届满日的，符合。未约定动工日期的，2012 年办法没有替代起算点，结果为无法判断。';
export const IDLE_02_READING =
  '〔REC〕「不足」不含本数（面积占比 < 1/3，投资占比 < 25%，两者满足其一），「满一年」含本数；中止开发建设须持续至今，自停工日期起算。面积按建筑基底面积口径，已投资额和总投资额均不含出让价款、划拨价款和税费（第三十条）。「也可以」为裁量条款：不自动提出征缴闲置费或收回，须法律审查。';

/** Art. 12 (government cause, negotiated) and Art. 14 (enterprise cause) methods. */
export const NATIONAL_GOVERNMENT_METHODS = ['D-N01', 'D-N02', 'D-N03', 'D-N04', 'D-N05'];
export const NATIONAL_ENTERPRISE_METHODS = ['D-N07', 'D-N08'];

export function notStartedIdle(id: string, wordingZh: string, methods: string[], fallbackToDeliveryDate = false, readingZh = IDLE_01_READING): CriterionDef {
  return {
    id,
    category: 'IDLE',
    kind: 'NOT_STARTED_OVERDUE',
    params: { years: 1, fallbackToDeliveryDate },
    wordingZh,
    readingZh,
    candidateDisposalMethods: methods,
  };
}

export function haltedIdle(id: string, wordingZh: string, methods: string[]): CriterionDef {
  return {
    id,
    category: 'IDLE',
    kind: 'STARTED_SHARE_BELOW_HALTED',
    params: { developedShareBelow: { num: 1, den: 3 }, investedShareBelow: { num: 1, den: 4 }, haltedYears: 1 },
    wordingZh,
    readingZh: IDLE_02_READING,
    candidateDisposalMethods: methods,
  };
}

export const ORDER_53_SANCTIONS = (notStartedCriterionId: string): RuleSet['sanctions'] => ({
  notStartedCriterionId,
  feePercent: 20,
  recoveryYears: 2,
  feeMethod: 'D-N07',
  recoveryMethod: 'D-N08',
});

export const national2012: RuleSet = {
  id: 'national-2012',
  version: '2012.1',
  nameZh: '闲置土地处置办法（国土资源部令第53号）',
  jurisdiction: '000000',
  status: 'IN_FORCE',
  effectiveFrom: '2012-07-01',
  effectiveTo: null,
  sourceZh: '《闲置土地处置办法》（国土资源部令第53号，2012年6月1日公布，2012年7月1日起施行）第二条、第八条、第十二条、第十四条、第三十条',
  criteria: [
    notStartedIdle('NAT-IDLE-01', NATIONAL_IDLE_01_WORDING, [...NATIONAL_GOVERNMENT_METHODS, ...NATIONAL_ENTERPRISE_METHODS]),
    haltedIdle('NAT-IDLE-02', NATIONAL_IDLE_02_WORDING, NATIONAL_GOVERNMENT_METHODS),
  ],
  notEvaluated: [
    { id: 'NAT-CAUSE', reasonZh: '闲置原因的分类取自 idleCause，用于处置方式和处罚，不是认定标准' },
    { id: 'NAT-FEE', reasonZh: '征缴土地闲置费见 sanctions.idleFee_yuan' },
    { id: 'NAT-RECOVER', reasonZh: '无偿收回见 sanctions.recoveryWithoutCompensation' },
  ],
  sanctions: ORDER_53_SANCTIONS('NAT-IDLE-01'),
  idleDisposalsByCause: {
    GOVERNMENT: NATIONAL_GOVERNMENT_METHODS,
    FORCE_MAJEURE: NATIONAL_GOVERNMENT_METHODS,
    ENTERPRISE: NATIONAL_ENTERPRISE_METHODS,
  },
};
