import type { CaseCategory, CaseProfileId, CaseState, DeadlineKind, IsoDate } from '@panhuo/domain';
import type { Queryable } from '../../db/database.ts';
import type { Scope } from '../../auth/actor.ts';

/** Read side of cases: the list with each case's next deadline, the to-do list, counts. */

export interface CaseListFilter {
  jurisdictionCode?: string;
  state?: string;
  profile?: string;
  category?: CaseCategory;
  /** a user id, or 'NONE' for unassigned cases */
  assignee?: string;
  overdue?: boolean;
  open?: boolean;
  parcelId?: string;
  ids?: string[];
  q?: string;
}

export interface CaseListRow {
  id: string;
  jurisdictionCode: string;
  caseNo: string;
  profileId: CaseProfileId;
  category: CaseCategory;
  state: CaseState;
  openedOn: IsoDate;
  closedOn: IsoDate | null;
  version: number;
  updatedAt: string;
  parcelId: string;
  parcelCode: string;
  parcelName: string;
  area_m2: number;
  zoneName: string | null;
  enterpriseId: string | null;
  enterpriseName: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  deadlineKind: DeadlineKind | null;
  deadlineLabel: string | null;
  deadlineDueOn: IsoDate | null;
}

const listFrom = `FROM cases c
  JOIN parcels p ON p.jurisdiction_code = c.jurisdiction_code AND p.id = c.parcel_id
  LEFT JOIN zones z ON z.jurisdiction_code = p.jurisdiction_code AND z.id = p.zone_id
  LEFT JOIN enterprises e ON e.jurisdiction_code = c.jurisdiction_code AND e.id = c.enterprise_id
  LEFT JOIN users u ON u.id = c.assignee_user_id
  LEFT JOIN LATERAL (
    SELECT d.kind, d.label, d.due_on FROM case_deadlines d
     WHERE d.jurisdiction_code = c.jurisdiction_code AND d.case_id = c.id AND d.met_on IS NULL
     ORDER BY d.due_on LIMIT 1) nd ON true`;

const listSelect = `SELECT c.id, c.jurisdiction_code AS "jurisdictionCode", c.case_no AS "caseNo", c.profile_id AS "profileId",
  c.category, c.state, c.opened_on AS "openedOn", c.closed_on AS "closedOn", c.version, c.updated_at AS "updatedAt",
  p.id AS "parcelId", p.code AS "parcelCode", p.name AS "parcelName", p.area_m2, z.name AS "zoneName",
  e.id AS "enterpriseId", e.name AS "enterpriseName", u.id AS "assigneeId", u.display_name AS "assigneeName",
  nd.kind AS "deadlineKind", nd.label AS "deadlineLabel", nd.due_on AS "deadlineDueOn"`;

function listWhere(scope: Scope, f: CaseListFilter, today: IsoDate, params: unknown[]): string {
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where = [`c.jurisdiction_code = ANY(${p(scope.codes)})`];
  if (scope.zoneId) where.push(`p.zone_id = ${p(scope.zoneId)}`);
  if (f.jurisdictionCode) where.push(`c.jurisdiction_code = ${p(f.jurisdictionCode)}`);
  if (f.state) where.push(`c.state = ${p(f.state)}`);
  if (f.profile) where.push(`c.profile_id = ${p(f.profile)}`);
  if (f.category) where.push(`c.category = ${p(f.category)}`);
  if (f.parcelId) where.push(`c.parcel_id = ${p(f.parcelId)}`);
  if (f.ids) where.push(`c.id = ANY(${p(f.ids)})`);
  if (f.assignee === 'NONE') where.push('c.assignee_user_id IS NULL');
  else if (f.assignee) where.push(`c.assignee_user_id = ${p(f.assignee)}`);
  if (f.open === true) where.push('c.closed_on IS NULL');
  if (f.open === false) where.push('c.closed_on IS NOT NULL');
  if (f.overdue === true) where.push(`nd.due_on < ${p(today)}::date`);
  if (f.overdue === false) where.push(`(nd.due_on IS NULL OR nd.due_on >= ${p(today)}::date)`);
  if (f.q) {
    const like = p(`%${f.q.replace(/[\\%_]/g, (ch) => '\\' + ch)}%`);
    where.push(`(c.case_no ILIKE ${like} OR p.code ILIKE ${like} OR p.name ILIKE ${like} OR e.name ILIKE ${like})`);
  }
  return where.join(' AND ');
}

