import { randomUUID } from 'node:crypto';
import {
  buildDocument,
  documentKindLabels,
  documentKindsOfProcedure,
  documentStatusLabels,
  formatDocumentNumber,
  pendingFacts,
  todayInChina,
  type DocumentKind,
  type MeetingFacts,
  type OfficialDocument,
} from '@panhuo/domain';
import type { Database, Queryable } from '../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import { requirePermission } from '../../auth/actor.ts';
import { appendAudit } from '../../audit/audit.ts';
import { Problem } from '../../http/problems.ts';
import { loadCaseSettings } from '../cases/context.ts';
import { findCaseForDocument, loadEnterprise, loadIdentification, loadLatestYears, loadParcel } from './case-facts-repository.ts';
import { documentInputOf } from './case-input.ts';
import { findDocument, findIssuingUnit, insertDocument, listMeetingMinutes as searchMeetingMinutes, markIssued, markSuperseded, takeNextNumber, updateDraftContent, type StoredDocument } from './repository.ts';

/** Drafts, editing, issuing with a 文号, superseding: one use case per function, one transaction each. */

export interface DocumentUseCase {
  db: Database;
  actor: Actor;
  requestId: string;
  /** the procedure's date (PANHUO_TODAY in tests), else today in China */
  today?: string;
}

export const toView = (d: StoredDocument) => ({
  id: d.id,
  jurisdictionCode: d.jurisdictionCode,
  caseId: d.caseId,
  kind: d.kind,
  kindLabel: documentKindLabels[d.kind],
  status: d.status,
  statusLabel: documentStatusLabels[d.status],
  content: d.content,
  pendingFacts: pendingFacts(d.content),
  docNo: d.docNo,
  issuerCode: d.issuerCode,
  issuedOn: d.issuedOn,
  servedOn: d.servedOn,
  servedMethod: d.servedMethod,
  supersedes: d.supersedes,
  supersededBy: d.supersededBy,
  version: d.version,
  createdAt: d.createdAt,
  updatedAt: d.updatedAt,
});

/** Who issues and signs each kind until the issuing unit is chosen (the county's bureau or leading group). */
function draftIssuer(kind: DocumentKind, county: string): { issuer: string; signer: string } {
  const group = `${county}闲置低效工业用地盘活处置工作领导小组`;
  switch (kind) {
    case 'JD_REVIEW_FEEDBACK':
    case 'JD_DETERMINATION_NOTICE':
    case 'MEETING_MINUTES':
      return { issuer: group, signer: `${group}办公室` };
    case 'ENTERPRISE_FORM':
      return { issuer: `${county}闲置低效工业用地盘活处置工作专班`, signer: `${county}闲置低效工业用地盘活处置工作专班` };
    case 'INVESTIGATION_NOTICE':
    case 'IDLE_DETERMINATION':
    case 'HEARING_NOTICE':
    case 'FEE_DECISION':
    case 'RECOVERY_DECISION':
      return { issuer: `${county}自然资源局`, signer: `${county}自然资源局` };
    default: {
      const never: never = kind;
      throw new Error(`unknown kind ${String(never)}`);
    }
  }
}

async function mustFind(db: Queryable, actor: Actor, id: string, lock = false): Promise<StoredDocument> {
  const d = await findDocument(db, actor.scope, id, { lock });
  if (!d) throw new Problem('NOT_FOUND', '未找到该文书，或该文书不在您的管辖范围内');
  return d;
}

const refuse = (reason: string) => new Problem('ACTION_REFUSED', reason, { reason });

/**
 * Creates a DRAFT in the caller's transaction: from a case's facts, or (caseId absent) the
 * minutes of a leading-group meeting. The cases feature calls this from batch review.
 */
