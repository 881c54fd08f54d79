/**
 * Field verification (核查记录) and uploaded files: an inspection records what the
 * inspectors found per ledger field; confirming it writes those facts to the ledger.
 * Photos and other attachments are stored once by content hash (GET /files/:sha256).
 */
import { API_BASE, api, request } from './client.ts';
import type { CaseAttachment, Inspection, InspectionFinding } from './cases.ts';

export interface InspectionInput {
  inspectedOn: string;
  inspectors: string[];
  location?: string | null;
  summary: string;
  findings: Array<Pick<InspectionFinding, 'field' | 'observed' | 'note'>>;
}

const casePath = (caseId: string) => `/cases/${encodeURIComponent(caseId)}`;

/** The full records (with version and each finding's ledger value), newer than the case page's rows. */
export const listInspections = (caseId: string, signal?: AbortSignal) =>
  api.get<{ items: Inspection[] }>(`${casePath(caseId)}/inspections`, undefined, signal).then((r) => r.items);

export const createInspection = (caseId: string, input: InspectionInput) => api.post<Inspection>(`${casePath(caseId)}/inspections`, input);

/** A record confirmed by someone else, or a parcel changed since, is a 409. */
export const confirmInspection = (id: string, version: number) =>
  api.post<Inspection>(`/inspections/${encodeURIComponent(id)}/confirm`, { version });

export const listAttachments = (caseId: string, signal?: AbortSignal) =>
  api.get<{ items: CaseAttachment[] }>(`${casePath(caseId)}/attachments`, undefined, signal).then((r) => r.items);

/** Upload limits the server enforces too; checked here so the user hears it before waiting. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const UPLOAD_ACCEPT = '.jpg,.jpeg,.png,.pdf,.docx,.xlsx';

export function uploadAttachment(caseId: string, file: File, extra: { caption?: string; inspectionId?: string } = {}) {
  const body = new FormData();
  if (extra.caption) body.set('caption', extra.caption);
  if (extra.inspectionId) body.set('inspectionId', extra.inspectionId);
  body.set('file', file);
  return request<CaseAttachment>(`${casePath(caseId)}/attachments`, { method: 'POST', body });
}

/** Link target of a stored file; the browser sends the session cookie with it. */
export const fileHref = (sha256: string) => `${API_BASE}/files/${encodeURIComponent(sha256)}`;
