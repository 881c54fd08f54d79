import type { DisposalMeasure, IsoDate, MeasureStatus } from '@panhuo/domain';
import type { Scope } from '../../auth/actor.ts';
import type { Queryable } from '../../db/database.ts';

/** SQL of disposal measures (处置措施), their step history and the credit blacklist. */

export interface MeasureRow extends DisposalMeasure {
  jurisdictionCode: string;
  ordinal: number;
  version: number;
}

const measureColumns = `m.jurisdiction_code AS "jurisdictionCode", m.id, m.plan_id AS "planId", m.ordinal, m.method_code AS "methodCode",
  m.status, m.status_since AS "statusSince", m.deadline, m.responsible_unit_id AS "responsibleUnitId",
  m.responsible_position_id AS "responsiblePositionId", m.data, m.legal_basis AS "legalBasis", m.revitalised_on AS "revitalisedOn",
  m.revitalised_area_m2 AS "revitalisedArea_m2", m.evidence, m.outcome_reason AS "outcomeReasonZh",
  m.escalated_from_id AS "escalatedFromId", m.version`;

/** The measures of the plans, in their order; `codes` are the plans' jurisdictions (the scope). */
export async function measuresOfPlans(db: Queryable, codes: string[], planIds: string[]): Promise<MeasureRow[]> {
  if (planIds.length === 0) return [];
  const { rows } = await db.query<MeasureRow>(
    `SELECT ${measureColumns} FROM disposal_measures m WHERE m.jurisdiction_code = ANY($1) AND m.plan_id = ANY($2::uuid[]) ORDER BY m.plan_id, m.ordinal`,
    [codes, planIds],
  );
  return rows;
}

/** A measure within the scope (through its plan's parcel), locked for a change when asked. */
export async function findMeasure(db: Queryable, scope: Scope, id: string, opts: { lock?: boolean } = {}): Promise<MeasureRow | undefined> {
  const { rows } = await db.query<MeasureRow>(
    `SELECT ${measureColumns} FROM disposal_measures m
       JOIN disposal_plans pl ON pl.jurisdiction_code = m.jurisdiction_code AND pl.id = m.plan_id
       JOIN parcels pa ON pa.jurisdiction_code = pl.jurisdiction_code AND pa.id = pl.parcel_id
      WHERE m.id = $1 AND m.jurisdiction_code = ANY($2) AND ($3::uuid IS NULL OR pa.zone_id = $3)${opts.lock ? ' FOR UPDATE OF m' : ''}`,
    [id, scope.codes, scope.zoneId],
  );
  return rows[0];
}

export async function nextOrdinal(tx: Queryable, jurisdictionCode: string, planId: string): Promise<number> {
  const { rows } = await tx.query<{ n: number }>(
    'SELECT coalesce(max(ordinal), 0)::int + 1 AS n FROM disposal_measures WHERE jurisdiction_code = $1 AND plan_id = $2',
    [jurisdictionCode, planId],
  );
  return rows[0]!.n;
}

export async function insertMeasure(tx: Queryable, m: Omit<MeasureRow, 'version'>, actorId: string): Promise<void> {
  await tx.query(
    `INSERT INTO disposal_measures (jurisdiction_code, id, plan_id, ordinal, method_code, status, deadline, responsible_unit_id,
                                    responsible_position_id, data, legal_basis, status_since, revitalised_on, revitalised_area_m2,
                                    evidence, outcome_reason, escalated_from_id, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12, $13, $14, $15::jsonb, $16, $17, $18)`,
    [
      m.jurisdictionCode, m.id, m.planId, m.ordinal, m.methodCode, m.status, m.deadline ?? null, m.responsibleUnitId ?? null,
      m.responsiblePositionId ?? null, JSON.stringify(m.data), m.legalBasis, m.statusSince, m.revitalisedOn ?? null,
      m.revitalisedArea_m2 ?? null, m.evidence ? JSON.stringify(m.evidence) : null, m.outcomeReasonZh ?? null, m.escalatedFromId ?? null, actorId,
    ],
  );
}