export async function createDraftDocument(
  tx: Queryable,
  actor: Actor,
  opts: { caseId?: string | null; kind: DocumentKind; meeting?: MeetingFacts | null; jurisdictionCode?: string; requestId?: string | null },
): Promise<StoredDocument> {
  let jurisdictionCode: string;
  let content: OfficialDocument;
  if (opts.caseId) {
    const caseRow = await findCaseForDocument(tx, actor.scope, opts.caseId);
    if (!caseRow) throw new Problem('NOT_FOUND', '未找到该案件，或该案件不在您的管辖范围内');
    const kinds = documentKindsOfProcedure(caseRow.profileId);
    if (!kinds.includes(opts.kind)) {
      throw refuse(`本案件的认定程序不出具「${documentKindLabels[opts.kind]}」；可生成的文书：${kinds.map((k) => documentKindLabels[k]).join('、')}`);
    }
    jurisdictionCode = caseRow.jurisdictionCode;
    const [parcel, enterprise, years] = await Promise.all([
      loadParcel(tx, jurisdictionCode, caseRow.parcelId),
      caseRow.enterpriseId ? loadEnterprise(tx, jurisdictionCode, caseRow.enterpriseId) : Promise.resolve(undefined),
      loadLatestYears(tx, jurisdictionCode, caseRow.parcelId),
    ]);
    const runId = caseRow.origin.kind === 'IDENTIFICATION' && typeof caseRow.origin.runId === 'string' ? caseRow.origin.runId : null;
    const identification = (await loadIdentification(tx, jurisdictionCode, caseRow.parcelId, runId)) ?? (runId ? await loadIdentification(tx, jurisdictionCode, caseRow.parcelId, null) : undefined);
    const who = draftIssuer(opts.kind, caseRow.jurisdictionName);
    const { settings } = await loadCaseSettings(tx, jurisdictionCode);
    const input = documentInputOf({ caseRow, settings, issuer: who.issuer, parcel, enterprise, years, identification });
    content = buildDocument(opts.kind, { ...input, signer: who.signer, meeting: opts.meeting ?? null });
  } else {
    if (opts.kind !== 'MEETING_MINUTES') throw new Problem('VALIDATION_FAILED', '除会议纪要外，文书须由案件生成', { errors: [{ path: 'caseId', message: '请指定案件' }] });
    jurisdictionCode = opts.jurisdictionCode ?? actor.jurisdictionCode;
    if (!actor.scope.codes.includes(jurisdictionCode)) throw new Problem('NOT_FOUND', '该辖区不在您的管辖范围内');
    const { rows } = await tx.query<{ name: string }>('SELECT name FROM jurisdictions WHERE code = $1', [jurisdictionCode]);
    const who = draftIssuer('MEETING_MINUTES', rows[0]?.name ?? '');
    content = buildDocument('MEETING_MINUTES', { issuer: who.issuer, signer: who.signer, meeting: opts.meeting ?? null });
  }
  const id = randomUUID();
  await insertDocument(tx, { jurisdictionCode, id, caseId: opts.caseId ?? null, kind: opts.kind, content, createdBy: actor.userId });
  await appendAudit(tx, [
    { jurisdictionCode, entityType: 'document', entityId: id, entityVersion: 1, action: 'CREATE', actorId: actor.userId, actorName: actor.displayName, requestId: opts.requestId ?? null, before: null, after: { kind: opts.kind, caseId: opts.caseId ?? null, status: 'DRAFT', content } },
  ]);
  return (await findDocument(tx, { codes: [jurisdictionCode], zoneId: null }, id))!;
}

export async function generateDraft(uc: DocumentUseCase, caseId: string, kind: DocumentKind) {
  return toView(await uc.db.transaction((tx) => createDraftDocument(tx, uc.actor, { caseId, kind, requestId: uc.requestId })));
}

export async function getDocument(uc: Omit<DocumentUseCase, 'requestId'>, id: string) {
  return toView(await mustFind(uc.db, uc.actor, id));
}

/** The leading group's meeting minutes of the caller's counties, newest first: they belong to no case. */
export async function listMeetingMinutes(uc: Omit<DocumentUseCase, 'requestId'>, page: { page: number; pageSize: number }) {
  const r = await searchMeetingMinutes(uc.db, uc.actor.scope, page);
  return { total: r.total, items: r.items.map(toView) };
}

/** The stored content, for rendering; the same scope check as reading. */
export async function documentContent(uc: Omit<DocumentUseCase, 'requestId'>, id: string): Promise<StoredDocument> {
  return mustFind(uc.db, uc.actor, id);
}

export async function updateDraft(uc: DocumentUseCase, id: string, input: { content: OfficialDocument; version: number }) {
  const updated = await uc.db.transaction(async (tx) => {
    const d = await mustFind(tx, uc.actor, id, true);
    if (d.status !== 'DRAFT') throw refuse(`该文书${documentStatusLabels[d.status]}${d.docNo ? `（${d.docNo}）` : ''}，不得修改；如需更正，请作出更正文书。`);
    if (d.version !== input.version) {
      throw new Problem('VERSION_CONFLICT', `该文书在您编辑期间已被修改（当前为第 ${d.version} 版），请刷新后再保存`, { currentVersion: d.version });
    }
    // 文号 and date are the issue's to set, and the kind is the document's own
    const { docNo: _n, date: _d, ...rest } = input.content;
    const content: OfficialDocument = { ...rest, kind: d.kind };
    await updateDraftContent(tx, d.jurisdictionCode, id, content, d.version + 1);
    await appendAudit(tx, [
      { jurisdictionCode: d.jurisdictionCode, entityType: 'document', entityId: id, entityVersion: d.version + 1, action: 'UPDATE', actorId: uc.actor.userId, actorName: uc.actor.displayName, requestId: uc.requestId, before: { content: d.content }, after: { content } },
    ]);
    return (await findDocument(tx, uc.actor.scope, id))!;
  });
  return toView(updated);
}

