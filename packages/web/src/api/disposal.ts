/**
 * 处置与盘活 (一地一策) and 任务调度: disposal plans, their measures and tasks, progress
 * reports, and the organisation lists the plan form picks from
 * (docs/design/disposal.md §3). Labels for statuses come from @panhuo/domain.
 */
import type {
  AgreementType,
  DisposalStage,
  EvidenceKind,
  MeasureActionName,
  MeasureField,
  MeasureStatus,
  NewDeadlines as DomainNewDeadlines,
  PlanStatus,
  TaskStatus,
} from '@panhuo/domain';
import { api, request, type Page } from './client.ts';

export type {
  AgreementType,
  DisposalStage,
  EvidenceKind,
  FeeKind,
  MeasureActionName,
  MeasureField,
  MeasureStatus,
  PlanStatus,
  TaskStatus,
} from '@panhuo/domain';

// ---- methods --------------------------------------------------------------------------------

/** A catalogue method as it applies to one parcel: applicable ones first, each with why. */
export interface MethodOption {
  code: string;
  nameZh: string;
  appliesToZh: string;
  fields: MeasureField[];
  /** when present, the agreement comes first; the first type is the one to propose */
  agreementTypes: AgreementType[] | null;
  /** which new dates the measure sets, when `fields` has newDeadlines */
  deadlineFields?: Array<keyof DomainNewDeadlines> | null;
  evidenceKind: EvidenceKind;
  evidenceZh: string;
  wordingZh: string;
  sourceZh: string;
  applicable: boolean;
  whyZh: string;
}

/** The parcel's situation the list was judged for, and where a plan would come from. */
export interface MethodList {
  source: 'CASE' | 'LEDGER';
  caseId: string | null;
  situation: { category: string; idleCause: string | null; wpClass: string | null; seed: string | null };
  items: MethodOption[];
}

export const listMethods = (parcelId: string, caseId: string | undefined, signal?: AbortSignal) =>
  api.get<MethodList>('/disposal/methods', { parcelId, caseId }, signal);

// ---- measure data (DOMAIN.md §4.8) -----------------------------------------------------------

export interface Counterparty {
  name: string;
  uscc?: string | null;
}
export interface Agreement {
  type: AgreementType;
  signedAt?: string | null;
  parties: string[];
  docNo?: string | null;
  termsZh?: string | null;
}
/** Money is a decimal string in yuan, as the domain keeps it. */
export interface Valuation {
  landBasis: string;
  landValue_yuan?: string | null;
  buildingBasis?: string | null;
  buildingValue_yuan?: string | null;
  movablesExcluded?: boolean | null;
}
export interface AreaSplit {
  retained_m2: number;
  transferred_m2: number;
}
export interface Fee {
  kind: string;
  amount_yuan: string;
  rate?: number | null;
  dueAt?: string | null;
  paidAt?: string | null;
}
export interface NewDeadlines {
  start?: string | null;
  completion?: string | null;
  production?: string | null;
  temporaryUseFrom?: string | null;
  temporaryUseUntil?: string | null;
}

export interface MeasureData {
  counterparty?: Counterparty;
  agreement?: Agreement;
  valuation?: Valuation;
  areaSplit?: AreaSplit;
  fee?: Fee;
  newDeadlines?: NewDeadlines;
  notesZh?: string;
}

export interface MeasureInput extends MeasureData {
  methodCode: string;
  deadline?: string;
}

export interface Evidence {
  kind: EvidenceKind;
  on: string;
  /** 登记证号 / 文号 / 缴款凭证号 */
  referenceZh: string;
  noteZh?: string | null;
  fileIds?: string[];
}

export interface MeasureEvent {
  id: string;
  action: string;
  actionZh: string;
  on: string;
  fromStatus: MeasureStatus | null;
  toStatus: MeasureStatus;
  detail: Record<string, unknown> | null;
  actorName: string | null;
  createdAt: string;
}

/** A file a report or evidence cites: `id` is its SHA-256. */
export interface FileRef {
  id: string;
  originalName: string;
}

