/**
 * DOMAIN.md §4.3 — Wuping's methods by class, wording verbatim from the seed.
 *
 * Readings:
 * - D-WP01's 「限期开发三方协议」 is a DEADLINE_DEVELOPMENT agreement signed by three
 *   parties; THREE_PARTY is accepted as well, and either needs the three parties.
 * - D-WP04 is called 依法收回 but the text says 「协议收回」 (§10 #17): the seed's letter is
 *   followed, so a recovery agreement precedes execution.
 * - Evidence: 提升发展 / 增资扩股 / 提质增效 / 腾笼换鸟 / 政策激励 aim at output → PRODUCTION_RESUMED;
 *   部分收回 needs the parcel split → SPLIT_REGISTERED; 鼓励转让 is proven by the transfer
 *   (its alternative, purchase by the reserve centre, is D-WP03/D-WP11); 综合执法 backs
 *   recovery and closure and is proven when the land is recovered.
 */
import { define, SOURCES, type DisposalMethod } from './define.ts';

const WP = SOURCES.WP;

export const wupingMethods: readonly DisposalMethod[] = [
  define('D-WP01', {
    seeds: ['WP'],
    appliesTo: ['WP-C1'],
    appliesToZh: '因企业自身原因开发未完成的土地（未完成建设类）',
    fields: ['agreement', 'newDeadlines'],
    agreementTypes: ['DEADLINE_DEVELOPMENT', 'THREE_PARTY'],
    agreementParties: ['县自然资源局', '县商务局', '土地使用权人'],
    deadlineFields: ['start', 'completion'],
    evidenceKind: 'CONSTRUCTION_STARTED',
    wordingZh: '由县自然资源局、商务局与土地使用权人签订限期开发三方协议，共同约定继续开发相关事项，限期开竣工并达到开发完成要求。',
    sourceZh: WP,
  }),
  define('D-WP02', {
    seeds: ['WP'],
    appliesTo: ['WP-C1'],
    appliesToZh: '未完成建设类（不改变土地用途，经县政府批准）',
    fields: ['counterparty'],
    evidenceKind: 'CONSTRUCTION_STARTED',
    wordingZh: '在不改变土地用途的情况下，采取合作等方式，经县政府批准同意后，引进其他优质企业投资共同开发',
    sourceZh: WP,
  }),
  define('D-WP03', {
    seeds: ['WP'],
    appliesTo: ['WP-C1'],
    appliesToZh: '未完成建设类，土地使用权人申请收储的',
    fields: ['agreement', 'valuation'],
    agreementTypes: ['PURCHASE'],
    evidenceKind: 'REGISTRATION_CANCELLED',
    wordingZh: '可向县政府提出收储申请，按土地使用权人实际取得成本对未开发完成土地进行收储',
    sourceZh: WP,
  }),
  define('D-WP04', {
    seeds: ['WP'],
    appliesTo: ['WP-C1'],
    appliesToZh: '未完成建设类：未达到限期开发三方协议约定要求或拒绝签订协议的',
    fields: ['agreement'],
    agreementTypes: ['RECOVERY'],
    evidenceKind: 'REGISTRATION_CANCELLED',
    wordingZh:
      '…未达到限期开发三方协议约定要求的，或土地使用权人拒绝签订限期开发三方协议的，由县自然资源局提出申请，报县政府审批，协议收回土地使用权。',
    sourceZh: WP,
  }),
  define('D-WP05', {
    seeds: ['WP'],
    appliesTo: ['WP-C2'],
    appliesToZh: '未达产能类（书面申请，不新增用地、不改变用途）',
    fields: [],
    evidenceKind: 'PRODUCTION_RESUMED',
    wordingZh: '由土地使用权人书面申请，与武平高新区管委会协商拟定土地再开发方案，经处置领导小组研究讨论后报县政府批准。',
    sourceZh: WP,
  }),
  define('D-WP06', {
    seeds: ['WP'],
    appliesTo: ['WP-C2'],
    appliesToZh: '未达产能类（引进鼓励类产业企业或上市、省重点上市后备企业）',
    fields: ['counterparty'],
    evidenceKind: 'PRODUCTION_RESUMED',
    wordingZh:
      '鼓励支持土地使用权人追加投资，将腾出的土地扩大再生产，用于引进符合国家产业指导目录鼓励类的产业企业…或引进已上市、省重点上市后备企业共同合作开发。',
    sourceZh: WP,
  }),
  define('D-WP07', {
    seeds: ['WP'],
    appliesTo: ['WP-C2'],
    appliesToZh: '未达产能类，土地使用权人请求政府收购部分土地的',
    fields: ['areaSplit', 'valuation', 'agreement'],
    agreementTypes: ['PURCHASE'],
    evidenceKind: 'SPLIT_REGISTERED',
    wordingZh: '土地使用权人为提高土地利用效率而提出部分土地由政府收购的，应当予以支持。',
    sourceZh: WP,
  }),
  define('D-WP08', {
    seeds: ['WP'],
    appliesTo: ['WP-C3'],
    appliesToZh: '改变项目投资类',
    fields: ['agreement', 'newDeadlines'],
    agreementTypes: ['EFFICIENCY_IMPROVEMENT'],
    agreementParties: ['武平高新区管委会', '土地使用权人'],
    deadlineFields: ['production'],
    evidenceKind: 'PRODUCTION_RESUMED',
    wordingZh:
      '可由武平高新区管委会根据产业定位、行业分类、发展前景等，明确企业改善经营的具体指标，与土地使用权人签订限期提升土地利用效率协议。',
    sourceZh: WP,
  }),
  define('D-WP09', {
    seeds: ['WP'],
    appliesTo: ['WP-C3'],
    appliesToZh: '改变项目投资类（向高新区管委会、县商务局申请）',
    fields: ['counterparty'],
    evidenceKind: 'PRODUCTION_RESUMED',
    wordingZh: '…由县商务局帮助引进符合园区产业规划的优质企业，通过合作或收购等方式进行“腾笼换鸟”。',
    sourceZh: WP,
  }),
  define('D-WP10', {
    seeds: ['WP'],
    appliesTo: ['WP-C3'],
    appliesToZh: '改变项目投资类（不改变土地用途）',
    fields: ['counterparty'],
    evidenceKind: 'TRANSFER_REGISTERED',
    wordingZh:
      '…在不改变土地用途基础上，可办理不动产权转让手续，同时购买方应确保土地转让后土地使用符合我县产业发展和控制性详细规划要求。土地使用权人可与县政府协商，由县土地收储中心根据相关文件要求进行收储。',
    sourceZh: WP,
  }),
  define('D-WP11', {
    seeds: ['WP'],
    appliesTo: ['WP-C1', 'WP-C2', 'WP-C3'],
    appliesToZh: '无法自行整改或因产业政策调整无法实施项目的各类低效工业用地',
    fields: ['agreement', 'valuation'],
    agreementTypes: ['PURCHASE'],
    evidenceKind: 'REGISTRATION_CANCELLED',
    wordingZh: '按照“应收尽收”原则…实行“带方案”收储，努力做到“以地等企”',
    sourceZh: WP,
  }),
  define('D-WP12', {
    seeds: ['WP'],
    appliesTo: ['ANY'],
    appliesToZh: '各类（以商招商、合作开发、加大投资）',
    fields: ['counterparty'],
    evidenceKind: 'PRODUCTION_RESUMED',
    wordingZh: '…采取以商招商、合作开发、加大投资等方式引进其他企业和项目',
    sourceZh: WP,
  }),
  define('D-WP13', {
    seeds: ['WP'],
    appliesTo: ['ANY'],
    appliesToZh: '各类（多部门综合执法）',
    fields: [],
    evidenceKind: 'REGISTRATION_CANCELLED',
    wordingZh: '…积极争取政法部门支持配合，增强执法效果，强化综合执法',
    sourceZh: WP,
  }),
];
