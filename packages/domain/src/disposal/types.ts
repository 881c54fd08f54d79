/**
 * Types of disposal (处置, 一地一策): plans, measures and tasks (docs/design/disposal.md §1–2,
 * DOMAIN.md §4.8 and §5.3). Plain JSON so that the server can keep a measure's data as jsonb
 * and validate inputs with zod: dates are ISO strings, money is a decimal string in yuan,
 * areas are m².
 */
import type { DecimalString, IsoDate } from '../cases/types.ts';

export type { DecimalString, IsoDate };

/** The seed documents a method comes from (DOMAIN.md §0.2), plus the national rules. */
export type SeedKey = 'national' | 'JD' | 'WP' | 'YN' | 'QZ' | 'SL';

export const seedLabels: Readonly<Record<SeedKey, string>> = {
  national: '国家规定',
  JD: '旌德县',
  WP: '武平县',
  YN: '永宁县',
  QZ: '钦州市',
  SL: '石龙区',
};

// ---- statuses ---------------------------------------------------------------------

export type PlanStatus = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'CLOSED';

export const planStatusLabels: Readonly<Record<PlanStatus, string>> = {
  DRAFT: '编制中',
  SUBMITTED: '报批中',
  APPROVED: '已批准',
  CLOSED: '已结案',
};

export type MeasureStatus =
  | 'PLANNED'
  | 'NEGOTIATING'
  | 'AGREEMENT_SIGNED'
  | 'EXECUTING'
  | 'MONITORING'
  | 'REVITALISED'
  | 'ESCALATED'
  | 'FAILED'
  | 'CANCELLED';

export const measureStatusLabels: Readonly<Record<MeasureStatus, string>> = {
  PLANNED: '拟实施',
  NEGOTIATING: '协商中',
  AGREEMENT_SIGNED: '已签订协议',
  EXECUTING: '实施中',
  MONITORING: '跟踪监管',
  REVITALISED: '已盘活',
  ESCALATED: '已升级处置',
  FAILED: '未能盘活',
  CANCELLED: '已撤销',
};

export const terminalMeasureStatuses: readonly MeasureStatus[] = ['REVITALISED', 'ESCALATED', 'FAILED', 'CANCELLED'];

export function isTerminalMeasureStatus(status: MeasureStatus): boolean {
  return terminalMeasureStatuses.includes(status);
}

export type TaskStatus = 'OPEN' | 'DONE';

export const taskStatusLabels: Readonly<Record<TaskStatus, string>> = {
  OPEN: '未完成',
  DONE: '已完成',
};

/** Where a parcel stands on the campaign dashboard (parcels by stage). */
export type DisposalStage =
  | 'NO_PLAN'
  | 'PLANNING'
  | 'APPROVAL'
  | 'NEGOTIATING'
  | 'EXECUTING'
  | 'MONITORING'
  | 'REVITALISED'
  | 'ESCALATED'
  | 'FAILED';

export const disposalStageLabels: Readonly<Record<DisposalStage, string>> = {
  NO_PLAN: '待制定方案',
  PLANNING: '方案编制',
  APPROVAL: '方案报批',
  NEGOTIATING: '协商签约',
  EXECUTING: '实施中',
  MONITORING: '跟踪监管',
  REVITALISED: '已盘活',
  ESCALATED: '升级处置',
  FAILED: '未能盘活',
};

// ---- evidence of revitalisation (DOMAIN.md §5.3) ----------------------------------

export type EvidenceKind =
  | 'CONSTRUCTION_STARTED'
  | 'TRANSFER_REGISTERED'
  | 'REGISTRATION_CANCELLED'
  | 'FEE_PAID'
  | 'PRODUCTION_RESUMED'
  | 'SPLIT_REGISTERED';

export const evidenceKindLabels: Readonly<Record<EvidenceKind, string>> = {
  CONSTRUCTION_STARTED: '达到动工开发标准',
  TRANSFER_REGISTERED: '完成转让登记',
  REGISTRATION_CANCELLED: '注销登记或变更至收储机构',
  FEE_PAID: '缴清费用',
  PRODUCTION_RESUMED: '恢复生产或指标达到约定值满一个季度',
  SPLIT_REGISTERED: '完成分割登记',
};

/** The proof a measure is revitalised: the registration, decision or record that shows it. */
export interface Evidence {
  kind: EvidenceKind;
  /** the day the evidence came about (registration date, payment date, inspection date) */
  on: IsoDate;
  /** 登记证号 / 文号 / 缴款凭证号 */
  referenceZh: string;
  noteZh?: string;
  fileIds?: string[];
}

// ---- measure data (DOMAIN.md §4.8) ------------------------------------------------

export type AgreementType =
  | 'THREE_PARTY'
  | 'SUPPLEMENTARY'
  | 'SUPERVISION_CONTRACT'
  | 'DEADLINE_DEVELOPMENT'
  | 'EFFICIENCY_IMPROVEMENT'
  | 'PURCHASE'
  | 'RECOVERY';

