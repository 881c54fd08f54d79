import type { IsoDate, MeasureStatus, PlanApproval, PlanStatus, SeedKey } from '@panhuo/domain';
import type { Scope } from '../../auth/actor.ts';
import type { Queryable } from '../../db/database.ts';

/**
 * SQL of disposal plans (处置方案). Every read takes the actor's scope: the jurisdiction codes
 * and, for park staff, the one park whose parcels they may see; a plan outside it is not found.
 */

export interface PlanRow {
  jurisdictionCode: string;
  id: string;
  planNo: string;
  parcelId: string;
  caseId: string | null;
  source: 'CASE' | 'LEDGER';
  category: 'IDLE' | 'INEFFICIENT';
  idleCause: 'GOVERNMENT' | 'ENTERPRISE' | 'JUDICIAL' | null;
  wpClass: 'C1' | 'C2' | 'C3' | null;
  seed: SeedKey | null;
  runId: string | null;
  causeAnalysisZh: string;
  responsibleUnitId: string;
  leaderPositionId: string;
  taskForceBodyId: string | null;
  deadline: IsoDate;
  status: PlanStatus;
  returnedReason: string | null;
  submittedOn: IsoDate | null;
  approval: PlanApproval | null;
  closedOn: IsoDate | null;
  version: number;
}

/** A plan with the names it is shown with: parcel, park, enterprise, case, unit, leader seat and its holder today. */
export interface PlanRecord extends PlanRow {
  parcelCode: string;
  parcelName: string;
  parcelArea_m2: number;
  zoneId: string | null;
  zoneName: string | null;
  enterpriseId: string | null;
  enterpriseName: string | null;
  caseNo: string | null;
  unitName: string;
  leaderTitle: string;
  leaderUnitName: string;
  leaderHolderName: string | null;
  taskForceName: string | null;
  createdAt: string;
  updatedAt: string;
}

const planColumns = `pl.jurisdiction_code AS "jurisdictionCode", pl.id, pl.plan_no AS "planNo", pl.parcel_id AS "parcelId",
  pl.case_id AS "caseId", pl.source, pl.category, pl.idle_cause AS "idleCause", pl.wp_class AS "wpClass", pl.seed,
  pl.run_id AS "runId", pl.cause_analysis AS "causeAnalysisZh", pl.responsible_unit_id AS "responsibleUnitId",
  pl.leader_position_id AS "leaderPositionId", pl.task_force_body_id AS "taskForceBodyId", pl.deadline, pl.status,
  pl.returned_reason AS "returnedReason", pl.submitted_on AS "submittedOn", pl.approval, pl.closed_on AS "closedOn", pl.version`;

const parcelJoin = 'JOIN parcels pa ON pa.jurisdiction_code = pl.jurisdiction_code AND pa.id = pl.parcel_id';

/** `$1` = scope codes, `$2` = the park of a park user (or null), `$3` = the date whose seat holders are named. */
const recordSelect = `
  SELECT ${planColumns}, pa.code AS "parcelCode", pa.name AS "parcelName", pa.area_m2 AS "parcelArea_m2",
         pa.zone_id AS "zoneId", z.name AS "zoneName", pa.enterprise_id AS "enterpriseId", e.name AS "enterpriseName",
         c.case_no AS "caseNo", u.name AS "unitName", lp.title AS "leaderTitle", lu.name AS "leaderUnitName",
         lpe.display_name AS "leaderHolderName", b.name AS "taskForceName", pl.created_at AS "createdAt", pl.updated_at AS "updatedAt"
    FROM disposal_plans pl
    ${parcelJoin}
    LEFT JOIN zones z ON z.jurisdiction_code = pa.jurisdiction_code AND z.id = pa.zone_id
    LEFT JOIN enterprises e ON e.jurisdiction_code = pa.jurisdiction_code AND e.id = pa.enterprise_id
    LEFT JOIN cases c ON c.jurisdiction_code = pl.jurisdiction_code AND c.id = pl.case_id
    JOIN org_units u ON u.jurisdiction_code = pl.jurisdiction_code AND u.id = pl.responsible_unit_id
    JOIN org_positions lp ON lp.jurisdiction_code = pl.jurisdiction_code AND lp.id = pl.leader_position_id
    JOIN org_units lu ON lu.jurisdiction_code = lp.jurisdiction_code AND lu.id = lp.unit_id
    LEFT JOIN org_assignments la ON la.jurisdiction_code = lp.jurisdiction_code AND la.position_id = lp.id
         AND la.from_date <= $3::date AND (la.to_date IS NULL OR la.to_date >= $3::date)
    LEFT JOIN org_people lpe ON lpe.jurisdiction_code = la.jurisdiction_code AND lpe.id = la.person_id
    LEFT JOIN org_bodies b ON b.jurisdiction_code = pl.jurisdiction_code AND b.id = pl.task_force_body_id
   WHERE pl.jurisdiction_code = ANY($1) AND ($2::uuid IS NULL OR pa.zone_id = $2)`;

