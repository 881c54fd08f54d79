import type { CaseCategory, CaseProfileId, CaseSnapshot, CaseState, Deadline, IsoDate } from '@panhuo/domain';
import type { Queryable } from '../../db/database.ts';
import type { Scope } from '../../auth/actor.ts';

/** SQL of cases, their timeline and clocks; every read is restricted to the actor's scope. */

export interface CaseOrigin {
  kind: 'MANUAL' | 'IDENTIFICATION';
  note?: string;
  runId?: string;
  ruleSetId?: string;
  ruleSetVersion?: number;
  asOf?: string;
  primaryCategory?: string;
  metCriteria?: string[];
}

export interface CaseRow {
  id: string;
  jurisdictionCode: string;
  caseNo: string;
  parcelId: string;
  enterpriseId: string | null;
  profileId: CaseProfileId;
  state: CaseState;
  category: CaseCategory;
  snapshot: CaseSnapshot;
  openedOn: IsoDate;
  origin: CaseOrigin;
  assigneeUserId: string | null;
  closedOn: IsoDate | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const caseColumns = `c.id, c.jurisdiction_code AS "jurisdictionCode", c.case_no AS "caseNo", c.parcel_id AS "parcelId",
  c.enterprise_id AS "enterpriseId", c.profile_id AS "profileId", c.state, c.category, c.snapshot, c.opened_on AS "openedOn",
  c.origin, c.assignee_user_id AS "assigneeUserId", c.closed_on AS "closedOn", c.version, c.created_at AS "createdAt",
  c.updated_at AS "updatedAt"`;

/** The scope condition on `cases c` joined with `parcels p`; a park user sees the cases of their park's parcels. */
function scopeSql(scope: Scope, params: unknown[]): string {
  params.push(scope.codes);
  let sql = `c.jurisdiction_code = ANY($${params.length})`;
  if (scope.zoneId) {
    params.push(scope.zoneId);
    sql += ` AND p.zone_id = $${params.length}`;
  }
  return sql;
}

const parcelJoin = 'JOIN parcels p ON p.jurisdiction_code = c.jurisdiction_code AND p.id = c.parcel_id';

export async function findCase(db: Queryable, scope: Scope, id: string, opts: { lock?: boolean } = {}): Promise<CaseRow | undefined> {
  const params: unknown[] = [id];
  const { rows } = await db.query<CaseRow>(
    `SELECT ${caseColumns} FROM cases c ${parcelJoin} WHERE c.id = $1 AND ${scopeSql(scope, params)}${opts.lock ? ' FOR UPDATE OF c' : ''}`,
    params,
  );
  return rows[0];
}

export async function findCases(db: Queryable, scope: Scope, ids: string[], opts: { lock?: boolean } = {}): Promise<CaseRow[]> {
  const params: unknown[] = [ids];
  const { rows } = await db.query<CaseRow>(
    `SELECT ${caseColumns} FROM cases c ${parcelJoin} WHERE c.id = ANY($1) AND ${scopeSql(scope, params)}
      ORDER BY c.case_no${opts.lock ? ' FOR UPDATE OF c' : ''}`,
    params,
  );
  return rows;
}

/** The open case of each parcel, if any. */
export async function openCasesOfParcels(db: Queryable, jurisdictionCode: string, parcelIds: string[]): Promise<Map<string, { id: string; caseNo: string }>> {
  const { rows } = await db.query<{ parcelId: string; id: string; caseNo: string }>(
    `SELECT parcel_id AS "parcelId", id, case_no AS "caseNo" FROM cases
      WHERE jurisdiction_code = $1 AND parcel_id = ANY($2) AND closed_on IS NULL`,
    [jurisdictionCode, parcelIds],
  );
  return new Map(rows.map((r) => [r.parcelId, { id: r.id, caseNo: r.caseNo }]));
}

/**
 * The next case number of the year, e.g. 350899-2026-0007. The advisory lock serialises
 * numbering per jurisdiction until the transaction ends, on PGlite and PostgreSQL alike.
 */
export async function nextCaseNo(tx: Queryable, jurisdictionCode: string, year: number): Promise<string> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`case_no:${jurisdictionCode}`]);
  const prefix = `${jurisdictionCode}-${year}-`;
  const { rows } = await tx.query<{ n: number }>(
    `SELECT coalesce(max(substring(case_no FROM length($2::text) + 1)::int), 0) AS n FROM cases
      WHERE jurisdiction_code = $1 AND case_no LIKE $2::text || '%'`,
    [jurisdictionCode, prefix],
  );
  return `${prefix}${String(rows[0]!.n + 1).padStart(4, '0')}`;
}