export const agreementTypeLabels: Readonly<Record<AgreementType, string>> = {
  THREE_PARTY: '三方协议',
  SUPPLEMENTARY: '补充协议',
  SUPERVISION_CONTRACT: '工业项目用地监管合同',
  DEADLINE_DEVELOPMENT: '限期开发协议',
  EFFICIENCY_IMPROVEMENT: '限期提升土地利用效率协议',
  PURCHASE: '收购（收储）协议',
  RECOVERY: '收回土地使用权协议',
};

export interface Agreement {
  type: AgreementType;
  signedAt?: IsoDate;
  /** the signing parties by name, e.g. 武平县自然资源局 */
  parties: string[];
  docNo?: string;
  termsZh?: string;
}

/** Buyer, partner, new investor, temporary user — whoever the measure deals with. */
export interface Counterparty {
  name: string;
  uscc?: string;
}

export type LandValuationBasis = 'BENCHMARK_LAND_PRICE' | 'ACTUAL_ACQUISITION_COST' | 'MARKET_APPRAISAL' | 'NEGOTIATED';
export type BuildingValuationBasis = 'REPLACEMENT_COST' | 'APPRAISAL';

export const valuationBasisLabels: Readonly<Record<LandValuationBasis | BuildingValuationBasis, string>> = {
  BENCHMARK_LAND_PRICE: '基准地价',
  ACTUAL_ACQUISITION_COST: '实际取得成本',
  MARKET_APPRAISAL: '市场评估价',
  NEGOTIATED: '协商价格',
  REPLACEMENT_COST: '重置价',
  APPRAISAL: '评估价',
};

export interface Valuation {
  landBasis: LandValuationBasis;
  landValue_yuan?: DecimalString;
  buildingBasis?: BuildingValuationBasis;
  buildingValue_yuan?: DecimalString;
  /** JD 回购储备: 「机械设备等动产部分由企业自行处置」 */
  movablesExcluded?: boolean;
}

export interface AreaSplit {
  retained_m2: number;
  transferred_m2: number;
  geometryRef?: string;
}

export type FeeKind = 'IDLE_LAND_FEE' | 'TAX_ARREARS' | 'LATE_FEE';

export const feeKindLabels: Readonly<Record<FeeKind, string>> = {
  IDLE_LAND_FEE: '土地闲置费',
  TAX_ARREARS: '欠缴税款',
  LATE_FEE: '滞纳金',
};

export interface Fee {
  kind: FeeKind;
  amount_yuan: DecimalString;
  /** share of the land price, e.g. 0.2 for the idle-land fee */
  rate?: number;
  dueAt?: IsoDate;
  paidAt?: IsoDate;
}

/**
 * The new dates a measure sets. start/completion/production are §4.8's; the temporary-use
 * period (D-N03) has its own pair because it is not a development deadline.
 */
export interface NewDeadlines {
  start?: IsoDate;
  completion?: IsoDate;
  production?: IsoDate;
  temporaryUseFrom?: IsoDate;
  temporaryUseUntil?: IsoDate;
}

export const newDeadlineLabels: Readonly<Record<keyof NewDeadlines, string>> = {
  start: '动工期限',
  completion: '竣工期限',
  production: '投产（达产）期限',
  temporaryUseFrom: '临时使用起始日期',
  temporaryUseUntil: '临时使用截止日期',
};

export interface MeasureApproval {
  body: string;
  decidedAt: IsoDate;
  docNo?: string;
}

/** The §4.8 data of a measure, kept as one jsonb column. */
export interface MeasureData {
  counterparty?: Counterparty;
  agreement?: Agreement;
  valuation?: Valuation;
  areaSplit?: AreaSplit;
  fee?: Fee;
  newDeadlines?: NewDeadlines;
  approvals?: MeasureApproval[];
  notesZh?: string;
}

/** The parts of MeasureData a catalogue method asks for. */
export type MeasureField = 'counterparty' | 'agreement' | 'valuation' | 'areaSplit' | 'fee' | 'newDeadlines';

export const measureFieldLabels: Readonly<Record<MeasureField, string>> = {
  counterparty: '交易或合作对象',
  agreement: '协议',
  valuation: '价格评估',
  areaSplit: '面积分割',
  fee: '费用征缴',
  newDeadlines: '新的开发期限',
};

/** A catalogue method applied to a plan's parcel (DOMAIN.md §4.8 with the design's states). */
export interface DisposalMeasure {
  id: string;
  planId: string;
  /** catalogue code, e.g. D-WP01 */
  methodCode: string;
  status: MeasureStatus;
  statusSince: IsoDate;
  deadline?: IsoDate | null;
  responsibleUnitId?: string | null;
  responsiblePositionId?: string | null;
  data: MeasureData;
  /** the method's wording and source, copied when the measure is created */
  legalBasis: string;
  revitalisedOn?: IsoDate | null;
  revitalisedArea_m2?: number | null;
  evidence?: Evidence | null;
  /** why it was escalated, failed or cancelled */
  outcomeReasonZh?: string | null;
  /** the measure whose breach this one follows up (D-WP01 → D-WP04) */
  escalatedFromId?: string | null;
}
