import type { BodyKind, MembershipRole, UnitKind } from '@panhuo/domain';
import { COUNTY_CODE } from './county.ts';

/**
 * 青岚县's campaign organisation, shaped like Wuping's "1+3+5" (DOMAIN.md §7.2): one
 * headquarters (指挥部) with its office, three war zones (战区) = the three parks, and
 * five task forces (攻坚专班). Responsibilities bind to positions (席位), not to people;
 * the people are fictional and only fill the leading seats. Written by organisation-load.ts.
 */
export interface Unit { id: string; nameZh: string; kind: UnitKind; adminCode: string }
export interface Position { id: string; unitId: string; titleZh: string }
export interface Body {
  id: string;
  jurisdiction: string;
  kind: BodyKind;
  nameZh: string;
  parentBodyId?: string;
  hostUnitId?: string;
  duties: string[];
  /** a war zone's park, by zone name */
  scope?: { parkNames: string[] };
}
export interface Membership { bodyId: string; positionId: string; role: MembershipRole; note?: string }
export interface Person { id: string; displayName: string }
export interface Assignment { personId: string; positionId: string; from: string; to?: string }

export interface Organisation {
  units: Unit[];
  positions: Position[];
  bodies: Body[];
  memberships: Membership[];
  persons: Person[];
  assignments: Assignment[];
}

const unitList: Array<[string, string, UnitKind]> = [
  ['party', '中共青岚县委员会', 'OTHER'], ['gov', '青岚县人民政府', 'GOV'], ['htz', '青岚高新区管委会', 'PARK_COMMITTEE'],
  ['drc', '县发展和改革局', 'GOV_DEPT'], ['fin', '县财政局', 'GOV_DEPT'], ['com', '县商务局', 'GOV_DEPT'], ['iit', '县工业信息化和科技局', 'GOV_DEPT'],
  ['nr', '县自然资源局', 'GOV_DEPT'], ['hc', '县住房和城乡建设局', 'GOV_DEPT'], ['pol', '县公安局', 'GOV_DEPT'], ['jus', '县司法局', 'GOV_DEPT'],
  ['urb', '县城市管理局', 'GOV_DEPT'], ['tax', '国家税务总局青岚县税务局', 'GOV_DEPT'], ['em', '县应急管理局', 'GOV_DEPT'],
  ['fire', '青岚县消防救援大队', 'GOV_DEPT'], ['env', '龙岩市青岚生态环境局', 'GOV_DEPT'], ['hea', '县卫生健康局', 'GOV_DEPT'],
  ['mkt', '县市场监督管理局', 'GOV_DEPT'], ['soe', '青岚国有资产投资集团有限公司', 'SOE'], ['pet', '县信访局', 'GOV_DEPT'],
  ['res', '县土地收储中心', 'GOV_DEPT'], ['reg', '县不动产登记中心', 'GOV_DEPT'], ['sup', '县大督办', 'OTHER'],
  ['lc', '岚城街道', 'SUBDISTRICT'], ['cd', '城东镇', 'TOWN'], ['yx', '岩溪镇', 'TOWN'], ['sl', '十里镇', 'TOWN'],
];

const positionList: Array<[string, string, string]> = [
  ['party.standing', 'party', '县委常委'],
  ['gov.vice1', 'gov', '副县长（负责日常工作）'], ['gov.vice2', 'gov', '副县长'], ['gov.vice3', 'gov', '副县长'], ['gov.vice4', 'gov', '副县长'],
  ['htz.director', 'htz', '管委会主任'], ['htz.deputy', 'htz', '管委会副主任'], ['htz.staff3', 'htz', '三级主任科员'], ['htz.staff4', 'htz', '四级主任科员'], ['htz.cadre', 'htz', '干部'],
  ['drc.head', 'drc', '局长'], ['fin.head', 'fin', '局长'], ['com.head', 'com', '局长'], ['com.secretary', 'com', '党组书记'], ['com.member', 'com', '党组成员'], ['com.staff4', 'com', '四级主任科员'],
  ['iit.head', 'iit', '局长'], ['nr.head', 'nr', '局长'], ['nr.member', 'nr', '党组成员'], ['nr.cadre', 'nr', '干部'],
  ['hc.head', 'hc', '局长'], ['hc.engineer', 'hc', '总工程师'], ['hc.cadre', 'hc', '干部'], ['pol.deputy', 'pol', '副局长'],
  ['jus.head', 'jus', '局长'], ['jus.legalService', 'jus', '公共法律服务管理股股长'], ['jus.review', 'jus', '行政复议与应诉股科员'],
  ['urb.deputySecretary', 'urb', '党组副书记'], ['tax.head', 'tax', '局长'], ['tax.cadre', 'tax', '干部'], ['em.head', 'em', '局长'],
  ['fire.chief', 'fire', '大队长'], ['env.head', 'env', '局长'], ['hea.head', 'hea', '局长'], ['mkt.head', 'mkt', '局长'], ['soe.chair', 'soe', '董事长'],
  ['pet.head', 'pet', '局长'], ['pet.cadre', 'pet', '干部'], ['res.deputy', 'res', '副主任'], ['reg.deputy', 'reg', '副主任'],
  ['lc.secretary', 'lc', '党工委书记'], ['lc.director', 'lc', '街道办主任'], ['cd.mayor', 'cd', '镇长'],
  ['yx.secretary', 'yx', '党委书记'], ['yx.mayor', 'yx', '镇长'], ['sl.secretary', 'sl', '党委书记'], ['sl.mayor', 'sl', '镇长'],
];

