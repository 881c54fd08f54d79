import type { RuleSet } from '../rule-set.ts';
import {
  haltedIdle,
  NATIONAL_ENTERPRISE_METHODS,
  NATIONAL_GOVERNMENT_METHODS,
  NATIONAL_IDLE_01_WORDING,
  NATIONAL_IDLE_02_WORDING,
  notStartedIdle,
  ORDER_53_SANCTIONS,
} from './national.ts';

/**
 * Shilong (§2.5) has no numeric criteria of its own: the national idle tests under their
 * national ids, with its cause classes deciding the disposal methods. Wuping (§2.6) is
 * purely contractual: national idle first, then the classes WP-C1/C2/C3.
 */

const SL_IDLE_METHODS = ['D-SL05', 'D-N01', 'D-N02', 'D-N03', 'D-N04', 'D-N05', 'D-N06', 'D-N07', 'D-N08', 'D-N09', 'D-N10'];

export const shilong2021: RuleSet = {
  id: 'shilong-2021',
  version: '2021.1',
  nameZh: '石龙产业集聚区用地提质增效行动方案',
  jurisdiction: '410404',
  status: 'IN_FORCE',
  effectiveFrom: '2021-06-22',
  effectiveTo: null,
  sourceZh: '平顶山市石龙区人民政府办公室 平龙政办〔2021〕36号（2021年6月22日）；闲置土地按国家规定认定',
  criteria: [
    notStartedIdle('NAT-IDLE-01', NATIONAL_IDLE_01_WORDING, SL_IDLE_METHODS),
    haltedIdle('NAT-IDLE-02', NATIONAL_IDLE_02_WORDING, ['D-SL05', ...NATIONAL_GOVERNMENT_METHODS]),
  ],
  notEvaluated: [
    { id: 'SL-CAUSE-GOV', reasonZh: '闲置原因分类：政府原因或信访稳定 → 消除开工障碍等（见候选处置方式）' },
    { id: 'SL-CAUSE-ENT', reasonZh: '闲置原因分类：企业原因 → 督促限期开工、依法收回等（见候选处置方式）' },
    { id: 'SL-CAUSE-MIXED', reasonZh: '闲置原因分类：政府与企业互有瑕疵 → 协商有偿收回（见候选处置方式）' },
    { id: 'SL-REG-2018', reasonZh: '2018 年底前批而未供即用土地的手续完善，针对尚未供应的土地，不是对宗地事实的认定标准' },
  ],
  sanctions: ORDER_53_SANCTIONS('NAT-IDLE-01'),
  idleDisposalsByCause: {
    // 「对因政府原因或者信访稳定等造成的闲置土地，要消除开工障碍」
    GOVERNMENT: ['D-SL05', 'D-N06', 'D-N01', 'D-N02', 'D-N03', 'D-N05'],
    FORCE_MAJEURE: ['D-SL05', 'D-N06', 'D-N01', 'D-N02', 'D-N03', 'D-N05'],
    // 「对因企业原因造成的闲置土地，要…督促企业限期开工建设」
    ENTERPRISE: ['D-SL05', 'D-N09', 'D-N10', ...NATIONAL_ENTERPRISE_METHODS],
    // 「对因政府与企业互有瑕疵…可有偿收回土地使用权」
    MIXED: ['D-SL05', 'D-N04'],
  },
};

const WP_ANY = ['D-WP11', 'D-WP12', 'D-WP13'];
const WP_PRECEDENCE = '先按国家标准认定闲置土地；已属闲置的不再归入武平三类。';