/** Numbers the draft from the unit's sequence of the year and freezes it, in one transaction. */
export async function issueDocument(uc: DocumentUseCase, id: string, input: { issuerCode: string }) {
  requirePermission(uc.actor, 'documents:issue');
  const today = uc.today ?? todayInChina();
  const issued = await uc.db.transaction(async (tx) => {
    const d = await mustFind(tx, uc.actor, id, true);
    if (d.status !== 'DRAFT') throw refuse(`该文书${documentStatusLabels[d.status]}${d.docNo ? `（${d.docNo}）` : ''}，不能再次签发。`);
    const missing = pendingFacts(d.content);
    if (missing.length) throw refuse(`文书尚有待补充的内容：${missing.join('、')}。请补充后再签发。`);
    const unit = await findIssuingUnit(tx, d.jurisdictionCode, input.issuerCode);
    if (!unit) throw new Problem('VALIDATION_FAILED', `本辖区没有机关代字为「${input.issuerCode}」的发文机关`, { errors: [{ path: 'issuerCode', message: '请选择本辖区已登记的发文机关' }] });
    const year = Number(today.slice(0, 4));
    const n = await takeNextNumber(tx, d.jurisdictionCode, unit.code, year);
    const docNo = formatDocumentNumber(unit.code, year, n);
    const signer = d.content.signer === d.content.issuer ? unit.name : d.content.signer;
    const content: OfficialDocument = { ...d.content, issuer: unit.name, signer, docNo, date: today };
    await markIssued(tx, { jurisdictionCode: d.jurisdictionCode, id, content, docNo, issuerCode: unit.code, issuedOn: today, issuedBy: uc.actor.userId, version: d.version + 1 });
    await appendAudit(tx, [
      { jurisdictionCode: d.jurisdictionCode, entityType: 'document', entityId: id, entityVersion: d.version + 1, action: 'UPDATE', actorId: uc.actor.userId, actorName: uc.actor.displayName, requestId: uc.requestId, before: { status: 'DRAFT' }, after: { status: 'ISSUED', docNo, issuerCode: unit.code, issuedOn: today } },
    ]);
    return (await findDocument(tx, uc.actor.scope, id))!;
  });
  return toView(issued);
}

/** A correction: a new DRAFT copy pointing at the old document, which keeps its content, 文号 and service. */
export async function supersedeDocument(uc: DocumentUseCase, id: string) {
  requirePermission(uc.actor, 'documents:issue');
  const created = await uc.db.transaction(async (tx) => {
    const d = await mustFind(tx, uc.actor, id, true);
    if (d.status === 'DRAFT') throw refuse('草稿可直接修改，无需更正。');
    if (d.status === 'SUPERSEDED') throw refuse('该文书已被更正，请对最新的更正文书操作。');
    const newId = randomUUID();
    const { docNo: _n, date: _d, ...content } = d.content;
    await insertDocument(tx, { jurisdictionCode: d.jurisdictionCode, id: newId, caseId: d.caseId, kind: d.kind, content, supersedes: d.id, createdBy: uc.actor.userId });
    await markSuperseded(tx, d.jurisdictionCode, d.id, newId, d.version + 1);
    await appendAudit(tx, [
      { jurisdictionCode: d.jurisdictionCode, entityType: 'document', entityId: newId, entityVersion: 1, action: 'CREATE', actorId: uc.actor.userId, actorName: uc.actor.displayName, requestId: uc.requestId, before: null, after: { kind: d.kind, caseId: d.caseId, status: 'DRAFT', supersedes: d.id, content } },
      { jurisdictionCode: d.jurisdictionCode, entityType: 'document', entityId: d.id, entityVersion: d.version + 1, action: 'UPDATE', actorId: uc.actor.userId, actorName: uc.actor.displayName, requestId: uc.requestId, before: { status: d.status }, after: { status: 'SUPERSEDED', supersededBy: newId } },
    ]);
    return (await findDocument(tx, uc.actor.scope, newId))!;
  });
  return toView(created);
}
