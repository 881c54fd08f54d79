import { determinedOpenStates, type CampaignTarget, type RevitalisedMeasure, type StockKind, type YearlyTask } from '@panhuo/domain';
import type { Queryable } from '../../db/database.ts';

/**
 * SQL of the campaign (攻坚调度). Reads take the actor's scope: the jurisdiction codes and,
 * for park staff, the one zone (园区 = 战区) whose parcels they may see.
 */
export interface CampaignScope {
  codes: string[];
  zoneId: string | null;
}

export interface CampaignRow {
  jurisdictionCode: string;
  name: string;
  issuerName: string;
  version: number;
}

export interface TargetRow {
  jurisdictionCode: string;
  id: string;
  kind: CampaignTarget['kind'];
  definition: CampaignTarget;
  yearlyTasks: YearlyTask[];
  active: boolean;
  ordinal: number;
  version: number;
}

export async function findCampaign(db: Queryable, jurisdictionCode: string): Promise<CampaignRow | null> {
  const { rows } = await db.query<CampaignRow>(
    `SELECT jurisdiction_code AS "jurisdictionCode", name, issuer_name AS "issuerName", version FROM campaigns WHERE jurisdiction_code = $1`,
    [jurisdictionCode],
  );
  return rows[0] ?? null;
}

export async function upsertCampaign(db: Queryable, c: Omit<CampaignRow, 'version'>): Promise<void> {
  await db.query(
    `INSERT INTO campaigns (jurisdiction_code, name, issuer_name) VALUES ($1, $2, $3)
     ON CONFLICT (jurisdiction_code) DO UPDATE SET name = EXCLUDED.name, issuer_name = EXCLUDED.issuer_name,
       version = campaigns.version + 1, updated_at = now()`,
    [c.jurisdictionCode, c.name, c.issuerName],
  );
}

const targetSelect = `SELECT jurisdiction_code AS "jurisdictionCode", id, kind, definition, yearly_tasks AS "yearlyTasks", active, ordinal, version
  FROM campaign_targets`;

export async function listTargets(db: Queryable, jurisdictionCode: string): Promise<TargetRow[]> {
  const { rows } = await db.query<TargetRow>(`${targetSelect} WHERE jurisdiction_code = $1 ORDER BY ordinal, id`, [jurisdictionCode]);
  return rows;
}

export async function findTarget(db: Queryable, jurisdictionCode: string, id: string, lock = false): Promise<TargetRow | null> {
  const { rows } = await db.query<TargetRow>(`${targetSelect} WHERE jurisdiction_code = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`, [jurisdictionCode, id]);
  return rows[0] ?? null;
}

