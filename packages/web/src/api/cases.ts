/**
 * 认定程序: cases, their actions and timeline, batch review, to-do, the working-day
 * calendar and case settings, restrictions and publications (docs/design/determination.md).
 */
import type { AllowedAction, CaseCategory, CaseProfileId, DocumentKind, DocumentStatus, ServiceMethod } from '@panhuo/domain';
import { api, downloadFile, request, type Page } from './client.ts';

export type { AllowedAction, CaseCategory, CaseProfileId };

export interface CaseDeadline {
  kind: string;
  label: string;
  dueOn: string;
  basis?: string;
  overdue?: boolean;
}

export interface CaseListItem {
  id: string;
  jurisdictionCode: string;
  caseNo: string;
  profileId: CaseProfileId;
  profileName: string;
  category: CaseCategory;
  state: string;
  stateLabel: string;
  open: boolean;
  openedOn: string;
  closedOn: string | null;
  parcel: { id: string; code: string; name: string; area_m2: number; zoneName: string | null };
  enterprise: { id: string; name: string } | null;
  assignee: { id: string; name: string } | null;
  nextDeadline: CaseDeadline | null;
  overdue: boolean;
  version: number;
  updatedAt: string;
}

export interface CaseFilters {
  state?: string;
  profile?: string;
  /** a user id, or ME */
  assignee?: string;
  overdue?: boolean;
  q?: string;
}

export interface CaseEvent {
  seq: number;
  action: string;
  label: string;
  fromState: string | null;
  fromStateLabel: string | null;
  toState: string;
  toStateLabel: string;
  /** the day the act took effect (served, received…), when it differs from the record time */
  actionOn?: string | null;
  actorName: string;
  occurredAt: string;
  opinion: string | null;
  input?: Record<string, unknown> | null;
  documentId: string | null;
}

export interface CaseDocumentSummary {
  id: string;
  kind: DocumentKind;
  kindLabel?: string;
  status: DocumentStatus;
  title: string | null;
  docNo: string | null;
  issuerCode: string | null;
  issuedOn: string | null;
  servedOn: string | null;
  servedMethod: ServiceMethod | null;
  servedMethodLabel?: string | null;
  supersedes: string | null;
  supersededBy: string | null;
  createdAt: string;
}

export interface CaseAttachment {
  id: string;
  /** the case page's rows call it sha256, the upload answer fileSha256 */
  sha256?: string;
  fileSha256?: string;
  originalName: string;
  mediaType: string;
  size: number;
  caption: string | null;
  eventSeq: number | null;
  inspectionId: string | null;
  uploadedBy?: string;
  uploadedAt: string;
}

export interface InspectionFinding {
  /** ledger key: a parcel field (`started`), `contract.x`, `enterprise.x` or `years.2025.x` */
  field: string;
  label?: string;
  ledgerValue?: unknown;
  observed: unknown;
  note?: string | null;
}

export interface Inspection {
  id: string;
  inspectedOn: string;
  inspectors: string[];
  location?: string | null;
  summary?: string;
  findings: InspectionFinding[];
  status: 'DRAFT' | 'CONFIRMED';
  version?: number;
  confirmedBy?: string | null;
  confirmedAt: string | null;
}

export interface Restriction {
  id: string;
  jurisdictionCode: string;
  enterprise: { id: string; name: string; uscc: string | null };
  case: { id: string; caseNo: string };
  type: string;
  typeLabel: string;
  department: string;
  since: string;
  liftedOn: string | null;
  liftReason: string | null;
  active: boolean;
}

export interface Publication {
  id: string;
  caseId: string;
  caseNo: string;
  parcelId: string;
  parcelCode: string;
  parcelName: string;
  enterpriseName: string | null;
  publishedOn: string;
  channel: string;
  url: string | null;
  content: string;
}

export interface CaseParcelFacts {
  id: string;
  code: string;
  name: string;
  location: string | null;
  zoneName: string | null;
  area_m2: number;
  plannedUse: string | null;
  stage: string;
  acquisitionMode: string | null;
  acquisitionDate: string | null;
  deliveryDate: string | null;
  landPriceYuan: number | null;
  landPriceText?: string | null;
  agreedStartDate: string | null;
  agreedCompletionDate: string | null;
  started: boolean | null;
  actualStartDate: string | null;
  operationsStatus: string | null;
  idleCauseType: string | null;
}

export interface CaseEnterpriseFacts {
  id: string;
  name: string;
  uscc: string | null;
  legalRepresentative: string | null;
  phone: string | null;
  address: string | null;
}

export interface CaseDetail extends Omit<CaseListItem, 'parcel' | 'enterprise'> {
  states: Array<{ state: string; label: string }>;
  origin: Record<string, unknown> | null;
  snapshot: Record<string, unknown>;
  parcel: CaseParcelFacts | null;
  enterprise: CaseEnterpriseFacts | null;
  deadlines: CaseDeadline[];
  timeline: CaseEvent[];
  documents: CaseDocumentSummary[];
  attachments: CaseAttachment[];
  inspections: Inspection[];
  restrictions: Restriction[];
  publications: Publication[];
  allowedActions: AllowedAction[];
  today: string;
}

