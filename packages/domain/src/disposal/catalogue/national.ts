/**
 * DOMAIN.md §4.1 — national and idle-land methods. Where the national rules are a seed,
 * the wording and source are Order 53's (the legal basis in every jurisdiction); the
 * methods only local seeds list quote the local sentence.
 *
 * Evidence readings (§5.3 gives the classes, not the methods):
 * - N01, N02, N06, N09: 动工-type — the clock restarts and the land must reach Art. 30 start;
 * - N03 temporary use: the land is back in (temporary) use → PRODUCTION_RESUMED;
 * - N05 swap: this parcel's right is given up in exchange → REGISTRATION_CANCELLED;
 * - N10 transfer / cooperation, N11 judicial auction: the buyer registers → TRANSFER_REGISTERED;
 * - N12 re-use of recovered land: proven by the land's entry into the reserve (变更至收储机构).
 */
import { define, SOURCES, type DisposalMethod } from './define.ts';

const ORDER_53 = SOURCES.national;
const CLOCK_RESTARTS = '除前款第四项规定外，动工开发时间按照新约定、规定的时间重新起算。';

export const nationalMethods: readonly DisposalMethod[] = [
  define('D-N01', {
    seeds: ['national', 'JD', 'YN'],
    appliesTo: ['IDLE-G'],
    appliesToZh: '政府原因闲置土地（延长期限自补充协议约定的动工日期起不超过1年）',
    fields: ['agreement', 'newDeadlines'],
    agreementTypes: ['SUPPLEMENTARY'],
    deadlineFields: ['start', 'completion'],
    evidenceKind: 'CONSTRUCTION_STARTED',
    wordingZh: `延长动工开发期限……${CLOCK_RESTARTS}`,
    sourceZh: `${ORDER_53}第十二条第（一）项`,
  }),
  define('D-N02', {
    seeds: ['national', 'JD', 'YN'],
    appliesTo: ['IDLE-G'],
    appliesToZh: '政府原因闲置土地（新用途须符合土地利用总体规划和城乡规划）',
    fields: ['agreement', 'valuation', 'newDeadlines'],
    agreementTypes: ['SUPPLEMENTARY'],
    deadlineFields: ['start', 'completion'],
    evidenceKind: 'CONSTRUCTION_STARTED',
    wordingZh: `调整土地用途、规划条件……${CLOCK_RESTARTS}`,
    sourceZh: `${ORDER_53}第十二条第（二）项`,
  }),
  define('D-N03', {
    seeds: ['national', 'SL', 'YN'],
    appliesTo: ['IDLE-G'],
    appliesToZh: '政府原因闲置土地（临时使用自开始之日起不超过2年）',
    fields: ['counterparty', 'newDeadlines'],
    deadlineFields: ['temporaryUseFrom', 'temporaryUseUntil'],
    periodLimits: [
      { from: 'newDeadlines.temporaryUseFrom', to: 'newDeadlines.temporaryUseUntil', maxYears: 2, ruleZh: '临时使用自开始之日起不超过2年' },
    ],
    evidenceKind: 'PRODUCTION_RESUMED',
    wordingZh: '由政府安排临时使用',
    sourceZh: `${ORDER_53}第十二条第（三）项`,
  }),
  define('D-N04', {
    seeds: ['national', 'JD', 'SL', 'YN'],
    appliesTo: ['IDLE-G'],
    appliesToZh: '政府原因闲置土地；石龙区：政府与企业互有瑕疵造成无法开工建设的',
    fields: ['agreement', 'valuation'],
    agreementTypes: ['RECOVERY'],
    evidenceKind: 'REGISTRATION_CANCELLED',
    wordingZh: '协议有偿收回',
    sourceZh: `${ORDER_53}第十二条第（四）项`,
  }),
  define('D-N05', {
    seeds: ['national', 'SL', 'YN'],
    appliesTo: ['IDLE-G'],
    appliesToZh: '政府原因闲置土地（须已缴清土地价款、落实项目资金，且因规划依法修改造成闲置）',
    fields: ['valuation'],
    evidenceKind: 'REGISTRATION_CANCELLED',
    wordingZh: '置换土地',
    sourceZh: `${ORDER_53}第十二条第（五）项`,
  }),
  define('D-N06', {
    seeds: ['JD', 'SL'],
    appliesTo: ['IDLE-G'],
    appliesToZh: '因政府原因或信访稳定等造成的闲置土地',
    fields: [],
    evidenceKind: 'CONSTRUCTION_STARTED',
    wordingZh: '对因政府原因或者信访稳定等造成的闲置土地，要消除开工障碍',
    sourceZh: SOURCES.SL,
  }),
  define('D-N07', {
    seeds: ['national', 'JD', 'YN'],
    appliesTo: ['IDLE-E'],
    appliesToZh: '企业原因闲置、未动工开发满一年的土地',
    fields: ['fee'],
    evidenceKind: 'FEE_PAID',
    wordingZh:
      '未动工开发满一年的，由市、县国土资源主管部门报经本级人民政府批准后，向国有建设用地使用权人下达《征缴土地闲置费决定书》，按照土地出让或者划拨价款的百分之二十征缴土地闲置费。土地闲置费不得列入生产成本；',
    sourceZh: `${ORDER_53}第十四条第（一）项`,
  }),
  define('D-N08', {
    seeds: ['national', 'JD', 'SL', 'YN'],
    appliesTo: ['IDLE-E'],
    appliesToZh: '企业原因闲置、未动工开发满两年的土地',
    fields: [],
    evidenceKind: 'REGISTRATION_CANCELLED',
    wordingZh:
      '未动工开发满两年的，由市、县国土资源主管部门按照《中华人民共和国土地管理法》第三十七条和《中华人民共和国城市房地产管理法》第二十六条的规定，报经有批准权的人民政府批准后，向国有建设用地使用权人下达《收回国有建设用地使用权决定书》，无偿收回国有建设用地使用权。闲置土地设有抵押权的，同时抄送相关土地抵押权人。',
    sourceZh: `${ORDER_53}第十四条第（二）项`,
  }),
  define('D-N09', {
    seeds: ['YN', 'SL'],
    appliesTo: ['IDLE-E'],
    appliesToZh: '企业原因闲置土地',
    fields: ['newDeadlines'],
    deadlineFields: ['start'],
    evidenceKind: 'CONSTRUCTION_STARTED',
    wordingZh: '对因企业原因造成的闲置土地，要综合运用行政、经济、法律等手段，督促企业限期开工建设',
    sourceZh: SOURCES.SL,
  }),
  define('D-N10', {
    seeds: ['JD', 'SL'],
    appliesTo: ['IDLE-G', 'IDLE-E'],
    appliesToZh: '旌德县：非企业原因闲置土地（按法律规定、合同约定应收回的除外）；石龙区：企业原因闲置土地（转让预登记、合作建设）',
    fields: ['counterparty'],
    evidenceKind: 'TRANSFER_REGISTERED',
    wordingZh: '除按法律规定、合同约定应收回的情形外……转让、合作开发',
    sourceZh: `${SOURCES.JD}；${SOURCES.SL}`,
  }),
  define('D-N11', {
    seeds: ['YN'],
    appliesTo: ['IDLE-J'],
    appliesToZh: '进入司法拍卖等司法处置的闲置土地',
    fields: [],
    evidenceKind: 'TRANSFER_REGISTERED',
    wordingZh: '在依法拍卖时，园区应与司法机关充分沟通…',
    sourceZh: SOURCES.YN,
  }),
  define('D-N12', {
    seeds: ['national'],
    appliesTo: ['IDLE-G', 'IDLE-E'],
    appliesToZh: '依法收回（协议有偿收回、无偿收回）后的土地',
    fields: [],
    evidenceKind: 'REGISTRATION_CANCELLED',
    wordingZh: '重新供应 / 纳入储备 / 恢复耕种',
    sourceZh: `${ORDER_53}第十九条（条文待核实）`,
  }),
];