export const wuping2023: RuleSet = {
  id: 'wuping-2023',
  version: '2023.1',
  nameZh: '武平县集中开展低效工业用地盘活百日攻坚行动方案',
  jurisdiction: '350824',
  status: 'IN_FORCE',
  effectiveFrom: '2023-08-28',
  effectiveTo: '2024-06-30',
  sourceZh: '武平县人民政府办公室 武政办规〔2023〕7号（2023年8月28日）；闲置土地按国家规定认定',
  criteria: [
    notStartedIdle('NAT-IDLE-01', NATIONAL_IDLE_01_WORDING, [...NATIONAL_GOVERNMENT_METHODS, ...NATIONAL_ENTERPRISE_METHODS]),
    haltedIdle('NAT-IDLE-02', NATIONAL_IDLE_02_WORDING, NATIONAL_GOVERNMENT_METHODS),
    {
      id: 'WP-C1',
      category: 'INEFFICIENT',
      kind: 'CONSTRUCTION_OVERDUE_BY_CAUSE',
      params: { causes: ['ENTERPRISE'] },
      wordingZh: '因企业自身原因造成开发未完成的土地',
      readingZh: `〔REC〕未完成建设：有投资合同（至少记载一项合同指标，WP-SCOPE），未竣工，已超过约定竣工期限（无约定竣工日期时用建设期满日期；「超过」不含当日），原因为企业原因。${WP_PRECEDENCE}`,
      candidateDisposalMethods: ['D-WP01', 'D-WP02', 'D-WP03', 'D-WP04', ...WP_ANY],
    },
    {
      id: 'WP-C2',
      category: 'INEFFICIENT',
      kind: 'CONTRACT_INDICATORS',
      params: { indicators: ['INVESTMENT_INTENSITY', 'TAX_PER_MU', 'OUTPUT_PER_MU'] },
      wordingZh: '国有建设用地未达到投资合同约定的固定资产投资强度、地均税收、土地产出率等指标值，包括“未完成建设、未达产能、改变项目投资”三大类低效工业用地。',
      readingZh: `〔REC〕未达产能：已竣工，且实际投资强度（固定资产投资 ÷ 亩）、上一完整年度亩均税收（实缴税金总额 ÷ 亩）或亩均产值（工业产值 ÷ 亩）任一低于投资合同约定值（不含本数）；只比较合同已约定的指标，合同指标均未记载的无法判断。${WP_PRECEDENCE}`,
      candidateDisposalMethods: ['D-WP05', 'D-WP06', 'D-WP07', ...WP_ANY],
    },
    {
      id: 'WP-C3',
      category: 'INEFFICIENT',
      kind: 'MANUAL',
      params: { reasonCodes: ['INDUSTRY_CHANGED', 'INVESTOR_CHANGED', 'INVESTMENT_REDUCED', 'OPERATIONS_UNIMPROVABLE', 'RESTRUCTURING'] },
      wordingZh: '国有建设用地未达到投资合同约定的固定资产投资强度、地均税收、土地产出率等指标值，包括“未完成建设、未达产能、改变项目投资”三大类低效工业用地。',
      readingZh: `〔REC〕改变项目投资：实际项目与合同约定（行业、产品、投资方、投资规模）不符，或使用权人无法改善经营，由人工认定并记载原因（INDUSTRY_CHANGED、INVESTOR_CHANGED、INVESTMENT_REDUCED、OPERATIONS_UNIMPROVABLE、RESTRUCTURING）。${WP_PRECEDENCE}`,
      candidateDisposalMethods: ['D-WP08', 'D-WP09', 'D-WP10', ...WP_ANY],
    },
  ],
  notEvaluated: [{ id: 'WP-SCOPE', reasonZh: '适用范围（有投资合同）作为 WP-C1、WP-C2 的条件一并判断' }],
  sanctions: ORDER_53_SANCTIONS('NAT-IDLE-01'),
  idleDisposalsByCause: {
    GOVERNMENT: NATIONAL_GOVERNMENT_METHODS,
    FORCE_MAJEURE: NATIONAL_GOVERNMENT_METHODS,
    ENTERPRISE: NATIONAL_ENTERPRISE_METHODS,
  },
  classIds: ['WP-C1', 'WP-C2', 'WP-C3'],
};
