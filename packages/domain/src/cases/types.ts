/**
 * Types of the determination procedure (docs/design/determination.md). Everything here is
 * plain JSON so that the server can store a snapshot as jsonb and validate inputs with zod:
 * dates are ISO strings (YYYY-MM-DD), money is a decimal string in yuan.
 */
import type { DocumentKind, DocumentStatus, ServiceMethod } from '../documents/kinds.ts';

export type IsoDate = string;
/** Yuan as a decimal string, e.g. "1234567.89" — never a float. */
export type DecimalString = string;

export const caseProfileIds = ['JD-2022', 'NAT-IDLE-2012'] as const;
export type CaseProfileId = (typeof caseProfileIds)[number];

export const jingdeStates = [
  'CANDIDATE',
  'VERIFYING',
  'PROPOSED',
  'REVIEWED',
  'PRELIM_NOTIFIED',
  'OBJECTION',
  'REVERIFYING',
  'DETERMINED',
  'CLEARED',
  'CLOSED',
] as const;
export type JingdeState = (typeof jingdeStates)[number];

export const nationalIdleStates = [
  'CANDIDATE',
  'INVESTIGATING',
  'CAUSE_ASSESSED',
  'DETERMINED',
  'PUBLISHED',
  'NEGOTIATING',
  'HEARING_NOTICE',
  'HEARING',
  'DECISION_SERVED',
  'APPEALED',
  'ENFORCEMENT',
  'FEE_PAID',
  'RECOVERED',
  'CLEARED',
  'CLOSED',
] as const;
export type NationalIdleState = (typeof nationalIdleStates)[number];

export type CaseState = JingdeState | NationalIdleState;
export type CaseCategory = 'IDLE' | 'INEFFICIENT';

/** Order 53 Art. 8 — the government acts that make idleness government-caused (DOMAIN §3.4). */
export const governmentCauseLabels = {
  LATE_OR_NONCONFORMING_DELIVERY: '未按约定期限、条件交付土地',
  PLAN_AMENDED: '土地利用总体规划、城乡规划依法修改',
  NEW_NATIONAL_POLICY: '国家出台相关政策需修改规划和建设条件',
  PETITIONS: '处置土地上相关群众信访事项',
  MILITARY_OR_HERITAGE: '军事管制、文物保护等',
  OTHER_GOVERNMENT_ACT: '政府、政府有关部门的其他行为',
  FORCE_MAJEURE: '自然灾害等不可抗力',
} as const;
export type GovernmentCause = keyof typeof governmentCauseLabels;

export type IdleCause = 'GOVERNMENT' | 'ENTERPRISE';
export type Sanction = 'FEE' | 'RECOVERY';

/** The document a case refers to, as the machine needs to see it. */
export interface CaseDocumentRef {
  id: string;
  kind: DocumentKind;
  status: DocumentStatus;
}

export interface ServiceRecord {
  documentId: string;
  servedOn: IsoDate;
  serviceMethod: ServiceMethod;
}

export interface Approval {
  /** the approving government, e.g. 青岚县人民政府 */
  body: string;
  decidedOn: IsoDate;
  docNo?: string;
}

/**
 * What the machine knows about a case. The server stores it in `cases.snapshot` and passes
 * the current document list in `documents`; `decide` returns a `patch` to merge into it.
 */
export interface CaseSnapshot {
  profile: CaseProfileId;
  state: CaseState;
  category: CaseCategory;
  openedOn: IsoDate;
  /** national: the day the suspected idle land was found (the 30-day investigation clock) */
  discoveredOn?: IsoDate;
  /** start date agreed in the grant contract or fixed in the allocation decision */
  agreedStartDate?: IsoDate;
  /** grant or allocation price, the base of the idle-land fee */
  landPriceYuan?: DecimalString;

  // Jingde
  proposedCriteria?: string[];
  proposedDisposal?: string[];
  review?: { outcome: 'CONFIRM' | 'REJECT'; heldOn: IsoDate; minutesDocumentId?: string };
  objectionWindowEndsOn?: IsoDate;
  objectionReceivedOn?: IsoDate;
  reverificationCount: number;
  reverificationOutcome?: 'UPHOLD' | 'OVERTURN';
  revitalisedOn?: IsoDate;