export async function insertCase(tx: Queryable, row: Omit<CaseRow, 'createdAt' | 'updatedAt' | 'version' | 'closedOn'>, actorId: string | null): Promise<void> {
  await tx.query(
    `INSERT INTO cases (jurisdiction_code, id, case_no, parcel_id, enterprise_id, profile_id, state, category, snapshot,
                        opened_on, origin, assignee_user_id, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11::jsonb, $12, $13)`,
    [
      row.jurisdictionCode, row.id, row.caseNo, row.parcelId, row.enterpriseId, row.profileId, row.state, row.category,
      JSON.stringify(row.snapshot), row.openedOn, JSON.stringify(row.origin), row.assigneeUserId, actorId,
    ],
  );
}

export async function updateCaseState(
  tx: Queryable,
  c: Pick<CaseRow, 'jurisdictionCode' | 'id'>,
  next: { state: CaseState; snapshot: CaseSnapshot; version: number; closedOn: IsoDate | null },
): Promise<void> {
  await tx.query(
    `UPDATE cases SET state = $3, snapshot = $4::jsonb, version = $5, closed_on = $6, updated_at = now()
      WHERE jurisdiction_code = $1 AND id = $2`,
    [c.jurisdictionCode, c.id, next.state, JSON.stringify(next.snapshot), next.version, next.closedOn],
  );
}

export interface EventWrite {
  action: string;
  fromState: CaseState | null;
  toState: CaseState;
  actionOn: IsoDate;
  actorId: string | null;
  actorName: string;
  opinion: string | null;
  input: unknown;
  documentId: string | null;
}

export async function appendEvent(tx: Queryable, c: Pick<CaseRow, 'jurisdictionCode' | 'id'>, e: EventWrite): Promise<number> {
  const { rows } = await tx.query<{ seq: number }>(
    `INSERT INTO case_events (jurisdiction_code, case_id, seq, action, from_state, to_state, action_on, actor_id, actor_name,
                              opinion, input, document_id)
     SELECT $1, $2, coalesce(max(seq), 0) + 1, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11
       FROM case_events WHERE jurisdiction_code = $1 AND case_id = $2
     RETURNING seq`,
    [c.jurisdictionCode, c.id, e.action, e.fromState, e.toState, e.actionOn, e.actorId, e.actorName, e.opinion, JSON.stringify(e.input ?? {}), e.documentId],
  );
  return rows[0]!.seq;
}

export interface EventRow extends Omit<EventWrite, 'input'> {
  seq: number;
  occurredAt: string;
  input: Record<string, unknown>;
}

export async function listEvents(db: Queryable, jurisdictionCode: string, caseId: string): Promise<EventRow[]> {
  const { rows } = await db.query<EventRow>(
    `SELECT seq, action, from_state AS "fromState", to_state AS "toState", action_on AS "actionOn", actor_id AS "actorId",
            actor_name AS "actorName", occurred_at AS "occurredAt", opinion, input, document_id AS "documentId"
       FROM case_events WHERE jurisdiction_code = $1 AND case_id = $2 ORDER BY seq`,
    [jurisdictionCode, caseId],
  );
  return rows;
}

export interface DeadlineRow extends Deadline {
  id: string;
  eventSeq: number | null;
  metOn: IsoDate | null;
}

export async function openDeadlinesOf(db: Queryable, jurisdictionCode: string, caseId: string): Promise<DeadlineRow[]> {
  const { rows } = await db.query<DeadlineRow>(
    `SELECT id, kind, label, due_on AS "dueOn", basis, event_seq AS "eventSeq", met_on AS "metOn"
       FROM case_deadlines WHERE jurisdiction_code = $1 AND case_id = $2 AND met_on IS NULL ORDER BY due_on`,
    [jurisdictionCode, caseId],
  );
  return rows;
}

/**
 * Makes the open clocks those of the case's new state: a running clock still due on the
 * same day stays as it is; the others stop on `on`; the new ones start.
 */
export async function replaceOpenDeadlines(
  tx: Queryable,
  c: Pick<CaseRow, 'jurisdictionCode' | 'id'>,
  next: Deadline[],
  on: IsoDate,
  eventSeq: number,
  newId: () => string,
): Promise<void> {
  const open = await openDeadlinesOf(tx, c.jurisdictionCode, c.id);
  const same = (a: Deadline, b: Deadline) => a.kind === b.kind && a.dueOn === b.dueOn;
  const stop = open.filter((o) => !next.some((n) => same(o, n)));
  const start = next.filter((n) => !open.some((o) => same(o, n)));
  if (stop.length) {
    await tx.query('UPDATE case_deadlines SET met_on = $3 WHERE jurisdiction_code = $1 AND id = ANY($2)', [c.jurisdictionCode, stop.map((s) => s.id), on]);
  }
  for (const d of start) {
    await tx.query(
      `INSERT INTO case_deadlines (jurisdiction_code, id, case_id, kind, label, due_on, basis, event_seq)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [c.jurisdictionCode, newId(), c.id, d.kind, d.label, d.dueOn, d.basis, eventSeq],
    );
  }
}
