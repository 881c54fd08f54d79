/**
 * Documents of a case (文书): drafts generated from the case, edited while DRAFT, issued
 * with a 文号 from the issuing unit's sequence, corrected by superseding, downloaded as
 * .docx or PDF (docs/design/determination.md, "Documents").
 */
import type { DocumentKind, DocumentStatus, ServiceMethod } from '@panhuo/domain';
import { api, downloadFile } from './client.ts';

export type DocumentBlock =
  | { type: 'heading'; level: number; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'table'; rows: string[][] }
  | { type: 'list'; items: string[] };

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
}

export interface CaseDocument {
  id: string;
  caseId: string | null;
  kind: DocumentKind;
  status: DocumentStatus;
  content: OfficialDocument;
  docNo: string | null;
  issuerCode: string | null;
  issuedOn: string | null;
  servedOn: string | null;
  servedMethod: ServiceMethod | null;
  supersedes: string | null;
  supersededBy: string | null;
  createdBy?: string;
  createdAt: string;
}

export interface IssuingUnit {
  code: string;
  name: string;
  sealName: string | null;
}

const path = (id: string) => `/documents/${encodeURIComponent(id)}`;

export const generateDocument = (caseId: string, kind: DocumentKind) =>
  api.post<CaseDocument>(`/cases/${encodeURIComponent(caseId)}/documents`, { kind });

export const getDocument = (id: string, signal?: AbortSignal) => api.get<CaseDocument>(path(id), undefined, signal);

export const updateDocument = (id: string, content: OfficialDocument) => api.put<CaseDocument>(path(id), { content });

export const issueDocument = (id: string, issuerCode: string) => api.post<CaseDocument>(`${path(id)}/issue`, { issuerCode });

export const supersedeDocument = (id: string) => api.post<CaseDocument>(`${path(id)}/supersede`);

export const downloadDocument = (id: string, format: 'docx' | 'pdf', fallbackName: string) =>
  downloadFile(`${path(id)}/file.${format}`, undefined, `${fallbackName}.${format}`);

export const listIssuingUnits = (signal?: AbortSignal) =>
  api.get<{ items: IssuingUnit[] }>('/issuing-units', undefined, signal);