export interface Measure extends MeasureData {
  id: string;
  planId: string;
  ordinal: number;
  methodCode: string;
  methodNameZh: string;
  status: MeasureStatus;
  statusZh: string;
  statusSince: string;
  deadline: string | null;
  responsibleUnitId: string | null;
  responsiblePositionId: string | null;
  fields: MeasureField[];
  agreementTypes: AgreementType[] | null;
  evidenceKind: EvidenceKind;
  evidenceZh: string;
  legalBasis: string;
  sourceZh: string;
  revitalisedOn: string | null;
  revitalisedArea_m2: number | null;
  evidence: (Evidence & { kindZh: string; fileIds: string[]; files: FileRef[] }) | null;
  outcomeReason: string | null;
  escalatedFromId: string | null;
  /** the steps the measure's state allows; the plan's state and the input are checked when one is taken */
  allowedActions: Array<{ action: MeasureActionName; labelZh: string }>;
  events: MeasureEvent[];
  version: number;
}

// ---- plans -----------------------------------------------------------------------------------

export interface Approval {
  bodyName: string;
  decidedOn: string;
  docNo?: string;
  opinionZh: string;
}

export interface PositionRef {
  id: string;
  title: string;
  unitName: string;
  holderName: string | null;
}

export interface PlanSummary {
  id: string;
  jurisdictionCode: string;
  planNo: string;
  status: PlanStatus;
  statusZh: string;
  stage: DisposalStage;
  stageZh: string;
  parcel: { id: string; code: string; name: string; area_m2: number };
  enterprise: { id: string; name: string } | null;
  zone: { id: string; name: string } | null;
  responsibleUnit: { id: string; name: string };
  leader: PositionRef;
  measures: Array<{ id: string; methodCode: string; methodNameZh: string; status: MeasureStatus }>;
  deadline: string;
  overdue: boolean;
  version: number;
}

export interface PlanHistoryEntry {
  id: number;
  action: string;
  actionZh: string;
  at: string;
  actorName: string;
  detail: Record<string, unknown> | null;
}

export interface Plan extends Omit<PlanSummary, 'measures'> {
  caseId: string | null;
  caseNo: string | null;
  source: 'CASE' | 'LEDGER';
  category: 'IDLE' | 'INEFFICIENT';
  idleCause: string | null;
  wpClass: string | null;
  causeAnalysisZh: string;
  taskForce: { id: string; name: string } | null;
  returnedReason: string | null;
  submittedOn: string | null;
  approval: Approval | null;
  closedOn: string | null;
  /** the latest date a measure was revitalised */
  revitalisedOn: string | null;
  measures: Measure[];
  taskCount: number;
  history: PlanHistoryEntry[];
  createdAt: string;
  updatedAt: string;
}

export interface PlanFilters {
  status?: PlanStatus;
  stage?: DisposalStage;
  zoneId?: string;
  q?: string;
}

export interface PlanInput {
  parcelId: string;
  caseId?: string;
  causeAnalysisZh: string;
  responsibleUnitId: string;
  leaderPositionId: string;
  taskForceBodyId?: string;
  deadline: string;
  measures: MeasureInput[];
}

const planPath = (id: string) => `/disposal/plans/${encodeURIComponent(id)}`;
const measurePath = (id: string) => `/disposal/measures/${encodeURIComponent(id)}`;

export const listPlans = (filters: PlanFilters, page: number, pageSize: number, signal?: AbortSignal) =>
  api.get<Page<PlanSummary>>('/disposal/plans', { ...filters, page, pageSize }, signal);

export const getPlan = (id: string, signal?: AbortSignal) => api.get<Plan>(planPath(id), undefined, signal);

export const createPlan = (input: PlanInput) => api.post<Plan>('/disposal/plans', input);

/** The plan's own fields, while it is 编制中 (a returned plan is 编制中 again). */
export type PlanUpdate = Omit<PlanInput, 'parcelId' | 'caseId' | 'measures'> & { version: number };

export const updatePlan = (id: string, input: PlanUpdate) => api.put<Plan>(planPath(id), input);

/** A measure added to a plan that is 编制中. */
export const addMeasure = (planId: string, input: MeasureInput) => api.post<Measure>(`${planPath(planId)}/measures`, input);

/** A measure's deadline and data, while it is not concluded. */
export const updateMeasure = (id: string, input: MeasureInput & { version: number }) => api.put<Measure>(measurePath(id), input);

export type PlanActionInput =
  | { action: 'submit' }
  | { action: 'approve'; decidedOn: string; bodyName: string; docNo?: string; opinionZh?: string }
  | { action: 'return'; reasonZh: string }
  | { action: 'close' };

