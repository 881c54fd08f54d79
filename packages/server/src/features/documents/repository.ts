import type { DocumentKind, DocumentStatus, OfficialDocument, ServiceMethod } from '@panhuo/domain';
import type { Queryable } from '../../db/database.ts';
import type { Scope } from '../../auth/actor.ts';

/** SQL of the documents: every read restricted to the actor's scope (park staff: their park's cases). */

export interface StoredDocument {
  id: string;
  jurisdictionCode: string;
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
  version: number;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

const columns = `d.id, d.jurisdiction_code AS "jurisdictionCode", d.case_id AS "caseId", d.kind, d.status, d.content,
  d.doc_no AS "docNo", d.issuer_code AS "issuerCode", d.issued_on AS "issuedOn", d.served_on AS "servedOn",
  d.served_method AS "servedMethod", d.supersedes, d.superseded_by AS "supersededBy", d.version,
  d.created_by AS "createdBy", d.created_at AS "createdAt", d.updated_at AS "updatedAt"`;

// a park user sees the documents of their park's cases; minutes (no case) belong to the county
const zoneFilter = (p: string) => `($${p}::uuid IS NULL OR d.case_id IS NULL OR EXISTS (
    SELECT 1 FROM cases c JOIN parcels pa ON pa.jurisdiction_code = c.jurisdiction_code AND pa.id = c.parcel_id
     WHERE c.jurisdiction_code = d.jurisdiction_code AND c.id = d.case_id AND pa.zone_id = $${p}))`;

export async function findDocument(db: Queryable, scope: Scope, id: string, opts: { lock?: boolean } = {}): Promise<StoredDocument | undefined> {
  const { rows } = await db.query<StoredDocument>(
    `SELECT ${columns} FROM case_documents d
      WHERE d.id = $1 AND d.jurisdiction_code = ANY($2) AND ${zoneFilter('3')}${opts.lock ? ' FOR UPDATE OF d' : ''}`,
    [id, scope.codes, scope.zoneId],
  );
  return rows[0];
}

/** Minutes of leading-group meetings (no case): the county's, so every user of its scope sees them; newest first. */
export async function listMeetingMinutes(db: Queryable, scope: Scope, page: { page: number; pageSize: number }): Promise<{ items: StoredDocument[]; total: number }> {
  const where = `d.kind = 'MEETING_MINUTES' AND d.case_id IS NULL AND d.jurisdiction_code = ANY($1)`;
  const total = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM case_documents d WHERE ${where}`, [scope.codes])).rows[0]!.n;
  const { rows } = await db.query<StoredDocument>(
    `SELECT ${columns} FROM case_documents d WHERE ${where}
      ORDER BY d.created_at DESC, d.id
      LIMIT ${Number(page.pageSize)} OFFSET ${(Number(page.page) - 1) * Number(page.pageSize)}`,
    [scope.codes],
  );
  return { items: rows, total };
}

export async function insertDocument(
  tx: Queryable,
  d: { jurisdictionCode: string; id: string; caseId: string | null; kind: DocumentKind; content: OfficialDocument; supersedes?: string | null; createdBy: string | null },
): Promise<void> {
  await tx.query(
    `INSERT INTO case_documents (jurisdiction_code, id, case_id, kind, status, content, supersedes, created_by)
     VALUES ($1, $2, $3, $4, 'DRAFT', $5::jsonb, $6, $7)`,
    [d.jurisdictionCode, d.id, d.caseId, d.kind, JSON.stringify(d.content), d.supersedes ?? null, d.createdBy],
  );
}

export async function updateDraftContent(tx: Queryable, jurisdictionCode: string, id: string, content: OfficialDocument, version: number): Promise<void> {
  await tx.query(
    `UPDATE case_documents SET content = $3::jsonb, version = $4, updated_at = now()
      WHERE jurisdiction_code = $1 AND id = $2 AND status = 'DRAFT'`,
    [jurisdictionCode, id, JSON.stringify(content), version],
  );
}

/**
 * The next number of the unit's year, taken under the sequence row's lock: concurrent
 * issues wait for each other, and a rolled-back issue gives its number back — no gaps,
 * no duplicates.
 */
export async function takeNextNumber(tx: Queryable, jurisdictionCode: string, issuerCode: string, year: number): Promise<number> {
  await tx.query(
    `INSERT INTO document_sequences (jurisdiction_code, issuer_code, year, last_number) VALUES ($1, $2, $3, 0)
     ON CONFLICT (jurisdiction_code, issuer_code, year) DO NOTHING`,
    [jurisdictionCode, issuerCode, year],
  );
  const { rows } = await tx.query<{ n: number }>(
    `UPDATE document_sequences SET last_number = last_number + 1
      WHERE jurisdiction_code = $1 AND issuer_code = $2 AND year = $3 RETURNING last_number AS n`,
    [jurisdictionCode, issuerCode, year],
  );
  return rows[0]!.n;
}

export async function markIssued(
  tx: Queryable,
  d: { jurisdictionCode: string; id: string; content: OfficialDocument; docNo: string; issuerCode: string; issuedOn: string; issuedBy: string; version: number },
): Promise<void> {
  await tx.query(
    `UPDATE case_documents SET status = 'ISSUED', content = $3::jsonb, doc_no = $4, issuer_code = $5, issued_on = $6,
            issued_by = $7, version = $8, updated_at = now()
      WHERE jurisdiction_code = $1 AND id = $2 AND status = 'DRAFT'`,
    [d.jurisdictionCode, d.id, JSON.stringify(d.content), d.docNo, d.issuerCode, d.issuedOn, d.issuedBy, d.version],
  );
}

/** The old document keeps content, 文号 and service record; only its status and the link change. */
export async function markSuperseded(tx: Queryable, jurisdictionCode: string, id: string, byId: string, version: number): Promise<void> {
  await tx.query(
    `UPDATE case_documents SET status = 'SUPERSEDED', superseded_by = $3, version = $4, updated_at = now()
      WHERE jurisdiction_code = $1 AND id = $2`,
    [jurisdictionCode, id, byId, version],
  );
}

export interface IssuingUnitRow {
  jurisdictionCode: string;
  code: string;
  name: string;
  sealName: string | null;
}

/** Units of the actor's jurisdictions; a county's documents use the county's own units. */
export async function listIssuingUnits(db: Queryable, codes: string[]): Promise<IssuingUnitRow[]> {
  const { rows } = await db.query<IssuingUnitRow>(
    `SELECT jurisdiction_code AS "jurisdictionCode", code, name, seal_name AS "sealName"
       FROM issuing_units WHERE jurisdiction_code = ANY($1) ORDER BY jurisdiction_code, code`,
    [codes],
  );
  return rows;
}

export async function findIssuingUnit(db: Queryable, jurisdictionCode: string, code: string): Promise<IssuingUnitRow | undefined> {
  return (await listIssuingUnits(db, [jurisdictionCode])).find((u) => u.code === code);
}

export async function insertIssuingUnit(tx: Queryable, u: IssuingUnitRow): Promise<void> {
  await tx.query(`INSERT INTO issuing_units (jurisdiction_code, code, name, seal_name) VALUES ($1, $2, $3, $4)`, [u.jurisdictionCode, u.code, u.name, u.sealName]);
}
