import type { RuleSet } from '../rule-set.ts';
import { haltedIdle, NATIONAL_ENTERPRISE_METHODS, notStartedIdle, ORDER_53_SANCTIONS } from './national.ts';

/** 旌德经开区闲置低效工业用地盘活处置工作实施方案 (DOMAIN.md §2.2, §4.2). */

const JD_IDLE_GOVERNMENT = ['D-N01', 'D-N02', 'D-N04', 'D-N06', 'D-N10'];
const PRECEDENCE = '闲置认定优先：同时符合闲置土地标准的，按闲置土地处理（「未达到闲置土地认定标准」）。';

export const jingde2022: RuleSet = {
  id: 'jingde-2022',
  version: '2022.1',
  nameZh: '旌德经开区闲置低效工业用地盘活处置工作实施方案',
  jurisdiction: '341825',
  status: 'IN_FORCE',
  effectiveFrom: '2022-09-23',
  effectiveTo: null,
  sourceZh: '旌德县人民政府办公室 政办〔2022〕67号（2022年9月23日）',
  scope: { plannedUsePrefixes: ['0601'], wordingZh: '规划用途为工业用地（0601）' },
  criteria: [
    notStartedIdle(
      'JD-IDLE-01',
      '1.国有建设用地使用权人超过国有建设用地使用权有偿使用合同或者划拨决定书约定、规定的动工开发日期满1年未动工开发的国有建设用地。',
      [...JD_IDLE_GOVERNMENT, ...NATIONAL_ENTERPRISE_METHODS, 'D-N11'],
    ),
    haltedIdle(
      'JD-IDLE-02',
      '2.已动工开发但开发建设用地面积占应动工开发建设用地总面积不足1/3或者已投资额占总投资额不足25%，中止开发建设满1年的国有建设用地。',
      JD_IDLE_GOVERNMENT,
    ),
    {
      id: 'JD-LOW-01a',
      category: 'INEFFICIENT',
      kind: 'CONSTRUCTION_HALTED',
      params: { years: 1, reasons: ['FUNDS', 'OPERATIONS', 'MANAGEMENT', 'OTHER'] },
      wordingZh: '1.未达到闲置土地认定标准，因资金、经营、管理等原因，停工1年及以上的；',
      readingZh: `〔REC〕「及以上」含本数：自停工日期起满 1 年（含届满日）。「等原因」为列举未尽，停工原因不限于资金、经营、管理（可在数据中收窄）。${PRECEDENCE}`,
      candidateDisposalMethods: ['D-JD01', 'D-JD02', 'D-JD04'],
    },
    {
      id: 'JD-LOW-01b',
      category: 'INEFFICIENT',
      kind: 'PRODUCTION_HALTED',
      params: { years: 2, statuses: ['HALTED'] },
      wordingZh: '或项目竣工投产后，连续停产满2年的工业项目用地。',
      readingZh: `〔REC〕已竣工且已投产，生产经营状态为停产并自停产日期起连续满 2 年（含届满日）；恢复生产即重新起算（停产日期按恢复后最近一次停产记载）。半停产不属于停产。${PRECEDENCE}`,
      candidateDisposalMethods: ['D-JD01', 'D-JD02', 'D-JD04', 'D-JD05'],
    },
    {
      id: 'JD-LOW-02',
      category: 'INEFFICIENT',
      kind: 'MANUAL',
      params: {},
      wordingZh: '2.未达到闲置土地认定标准，已开工建设但未按照出让合同或投资协议要求和标准生产建设的。',
      readingZh: `〔REC〕开放式条款：逐项对照合同指标（投资强度、容积率、产出、税收、产品、期限）列明差距，由人工认定。${PRECEDENCE}`,
      candidateDisposalMethods: ['D-JD01', 'D-JD02'],
    },
    {
      id: 'JD-LOW-03',
      category: 'INEFFICIENT',
      kind: 'TAX_PER_MU_BELOW',
      params: {
        threshold_10kYuanPerMu: 1,
        firstWindowYears: [2020, 2021],
        windowAppliesFromYear: 2022,
        rollEveryYears: 2,
        excludeTaxes: ['landUseTax_yuan', 'propertyTax_yuan'],
        minProductionYears: 3,
      },
      wordingZh:
        '3.正式投产满3年，2020年、2021年两年亩均税收均值低于1万元/年（不含土地使用税及房产税）的工业项目，两年为实施期限，以后每两年结合园区发展实际适当提高亩均税收低效认定门槛。',
      readingZh:
        '〔REC〕亩均税收 =（实缴税金 − 土地使用税 − 房产税）÷ 土地总面积（亩），两项扣除税种均须已知；取两年均值，「低于」不含本数。「满3年」按评估日计算、含届满日。2022—2023 年以 2020、2021 年为窗口，此后每两年窗口顺延两年；门槛提高须发布新版本规则。' +
        PRECEDENCE,
      candidateDisposalMethods: ['D-JD01', 'D-JD02'],
    },
    {
      id: 'JD-LOW-04',
      category: 'INEFFICIENT',
      kind: 'JUDICIAL_HALTED',
      params: { judicialStatuses: ['SEIZED', 'AUCTION', 'BANKRUPTCY', 'REORGANISATION', 'LIQUIDATION'], operationsStatuses: ['HALTED'] },
      wordingZh: '4.已进入司法处置并且企业已停工停产的工业用地。',
      readingZh: `〔REC〕两项同时具备（「并且」）：已进入查封、司法拍卖、破产、重整或清算程序，且生产经营状态为停产。${PRECEDENCE}`,
      candidateDisposalMethods: ['D-JD02', 'D-JD05'],
    },
    {
      id: 'JD-LOW-05a',
      category: 'INEFFICIENT',
      kind: 'CATALOGUE_CLASS',
      params: { catalogue: 'NATIONAL', classes: ['PROHIBITED', 'ELIMINATED'] },
      wordingZh: '5.国家产业政策规定的禁止类、淘汰类工业项目用地；',
      readingZh: `〔REC〕按《产业结构调整指导目录》类别，禁止类或淘汰类即符合。${PRECEDENCE}`,
      candidateDisposalMethods: ['D-JD04', 'D-JD05'],
    },
    {
      id: 'JD-LOW-05b',
      category: 'INEFFICIENT',
      kind: 'COMPLIANCE',
      params: { areas: ['safety', 'environment', 'fire'], requireRectificationFailed: true, requireClosure: false },
      wordingZh: '不符合安全生产、环保和消防等要求，经整改仍达不到要求的工业项目；',
      readingZh: `〔REC〕安全生产、环保、消防任一方面不达标，且有整改通知并复查仍不达标。${PRECEDENCE}`,
      candidateDisposalMethods: ['D-JD04', 'D-JD05'],
    },
    {
      id: 'JD-LOW-05c',
      category: 'INEFFICIENT',
      kind: 'MANUAL',
      params: {},
      wordingZh: '法律法规规定的其他低效用地情形。',
      readingZh: '〔REC〕兜底条款，由人工认定并记载法律依据。',
      candidateDisposalMethods: ['D-JD04', 'D-JD05'],
    },
  ],
  notEvaluated: [],
  sanctions: ORDER_53_SANCTIONS('JD-IDLE-01'),
  idleDisposalsByCause: {
    GOVERNMENT: JD_IDLE_GOVERNMENT,
    FORCE_MAJEURE: JD_IDLE_GOVERNMENT,
    ENTERPRISE: NATIONAL_ENTERPRISE_METHODS,
    JUDICIAL: ['D-N11'],
  },
  disposalTriggers: [{ method: 'D-JD03', vacantAreaOverMu: 5 }],
};
