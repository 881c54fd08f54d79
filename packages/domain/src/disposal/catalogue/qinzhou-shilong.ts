/**
 * DOMAIN.md §4.5–4.6 — Qinzhou's and Shilong's methods. Neither table quotes a key
 * sentence, so the wording is the method's Chinese text as DOMAIN.md gives it (for
 * D-SL03 the seed sentence of SL-REG-2018, §2.5).
 *
 * Evidence readings: the 批而未供 (APS) methods end when the land is supplied and
 * registered to its user → TRANSFER_REGISTERED, except the clean-up of approval documents
 * (D-SL02), which withdraws the approval → REGISTRATION_CANCELLED. Qinzhou's idle-land
 * methods follow the national ones and are proven by the start of construction; 项目嫁接
 * brings a halted project back into operation → PRODUCTION_RESUMED; 土地置换（异地安置）
 * gives this parcel up → REGISTRATION_CANCELLED.
 */
import { define, SOURCES, type DisposalMethod } from './define.ts';

const QZ = SOURCES.QZ;
const SL = SOURCES.SL;

export const qinzhouMethods: readonly DisposalMethod[] = [
  define('D-QZ01', {
    seeds: ['QZ'],
    appliesTo: ['URB'],
    appliesToZh: '城镇低效用地（政府平台公司有偿收回或收购）',
    fields: ['counterparty', 'agreement', 'valuation'],
    agreementTypes: ['RECOVERY', 'PURCHASE'],
    evidenceKind: 'REGISTRATION_CANCELLED',
    wordingZh: '有偿收回（收购）',
    sourceZh: QZ,
  }),
  define('D-QZ02', {
    seeds: ['QZ'],
    appliesTo: ['URB'],
    appliesToZh: '已建成但因战略调整停产，或因资金问题无法完工的城镇低效用地',
    fields: ['counterparty'],
    evidenceKind: 'PRODUCTION_RESUMED',
    wordingZh: '项目嫁接',
    sourceZh: QZ,
  }),
  define('D-QZ03', {
    seeds: ['QZ'],
    appliesTo: ['URB'],
    appliesToZh: '因规划或产业布局调整需异地安置的城镇低效用地',
    fields: ['valuation'],
    evidenceKind: 'REGISTRATION_CANCELLED',
    wordingZh: '土地置换（异地安置）',
    sourceZh: QZ,
  }),
  define('D-QZ04', {
    seeds: ['QZ'],
    appliesTo: ['URB'],
    appliesToZh: '城镇低效用地',
    fields: ['counterparty'],
    evidenceKind: 'TRANSFER_REGISTERED',
    wordingZh: '支持兼并重组',
    sourceZh: QZ,
  }),
  define('D-QZ05', {
    seeds: ['QZ'],
    appliesTo: ['URB'],
    appliesToZh: '城中村（非工业用地；灵山县、浦北县试点，集体经营性建设用地入市）',
    fields: [],
    evidenceKind: 'TRANSFER_REGISTERED',
    wordingZh: '激活城中村开发',
    sourceZh: QZ,
  }),
  define('D-QZ06', {
    seeds: ['QZ'],
    appliesTo: ['IDLE-G', 'IDLE-E', 'IDLE-J'],
    appliesToZh: '闲置土地（按国家规定处置）',
    fields: [],
    evidenceKind: 'CONSTRUCTION_STARTED',
    wordingZh: '严格执行闲置土地处置政策',
    sourceZh: QZ,
  }),
  define('D-QZ07', {
    seeds: ['QZ'],
    appliesTo: ['IDLE-G', 'IDLE-E', 'IDLE-J'],
    appliesToZh: '闲置土地的预防（规范供地、“标准地”、常态化监管）',
    fields: [],
    evidenceKind: 'CONSTRUCTION_STARTED',
    wordingZh: '规范土地供应 / 推行“标准地” / 常态化监管；早预防、早发现、早取证、早汇报、早查处',
    sourceZh: QZ,
  }),
  define('D-QZ08', {
    seeds: ['QZ'],
    appliesTo: ['APS'],
    appliesToZh: '批而未供土地（毛地加快拆迁，净地招商供地）',
    fields: [],
    evidenceKind: 'TRANSFER_REGISTERED',
    wordingZh: '加快拆迁 / 招商供地',
    sourceZh: QZ,
  }),
  define('D-QZ09', {
    seeds: ['QZ'],
    appliesTo: ['APS'],
    appliesToZh: '因规划调整未能供应的批而未供土地',
    fields: [],
    evidenceKind: 'TRANSFER_REGISTERED',
    wordingZh: '落实规划条件',
    sourceZh: QZ,
  }),
  define('D-QZ10', {
    seeds: ['QZ'],
    appliesTo: ['APS'],
    appliesToZh: '公共基础设施、边角地、安全防护距离等批而未供土地',
    fields: ['counterparty'],
    evidenceKind: 'TRANSFER_REGISTERED',
    wordingZh: '核发《国有建设用地划拨决定书》',
    sourceZh: QZ,
  }),
  define('D-QZ11', {
    seeds: ['QZ'],
    appliesTo: ['APS'],
    appliesToZh: '基础设施不完善的批而未供土地',
    fields: [],
    evidenceKind: 'TRANSFER_REGISTERED',
    wordingZh: '加快基础设施建设',
    sourceZh: QZ,
  }),
];