export async function insertTarget(db: Queryable, t: Omit<TargetRow, 'version'>): Promise<void> {
  await db.query(
    `INSERT INTO campaign_targets (jurisdiction_code, id, kind, definition, yearly_tasks, active, ordinal) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [t.jurisdictionCode, t.id, t.kind, JSON.stringify(t.definition), JSON.stringify(t.yearlyTasks), t.active, t.ordinal],
  );
}

export async function updateTarget(db: Queryable, t: Pick<TargetRow, 'jurisdictionCode' | 'id' | 'definition' | 'yearlyTasks' | 'active'>): Promise<void> {
  await db.query(
    `UPDATE campaign_targets SET definition = $3, yearly_tasks = $4, active = $5, version = version + 1, updated_at = now()
      WHERE jurisdiction_code = $1 AND id = $2`,
    [t.jurisdictionCode, t.id, JSON.stringify(t.definition), JSON.stringify(t.yearlyTasks), t.active],
  );
}

export interface RateBaseRow {
  year: number;
  stockKind: StockKind;
  area_m2: number;
  source: string;
}

export async function listRateBases(db: Queryable, jurisdictionCode: string): Promise<RateBaseRow[]> {
  const { rows } = await db.query<RateBaseRow>(
    `SELECT year, stock_kind AS "stockKind", area_m2, source FROM campaign_rate_bases WHERE jurisdiction_code = $1 ORDER BY year, stock_kind`,
    [jurisdictionCode],
  );
  return rows;
}

export async function upsertRateBase(db: Queryable, jurisdictionCode: string, b: RateBaseRow): Promise<void> {
  await db.query(
    `INSERT INTO campaign_rate_bases (jurisdiction_code, year, stock_kind, area_m2, source) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (jurisdiction_code, year, stock_kind) DO UPDATE SET area_m2 = EXCLUDED.area_m2, source = EXCLUDED.source`,
    [jurisdictionCode, b.year, b.stockKind, b.area_m2, b.source],
  );
}

// ---- what achievement is counted from

/** A war zone (战区) and the parks (zones) it is bound to. */
export interface WarZoneRow {
  id: string;
  name: string;
  zoneIds: string[];
}

export async function listWarZones(db: Queryable, codes: string[]): Promise<WarZoneRow[]> {
  const { rows } = await db.query<WarZoneRow>(
    `SELECT id, name, zone_ids AS "zoneIds" FROM org_bodies WHERE jurisdiction_code = ANY($1) AND kind = 'WAR_ZONE' ORDER BY name`,
    [codes],
  );
  return rows;
}

export interface MeasureFactRow {
  measureId: string;
  parcelId: string;
  zoneId: string | null;
  unitId: string;
  category: 'IDLE' | 'INEFFICIENT';
  revitalisedOn: string;
  revitalisedArea_m2: number;
}

/** Every revitalised measure in scope, with the plan's parcel, park and responsible unit. */
export async function listRevitalisedMeasures(db: Queryable, scope: CampaignScope): Promise<MeasureFactRow[]> {
  const { rows } = await db.query<MeasureFactRow>(
    `SELECT m.id AS "measureId", pl.parcel_id AS "parcelId", pa.zone_id AS "zoneId",
            COALESCE(m.responsible_unit_id, pl.responsible_unit_id) AS "unitId", pl.category,
            m.revitalised_on AS "revitalisedOn", m.revitalised_area_m2 AS "revitalisedArea_m2"
       FROM disposal_measures m
       JOIN disposal_plans pl ON pl.jurisdiction_code = m.jurisdiction_code AND pl.id = m.plan_id
       JOIN parcels pa ON pa.jurisdiction_code = pl.jurisdiction_code AND pa.id = pl.parcel_id
      WHERE m.jurisdiction_code = ANY($1) AND m.status = 'REVITALISED' AND ($2::uuid IS NULL OR pa.zone_id = $2)`,
    [scope.codes, scope.zoneId],
  );
  return rows;
}

/** A revitalised measure as the campaign arithmetic takes it (DOMAIN.md §5.3). */
export function toRevitalisedMeasure(row: MeasureFactRow, warZoneOfZone: ReadonlyMap<string, string>): RevitalisedMeasure {
  return {
    measureId: row.measureId,
    parcelId: row.parcelId,
    revitalisedAt: row.revitalisedOn,
    revitalisedArea_m2: row.revitalisedArea_m2,
    warZoneId: row.zoneId ? warZoneOfZone.get(row.zoneId) : undefined,
    unitId: row.unitId,
    stockKind: row.category === 'IDLE' ? 'IDLE' : 'INEFFICIENT_INDUSTRIAL',
  };
}

export interface PlanFactRow {
  planId: string;
  parcelId: string;
  zoneId: string | null;
  area_m2: number;
  unitId: string;
  status: string;
  measureStatuses: string[];
}

/** Every disposal plan in scope with its measures' states: the stage of each parcel. */
export async function listPlanFacts(db: Queryable, scope: CampaignScope): Promise<PlanFactRow[]> {
  const { rows } = await db.query<PlanFactRow>(
    `SELECT pl.id AS "planId", pl.parcel_id AS "parcelId", pa.zone_id AS "zoneId", pa.area_m2 AS area_m2,
            pl.responsible_unit_id AS "unitId", pl.status,
            COALESCE((SELECT array_agg(m.status ORDER BY m.ordinal) FROM disposal_measures m
                       WHERE m.jurisdiction_code = pl.jurisdiction_code AND m.plan_id = pl.id), '{}') AS "measureStatuses"
       FROM disposal_plans pl
       JOIN parcels pa ON pa.jurisdiction_code = pl.jurisdiction_code AND pa.id = pl.parcel_id
      WHERE pl.jurisdiction_code = ANY($1) AND ($2::uuid IS NULL OR pa.zone_id = $2)`,
    [scope.codes, scope.zoneId],
  );
  return rows;
}

/** Determined cases whose parcel has no disposal plan yet (待制定方案). */
export async function listDeterminedWithoutPlan(db: Queryable, scope: CampaignScope): Promise<Array<{ parcelId: string; area_m2: number }>> {
  const { rows } = await db.query<{ parcelId: string; area_m2: number }>(
    `SELECT DISTINCT c.parcel_id AS "parcelId", pa.area_m2 AS area_m2
       FROM cases c
       JOIN parcels pa ON pa.jurisdiction_code = c.jurisdiction_code AND pa.id = c.parcel_id
      WHERE c.jurisdiction_code = ANY($1) AND ($2::uuid IS NULL OR pa.zone_id = $2)
        AND c.state = ANY($3)
        AND NOT EXISTS (SELECT 1 FROM disposal_plans pl WHERE pl.jurisdiction_code = c.jurisdiction_code AND pl.parcel_id = c.parcel_id)`,
    [scope.codes, scope.zoneId, determinedOpenStates],
  );
  return rows;
}

export interface UnitTaskCounts {
  unitId: string;
  openTasks: number;
  overdueTasks: number;
}

/** Open and overdue tasks per unit of the position they are assigned to (responsibility follows the seat). */
export async function countTasksByUnit(db: Queryable, scope: CampaignScope, today: string): Promise<UnitTaskCounts[]> {
  const { rows } = await db.query<UnitTaskCounts>(
    `SELECT po.unit_id AS "unitId", count(*)::int AS "openTasks", count(*) FILTER (WHERE t.due_on < $3::date)::int AS "overdueTasks"
       FROM disposal_tasks t
       JOIN org_positions po ON po.jurisdiction_code = t.jurisdiction_code AND po.id = t.position_id
       JOIN disposal_plans pl ON pl.jurisdiction_code = t.jurisdiction_code AND pl.id = t.plan_id
       JOIN parcels pa ON pa.jurisdiction_code = pl.jurisdiction_code AND pa.id = pl.parcel_id
      WHERE t.jurisdiction_code = ANY($1) AND ($2::uuid IS NULL OR pa.zone_id = $2) AND t.status = 'OPEN'
      GROUP BY po.unit_id`,
    [scope.codes, scope.zoneId, today],
  );
  return rows;
}

/** Overdue tasks per park (zone), for the war-zone rows. */
export async function countOverdueByZone(db: Queryable, scope: CampaignScope, today: string): Promise<Array<{ zoneId: string | null; overdueTasks: number }>> {
  const { rows } = await db.query<{ zoneId: string | null; overdueTasks: number }>(
    `SELECT pa.zone_id AS "zoneId", count(*)::int AS "overdueTasks"
       FROM disposal_tasks t
       JOIN disposal_plans pl ON pl.jurisdiction_code = t.jurisdiction_code AND pl.id = t.plan_id
       JOIN parcels pa ON pa.jurisdiction_code = pl.jurisdiction_code AND pa.id = pl.parcel_id
      WHERE t.jurisdiction_code = ANY($1) AND ($2::uuid IS NULL OR pa.zone_id = $2) AND t.status = 'OPEN' AND t.due_on < $3::date
      GROUP BY pa.zone_id`,
    [scope.codes, scope.zoneId, today],
  );
  return rows;
}

export async function listUnitNames(db: Queryable, codes: string[]): Promise<Map<string, string>> {
  const { rows } = await db.query<{ id: string; name: string }>(`SELECT id, name FROM org_units WHERE jurisdiction_code = ANY($1)`, [codes]);
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function findQuota(db: Queryable, jurisdictionCode: string, year: number): Promise<{ quota_m2: number; source: string } | null> {
  const { rows } = await db.query<{ quota_m2: number; source: string }>(
    `SELECT quota_m2, source FROM campaign_quotas WHERE jurisdiction_code = $1 AND year = $2`,
    [jurisdictionCode, year],
  );
  return rows[0] ?? null;
}

export async function upsertQuota(db: Queryable, jurisdictionCode: string, year: number, quota_m2: number, source: string): Promise<void> {
  await db.query(
    `INSERT INTO campaign_quotas (jurisdiction_code, year, quota_m2, source) VALUES ($1, $2, $3, $4)
     ON CONFLICT (jurisdiction_code, year) DO UPDATE SET quota_m2 = EXCLUDED.quota_m2, source = EXCLUDED.source`,
    [jurisdictionCode, year, quota_m2, source],
  );
}

// ---- setting the campaign up (攻坚目标设置)

export async function deleteTarget(db: Queryable, jurisdictionCode: string, id: string): Promise<void> {
  await db.query(`DELETE FROM campaign_targets WHERE jurisdiction_code = $1 AND id = $2`, [jurisdictionCode, id]);
}

/** A new target goes after the jurisdiction's others. */
export async function nextTargetOrdinal(db: Queryable, jurisdictionCode: string): Promise<number> {
  const { rows } = await db.query<{ next: number }>(`SELECT COALESCE(max(ordinal) + 1, 0)::int AS next FROM campaign_targets WHERE jurisdiction_code = $1`, [jurisdictionCode]);
  return rows[0]?.next ?? 0;
}

/** The names of the war zones (战区) and units (单位) of a jurisdiction, for a target's scope. */
export async function scopeNames(db: Queryable, jurisdictionCode: string): Promise<{ warZones: Map<string, string>; units: Map<string, string> }> {
  const [wz, units] = await Promise.all([
    db.query<{ id: string; name: string }>(`SELECT id, name FROM org_bodies WHERE jurisdiction_code = $1 AND kind = 'WAR_ZONE'`, [jurisdictionCode]),
    db.query<{ id: string; name: string }>(`SELECT id, name FROM org_units WHERE jurisdiction_code = $1`, [jurisdictionCode]),
  ]);
  return { warZones: new Map(wz.rows.map((r) => [r.id, r.name])), units: new Map(units.rows.map((r) => [r.id, r.name])) };
}

export interface QuotaRow {
  year: number;
  quota_m2: number;
  source: string;
}

export async function listQuotas(db: Queryable, jurisdictionCode: string): Promise<QuotaRow[]> {
  const { rows } = await db.query<QuotaRow>(`SELECT year, quota_m2, source FROM campaign_quotas WHERE jurisdiction_code = $1 ORDER BY year`, [jurisdictionCode]);
  return rows;
}

export async function findRateBase(db: Queryable, jurisdictionCode: string, year: number, stockKind: StockKind): Promise<RateBaseRow | null> {
  const { rows } = await db.query<RateBaseRow>(
    `SELECT year, stock_kind AS "stockKind", area_m2, source FROM campaign_rate_bases WHERE jurisdiction_code = $1 AND year = $2 AND stock_kind = $3 FOR UPDATE`,
    [jurisdictionCode, year, stockKind],
  );
  return rows[0] ?? null;
}
