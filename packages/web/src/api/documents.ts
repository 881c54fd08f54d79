/**
 * Documents of a case (文书): drafts generated from the case, edited while DRAFT, issued
 * with a 文号 from the issuing unit's sequence, corrected by superseding, downloaded as
 * .docx or PDF (docs/design/determination.md, "Documents").
 */
import type { DocumentKind, DocumentStatus, ServiceMethod } from '@panhuo/domain';
import { api, downloadFile, type Page } from './client.ts';

export interface TableCell {
  text: string;
  colSpan?: number;
  bold?: boolean;
  align?: 'left' | 'center';
}

export type DocumentBlock =
  | { type: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | { type: 'paragraph'; text: string; align?: 'justify' | 'center' | 'right' }
  | { type: 'table'; rows: TableCell[][]; columnWidths?: number[] }
  | { type: 'list'; items: string[] }
  | { type: 'signature'; label: string; signer?: string; date?: string };

export interface OfficialDocument {
  kind: DocumentKind;
  issuer: string;
  docNo?: string;
  title: string;
  addressee?: string;
  blocks: DocumentBlock[];
  attachments?: string[];
  signer: string;
  date?: string;
  copyTo?: string[];
}

export interface CaseDocument {
  id: string;
  jurisdictionCode: string;
  caseId: string | null;
  kind: DocumentKind;
  kindLabel: string;
  status: DocumentStatus;
  statusLabel: string;
  content: OfficialDocument;
  /** facts still shown as （待补充：…）; issuing is refused while any is left */
  pendingFacts: string[];
  version: number;
  docNo: string | null;
  issuerCode: string | null;
  issuedOn: string | null;
  servedOn: string | null;
  servedMethod: ServiceMethod | null;
  supersedes: string | null;
  supersededBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface IssuingUnit {
  jurisdictionCode: string;
  code: string;
  name: string;
  sealName: string | null;
}

const path = (id: string) => `/documents/${encodeURIComponent(id)}`;

export const generateDocument = (caseId: string, kind: DocumentKind) =>
  api.post<CaseDocument>(`/cases/${encodeURIComponent(caseId)}/documents`, { kind });

export const getDocument = (id: string, signal?: AbortSignal) => api.get<CaseDocument>(path(id), undefined, signal);

export const updateDocument = (id: string, content: OfficialDocument, version: number) =>
  api.put<CaseDocument>(path(id), { content, version });

export const issueDocument = (id: string, issuerCode: string) => api.post<CaseDocument>(`${path(id)}/issue`, { issuerCode });

export const supersedeDocument = (id: string) => api.post<CaseDocument>(`${path(id)}/supersede`);

/** 领导小组会议纪要 of the user's counties (they belong to no case), newest first. */
export const listMeetingMinutes = (page: number, pageSize: number, signal?: AbortSignal) =>
  api.get<Page<CaseDocument>>('/meeting-minutes', { page, pageSize }, signal);

export const downloadDocument = (id: string, format: 'docx' | 'pdf', fallbackName: string) =>
  downloadFile(`${path(id)}/file.${format}`, undefined, `${fallbackName}.${format}`);

export const listIssuingUnits = (signal?: AbortSignal) =>
  api.get<{ items: IssuingUnit[] }>('/issuing-units', undefined, signal);

/** 机关代字, e.g. 青自然资闲 for 青岚县自然资源局: the prefix of the unit's 文号. */
export const createIssuingUnit = (input: { jurisdictionCode: string; code: string; name: string; sealName?: string }) =>
  api.post<IssuingUnit>('/issuing-units', input);
