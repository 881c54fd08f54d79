/**
 * DOMAIN.md §4.4 — Yongning's 「八个一批」 and its support measures (a 送审稿, provisional).
 * Wording verbatim from the seed; D-YN11 has no key sentence, so its wording is its name.
 *
 * Evidence readings: 退二进三 ends in supply or a change of registration to the new use
 * (the seed's own gate) → TRANSFER_REGISTERED; 连片开发 and 撤并重组 end with the buyer's
 * registration; 招商引资 and 自行改造 are development → CONSTRUCTION_STARTED.
 */
import { define, SOURCES, type DisposalMethod } from './define.ts';

const YN = SOURCES.YN;

export const yongningMethods: readonly DisposalMethod[] = [
  define('D-YN01', {
    seeds: ['YN'],
    appliesTo: ['LOW'],
    appliesToZh: '控制性详细规划已调整为其他用途的低效工业用地',
    fields: [],
    evidenceKind: 'TRANSFER_REGISTERED',
    wordingZh:
      '涉及变更为“一住两公”用地的相关地块在完成土地污染状况调查并评审通过前，不得办理土地供应或权属变更登记手续。…超过建设用地土壤污染风险管控标准的地块，不得办理供地、变更登记手续',
    sourceZh: YN,
  }),
  define('D-YN02', {
    seeds: ['YN'],
    appliesTo: ['LOW'],
    appliesToZh:
      '低效用地：（a）依法应收回的；（b）禁止类、淘汰类或不符合安全、环保、规划、产业定位且无法自行提升的；（c）未在入园协议约定期限内完成开发的；（d）合作投资未达约定条件的',
    fields: ['agreement', 'valuation'],
    agreementTypes: ['RECOVERY', 'PURCHASE'],
    evidenceKind: 'REGISTRATION_CANCELLED',
    wordingZh: '可协议收回土地使用权，给予土地使用权人适当补偿。',
    sourceZh: YN,
  }),
  define('D-YN03', {
    seeds: ['YN'],
    appliesTo: ['LOW'],
    appliesToZh: '厂房闲置、利用强度低的低效用地',
    fields: ['counterparty'],
    evidenceKind: 'PRODUCTION_RESUMED',
    wordingZh: '对因无法改善经营状况而闲置厂房的，可向园区提出申请，由园区引进其他同类企业生产经营。…',
    sourceZh: YN,
  }),
  define('D-YN04', {
    seeds: ['YN'],
    appliesTo: ['LOW'],
    appliesToZh: '权属清晰但无力投资开发的低效用地（不改变土地用途）',
    fields: ['counterparty', 'newDeadlines'],
    deadlineFields: ['start', 'completion'],
    periodLimits: [{ from: 'newDeadlines.start', to: 'newDeadlines.completion', maxYears: 2, ruleZh: '约定开发建设期一般不超过2年' }],
    evidenceKind: 'CONSTRUCTION_STARTED',
    wordingZh: '在约定开发建设期（一般不超过2年）内，可在不改变土地用途的情况下，引进符合园区产业发展规划的新企业合作投资、共同开发。',
    sourceZh: YN,
  }),
  define('D-YN05', {
    seeds: ['YN'],
    appliesTo: ['LOW'],
    appliesToZh: '低效用地（园区与企业签订限期开发协议）',
    fields: ['agreement', 'newDeadlines'],
    agreementTypes: ['DEADLINE_DEVELOPMENT'],
    agreementParties: ['园区管委会', '土地使用权人'],
    deadlineFields: ['completion'],
    periodLimits: [
      {
        from: 'agreement.signedAt',
        to: 'newDeadlines.completion',
        maxYears: 1,
        ruleZh: '继续开发完成期限从协议签订之日起原则上最长不得超过1年',
      },
    ],
    evidenceKind: 'CONSTRUCTION_STARTED',
    wordingZh:
      '继续开发完成期限从协议签订之日起原则上最长不得超过1年。若在规定时限内未达到限期开发协议完成要求或土地使用权人拒绝签订协议的，列入全县社会信用黑名单。',
    sourceZh: YN,
  }),
  define('D-YN06', {
    seeds: ['YN'],
    appliesTo: ['LOW'],
    appliesToZh: '欠缴税费的低效用地',
    fields: ['fee'],
    evidenceKind: 'FEE_PAID',
    wordingZh: '严格落实“应收尽收、应追尽追”原则…对未按时缴纳的，出具催缴通知，并通过涉税渠道予以处置。',
    sourceZh: YN,
  }),
  define('D-YN07', {
    seeds: ['YN'],
    appliesTo: ['LOW'],
    appliesToZh: '相邻多宗低效用地',
    fields: ['counterparty'],
    evidenceKind: 'TRANSFER_REGISTERED',
    wordingZh: '鼓励市场主体收购相邻多宗低效利用土地并集中改造开发…依法依规将分散的土地合并登记。',
    sourceZh: YN,
  }),
  define('D-YN08', {
    seeds: ['YN'],
    appliesTo: ['LOW'],
    appliesToZh: '低效用地（通过二级市场转让）',
    fields: ['counterparty'],
    evidenceKind: 'TRANSFER_REGISTERED',
    wordingZh: '充分利用我县国有建设用地使用权转让、出租、抵押二级市场交易平台系统…',
    sourceZh: YN,
  }),
  define('D-YN09', {
    seeds: ['YN'],
    appliesTo: ['LOW'],
    appliesToZh: '低效用地（土地使用权人自行改造）',
    fields: [],
    evidenceKind: 'CONSTRUCTION_STARTED',
    wordingZh: '在控规范围内提高现有土地利用率和增加容积率的不再增收土地价款',
    sourceZh: YN,
  }),
  define('D-YN10', {
    seeds: ['YN'],
    appliesTo: ['LOW'],
    appliesToZh: '低效用地（房地一并分割，行政办公及生活服务设施不得分割转让）',
    fields: ['counterparty', 'areaSplit'],
    evidenceKind: 'SPLIT_REGISTERED',
    wordingZh: '对未完成开发投资总额 25% 的产业用地，鼓励实行“预告登记”先行转让盘活利用。',
    sourceZh: YN,
  }),
  define('D-YN11', {
    seeds: ['YN'],
    appliesTo: ['LOW'],
    appliesToZh: '低效用地（撤并重组、全流程服务、金融、法律支持及申报上级政策）',
    fields: ['counterparty'],
    evidenceKind: 'TRANSFER_REGISTERED',
    wordingZh: '撤并重组 / 全流程服务 / 金融 / 法律 / 申报上级政策',
    sourceZh: YN,
  }),
];