  // national
  investigationStartDueOn?: IsoDate;
  materialsDueOn?: IsoDate;
  materialsReceivedOn?: IsoDate;
  cause?: IdleCause;
  governmentCause?: GovernmentCause;
  idleSince?: IsoDate;
  publishedOn?: IsoDate;
  sanction?: Sanction;
  hearingRequestDueOn?: IsoDate;
  hearingRequestedOn?: IsoDate;
  hearingHeldOn?: IsoDate;
  approval?: Approval;
  feeAmountYuan?: DecimalString;
  /** payment (fee) or de-registration (recovery) deadline of the served decision */
  complianceDueOn?: IsoDate;
  paidOn?: IsoDate;
  appeal?: { kind: 'REVIEW' | 'LITIGATION'; filedOn: IsoDate; outcome?: 'UPHELD' | 'REVOKED'; concludedOn?: IsoDate };
  enforcementAppliedOn?: IsoDate;
  deregisteredOn?: IsoDate;

  /** the opinion given when the case was cleared (撤销 / 不构成闲置) */
  clearedOpinion?: string;
  /** service of each document kind, once served */
  served?: Partial<Record<DocumentKind, ServiceRecord>>;
  documents: CaseDocumentRef[];
}

// ---- inputs ------------------------------------------------------------------------

/** Every input may carry the actor's opinion; `clear` requires one. */
interface BaseInput {
  opinion?: string;
}

/** Input of an action that serves a document on the enterprise. */
export interface ServiceInput extends BaseInput {
  documentId: string;
  servedOn: IsoDate;
  serviceMethod: ServiceMethod;
}

export interface ActionInputs {
  // Jingde
  startVerification: BaseInput;
  submitForm: BaseInput & { proposedCriteria: string[]; proposedDisposal: string[] };
  groupReview: BaseInput & { outcome: 'CONFIRM' | 'REJECT'; meeting: { heldOn: IsoDate; minutesDocumentId?: string } };
  notifyReviewResult: ServiceInput;
  receiveObjection: BaseInput & { receivedOn: IsoDate };
  startReverification: BaseInput;
  concludeReverification: BaseInput & { outcome: 'UPHOLD' | 'OVERTURN' };
  /** Jingde: from PRELIM_NOTIFIED or REVERIFYING; national: requires `idleSince` (falls back to `agreedStartDate`) */
  determine: ServiceInput & { idleSince?: IsoDate };
  clear: BaseInput & { opinion: string };
  closeRevitalised: BaseInput & { evidence: string; revitalisedOn?: IsoDate };
  // national
  serveInvestigationNotice: ServiceInput;
  assessCause: BaseInput & { cause: IdleCause; governmentCause?: GovernmentCause; materialsReceivedOn?: IsoDate };
  publish: BaseInput & { publishedOn: IsoDate; channel: string; url?: string };
  startNegotiation: BaseInput;
  serveHearingNotice: ServiceInput & { sanction: Sanction };
  requestHearing: BaseInput & { requestedOn: IsoDate };
  serveFeeDecision: ServiceInput & { approval: Approval; hearingHeldOn?: IsoDate; landPriceYuan?: DecimalString };
  serveRecoveryDecision: ServiceInput & { approval: Approval; hearingHeldOn?: IsoDate };
  recordPayment: BaseInput & { paidOn: IsoDate; amountYuan: DecimalString };
  recordAppeal: BaseInput & { kind: 'REVIEW' | 'LITIGATION'; filedOn: IsoDate };
  concludeAppeal: BaseInput & { outcome: 'UPHELD' | 'REVOKED'; concludedOn: IsoDate };
  startEnforcement: BaseInput & { appliedOn?: IsoDate };
  recordRecovery: BaseInput & { deregisteredOn: IsoDate };
  close: BaseInput;
}

export type ActionId = keyof ActionInputs;
export type ActionInput<A extends ActionId = ActionId> = ActionInputs[A];

// ---- clocks, effects, decisions ----------------------------------------------------

export type DeadlineKind =
  | 'INVESTIGATION_START'
  | 'MATERIALS'
  | 'OBJECTION_WINDOW'
  | 'HEARING_REQUEST'
  | 'PAYMENT'
  | 'DEREGISTRATION';

export interface Deadline {
  kind: DeadlineKind;
  /** Chinese, e.g. 异议期届满 */
  label: string;
  dueOn: IsoDate;
  /** the article, e.g. 《闲置土地处置办法》第十七条 */
  basis: string;
}

