import type { IsoDate, TaskStatus } from '@panhuo/domain';
import type { Scope } from '../../auth/actor.ts';
import type { Queryable } from '../../db/database.ts';

/**
 * SQL of tasks (任务) and their progress reports (进展报告). A task belongs to a position;
 * its holder is looked up for the day asked, so a reassignment moves the task with the seat.
 */

export interface TaskRow {
  jurisdictionCode: string;
  id: string;
  planId: string;
  measureId: string | null;
  titleZh: string;
  dueOn: IsoDate;
  positionId: string;
  status: TaskStatus;
  doneOn: IsoDate | null;
  version: number;
}

export interface TaskRecord extends TaskRow {
  planNo: string;
  parcelId: string;
  parcelCode: string;
  parcelName: string;
  zoneName: string | null;
  methodCode: string | null;
  positionTitle: string;
  unitName: string;
  holderName: string | null;
  reportCount: number;
  lastReport: { reportedOn: IsoDate; progressZh: string } | null;
}

const taskColumns = `t.jurisdiction_code AS "jurisdictionCode", t.id, t.plan_id AS "planId", t.measure_id AS "measureId", t.title AS "titleZh",
  t.due_on AS "dueOn", t.position_id AS "positionId", t.status, t.done_on AS "doneOn", t.version`;

const planJoins = `
  JOIN disposal_plans pl ON pl.jurisdiction_code = t.jurisdiction_code AND pl.id = t.plan_id
  JOIN parcels pa ON pa.jurisdiction_code = pl.jurisdiction_code AND pa.id = pl.parcel_id`;

/** A task within the scope, locked for a change when asked. */
export async function findTask(db: Queryable, scope: Scope, id: string, opts: { lock?: boolean } = {}): Promise<TaskRow | undefined> {
  const { rows } = await db.query<TaskRow>(
    `SELECT ${taskColumns} FROM disposal_tasks t ${planJoins}
      WHERE t.id = $1 AND t.jurisdiction_code = ANY($2) AND ($3::uuid IS NULL OR pa.zone_id = $3)${opts.lock ? ' FOR UPDATE OF t' : ''}`,
    [id, scope.codes, scope.zoneId],
  );
  return rows[0];
}