export const listCases = (filters: CaseFilters, page: number, pageSize: number, signal?: AbortSignal) =>
  api.get<Page<CaseListItem>>('/cases', { ...filters, overdue: filters.overdue ? true : undefined, page, pageSize }, signal);

export const getCase = (id: string, signal?: AbortSignal) =>
  api.get<CaseDetail>(`/cases/${encodeURIComponent(id)}`, undefined, signal);

/** Without `profileId` the county's setting for the category decides the procedure. */
export const openCase = (input: { parcelId: string; profileId?: CaseProfileId; category: CaseCategory; note?: string }) =>
  api.post<CaseDetail>('/cases', input);

export interface OpenFromResultsReport {
  opened: Array<{ id: string; caseNo: string; parcelId: string; parcelCode: string }>;
  skipped: Array<{ parcelId: string; parcelCode: string | null; reason: string; caseId?: string; caseNo?: string }>;
}

export const openCasesFromResults = (runId: string, parcelIds: string[]) =>
  api.post<OpenFromResultsReport>('/cases/from-results', { runId, parcelIds });

export const runCaseAction = (
  id: string,
  body: { action: string; version: number; opinion?: string; input: Record<string, unknown> },
) => api.post<CaseDetail>(`/cases/${encodeURIComponent(id)}/actions`, body);

export interface BatchReviewInput {
  caseIds: string[];
  outcome: 'CONFIRM' | 'REJECT';
  opinion?: string;
  meeting: { heldOn: string; place: string; host?: string; attendees: string[]; topics: string };
}

/** All or nothing: one refused case is a 422 naming it, and nothing is written. */
export interface BatchReviewReport {
  minutesDocumentId: string;
  /** the reviewed cases in their new state */
  cases: CaseListItem[];
}

export const batchReview = (input: BatchReviewInput) => api.post<BatchReviewReport>('/cases/batch-review', input);

export interface CaseSummary {
  today: string;
  total: number;
  open: number;
  byState: Array<{ profileId: CaseProfileId; profileName: string; state: string; stateLabel: string; count: number }>;
  overdueCount: number;
  dueSoonCount: number;
}

export const getCaseSummary = (signal?: AbortSignal) => api.get<CaseSummary>('/cases/summary', undefined, signal);

/** ASSIGNED: the user's own cases; SCOPE: a user without cases of their own sees their area's. */
export const getTodo = (signal?: AbortSignal) =>
  api.get<{ basis: 'ASSIGNED' | 'SCOPE'; today: string; items: CaseListItem[] }>('/todo', undefined, signal);

// ---- settings and calendar ----------------------------------------------------------

export interface CaseSettings {
  /** which procedure a new case of each category follows in this county */
  profileFor: Record<CaseCategory, CaseProfileId>;
  objectionWorkingDays: number;
  investigationStartDays: number;
  materialsDays: number;
  hearingRequestWorkingDays: number;
  paymentDays: number;
  deregistrationDays: number;
  idleFeeRate: string;
  restrictionDepartments?: Record<string, string>;
}

export interface StoredCaseSettings {
  jurisdictionCode: string;
  /** 0 while the jurisdiction has no settings of its own */
  version: number;
  /** the ancestor whose settings apply while the jurisdiction has none of its own */
  inheritedFrom: string | null;
  settings: CaseSettings;
}

/** Without a code: the user's own jurisdiction. */
export const getCaseSettings = (jurisdictionCode: string | undefined, signal?: AbortSignal) =>
  api.get<StoredCaseSettings>('/case-settings', { jurisdictionCode }, signal);
export const putCaseSettings = (input: { jurisdictionCode?: string; version: number; settings: CaseSettings }) =>
  api.put<StoredCaseSettings>('/case-settings', input);

export type CalendarDayKind = 'HOLIDAY' | 'WORKDAY';
export interface CalendarDay {
  date: string;
  kind: CalendarDayKind;
  name: string | null;
}

export const getCalendar = (year: number, signal?: AbortSignal) =>
  api.get<{ year?: number; days: CalendarDay[] }>('/calendar', { year }, signal);

export const putCalendarDay = (date: string, kind: CalendarDayKind, name: string) =>
  api.put<CalendarDay>(`/calendar/days/${date}`, { kind, name });

export const deleteCalendarDay = (date: string) => request<void>(`/calendar/days/${date}`, { method: 'DELETE' });

// ---- restrictions and publications --------------------------------------------------

export interface RestrictionFilters {
  department?: string;
  active?: boolean;
}

export const listRestrictions = (filters: RestrictionFilters, page: number, pageSize: number, signal?: AbortSignal) =>
  api.get<Page<Restriction>>('/restrictions', { department: filters.department, active: filters.active, page, pageSize }, signal);

export const exportRestrictions = (filters: RestrictionFilters) =>
  downloadFile('/restrictions/export.xlsx', { department: filters.department, active: filters.active }, '限制措施清单.xlsx');

export const listPublications = (q: string | undefined, page: number, pageSize: number, signal?: AbortSignal) =>
  api.get<Page<Publication>>('/publications', { q, page, pageSize }, signal);