/** Writes the measure as the domain returned it (or as edited), with its new version. */
export async function updateMeasure(tx: Queryable, m: MeasureRow): Promise<void> {
  await tx.query(
    `UPDATE disposal_measures SET method_code = $3, status = $4, deadline = $5, responsible_unit_id = $6, responsible_position_id = $7,
            data = $8::jsonb, legal_basis = $9, status_since = $10, revitalised_on = $11, revitalised_area_m2 = $12, evidence = $13::jsonb,
            outcome_reason = $14, version = $15, updated_at = now()
      WHERE jurisdiction_code = $1 AND id = $2`,
    [
      m.jurisdictionCode, m.id, m.methodCode, m.status, m.deadline ?? null, m.responsibleUnitId ?? null, m.responsiblePositionId ?? null,
      JSON.stringify(m.data), m.legalBasis, m.statusSince, m.revitalisedOn ?? null, m.revitalisedArea_m2 ?? null,
      m.evidence ? JSON.stringify(m.evidence) : null, m.outcomeReasonZh ?? null, m.version,
    ],
  );
}

export interface MeasureEventWrite {
  id: string;
  measureId: string;
  action: string;
  onDate: IsoDate;
  fromStatus: MeasureStatus | null;
  toStatus: MeasureStatus;
  detail: Record<string, unknown>;
  actorId: string | null;
  actorName: string;
}

export async function insertMeasureEvent(tx: Queryable, jurisdictionCode: string, e: MeasureEventWrite): Promise<void> {
  await tx.query(
    `INSERT INTO disposal_measure_events (jurisdiction_code, id, measure_id, action, on_date, from_status, to_status, detail, actor_id, actor_name)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10)`,
    [jurisdictionCode, e.id, e.measureId, e.action, e.onDate, e.fromStatus, e.toStatus, JSON.stringify(e.detail), e.actorId, e.actorName],
  );
}

export interface MeasureEventRow extends Omit<MeasureEventWrite, 'actorId'> {
  createdAt: string;
}

export async function eventsOfMeasures(db: Queryable, jurisdictionCode: string, measureIds: string[]): Promise<MeasureEventRow[]> {
  if (measureIds.length === 0) return [];
  const { rows } = await db.query<MeasureEventRow>(
    `SELECT id, measure_id AS "measureId", action, on_date AS "onDate", from_status AS "fromStatus", to_status AS "toStatus", detail,
            actor_name AS "actorName", created_at AS "createdAt"
       FROM disposal_measure_events WHERE jurisdiction_code = $1 AND measure_id = ANY($2::uuid[]) ORDER BY created_at, id`,
    [jurisdictionCode, measureIds],
  );
  return rows;
}

// ---- the credit blacklist (D-YN05)

export interface BlacklistRow {
  id: string;
  enterpriseId: string;
  enterpriseName: string;
  uscc: string | null;
  listedOn: IsoDate;
  basisZh: string;
  sourceZh: string;
  planId: string;
  measureId: string;
}

export async function insertBlacklistEntry(
  tx: Queryable,
  jurisdictionCode: string,
  e: { id: string; enterpriseId: string; listedOn: IsoDate; basisZh: string; sourceZh: string; planId: string; measureId: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO credit_blacklist (jurisdiction_code, id, enterprise_id, listed_on, basis, source, plan_id, measure_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [jurisdictionCode, e.id, e.enterpriseId, e.listedOn, e.basisZh, e.sourceZh, e.planId, e.measureId],
  );
}

/** The blacklist in scope (park staff: the entries of their park's plans), latest first. */
export async function listBlacklist(db: Queryable, scope: Scope, id?: string): Promise<BlacklistRow[]> {
  const { rows } = await db.query<BlacklistRow>(
    `SELECT b.id, b.enterprise_id AS "enterpriseId", e.name AS "enterpriseName", e.uscc, b.listed_on AS "listedOn", b.basis AS "basisZh",
            b.source AS "sourceZh", b.plan_id AS "planId", b.measure_id AS "measureId"
       FROM credit_blacklist b
       JOIN enterprises e ON e.jurisdiction_code = b.jurisdiction_code AND e.id = b.enterprise_id
       JOIN disposal_plans pl ON pl.jurisdiction_code = b.jurisdiction_code AND pl.id = b.plan_id
       JOIN parcels pa ON pa.jurisdiction_code = pl.jurisdiction_code AND pa.id = pl.parcel_id
      WHERE b.jurisdiction_code = ANY($1) AND ($2::uuid IS NULL OR pa.zone_id = $2) AND ($3::uuid IS NULL OR b.id = $3)
      ORDER BY b.listed_on DESC, b.created_at DESC`,
    [scope.codes, scope.zoneId, id ?? null],
  );
  return rows;
}