export async function insertTask(tx: Queryable, t: Omit<TaskRow, 'version' | 'status' | 'doneOn'>, actorId: string): Promise<void> {
  await tx.query(
    `INSERT INTO disposal_tasks (jurisdiction_code, id, plan_id, measure_id, title, due_on, position_id, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [t.jurisdictionCode, t.id, t.planId, t.measureId, t.titleZh, t.dueOn, t.positionId, actorId],
  );
}

export async function updateTask(tx: Queryable, t: TaskRow): Promise<void> {
  await tx.query(
    `UPDATE disposal_tasks SET title = $3, due_on = $4, position_id = $5, status = $6, done_on = $7, version = $8, updated_at = now()
      WHERE jurisdiction_code = $1 AND id = $2`,
    [t.jurisdictionCode, t.id, t.titleZh, t.dueOn, t.positionId, t.status, t.doneOn, t.version],
  );
}

export interface TaskFilter {
  planId?: string;
  zoneId?: string;
  status?: TaskStatus;
  /** only the tasks of the positions this person holds on `today` */
  personId?: string;
}

/**
 * The tasks in scope matching the filter, as little as the list needs to decide which are
 * overdue and which page to show: open ones first, by due date.
 */
export async function listTaskKeys(db: Queryable, scope: Scope, f: TaskFilter, today: IsoDate): Promise<Array<{ id: string; status: TaskStatus; dueOn: IsoDate }>> {
  const params: unknown[] = [scope.codes, scope.zoneId];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where = ['t.jurisdiction_code = ANY($1)', '($2::uuid IS NULL OR pa.zone_id = $2)'];
  if (f.planId) where.push(`t.plan_id = ${p(f.planId)}`);
  if (f.zoneId) where.push(`pa.zone_id = ${p(f.zoneId)}`);
  if (f.status) where.push(`t.status = ${p(f.status)}`);
  if (f.personId) {
    const day = p(today);
    where.push(`EXISTS (SELECT 1 FROM org_assignments a
                         WHERE a.jurisdiction_code = t.jurisdiction_code AND a.position_id = t.position_id AND a.person_id = ${p(f.personId)}
                           AND a.from_date <= ${day}::date AND (a.to_date IS NULL OR a.to_date >= ${day}::date))`);
  }
  const { rows } = await db.query<{ id: string; status: TaskStatus; dueOn: IsoDate }>(
    `SELECT t.id, t.status, t.due_on AS "dueOn" FROM disposal_tasks t ${planJoins}
      WHERE ${where.join(' AND ')}
      ORDER BY t.status = 'OPEN' DESC, t.due_on, pl.plan_no, t.created_at, t.id`,
    params,
  );
  return rows;
}

/** The tasks with everything a task list shows, in the order of `ids`; holders are those of `today`. */
export async function loadTaskRecords(db: Queryable, codes: string[], ids: string[], today: IsoDate): Promise<TaskRecord[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<TaskRecord>(
    `SELECT ${taskColumns}, pl.plan_no AS "planNo", pa.id AS "parcelId", pa.code AS "parcelCode", pa.name AS "parcelName", z.name AS "zoneName",
            m.method_code AS "methodCode", po.title AS "positionTitle", u.name AS "unitName", pe.display_name AS "holderName",
            (SELECT count(*)::int FROM disposal_task_reports r WHERE r.jurisdiction_code = t.jurisdiction_code AND r.task_id = t.id) AS "reportCount",
            (SELECT json_build_object('reportedOn', to_char(r.reported_on, 'YYYY-MM-DD'), 'progressZh', r.progress)
               FROM disposal_task_reports r WHERE r.jurisdiction_code = t.jurisdiction_code AND r.task_id = t.id
              ORDER BY r.reported_on DESC, r.created_at DESC LIMIT 1) AS "lastReport"
       FROM disposal_tasks t ${planJoins}
       LEFT JOIN zones z ON z.jurisdiction_code = pa.jurisdiction_code AND z.id = pa.zone_id
       LEFT JOIN disposal_measures m ON m.jurisdiction_code = t.jurisdiction_code AND m.id = t.measure_id
       JOIN org_positions po ON po.jurisdiction_code = t.jurisdiction_code AND po.id = t.position_id
       JOIN org_units u ON u.jurisdiction_code = po.jurisdiction_code AND u.id = po.unit_id
       LEFT JOIN org_assignments a ON a.jurisdiction_code = po.jurisdiction_code AND a.position_id = po.id
            AND a.from_date <= $3::date AND (a.to_date IS NULL OR a.to_date >= $3::date)
       LEFT JOIN org_people pe ON pe.jurisdiction_code = a.jurisdiction_code AND pe.id = a.person_id
      WHERE t.jurisdiction_code = ANY($1) AND t.id = ANY($2::uuid[])`,
    [codes, ids, today],
  );
  const order = new Map(ids.map((id, i) => [id, i]));
  return rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

/** The person a user is (users.person_id), if linked. */
export async function personOfUser(db: Queryable, userId: string): Promise<string | null> {
  const { rows } = await db.query<{ personId: string | null }>('SELECT person_id AS "personId" FROM users WHERE id = $1', [userId]);
  return rows[0]?.personId ?? null;
}

// ---- progress reports

export interface TaskReportRow {
  id: string;
  taskId: string;
  reportedOn: IsoDate;
  progressZh: string;
  problemsZh: string;
  nextStepsZh: string;
  done: boolean;
  fileIds: string[];
  reporterName: string;
  createdAt: string;
}

const reportSelect = `SELECT id, task_id AS "taskId", reported_on AS "reportedOn", progress AS "progressZh", problems AS "problemsZh",
  next_steps AS "nextStepsZh", done, file_ids AS "fileIds", reporter_name AS "reporterName", created_at AS "createdAt"
  FROM disposal_task_reports`;

export async function insertReport(
  tx: Queryable,
  jurisdictionCode: string,
  r: Omit<TaskReportRow, 'createdAt'> & { reportedBy: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO disposal_task_reports (jurisdiction_code, id, task_id, reported_on, progress, problems, next_steps, done, file_ids, reported_by, reporter_name)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11)`,
    [jurisdictionCode, r.id, r.taskId, r.reportedOn, r.progressZh, r.problemsZh, r.nextStepsZh, r.done, JSON.stringify(r.fileIds), r.reportedBy, r.reporterName],
  );
}

export async function reportsOfTask(db: Queryable, jurisdictionCode: string, taskId: string): Promise<TaskReportRow[]> {
  const { rows } = await db.query<TaskReportRow>(`${reportSelect} WHERE jurisdiction_code = $1 AND task_id = $2 ORDER BY reported_on, created_at`, [
    jurisdictionCode, taskId,
  ]);
  return rows;
}

export async function loadReport(db: Queryable, jurisdictionCode: string, id: string): Promise<TaskReportRow | undefined> {
  return (await db.query<TaskReportRow>(`${reportSelect} WHERE jurisdiction_code = $1 AND id = $2`, [jurisdictionCode, id])).rows[0];
}
