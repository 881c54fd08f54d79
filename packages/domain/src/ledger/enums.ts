/**
 * Enumerations of the ledger, with their Chinese labels. The codes are those of the
 * parcel-facts contract (shared/contracts/parcel-facts.v1.schema.json) so that a
 * ledger exports to it without translation.
 */
export const enums = {
  acquisitionMode: { GRANT: '出让', ALLOCATION: '划拨', LEASE: '租赁', OTHER: '其他' },
  contractSource: {
    GRANT_CONTRACT: '出让合同',
    ALLOCATION_DECISION: '划拨决定书',
    SUPPLEMENTARY_AGREEMENT: '补充协议',
    INVESTMENT_AGREEMENT: '投资协议',
  },
  foundationType: { DEEP_PIT: '深基坑', PILE: '桩基', OTHER: '其他地基' },
  startEvidence: {
    DEEP_PIT_EXCAVATED: '基坑开挖完毕',
    ALL_PILES_DRIVEN: '所有基础桩打入',
    ONE_THIRD_FOUNDATION: '地基施工完成三分之一',
  },
  haltReason: { FUNDS: '资金原因', OPERATIONS: '经营原因', MANAGEMENT: '管理原因', OTHER: '其他原因' },
  operationsStatus: { NOT_STARTED: '未投产', PRODUCING: '正常生产', SEMI_HALTED: '半停产', HALTED: '停产' },
  catalogueClass: {
    ENCOURAGED: '鼓励类',
    PERMITTED: '允许类',
    RESTRICTED: '限制类',
    ELIMINATED: '淘汰类',
    PROHIBITED: '禁止类',
  },
  judicialStatus: {
    NONE: '无',
    SEIZED: '查封',
    AUCTION: '司法拍卖',
    BANKRUPTCY: '破产',
    REORGANISATION: '重整',
    LIQUIDATION: '清算',
  },
  idleCauseType: {
    ENTERPRISE: '企业原因',
    GOVERNMENT: '政府原因',
    FORCE_MAJEURE: '不可抗力',
    JUDICIAL: '司法原因',
    MIXED: '政府与企业混合原因',
  },
  enterpriseScale: { ABOVE: '规上企业', BELOW: '规下企业' },
  plannedUse: {
    '0601': '0601 工业用地',
    '0602': '0602 采矿用地',
    '0604': '0604 仓储用地',
    '0501': '0501 零售商业用地',
    '0502': '0502 批发市场用地',
    '0503': '0503 餐饮用地',
    '0504': '0504 旅馆用地',
    '0505': '0505 商务金融用地',
    '0506': '0506 娱乐用地',
    '0507': '0507 其他商服用地',
  },
  /** 建设经营阶段, derived from the facts (see stage.ts); never entered by hand. */
  stage: {
    NOT_STARTED: '未动工',
    UNDER_CONSTRUCTION: '在建',
    CONSTRUCTION_HALTED: '停工',
    COMPLETED_NOT_PRODUCING: '已竣工未投产',
    PRODUCING: '正常生产',
    SEMI_HALTED: '半停产',
    PRODUCTION_HALTED: '停产',
    UNKNOWN: '情况不明',
  },
} as const;

export type EnumId = keyof typeof enums;
export type EnumValue<E extends EnumId> = keyof (typeof enums)[E] & string;

export function enumLabel(id: EnumId, value: string | null | undefined): string {
  if (value == null) return '';
  return (enums[id] as Record<string, string>)[value] ?? value;
}

/** Accepts either the code or its Chinese label (what a person types in Excel). */
export function enumFromInput(id: EnumId, input: string): string | undefined {
  const table = enums[id] as Record<string, string>;
  const trimmed = input.trim();
  if (trimmed in table) return trimmed;
  const upper = trimmed.toUpperCase();
  if (upper in table) return upper;
  for (const [code, label] of Object.entries(table)) {
    if (label === trimmed) return code;
    // "0601 工业用地" may be typed as "工业用地"
    if (label.endsWith(' ' + trimmed)) return code;
  }
  return undefined;
}