const HQ = 'hq';
const bodies: Body[] = [
  { id: HQ, jurisdiction: COUNTY_CODE, kind: 'HQ', nameZh: '青岚县集中开展低效工业用地盘活攻坚行动指挥部', duties: ['统筹全县低效工业用地盘活攻坚行动'] },
  { id: 'hq.office', jurisdiction: COUNTY_CODE, kind: 'OFFICE', nameZh: '指挥部办公室', parentBodyId: HQ, hostUnitId: 'htz', duties: ['负责指挥部日常工作'] },
  { id: 'wz.xc', jurisdiction: COUNTY_CODE, kind: 'WAR_ZONE', nameZh: '县城工业园战区', parentBodyId: HQ, duties: ['负责青岚县城工业园低效工业用地盘活'], scope: { parkNames: ['青岚县城工业园'] } },
  { id: 'wz.yx', jurisdiction: COUNTY_CODE, kind: 'WAR_ZONE', nameZh: '岩溪工业园战区', parentBodyId: HQ, duties: ['负责岩溪工业园低效工业用地盘活'], scope: { parkNames: ['岩溪工业园'] } },
  { id: 'wz.sl', jurisdiction: COUNTY_CODE, kind: 'WAR_ZONE', nameZh: '十里工业园战区', parentBodyId: HQ, duties: ['负责十里工业园低效工业用地盘活'], scope: { parkNames: ['十里工业园'] } },
  { id: 'tf.coordination', jurisdiction: COUNTY_CODE, kind: 'TASK_FORCE', nameZh: '综合服务协调组', parentBodyId: HQ, duties: ['负责攻坚过程中的综合协调、沟通等相关工作。'] },
  { id: 'tf.contract', jurisdiction: COUNTY_CODE, kind: 'TASK_FORCE', nameZh: '履约检查、谈判工作组', parentBodyId: HQ, duties: ['负责协调处理攻坚过程中的合同监管、谈判、新项目签约等相关工作。'] },
  {
    id: 'tf.reserve', jurisdiction: COUNTY_CODE, kind: 'TASK_FORCE', nameZh: '土地收储、产权办理工作组', parentBodyId: HQ,
    duties: ['负责协调处理攻坚过程中的房屋安全鉴定、产权分割、土地评估、收储、挂网拍卖、用地和建设手续办理等相关工作。'],
  },
  { id: 'tf.legal', jurisdiction: COUNTY_CODE, kind: 'TASK_FORCE', nameZh: '信访维稳、法务工作组', parentBodyId: HQ, duties: ['负责协调处理攻坚过程中的信访、维稳、涉及法律事务方面的事项。'] },
  { id: 'tf.enforcement', jurisdiction: COUNTY_CODE, kind: 'TASK_FORCE', nameZh: '综合执法工作组', parentBodyId: HQ, duties: ['负责协调处理攻坚过程中的综合措施运用等相关工作。'] },
];

const m = (bodyId: string, role: MembershipRole, positionIds: string[], note?: string): Membership[] =>
  positionIds.map((positionId) => ({ bodyId, positionId, role, ...(note ? { note } : {}) }));