export async function searchCases(
  db: Queryable,
  scope: Scope,
  f: CaseListFilter,
  today: IsoDate,
  page: { page: number; pageSize: number },
): Promise<{ items: CaseListRow[]; total: number }> {
  const params: unknown[] = [];
  const where = listWhere(scope, f, today, params);
  const total = (await db.query<{ n: number }>(`SELECT count(*)::int AS n ${listFrom} WHERE ${where}`, params)).rows[0]!.n;
  const { rows } = await db.query<CaseListRow>(
    `${listSelect} ${listFrom} WHERE ${where}
      ORDER BY (c.closed_on IS NULL) DESC, nd.due_on ASC NULLS LAST, c.opened_on DESC, c.case_no DESC
      LIMIT ${Number(page.pageSize)} OFFSET ${(Number(page.page) - 1) * Number(page.pageSize)}`,
    params,
  );
  return { items: rows, total };
}

/**
 * An assignee's open cases, or (no assignee) the scope's open cases with a running clock:
 * earliest deadline first (the overdue ones lead), then the steps without a clock
 * (核查, 待审定…), oldest first — they are work too, only without a legal deadline.
 */
export async function todoCases(db: Queryable, scope: Scope, assigneeId: string | null, today: IsoDate, limit: number): Promise<CaseListRow[]> {
  const params: unknown[] = [];
  const where = listWhere(scope, { open: true, ...(assigneeId ? { assignee: assigneeId } : {}) }, today, params);
  const clockedOnly = assigneeId ? '' : 'AND nd.due_on IS NOT NULL';
  const { rows } = await db.query<CaseListRow>(
    `${listSelect} ${listFrom} WHERE ${where} ${clockedOnly} ORDER BY nd.due_on NULLS LAST, c.opened_on, c.case_no LIMIT ${Number(limit)}`,
    params,
  );
  return rows;
}

export async function countAssignedOpenCases(db: Queryable, userId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM cases WHERE assignee_user_id = $1 AND closed_on IS NULL', [userId]);
  return rows[0]!.n;
}

export interface StateCount {
  profileId: CaseProfileId;
  state: CaseState;
  count: number;
}

export async function countByState(db: Queryable, scope: Scope, jurisdictionCode: string | undefined): Promise<StateCount[]> {
  const params: unknown[] = [];
  const where = listWhere(scope, jurisdictionCode ? { jurisdictionCode } : {}, '1970-01-01', params);
  const { rows } = await db.query<StateCount>(
    `SELECT c.profile_id AS "profileId", c.state, count(*)::int AS count
       FROM cases c JOIN parcels p ON p.jurisdiction_code = c.jurisdiction_code AND p.id = c.parcel_id
       LEFT JOIN enterprises e ON e.jurisdiction_code = c.jurisdiction_code AND e.id = c.enterprise_id
      WHERE ${where} GROUP BY c.profile_id, c.state ORDER BY c.profile_id, c.state`,
    params,
  );
  return rows;
}

export interface OpenDeadlineRow {
  caseId: string;
  caseNo: string;
  parcelCode: string;
  parcelName: string;
  state: CaseState;
  profileId: CaseProfileId;
  kind: DeadlineKind;
  label: string;
  dueOn: IsoDate;
}

/** Every running clock due on or before `until`, earliest first. */
export async function deadlinesDueBy(db: Queryable, scope: Scope, jurisdictionCode: string | undefined, until: IsoDate, limit: number): Promise<OpenDeadlineRow[]> {
  const params: unknown[] = [];
  const where = listWhere(scope, jurisdictionCode ? { jurisdictionCode } : {}, until, params);
  params.push(until);
  const { rows } = await db.query<OpenDeadlineRow>(
    `SELECT c.id AS "caseId", c.case_no AS "caseNo", p.code AS "parcelCode", p.name AS "parcelName", c.state,
            c.profile_id AS "profileId", d.kind, d.label, d.due_on AS "dueOn"
       FROM case_deadlines d
       JOIN cases c ON c.jurisdiction_code = d.jurisdiction_code AND c.id = d.case_id
       JOIN parcels p ON p.jurisdiction_code = c.jurisdiction_code AND p.id = c.parcel_id
       LEFT JOIN enterprises e ON e.jurisdiction_code = c.jurisdiction_code AND e.id = c.enterprise_id
      WHERE ${where} AND d.met_on IS NULL AND d.due_on <= $${params.length}::date
      ORDER BY d.due_on, c.case_no LIMIT ${Number(limit)}`,
    params,
  );
  return rows;
}