export const shilongMethods: readonly DisposalMethod[] = [
  define('D-SL01', {
    seeds: ['SL'],
    appliesTo: ['APS'],
    appliesToZh: '批而未供土地',
    fields: ['counterparty'],
    evidenceKind: 'TRANSFER_REGISTERED',
    wordingZh: '新招商项目优先选址利用批而未供土地',
    sourceZh: SL,
  }),
  define('D-SL02', {
    seeds: ['SL'],
    appliesTo: ['APS'],
    appliesToZh: '用途未改变且无法或放弃征收的批而未供土地',
    fields: [],
    evidenceKind: 'REGISTRATION_CANCELLED',
    wordingZh: '规范有序开展用地批准文件清理，盘活的指标、费用等可重新使用',
    sourceZh: SL,
  }),
  define('D-SL03', {
    seeds: ['SL'],
    appliesTo: ['APS'],
    appliesToZh: '2018年年底前已批未供即用的招商引资工业项目用地',
    fields: ['valuation'],
    evidenceKind: 'TRANSFER_REGISTERED',
    wordingZh:
      '2018年年底前已批未供即用的招商引资工业项目用地报省自然资源厅备案，符合国土空间规划和产业准入政策，且运营良好、亩均产出效益较高、履约情况较好的，经区政府认定验收、列入整改台账，可以项目开工时间为出让起始时间，合理确定出让底价，并于2021年年底前完善用地手续，办理不动产登记。',
    sourceZh: SL,
  }),
  define('D-SL04', {
    seeds: ['SL'],
    appliesTo: ['APS'],
    appliesToZh: '用于公共服务或基础设施的批而未供土地',
    fields: ['counterparty'],
    evidenceKind: 'TRANSFER_REGISTERED',
    wordingZh: '划拨决定书直接核发',
    sourceZh: SL,
  }),
  define('D-SL05', {
    seeds: ['SL'],
    appliesTo: ['IDLE-G', 'IDLE-E'],
    appliesToZh: '闲置土地（供而未用）',
    fields: ['newDeadlines'],
    deadlineFields: ['start', 'completion'],
    evidenceKind: 'CONSTRUCTION_STARTED',
    wordingZh: '限期开发、调整利用、置换盘活、依法收回、临时使用',
    sourceZh: SL,
  }),
  define('D-SL06', {
    seeds: ['SL'],
    appliesTo: ['LOW'],
    appliesToZh: '低效工业用地（园区盘活利用方案）',
    fields: [],
    evidenceKind: 'PRODUCTION_RESUMED',
    wordingZh: '低效工业用地盘活利用方案',
    sourceZh: SL,
  }),
];