export async function loadPlanRecords(db: Queryable, scope: Scope, ids: string[], today: IsoDate): Promise<PlanRecord[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<PlanRecord>(`${recordSelect} AND pl.id = ANY($4::uuid[])`, [scope.codes, scope.zoneId, today, ids]);
  const order = new Map(ids.map((id, i) => [id, i]));
  return rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

/** The plan as stored, locked for a change when asked; undefined outside the scope. */
export async function findPlan(db: Queryable, scope: Scope, id: string, opts: { lock?: boolean } = {}): Promise<PlanRow | undefined> {
  const { rows } = await db.query<PlanRow>(
    `SELECT ${planColumns} FROM disposal_plans pl ${parcelJoin}
      WHERE pl.id = $1 AND pl.jurisdiction_code = ANY($2) AND ($3::uuid IS NULL OR pa.zone_id = $3)${opts.lock ? ' FOR UPDATE OF pl' : ''}`,
    [id, scope.codes, scope.zoneId],
  );
  return rows[0];
}

/** The parcel's plan that is not closed, if any (一地一策). */
export async function openPlanOfParcel(db: Queryable, jurisdictionCode: string, parcelId: string): Promise<{ id: string; planNo: string } | undefined> {
  const { rows } = await db.query<{ id: string; planNo: string }>(
    `SELECT id, plan_no AS "planNo" FROM disposal_plans WHERE jurisdiction_code = $1 AND parcel_id = $2 AND status <> 'CLOSED'`,
    [jurisdictionCode, parcelId],
  );
  return rows[0];
}

/**
 * The next 处置方案编号 of the year, e.g. CZ-2026-0003. The upsert takes the sequence row's
 * lock until the transaction ends, so concurrent plans of a jurisdiction are numbered one
 * after the other, on PGlite and PostgreSQL alike, and a rolled-back plan gives its number back.
 */
export async function nextPlanNo(tx: Queryable, jurisdictionCode: string, year: number): Promise<string> {
  const { rows } = await tx.query<{ n: number }>(
    `INSERT INTO disposal_plan_sequences (jurisdiction_code, year, last_number) VALUES ($1, $2, 1)
     ON CONFLICT (jurisdiction_code, year) DO UPDATE SET last_number = disposal_plan_sequences.last_number + 1
     RETURNING last_number AS n`,
    [jurisdictionCode, year],
  );
  return `CZ-${year}-${String(rows[0]!.n).padStart(4, '0')}`;
}

export async function insertPlan(tx: Queryable, p: Omit<PlanRow, 'version'>, actorId: string): Promise<void> {
  await tx.query(
    `INSERT INTO disposal_plans (jurisdiction_code, id, plan_no, parcel_id, case_id, source, category, idle_cause, wp_class, seed, run_id,
                                 cause_analysis, responsible_unit_id, leader_position_id, task_force_body_id, deadline, status,
                                 returned_reason, submitted_on, approval, closed_on, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20::jsonb, $21, $22)`,
    [
      p.jurisdictionCode, p.id, p.planNo, p.parcelId, p.caseId, p.source, p.category, p.idleCause, p.wpClass, p.seed, p.runId,
      p.causeAnalysisZh, p.responsibleUnitId, p.leaderPositionId, p.taskForceBodyId, p.deadline, p.status,
      p.returnedReason, p.submittedOn, p.approval ? JSON.stringify(p.approval) : null, p.closedOn, actorId,
    ],
  );
}

/** Writes the plan's editable fields and state, with its new version. */
export async function updatePlan(tx: Queryable, p: PlanRow): Promise<void> {
  await tx.query(
    `UPDATE disposal_plans SET cause_analysis = $3, responsible_unit_id = $4, leader_position_id = $5, task_force_body_id = $6,
            deadline = $7, status = $8, returned_reason = $9, submitted_on = $10, approval = $11::jsonb, closed_on = $12,
            version = $13, updated_at = now()
      WHERE jurisdiction_code = $1 AND id = $2`,
    [
      p.jurisdictionCode, p.id, p.causeAnalysisZh, p.responsibleUnitId, p.leaderPositionId, p.taskForceBodyId, p.deadline, p.status,
      p.returnedReason, p.submittedOn, p.approval ? JSON.stringify(p.approval) : null, p.closedOn, p.version,
    ],
  );
}

export interface PlanListFilter {
  status?: PlanStatus;
  zoneId?: string;
  q?: string;
}

/** The plans in scope matching the filter, with their measures' states (for the stage), newest first. */
export async function listPlanStates(
  db: Queryable,
  scope: Scope,
  f: PlanListFilter,
): Promise<Array<{ id: string; status: PlanStatus; measureStatuses: MeasureStatus[] }>> {
  const params: unknown[] = [scope.codes, scope.zoneId];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where = ['pl.jurisdiction_code = ANY($1)', '($2::uuid IS NULL OR pa.zone_id = $2)'];
  if (f.status) where.push(`pl.status = ${p(f.status)}`);
  if (f.zoneId) where.push(`pa.zone_id = ${p(f.zoneId)}`);
  if (f.q) {
    const like = p(`%${f.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`);
    where.push(`(pl.plan_no ILIKE ${like} OR pa.code ILIKE ${like} OR pa.name ILIKE ${like}
                 OR EXISTS (SELECT 1 FROM enterprises e WHERE e.jurisdiction_code = pa.jurisdiction_code AND e.id = pa.enterprise_id AND e.name ILIKE ${like}))`);
  }
  const { rows } = await db.query<{ id: string; status: PlanStatus; measureStatuses: MeasureStatus[] }>(
    `SELECT pl.id, pl.status,
            COALESCE((SELECT array_agg(m.status ORDER BY m.ordinal) FROM disposal_measures m
                       WHERE m.jurisdiction_code = pl.jurisdiction_code AND m.plan_id = pl.id), '{}') AS "measureStatuses"
       FROM disposal_plans pl ${parcelJoin}
      WHERE ${where.join(' AND ')}
      ORDER BY pl.created_at DESC, pl.plan_no DESC`,
    params,
  );
  return rows;
}

export async function countTasksOfPlan(db: Queryable, jurisdictionCode: string, planId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM disposal_tasks WHERE jurisdiction_code = $1 AND plan_id = $2', [jurisdictionCode, planId]);
  return rows[0]!.n;
}

export interface PlanHistoryRow {
  id: number;
  action: string;
  actorName: string;
  at: string;
  after: Record<string, unknown> | null;
}

/** The plan's own audit trail, oldest first: created, edited, submitted, approved, returned, closed. */
export async function planHistory(db: Queryable, jurisdictionCode: string, planId: string): Promise<PlanHistoryRow[]> {
  const { rows } = await db.query<PlanHistoryRow>(
    `SELECT id::int AS id, action, actor_name AS "actorName", at, after FROM audit_log
      WHERE jurisdiction_code = $1 AND entity_type = 'disposal_plan' AND entity_id = $2 ORDER BY id`,
    [jurisdictionCode, planId],
  );
  return rows;
}