export const runPlanAction = (id: string, input: PlanActionInput & { version: number }) =>
  api.post<Plan>(`${planPath(id)}/actions`, input);

export type MeasureActionInput =
  | { action: 'startNegotiation'; on: string }
  | { action: 'signAgreement'; on: string; agreement: Agreement }
  | { action: 'startExecution'; on: string }
  | { action: 'startMonitoring'; on: string }
  | { action: 'revitalise'; on: string; area_m2: number; evidence: Evidence; fileIds?: string[] }
  | { action: 'escalate'; on: string; reasonZh: string }
  | { action: 'fail'; on: string; reasonZh: string }
  | { action: 'cancel'; on: string; reasonZh: string };

export interface BlacklistEntry {
  id: string;
  enterpriseName: string;
  uscc: string | null;
  listedOn: string;
  basisZh: string;
  sourceZh: string;
  planId: string;
  measureId: string;
}

export interface MeasureActionResult {
  measure: Measure;
  followUp?: Measure | null;
  blacklistEntry?: BlacklistEntry | null;
}

export const runMeasureAction = (id: string, input: MeasureActionInput & { version?: number }) =>
  api.post<MeasureActionResult>(`${measurePath(id)}/actions`, input);

// ---- tasks -----------------------------------------------------------------------------------

export interface TaskReport {
  id: string;
  taskId: string;
  reportedOn: string;
  progressZh: string;
  problemsZh: string | null;
  nextStepsZh: string | null;
  done: boolean;
  fileIds: string[];
  files: FileRef[];
  reporterName: string;
  createdAt: string;
}

export interface Task {
  id: string;
  planId: string;
  planNo: string;
  parcelId: string;
  parcelCode: string;
  parcelName: string;
  zoneName: string | null;
  measureId: string | null;
  methodNameZh: string | null;
  titleZh: string;
  dueOn: string;
  positionId: string;
  positionTitle: string;
  unitName: string;
  /** who holds the position today: the task goes with the seat */
  holderName: string | null;
  status: TaskStatus;
  statusZh: string;
  doneOn: string | null;
  overdue: boolean;
  daysOverdue: number;
  lastReport: Pick<TaskReport, 'reportedOn' | 'progressZh'> | null;
  reportCount: number;
  version: number;
}

export interface TaskFilters {
  mine?: boolean;
  status?: TaskStatus | 'OVERDUE';
  zoneId?: string;
  planId?: string;
}

export const listTasks = (filters: TaskFilters, page: number, pageSize: number, signal?: AbortSignal) =>
  api.get<Page<Task> & { overdueCount: number }>('/tasks', { ...filters, mine: filters.mine ? true : undefined, page, pageSize }, signal);

export const listPlanTasks = (planId: string, signal?: AbortSignal) =>
  api.get<{ items: Task[] }>(`${planPath(planId)}/tasks`, undefined, signal).then((r) => r.items);

export type TaskInput =
  | { titleZh: string; measureId?: string; dueOn: string; positionId: string }
  | { weekly: { titleZh: string; firstDueOn: string; weeks: number }; measureId?: string; positionId: string };

export const createTasks = (planId: string, input: TaskInput) =>
  api.post<{ items: Task[] }>(`${planPath(planId)}/tasks`, input).then((r) => r.items);

export const listTaskReports = (taskId: string, signal?: AbortSignal) =>
  api.get<{ items: TaskReport[] }>(`/tasks/${encodeURIComponent(taskId)}/reports`, undefined, signal).then((r) => r.items);

export interface TaskReportInput {
  reportedOn: string;
  progressZh: string;
  problemsZh?: string;
  nextStepsZh?: string;
  done: boolean;
  fileIds?: string[];
}

export const createTaskReport = (taskId: string, input: TaskReportInput) =>
  api.post<TaskReport>(`/tasks/${encodeURIComponent(taskId)}/reports`, input);

// ---- files -----------------------------------------------------------------------------------

/** A file uploaded outside a case (evidence, report photos); reports and evidence cite it by hash. */
export interface UploadedFile {
  id: string;
  sha256: string;
  originalName: string;
  mediaType: string;
  size: number;
}

/** Files go up one at a time before the form is sent; the form sends their ids. */
export function uploadFile(file: File) {
  const body = new FormData();
  body.set('file', file);
  return request<UploadedFile>('/files', { method: 'POST', body });
}
