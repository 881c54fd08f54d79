/**
 * DOMAIN.md §4.2 — Jingde's inefficient-land methods, wording verbatim from the seed.
 *
 * Evidence readings: 增资改造 obliges the holder to 「限期追加投资继续开发」, so it is
 * proven like the 动工-type methods; 分割转让 is a split-off bought back by the government
 * (§10 #5), proven by the split registration; 取缔关停 ends with the government buying
 * back land and attachments, proven like the other buy-backs.
 */
import { define, SOURCES, type DisposalMethod } from './define.ts';

export const jingdeMethods: readonly DisposalMethod[] = [
  define('D-JD01', {
    seeds: ['JD'],
    appliesTo: ['LOW'],
    appliesToZh: '低效工业用地（不改变土地用途）',
    fields: ['agreement', 'newDeadlines'],
    // the supplementary agreement and the supervision contract are signed together; either records the signing
    agreementTypes: ['SUPPLEMENTARY', 'SUPERVISION_CONTRACT'],
    deadlineFields: ['completion'],
    evidenceKind: 'CONSTRUCTION_STARTED',
    wordingZh:
      '不涉及改变土地用途的前提下，与土地使用权人签订补充协议，限期追加投资继续开发，通过增加固定资产投资，提高容积率或建筑密度等方式提升用地效益。并签订《工业项目用地监管合同》。',
    sourceZh: SOURCES.JD,
  }),
  define('D-JD02', {
    seeds: ['JD'],
    appliesTo: ['LOW'],
    appliesToZh: '低效工业用地（符合规划）',
    fields: ['counterparty'],
    evidenceKind: 'TRANSFER_REGISTERED',
    wordingZh:
      '符合规划的前提下，支持优势企业通过联合经营、兼并重组、股权收购、资产收购、司法拍卖、协议转让等市场化方式盘活…涉及土地使用权、房屋所有权转让的，依法按程序办理转让登记手续。',
    sourceZh: SOURCES.JD,
  }),
  define('D-JD03', {
    seeds: ['JD'],
    appliesTo: ['LOW'],
    appliesToZh: '宗地内连片空闲土地超过5亩的低效工业用地',
    fields: ['areaSplit', 'valuation', 'agreement'],
    agreementTypes: ['PURCHASE'],
    evidenceKind: 'SPLIT_REGISTERED',
    wordingZh: '对原始用地面积过大…对宗地内连片空闲土地超过5亩的进行分割。由政府相关部门按基准地价评估回购。',
    sourceZh: SOURCES.JD,
  }),
  define('D-JD04', {
    seeds: ['JD'],
    appliesTo: ['LOW'],
    appliesToZh: '停产且无力升级改造企业的低效工业用地',
    fields: ['agreement', 'valuation', 'fee'],
    agreementTypes: ['PURCHASE', 'RECOVERY'],
    evidenceKind: 'REGISTRATION_CANCELLED',
    wordingZh:
      '收回土地使用权价格按基准地价评估确定，对被收回土地范围内的建筑物或在建工程（包括围墙、水泥坪等构筑物），原则上按重置价补偿，机械设备等动产部分由企业自行处置。',
    sourceZh: SOURCES.JD,
  }),
  define('D-JD05', {
    seeds: ['JD'],
    appliesTo: ['LOW'],
    appliesToZh: '不符合产业规划的散乱污企业用地；僵尸企业、破产企业用地',
    fields: ['valuation'],
    evidenceKind: 'REGISTRATION_CANCELLED',
    wordingZh:
      '对不符合产业规划的散乱污企业一律予以关停，企业对相关废弃污染物处置到位后，由政府相关部门对土地和地上附着物进行回购。对“僵尸企业”、破产企业依法进行拍卖、重整或清算。',
    sourceZh: SOURCES.JD,
  }),
];
