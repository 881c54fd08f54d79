import type { RuleSet } from '../rule-set.ts';
import { haltedIdle, NATIONAL_ENTERPRISE_METHODS, NATIONAL_GOVERNMENT_METHODS, notStartedIdle, ORDER_53_SANCTIONS } from './national.ts';

/** 钦州市盘活存量土地三年行动工作方案（2021—2023年）(DOMAIN.md §2.4, §4.5). */

const QZ_IDLE_WORDING =
  '闲置土地指国有建设用地使用权人超过国有建设用地使用权有偿使用合同或者划拨决定书约定、规定的动工开发日期满一年未动工开发的国有建设用地。已动工开发但开发建设用地面积占应动工开发建设用地总面积不足三分之一或者已投资额占总投资额不足 25%，中止开发建设满一年的国有建设用地，也可以认定为闲置土地。';
const URB_GATE = '城镇低效用地须同时符合定义前提 QZ-URB-00（经国土调查确定为建设用地、权属清晰无争议），台账宗地视为符合，人工认定不符合的除外。';

export const qinzhou2021: RuleSet = {
  id: 'qinzhou-2021',
  version: '2021.1',
  nameZh: '钦州市盘活存量土地三年行动工作方案（2021—2023年）',
  jurisdiction: '450700',
  status: 'IN_FORCE',
  effectiveFrom: '2021-12-30',
  effectiveTo: '2023-12-31',
  sourceZh: '钦州市人民政府办公室 钦政办〔2021〕41号（2021年12月30日）',
  gates: [
    {
      id: 'QZ-URB-00',
      appliesTo: ['QZ-URB-01', 'QZ-URB-02', 'QZ-URB-03', 'QZ-URB-04'],
      wordingZh: '城镇低效用地指经第二次全国土地调查已确定为建设用地中的布局散乱、利用粗放、用途不合理、建筑危旧的城镇存量建设用地，权属清晰、不存在争议。',
      readingZh: `〔REC〕${URB_GATE}调查版次可配置（2021 年起以第三次全国国土调查为准）。`,
    },
  ],
  criteria: [
    notStartedIdle('QZ-IDLE-01', QZ_IDLE_WORDING, ['D-QZ06', ...NATIONAL_GOVERNMENT_METHODS, ...NATIONAL_ENTERPRISE_METHODS]),
    haltedIdle('QZ-IDLE-02', QZ_IDLE_WORDING, ['D-QZ06', ...NATIONAL_GOVERNMENT_METHODS]),
    {
      id: 'QZ-URB-01',
      category: 'INEFFICIENT',
      kind: 'CATALOGUE_CLASS',
      params: { catalogue: 'NATIONAL', classes: ['PROHIBITED', 'ELIMINATED'] },
      wordingZh: '国家产业政策规定的禁止类、淘汰类产业用地；',
      readingZh: `〔REC〕按《产业结构调整指导目录》类别。${URB_GATE}`,
      candidateDisposalMethods: ['D-QZ01', 'D-QZ03', 'D-QZ04'],
    },
    {
      id: 'QZ-URB-02',
      category: 'INEFFICIENT',
      kind: 'COMPLIANCE',
      params: { areas: ['safety', 'environment'], requireRectificationFailed: false, requireClosure: false },
      wordingZh: '不符合安全生产和环保要求的用地；',
      readingZh: `〔REC〕安全生产或环保不达标即符合，无「经整改」条件（与旌德、永宁不同），不含消防。${URB_GATE}`,
      candidateDisposalMethods: ['D-QZ01', 'D-QZ02', 'D-QZ04'],
    },
    {
      id: 'QZ-URB-03',
      category: 'INEFFICIENT',
      kind: 'MANUAL',
      params: {},
      wordingZh: '“退二进三”产业用地；',
      readingZh: `〔REC〕规划已将工业用地调整为第三产业用途，由人工对照规划认定。${URB_GATE}`,
      candidateDisposalMethods: ['D-QZ01', 'D-QZ03'],
    },
    {
      id: 'QZ-URB-04',
      category: 'INEFFICIENT',
      kind: 'MANUAL',
      params: {},
      wordingZh: '布局散乱、设施落后，纳入改造计划的老城区、城中村、棚户区、老工业区等。',
      readingZh: `〔REC〕须纳入改造计划，由人工认定。${URB_GATE}`,
      candidateDisposalMethods: ['D-QZ01', 'D-QZ02', 'D-QZ03', 'D-QZ04', 'D-QZ05'],
    },
  ],
  notEvaluated: [
    {
      id: 'QZ-APS-01',
      reasonZh: '批而未供土地是已批准征收、尚未供应的土地，没有使用权人和出让合同，不在 panhuo.parcel-facts/1 的宗地事实之内；按批次另行统计',
    },
  ],
  sanctions: ORDER_53_SANCTIONS('QZ-IDLE-01'),
  idleDisposalsByCause: {
    GOVERNMENT: ['D-QZ06', ...NATIONAL_GOVERNMENT_METHODS],
    FORCE_MAJEURE: ['D-QZ06', ...NATIONAL_GOVERNMENT_METHODS],
    ENTERPRISE: ['D-QZ06', ...NATIONAL_ENTERPRISE_METHODS],
  },
};
