import type { CriterionBody, CriterionDef, RuleSet } from '../rule-set.ts';
import { haltedIdle, IDLE_01_READING, NATIONAL_ENTERPRISE_METHODS, NATIONAL_GOVERNMENT_METHODS, notStartedIdle, ORDER_53_SANCTIONS } from './national.ts';

/** 宁夏永宁工业园区闲置低效用地清理处置专项行动工作方案（送审稿）(DOMAIN.md §2.3, §4.4). */

const PRECEDENCE = '闲置认定优先（「主要指未被认定为闲置用地」）。';
const ITEM_2_SCOPE = '本项属第 2 项，须「在土地使用权出让合同建设期满」：评估日不早于建设期满日期。';

const low = (id: string, body: CriterionBody): CriterionDef => ({ id, category: 'INEFFICIENT', ...body });

export const yongning2023Draft: RuleSet = {
  id: 'yongning-2023-draft',
  version: '2023.0-draft',
  nameZh: '宁夏永宁工业园区闲置低效用地清理处置专项行动工作方案（送审稿）',
  jurisdiction: '640121',
  status: 'DRAFT',
  effectiveFrom: '2023-01-01',
  effectiveTo: null,
  sourceZh: '宁夏永宁工业园区闲置低效用地清理处置专项行动工作方案（送审稿，未署日期、无文号）',
  criteria: [
    notStartedIdle(
      'YN-IDLE-01',
      '主要是指国有建设用地使用权人超过国有建设用地使用权有偿使用合同或划拨决定书约定、规定的动工建设日期满一年未动工开发的国有建设用地；…因特殊情况，未约定、规定动工开发日期，或者约定、规定不明确的，以实际交付土地之日起一年未动工开发日期。',
      [...NATIONAL_GOVERNMENT_METHODS, ...NATIONAL_ENTERPRISE_METHODS, 'D-N09', 'D-N11'],
      true,
      `${IDLE_01_READING}本地规则：未约定动工日期的，以实际交付土地日期起满一年未动工开发为闲置（末句文字有缺漏，按此理解）。`,
    ),
    haltedIdle(
      'YN-IDLE-02',
      '已动工开发但开发建设用地面积占应动工开发建设用地总面积不足三分之一，或者已投资额占总投资额不足 25%，中止开发建设满一年的国有建设用地。',
      NATIONAL_GOVERNMENT_METHODS,
    ),
    low('YN-LOW-01a', {
      kind: 'NOT_STARTED_WINDOW',
      params: { afterMonths: 6, beforeMonths: 12, causes: ['ENTERPRISE'] },
      wordingZh: '1. 因企业自身原因，超过土地出让合同约定动工期限 6 个月不满 1 年未动工的；',
      readingZh: '〔REC〕「超过」「不满」均不含本数：约定动工日期加 6 个月之后、加 1 年之前；恰满 6 个月不属于，满 1 年转为闲置（YN-IDLE-01）。延迟原因须为企业原因。属预警性质。',
      candidateDisposalMethods: ['D-YN05', 'D-YN04'],
    }),
    low('YN-LOW-01b', {
      kind: 'COMPLETION_OVERDUE',
      params: { years: 2 },
      wordingZh: '超过土地出让合同约定的竣工期限 2 年以上未竣工的用地。',
      readingZh: `〔REC〕「超过…以上」按含本数理解：约定竣工日期加 2 年（含届满日）仍未竣工。${PRECEDENCE}`,
      candidateDisposalMethods: ['D-YN05', 'D-YN02', 'D-YN04'],
    }),
    low('YN-LOW-02a', {
      kind: 'SHARE_BAND',
      params: { share: 'DEVELOPED_AREA', atLeast: { num: 1, den: 3 }, below: { num: 4, den: 5 }, afterConstructionPeriodEnd: true },
      wordingZh: '2. 在土地使用权出让合同建设期满，开发建设用地总面积已超过应动工开发建设用地总面积的三分之一但不足 80% 的；',
      readingZh: `〔REC〕恰为三分之一时既不属闲置（不足三分之一）也不属「超过三分之一」，为消除空档按不低于三分之一计；「不足 80%」不含本数。${ITEM_2_SCOPE}${PRECEDENCE}`,
      candidateDisposalMethods: ['D-YN03', 'D-YN04', 'D-YN05', 'D-YN08', 'D-YN10'],
    }),
    low('YN-LOW-02b', {
      kind: 'VACANT_AREA',
      params: { overMu: 10, requireIndependentlyDevelopable: true, afterConstructionPeriodEnd: true },
      wordingZh: '或尚有成片空闲超过 10 亩，按空间规划可单独开发而未开发的；',
      readingZh: `〔REC〕宗地内最大连片空闲土地超过 10 亩（> 6666.67 平方米，不含本数），且按空间规划可单独开发。${ITEM_2_SCOPE}${PRECEDENCE}`,
      candidateDisposalMethods: ['D-YN03', 'D-YN07', 'D-YN10'],
    }),
    low('YN-LOW-02c', {
      kind: 'SHARE_BAND',
      params: { share: 'INVESTED_AMOUNT', atLeast: { num: 1, den: 4 }, below: { num: 2, den: 5 }, afterConstructionPeriodEnd: true },
      wordingZh: '或建设工程投资额（不包括取得土地使用权的费用和向国家缴纳的税费）已超过总投资额的 25%，但不足 40% 的；',
      readingZh: `〔REC〕恰为 25% 时按不低于 25% 计（消除与闲置标准之间的空档）；「不足 40%」不含本数；投资额不含地价和税费。${ITEM_2_SCOPE}${PRECEDENCE}`,
      candidateDisposalMethods: ['D-YN03', 'D-YN04', 'D-YN05', 'D-YN08', 'D-YN10'],
    }),
    low('YN-LOW-02d', {
      kind: 'INTENSITY_AFTER_COMPLETION',
      params: { yearsAfterCompletion: 2, shareOfContractBelow: { num: 3, den: 5 } },
      wordingZh: '或项目竣工 2 年以上固定资产投资强度未达到土地使用权出让合同约定的 60% 的用地。',
      readingZh: `〔REC〕竣工日期加 2 年（含届满日）后，实际投资强度（固定资产投资含地价 ÷ 土地总面积亩数）低于合同约定投资强度的 60%（不含本数）。按合同口径（含地价），与第 2 项投资额（不含地价）为两个不同字段。${PRECEDENCE}`,
      candidateDisposalMethods: ['D-YN03', 'D-YN08', 'D-YN09'],
    }),
    low('YN-LOW-03a', {
      kind: 'SITE_DENSITY',
      params: { buildingCoverageBelow: { num: 3, den: 10 }, plotRatioShareOfMinBelow: { num: 4, den: 5 } },
      wordingZh: '3. 项目已建成，但建筑系数低于 30%，或容积率低于对应工业项目建设用地控制指标 80%的；',
      readingZh: `〔REC〕已竣工，建筑系数 < 30% 或容积率 < 控制指标下限 × 80%（均不含本数）；控制指标取合同记载的适用版本（contract.plotRatioMin）；无容积率时按建筑面积 ÷ 土地总面积。${PRECEDENCE}`,
      candidateDisposalMethods: ['D-YN09', 'D-YN03'],
    }),
    low('YN-LOW-03b', {
      kind: 'NOT_PRODUCING_AFTER_READY',
      params: { years: 1 },
      wordingZh: '项目已建成且已经具备生产条件，但企业处于未投产状态 1 年以上的，',
      readingZh: `〔REC〕「以上」含本数：具备生产条件日期加 1 年（含届满日）仍未投产。${PRECEDENCE}`,
      candidateDisposalMethods: ['D-YN03', 'D-YN04', 'D-YN08'],
    }),
    low('YN-LOW-03c', {
      kind: 'NO_TAX_PERIOD',
      params: { years: 2, producingStatuses: ['PRODUCING', 'SEMI_HALTED'] },
      wordingZh: '或虽有生产但未缴纳过税收的时间达 2 年以上（含 2 年）、',
      readingZh: `〔REC〕明文「含 2 年」。有生产（正常生产或半停产）且自正式投产日期与最近一次缴税日期中较晚者起满 2 年未缴税；两个日期均须已知，否则只能在时间显然不足时判为不符合。${PRECEDENCE}`,
      candidateDisposalMethods: ['D-YN06', 'D-YN03'],
    }),
    low('YN-LOW-03d', {
      kind: 'MANUAL',
      params: {},
      wordingZh: '未达到土地出让、投资合同（协议）约定条件的用地。',
      readingZh: `〔REC〕按与第 3 项并列的独立情形理解（如 JD-LOW-02），由人工认定。${PRECEDENCE}`,
      candidateDisposalMethods: ['D-YN02', 'D-YN05'],
    }),
    low('YN-LOW-04', {
      kind: 'TAX_ARREARS',
      params: { consecutiveYears: 3, paidShareBelow: { num: 2, den: 5 } },
      wordingZh: '4. 已竣工投产工业项目地应纳税额连续 3 年欠税，缴入库税额占三年应纳税额之和不足 40%的。',
      readingZh: `〔REC〕取评估日前最近三个完整纳税年度，每年实缴 < 应纳，且三年实缴合计 < 三年应纳合计的 40%（不含本数）。${PRECEDENCE}`,
      candidateDisposalMethods: ['D-YN06'],
    }),
    low('YN-LOW-05', {
      kind: 'HALTED_WITHOUT_REVENUE_OR_SUBLET',
      params: { years: 2, statuses: ['HALTED', 'SEMI_HALTED'], noRevenueYears: 1 },
      wordingZh: '5. 企业无法改善经营状况导致停产或半停产 2 年以上，无主营业务收入或已转租给不符合园区产业规划的土地、厂房。',
      readingZh: `〔REC〕（停产或半停产自停产日期起满 2 年，含届满日，且上一完整年度无主营业务收入）或（已转租且承租方不符合园区产业规划）；逗号读作「并且」，「或」读作「或者」。半停产以台账记载的生产经营状态为准。${PRECEDENCE}`,
      candidateDisposalMethods: ['D-YN03', 'D-YN07', 'D-YN08', 'D-YN11'],
    }),
    low('YN-LOW-06', {
      kind: 'MANUAL',
      params: {},
      wordingZh: '6. 园区中布局散乱、利用不集约、建筑危旧废弃或纳入城镇低效用地再开发的废弃厂房。',
      readingZh: '〔REC〕须规划或现状调查，由人工认定并附证据。',
      candidateDisposalMethods: ['D-YN01', 'D-YN07'],
    }),
    low('YN-LOW-07', {
      kind: 'ABANDONED_WORKS_USE',
      params: { plannedUsePrefixes: ['05'], useLabelZh: '商业服务业用地（05 类）' },
      wordingZh: '7. 园区中属于“烂尾工程”的商业服务业用地。',
      readingZh: '〔REC〕规划用途为 GB/T 21010 的 05 类商业服务业用地，且为烂尾工程；唯一的非工业用地标准。',
      candidateDisposalMethods: ['D-YN02', 'D-YN08'],
    }),
    low('YN-LOW-08', {
      kind: 'CATALOGUE_CLASS',
      params: { catalogue: 'PARK', classes: ['PROHIBITED', 'ELIMINATED'] },
      wordingZh: '8. 列入《园区主导产业指导目录》内禁止类、淘汰类目录的项目用地。',
      readingZh: '〔REC〕按园区自己的《园区主导产业指导目录》，不是国家目录。',
      candidateDisposalMethods: ['D-YN02'],
    }),
    low('YN-LOW-09', {
      kind: 'COMPLIANCE',
      params: { areas: ['safety', 'environment', 'fire'], requireRectificationFailed: true, requireClosure: true },
      wordingZh: '9. 不符合安全生产、环保和消防等要求，经整改仍达不到要求，依法需要关停的项目用地。',
      readingZh: '〔REC〕任一方面不达标、经整改仍不达标，且依法需要关停（三项同时具备），比 JD-LOW-05b 更严。',
      candidateDisposalMethods: ['D-YN02'],
    }),
    low('YN-LOW-10', {
      kind: 'MANUAL',
      params: {},
      wordingZh: '10. 按照城乡规划和产业结构调整要求需搬迁的项目用地，及其他认定需列入低效用地再开发的项目用地。',
      readingZh: '〔REC〕由人工认定并附规划或产业调整依据。',
      candidateDisposalMethods: ['D-YN01', 'D-YN02'],
    }),
    low('YN-LOW-11', {
      kind: 'MANUAL',
      params: {},
      wordingZh: '11. 法律、行政法规规定的其他情形。',
      readingZh: '〔REC〕兜底条款，由人工认定并记载法律依据。',
      candidateDisposalMethods: ['D-YN02'],
    }),
  ],
  notEvaluated: [],
  sanctions: ORDER_53_SANCTIONS('YN-IDLE-01'),
  idleDisposalsByCause: {
    GOVERNMENT: NATIONAL_GOVERNMENT_METHODS,
    FORCE_MAJEURE: NATIONAL_GOVERNMENT_METHODS,
    ENTERPRISE: [...NATIONAL_ENTERPRISE_METHODS, 'D-N09'],
    JUDICIAL: ['D-N11'],
  },
};