/** P-JD04 restriction types (restrictions.ts holds the catalogue). */
export type RestrictionType =
  | 'TRANSFER_LEASE_MORTGAGE_REGISTRATION'
  | 'PREFERENTIAL_POLICY'
  | 'CONSTRUCTION_PLANNING'
  | 'EIA_SAFETY'
  | 'FINANCING_GUARANTEE'
  | 'TAX_ARREARS'
  | 'UTILITIES';

export type Effect =
  /** mark the document SERVED with this date and method */
  | { kind: 'SERVE_DOCUMENT'; documentId: string; documentKind: DocumentKind; servedOn: IsoDate; serviceMethod: ServiceMethod }
  /** one flag per entry, on the case's enterprise */
  | { kind: 'RAISE_RESTRICTIONS'; since: IsoDate; restrictions: Array<{ type: RestrictionType; department: string }> }
  /** set `liftedOn` on every open flag of the case */
  | { kind: 'LIFT_RESTRICTIONS'; liftedOn: IsoDate; reason: string }
  /** write a publication record */
  | { kind: 'PUBLISH'; publishedOn: IsoDate; channel: string; url?: string };

export type RefusalCode =
  | 'ACTION_NOT_ALLOWED'
  | 'INVALID_INPUT'
  | 'DATE_IN_FUTURE'
  | 'DOCUMENT_NOT_ISSUED'
  | 'FORM_INCOMPLETE'
  | 'OPINION_REQUIRED'
  | 'EVIDENCE_REQUIRED'
  | 'OBJECTION_LATE'
  | 'SECOND_OBJECTION'
  | 'OBJECTION_WINDOW_OPEN'
  | 'REVERIFICATION_PENDING'
  | 'ALREADY_CONCLUDED'
  | 'MATERIALS_WINDOW_OPEN'
  | 'GOVERNMENT_CAUSE_REQUIRED'
  | 'NOT_IDLE_YET'
  | 'ENTERPRISE_CAUSE'
  | 'GOVERNMENT_CAUSE_NO_SANCTION'
  | 'AGREED_START_UNKNOWN'
  | 'SANCTION_TOO_EARLY'
  | 'SANCTION_MISMATCH'
  | 'HEARING_REQUEST_LATE'
  | 'HEARING_WINDOW_OPEN'
  | 'APPROVAL_REQUIRED'
  | 'LAND_PRICE_UNKNOWN'
  | 'AMOUNT_MISMATCH'
  | 'DEADLINE_NOT_PASSED';

export interface Refusal {
  ok: false;
  code: RefusalCode;
  /** Chinese; names the rule and the date */
  reason: string;
}

export interface Transition {
  ok: true;
  state: CaseState;
  /** merge into the snapshot (it already contains `state`) */
  patch: Partial<CaseSnapshot>;
  /** deadlines that start running with this action (insert them) */
  deadlines: Deadline[];
  /** every deadline running after the action; close (met_on) any open one whose kind is not here */
  openDeadlines: Deadline[];
  effects: Effect[];
}

export type Decision = Transition | Refusal;

export interface AllowedAction {
  action: ActionId;
  label: string;
  allowed: boolean;
  /** Chinese, when not allowed */
  reason?: string;
  code?: RefusalCode;
  /** the document kind the action serves, if any */
  serves?: DocumentKind;
}

// ---- context -----------------------------------------------------------------------

/** Saturdays and Sundays rest unless in `workdays` (调休); `holidays` rest. */
export interface WorkingCalendar {
  holidays: IsoDate[];
  workdays: IsoDate[];
}

export interface CaseSettings {
  objectionWorkingDays: number;
  investigationStartDays: number;
  materialsDays: number;
  hearingRequestWorkingDays: number;
  paymentDays: number;
  deregistrationDays: number;
  /** Order 53 Art. 14: 20 %; 城市房地产管理法 Art. 26: up to 20 % */
  idleFeeRate: DecimalString;
  /** department names per restriction type in this jurisdiction; the catalogue gives defaults */
  restrictionDepartments?: Partial<Record<RestrictionType, string>>;
}

export const defaultCaseSettings: CaseSettings = {
  objectionWorkingDays: 10,
  investigationStartDays: 30,
  materialsDays: 30,
  hearingRequestWorkingDays: 5,
  paymentDays: 30,
  deregistrationDays: 30,
  idleFeeRate: '0.20',
};

export interface DecisionContext {
  /** the fake clock in tests; the server passes todayInChina() */
  today: IsoDate;
  calendar: WorkingCalendar;
  settings: CaseSettings;
}