const memberships: Membership[] = [
  ...m(HQ, 'COMMANDER', ['party.standing']),
  ...m(HQ, 'COMMANDER', ['gov.vice1'], '负责日常工作'),
  ...m(HQ, 'EXECUTIVE_DEPUTY', ['htz.director']),
  ...m(HQ, 'DEPUTY', ['gov.vice2', 'gov.vice3', 'gov.vice4']),
  ...m(HQ, 'MEMBER', [
    'drc.head', 'fin.head', 'com.head', 'iit.head', 'nr.head', 'hc.head', 'pol.deputy', 'jus.head', 'urb.deputySecretary', 'tax.head', 'em.head',
    'fire.chief', 'env.head', 'hea.head', 'mkt.head', 'soe.chair', 'htz.deputy', 'lc.secretary', 'cd.mayor', 'yx.secretary', 'sl.secretary',
  ]),
  ...m('hq.office', 'OFFICE_DIRECTOR', ['htz.deputy']),
  ...m('hq.office', 'OFFICE_DEPUTY', ['nr.head', 'com.head', 'hc.head']),
  ...m('wz.xc', 'COMMANDER', ['gov.vice1']), ...m('wz.xc', 'DEPUTY', ['nr.head']), ...m('wz.xc', 'MEMBER', ['htz.deputy']),
  ...m('wz.yx', 'COMMANDER', ['party.standing']), ...m('wz.yx', 'DEPUTY', ['hc.head']), ...m('wz.yx', 'MEMBER', ['htz.staff4']),
  ...m('wz.sl', 'COMMANDER', ['htz.director']), ...m('wz.sl', 'DEPUTY', ['com.secretary']), ...m('wz.sl', 'MEMBER', ['htz.staff4']),
  ...m('tf.coordination', 'LEADER', ['gov.vice1']),
  ...m('tf.coordination', 'DEPUTY_LEADER', ['htz.director', 'nr.head', 'hc.head', 'com.head', 'lc.director', 'cd.mayor', 'sl.mayor', 'yx.mayor']),
  ...m('tf.coordination', 'MEMBER', ['nr.member', 'hc.engineer', 'com.member', 'htz.staff4']),
  ...m('tf.contract', 'LEADER', ['gov.vice1']),
  ...m('tf.contract', 'DEPUTY_LEADER', ['com.head', 'htz.deputy'], '另由各责任单位主要领导任副组长'),
  ...m('tf.contract', 'MEMBER', ['com.staff4', 'htz.cadre']),
  ...m('tf.reserve', 'LEADER', ['gov.vice2']),
  ...m('tf.reserve', 'DEPUTY_LEADER', ['nr.head', 'hc.head', 'fin.head']),
  ...m('tf.reserve', 'MEMBER', ['hc.cadre', 'nr.cadre', 'tax.cadre', 'res.deputy', 'reg.deputy', 'htz.staff4']),
  ...m('tf.legal', 'LEADER', ['gov.vice3']),
  ...m('tf.legal', 'DEPUTY_LEADER', ['jus.head', 'pet.head', 'pol.deputy', 'htz.staff3']),
  ...m('tf.legal', 'MEMBER', ['jus.legalService', 'jus.review', 'pet.cadre'], '另有其他相关单位业务骨干'),
  ...m('tf.enforcement', 'LEADER', ['gov.vice1']),
  ...m('tf.enforcement', 'DEPUTY_LEADER', ['em.head', 'urb.deputySecretary', 'tax.head', 'nr.head', 'hc.head', 'iit.head', 'htz.deputy']),
];

/** Fictional people in the leading seats. */
const people: Array<[string, string]> = [
  ['party.standing', '陈明远'], ['gov.vice1', '林书航'], ['gov.vice2', '郑海峰'], ['gov.vice3', '吴静宜'], ['gov.vice4', '罗志诚'],
  ['htz.director', '邱文涛'], ['htz.deputy', '钟雨桐'], ['htz.staff3', '谢安琪'], ['htz.staff4', '曾子墨'], ['nr.head', '黄立言'],
  ['com.head', '张启明'], ['com.secretary', '刘晓彤'], ['hc.head', '周宏宇'], ['fin.head', '江一凡'], ['jus.head', '蓝海川'],
  ['pet.head', '温景行'], ['tax.head', '廖思齐'], ['em.head', '赖永和'],
];

export const organisation: Organisation = {
  units: unitList.map(([id, nameZh, kind]) => ({ id, nameZh, kind, adminCode: COUNTY_CODE })),
  positions: positionList.map(([id, unitId, titleZh]) => ({ id, unitId, titleZh })),
  bodies,
  memberships,
  persons: people.map(([, displayName], i) => ({ id: `p${i + 1}`, displayName })),
  assignments: people.map(([positionId], i) => ({ personId: `p${i + 1}`, positionId, from: '2026-03-01' })),
};
