/**
 * 认定程序: cases, their actions and timeline, batch review, to-do, the working-day
 * calendar and case settings, restrictions and publications (docs/design/determination.md).
 */
import type { DocumentKind, DocumentStatus, ServiceMethod } from '@panhuo/domain';
import { api, downloadFile, request, type Page } from './client.ts';

export type CaseProfileId = 'JD-2022' | 'NAT-IDLE-2012';
export type CaseCategory = 'IDLE' | 'INEFFICIENT';

export interface CaseDeadline {
  kind: string;
  label: string;
  dueOn: string;
  basis?: string;
  metOn?: string | null;
  overdue?: boolean;
}

export interface CaseListItem {
  id: string;
  caseNo: string;
  parcelId: string;
  parcelCode: string;
  parcelName: string;
  enterpriseId: string | null;
  enterpriseName: string | null;
  profileId: CaseProfileId;
  profileLabel?: string;
  state: string;
  stateLabel: string;
  category: CaseCategory;
  openedOn: string;
  assigneeUserId: string | null;
  assigneeName: string | null;
  nextDeadline: CaseDeadline | null;
  overdue: boolean;
}

export interface CaseFilters {
  state?: string;
  profile?: string;
  assignee?: string;
  overdue?: boolean;
  q?: string;
}

export interface AllowedAction {
  action: string;
  label: string;
  allowed: boolean;
  reason?: string;
  code?: string;
  serves?: DocumentKind;
}

export interface CaseEvent {
  seq: number;
  action: string;
  actionLabel?: string;
  fromState: string | null;
  toState: string | null;
  actorName: string;
  occurredAt: string;
  opinion: string | null;
  input?: Record<string, unknown> | null;
  documentId: string | null;
}

export interface CaseDocumentSummary {
  id: string;
  caseId: string | null;
  kind: DocumentKind;
  status: DocumentStatus;
  title?: string;
  docNo: string | null;
  issuerCode?: string | null;
  issuedOn: string | null;
  servedOn: string | null;
  servedMethod: ServiceMethod | null;
  supersedes: string | null;
  supersededBy: string | null;
  createdAt: string;
}

export interface CaseAttachment {
  fileSha256: string;
  originalName: string;
  mediaType: string;
  size: number;
  caption: string | null;
  eventSeq: number | null;
  inspectionId: string | null;
  uploadedBy: string;
  uploadedAt: string;
}

export interface InspectionFinding {
  /** the ledger field key the inspector checked, e.g. construction.stage */
  field: string;
  label?: string;
  ledgerValue?: unknown;
  observed: unknown;
  note?: string | null;
}

export interface Inspection {
  id: string;
  caseId: string;
  parcelId: string;
  inspectedOn: string;
  inspectors: string[];
  findings: InspectionFinding[];
  status: 'DRAFT' | 'CONFIRMED';
  confirmedBy: string | null;
  confirmedAt: string | null;
}

export interface Restriction {
  id: string;
  enterpriseId: string;
  enterpriseName?: string;
  caseId: string;
  caseNo?: string;
  type: string;
  typeLabel?: string;
  department: string;
  since: string;
  liftedOn: string | null;
  liftReason: string | null;
}

export interface Publication {
  id: string;
  caseId: string;
  caseNo?: string;
  parcelCode?: string;
  parcelName?: string;
  enterpriseName?: string | null;
  publishedOn: string;
  channel: string;
  url: string | null;
  content?: string | null;
}

export interface CaseDetail extends CaseListItem {
  version: number;
  snapshot: Record<string, unknown>;
  origin: Record<string, unknown> | null;
  /** the parcel facts the case rests on: label → value pairs or a nested object */
  facts: Record<string, unknown> | null;
  events: CaseEvent[];
  deadlines: CaseDeadline[];
  documents: CaseDocumentSummary[];
  attachments: CaseAttachment[];
  inspections: Inspection[];
  restrictions: Restriction[];
  publications: Publication[];
  allowedActions: AllowedAction[];
}

export const listCases = (filters: CaseFilters, page: number, pageSize: number, signal?: AbortSignal) =>
  api.get<Page<CaseListItem>>('/cases', { ...filters, overdue: filters.overdue ? true : undefined, page, pageSize }, signal);

export const getCase = (id: string, signal?: AbortSignal) =>
  api.get<CaseDetail>(`/cases/${encodeURIComponent(id)}`, undefined, signal);

export const openCase = (input: { parcelId: string; profileId: CaseProfileId; category: CaseCategory; note?: string }) =>
  api.post<CaseDetail>('/cases', input);

export interface OpenFromResultsReport {
  opened: Array<{ parcelId: string; caseId: string; caseNo: string }>;
  skipped: Array<{ parcelId: string; parcelCode?: string; reason: string; caseId?: string; caseNo?: string }>;
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
  meeting: { heldOn: string; place: string; attendees: string[]; topics: string };
}

export interface BatchReviewReport {
  minutesDocumentId: string;
  reviewed?: Array<{ caseId: string; caseNo?: string; state?: string }>;
  refused?: Array<{ caseId: string; caseNo?: string; reason: string }>;
}

export const batchReview = (input: BatchReviewInput) => api.post<BatchReviewReport>('/cases/batch-review', input);

export interface CaseSummary {
  byState: Array<{ profileId: string; state: string; stateLabel: string; count: number }>;
  overdue: number;
}

export const getCaseSummary = (signal?: AbortSignal) => api.get<CaseSummary>('/cases/summary', undefined, signal);

export interface TodoItem extends CaseListItem {
  deadlines?: CaseDeadline[];
}

export const getTodo = (signal?: AbortSignal) => api.get<{ items: TodoItem[] }>('/todo', undefined, signal);

// ---- settings and calendar ----------------------------------------------------------

export interface CaseSettings {
  objectionWorkingDays: number;
  investigationStartDays: number;
  materialsDays: number;
  hearingRequestWorkingDays: number;
  paymentDays: number;
  deregistrationDays: number;
  idleFeeRate: string;
  restrictionDepartments?: Record<string, string>;
}

export const getCaseSettings = (signal?: AbortSignal) => api.get<CaseSettings>('/case-settings', undefined, signal);
export const putCaseSettings = (settings: CaseSettings) => api.put<CaseSettings>('/case-settings', settings);

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

export const listRestrictions = (filters: RestrictionFilters, signal?: AbortSignal) =>
  api.get<{ items: Restriction[]; total?: number }>('/restrictions', { department: filters.department, active: filters.active }, signal);

export const exportRestrictions = (filters: RestrictionFilters) =>
  downloadFile('/restrictions/export.xlsx', { department: filters.department, active: filters.active }, '限制措施清单.xlsx');

export const listPublications = (signal?: AbortSignal) =>
  api.get<{ items: Publication[]; total?: number }>('/publications', undefined, signal);
