import type { Queryable } from '../../db/database.ts';
import type { Finding } from './findings.ts';

export interface InspectionRow {
  jurisdictionCode: string;
  id: string;
  caseId: string;
  parcelId: string;
  inspectedOn: string;
  inspectors: string[];
  location: string | null;
  summary: string;
  findings: Finding[];
  status: 'DRAFT' | 'CONFIRMED';
  version: number;
  confirmedById: string | null;
  confirmedBy: string | null;
  confirmedAt: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface InspectionContent {
  inspectedOn: string;
  inspectors: string[];
  location: string | null;
  summary: string;
  findings: Finding[];
}

/**
 * Stored as one entry per ledger field, keyed by the field key (a field is observed at most
 * once per inspection), with the position it was entered at; answered as a list in that order.
 */
type StoredFindings = Record<string, Omit<Finding, 'field'> & { position: number }>;

const toStored = (findings: Finding[]): string =>
  JSON.stringify(Object.fromEntries(findings.map(({ field, ...rest }, position) => [field, { ...rest, position }])));

const fromStored = (stored: StoredFindings): Finding[] =>
  Object.entries(stored)
    .sort(([, x], [, y]) => x.position - y.position)
    .map(([field, { label, observed, note, ledgerValue }]) => ({ field, label, observed, note, ledgerValue }));

const toRow = (r: Omit<InspectionRow, 'findings'> & { findings: StoredFindings }): InspectionRow => ({ ...r, findings: fromStored(r.findings) });

const select = `
  SELECT i.jurisdiction_code AS "jurisdictionCode", i.id, i.case_id AS "caseId", i.parcel_id AS "parcelId",
         i.inspected_on AS "inspectedOn", i.inspectors, i.location, i.summary, i.findings, i.status, i.version,
         i.confirmed_by AS "confirmedById", cu.display_name AS "confirmedBy", i.confirmed_at AS "confirmedAt",
         au.display_name AS "createdBy", i.created_at AS "createdAt", i.updated_at AS "updatedAt"
    FROM inspections i
    LEFT JOIN users cu ON cu.id = i.confirmed_by
    LEFT JOIN users au ON au.id = i.created_by`;

export async function insertInspection(
  tx: Queryable,
  r: { jurisdictionCode: string; id: string; caseId: string; parcelId: string; createdBy: string } & InspectionContent,
): Promise<void> {
  await tx.query(
    `INSERT INTO inspections (jurisdiction_code, id, case_id, parcel_id, inspected_on, inspectors, location, summary, findings, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10)`,
    [r.jurisdictionCode, r.id, r.caseId, r.parcelId, r.inspectedOn, r.inspectors, r.location, r.summary, toStored(r.findings), r.createdBy],
  );
}

export async function updateInspectionContent(tx: Queryable, jurisdictionCode: string, id: string, version: number, c: InspectionContent): Promise<void> {
  await tx.query(
    `UPDATE inspections SET inspected_on = $3, inspectors = $4, location = $5, summary = $6, findings = $7::jsonb,
            version = $8, updated_at = now()
      WHERE jurisdiction_code = $1 AND id = $2`,
    [jurisdictionCode, id, c.inspectedOn, c.inspectors, c.location, c.summary, toStored(c.findings), version],
  );
}

export async function markConfirmed(
  tx: Queryable,
  r: { jurisdictionCode: string; id: string; version: number; findings: Finding[]; confirmedBy: string },
): Promise<void> {
  await tx.query(
    `UPDATE inspections SET status = 'CONFIRMED', confirmed_by = $3, confirmed_at = now(), findings = $4::jsonb,
            version = $5, updated_at = now()
      WHERE jurisdiction_code = $1 AND id = $2`,
    [r.jurisdictionCode, r.id, r.confirmedBy, toStored(r.findings), r.version],
  );
}

export async function listInspectionsOfCase(db: Queryable, jurisdictionCode: string, caseId: string): Promise<InspectionRow[]> {
  const { rows } = await db.query<Parameters<typeof toRow>[0]>(
    `${select} WHERE i.jurisdiction_code = $1 AND i.case_id = $2 ORDER BY i.inspected_on, i.created_at`,
    [jurisdictionCode, caseId],
  );
  return rows.map(toRow);
}

/** An inspection within the jurisdiction codes given; the caller checks its case's scope. */
export async function loadInspection(db: Queryable, jurisdictionCodes: string[], id: string, opts: { lock?: boolean } = {}): Promise<InspectionRow | null> {
  if (opts.lock) await db.query('SELECT 1 FROM inspections WHERE jurisdiction_code = ANY($1) AND id = $2 FOR UPDATE', [jurisdictionCodes, id]);
  const { rows } = await db.query<Parameters<typeof toRow>[0]>(`${select} WHERE i.jurisdiction_code = ANY($1) AND i.id = $2`, [jurisdictionCodes, id]);
  return rows[0] ? toRow(rows[0]) : null;
}
