import type { CaseDocumentRef, DocumentKind, DocumentStatus, IsoDate, RestrictionType, ServiceMethod } from '@panhuo/domain';
import type { Queryable } from '../../db/database.ts';

/** What hangs off a case: documents, uploads, inspections, restriction flags, publications. */

export interface DocumentRow {
  id: string;
  kind: DocumentKind;
  status: DocumentStatus;
  docNo: string | null;
  issuerCode: string | null;
  issuedOn: IsoDate | null;
  servedOn: IsoDate | null;
  servedMethod: ServiceMethod | null;
  supersedes: string | null;
  supersededBy: string | null;
  title: string | null;
  createdAt: string;
}

export async function documentsOfCase(db: Queryable, jurisdictionCode: string, caseId: string): Promise<DocumentRow[]> {
  const { rows } = await db.query<DocumentRow>(
    `SELECT id, kind, status, doc_no AS "docNo", issuer_code AS "issuerCode", issued_on AS "issuedOn", served_on AS "servedOn",
            served_method AS "servedMethod", supersedes, superseded_by AS "supersededBy", content ->> 'title' AS title,
            created_at AS "createdAt"
       FROM case_documents WHERE jurisdiction_code = $1 AND case_id = $2 ORDER BY created_at, id`,
    [jurisdictionCode, caseId],
  );
  return rows;
}

/** The document list the state machine sees. */
export function documentRefs(rows: DocumentRow[]): CaseDocumentRef[] {
  return rows.map((d) => ({ id: d.id, kind: d.kind, status: d.status }));
}

/** Marks an issued document served; false when it was not ISSUED (already served, superseded, a draft). */
export async function markDocumentServed(
  tx: Queryable,
  jurisdictionCode: string,
  caseId: string,
  doc: { id: string; servedOn: IsoDate; serviceMethod: ServiceMethod },
): Promise<boolean> {
  const { rows } = await tx.query(
    `UPDATE case_documents SET status = 'SERVED', served_on = $4, served_method = $5, updated_at = now()
      WHERE jurisdiction_code = $1 AND case_id = $2 AND id = $3 AND status = 'ISSUED' RETURNING id`,
    [jurisdictionCode, caseId, doc.id, doc.servedOn, doc.serviceMethod],
  );
  return rows.length === 1;
}

export interface RestrictionRow {
  id: string;
  jurisdictionCode: string;
  enterpriseId: string;
  enterpriseName: string;
  enterpriseUscc: string | null;
  caseId: string;
  caseNo: string;
  type: RestrictionType;
  department: string;
  since: IsoDate;
  liftedOn: IsoDate | null;
  liftReason: string | null;
}

export interface RestrictionFilter {
  jurisdictionCodes: string[];
  zoneId: string | null;
  caseId?: string;
  enterpriseId?: string;
  department?: string;
  active?: boolean;
}

const restrictionSelect = `SELECT r.id, r.jurisdiction_code AS "jurisdictionCode", r.enterprise_id AS "enterpriseId",
    e.name AS "enterpriseName", e.uscc AS "enterpriseUscc", r.case_id AS "caseId", c.case_no AS "caseNo", r.type,
    r.department, r.since, r.lifted_on AS "liftedOn", r.lift_reason AS "liftReason"
  FROM restrictions r
  JOIN enterprises e ON e.jurisdiction_code = r.jurisdiction_code AND e.id = r.enterprise_id
  JOIN cases c ON c.jurisdiction_code = r.jurisdiction_code AND c.id = r.case_id
  JOIN parcels p ON p.jurisdiction_code = c.jurisdiction_code AND p.id = c.parcel_id`;

export async function searchRestrictions(
  db: Queryable,
  f: RestrictionFilter,
  page?: { page: number; pageSize: number },
): Promise<{ items: RestrictionRow[]; total: number }> {
  const params: unknown[] = [f.jurisdictionCodes];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where = ['r.jurisdiction_code = ANY($1)'];
  if (f.zoneId) where.push(`p.zone_id = ${p(f.zoneId)}`);
  if (f.caseId) where.push(`r.case_id = ${p(f.caseId)}`);
  if (f.enterpriseId) where.push(`r.enterprise_id = ${p(f.enterpriseId)}`);
  // a department sees the flags it enforces; a flag may name several departments (科技商务经信局、财政局)
  if (f.department) where.push(`strpos(r.department, ${p(f.department)}) > 0`);
  if (f.active === true) where.push('r.lifted_on IS NULL');
  if (f.active === false) where.push('r.lifted_on IS NOT NULL');
  const w = where.join(' AND ');
  const order = 'ORDER BY (r.lifted_on IS NULL) DESC, r.since DESC, e.name, r.type';
  const limit = page ? `LIMIT ${Number(page.pageSize)} OFFSET ${(Number(page.page) - 1) * Number(page.pageSize)}` : '';
  const { rows } = await db.query<RestrictionRow>(`${restrictionSelect} WHERE ${w} ${order} ${limit}`, params);
  const total = page
    ? (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM (${restrictionSelect} WHERE ${w}) t`, params)).rows[0]!.n
    : rows.length;
  return { items: rows, total };
}

export interface PublicationRow {
  id: string;
  jurisdictionCode: string;
  caseId: string;
  caseNo: string;
  parcelId: string;
  parcelCode: string;
  parcelName: string;
  enterpriseName: string | null;
  publishedOn: IsoDate;
  channel: string;
  url: string | null;
  content: string;
}

export async function searchPublications(
  db: Queryable,
  f: { jurisdictionCodes: string[]; zoneId: string | null; caseId?: string; q?: string },
  page: { page: number; pageSize: number },
): Promise<{ items: PublicationRow[]; total: number }> {
  const params: unknown[] = [f.jurisdictionCodes];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where = ['pu.jurisdiction_code = ANY($1)'];
  if (f.zoneId) where.push(`p.zone_id = ${p(f.zoneId)}`);
  if (f.caseId) where.push(`pu.case_id = ${p(f.caseId)}`);
  if (f.q) {
    const like = p(`%${f.q.replace(/[\\%_]/g, (ch) => '\\' + ch)}%`);
    where.push(`(p.code ILIKE ${like} OR p.name ILIKE ${like} OR e.name ILIKE ${like} OR c.case_no ILIKE ${like})`);
  }
  const from = `FROM publications pu
    JOIN cases c ON c.jurisdiction_code = pu.jurisdiction_code AND c.id = pu.case_id
    JOIN parcels p ON p.jurisdiction_code = c.jurisdiction_code AND p.id = c.parcel_id
    LEFT JOIN enterprises e ON e.jurisdiction_code = c.jurisdiction_code AND e.id = c.enterprise_id
    WHERE ${where.join(' AND ')}`;
  const total = (await db.query<{ n: number }>(`SELECT count(*)::int AS n ${from}`, params)).rows[0]!.n;
  const { rows } = await db.query<PublicationRow>(
    `SELECT pu.id, pu.jurisdiction_code AS "jurisdictionCode", pu.case_id AS "caseId", c.case_no AS "caseNo", p.id AS "parcelId",
            p.code AS "parcelCode", p.name AS "parcelName", e.name AS "enterpriseName", pu.published_on AS "publishedOn",
            pu.channel, pu.url, pu.content
       ${from} ORDER BY pu.published_on DESC, c.case_no
      LIMIT ${Number(page.pageSize)} OFFSET ${(Number(page.page) - 1) * Number(page.pageSize)}`,
    params,
  );
  return { items: rows, total };
}
