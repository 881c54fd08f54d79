import type { IsoDate, PrimaryCategory } from '@panhuo/domain';
import type { Scope } from '../../auth/actor.ts';
import type { Queryable } from '../../db/database.ts';

/** What a plan is made from: the parcel, and the identification run that flagged it (LEDGER plans). */

export interface PlanParcel {
  jurisdictionCode: string;
  id: string;
  code: string;
  name: string;
  area_m2: number;
  zoneId: string | null;
  enterpriseId: string | null;
  /** the ledger's 闲置原因 (idleCauseType) */
  idleCauseType: string | null;
}

/** A live parcel within the scope (park staff: of their park). */
export async function findPlanParcel(db: Queryable, scope: Scope, id: string): Promise<PlanParcel | undefined> {
  const { rows } = await db.query<PlanParcel>(
    `SELECT jurisdiction_code AS "jurisdictionCode", id, code, name, area_m2, zone_id AS "zoneId", enterprise_id AS "enterpriseId",
            idle_cause_type AS "idleCauseType"
       FROM parcels
      WHERE id = $1 AND jurisdiction_code = ANY($2) AND ($3::uuid IS NULL OR zone_id = $3) AND closed_at IS NULL`,
    [id, scope.codes, scope.zoneId],
  );
  return rows[0];
}

export interface LatestRunResult {
  runId: string;
  ruleSetId: string;
  ruleSetNameZh: string;
  asOf: IsoDate;
  /** the classes the rule set defines (WP-C1…); empty when it has none */
  classIds: string[];
  /** the parcel's result in that run, if the run covered it */
  result: { primaryCategory: PrimaryCategory; classes: string[] } | null;
}

/** The latest finished identification run of the jurisdiction, whatever its rule set, and the parcel's result in it. */
export async function latestRunResult(db: Queryable, jurisdictionCode: string, parcelId: string): Promise<LatestRunResult | undefined> {
  const { rows } = await db.query<Omit<LatestRunResult, 'result'> & { primaryCategory: PrimaryCategory | null; classes: string[] | null }>(
    `SELECT r.id AS "runId", r.rule_set_id AS "ruleSetId", v.definition ->> 'nameZh' AS "ruleSetNameZh", r.as_of AS "asOf",
            ARRAY(SELECT jsonb_array_elements_text(coalesce(v.definition -> 'classIds', '[]'::jsonb))) AS "classIds",
            res.primary_category AS "primaryCategory", res.classes
       FROM identification_runs r
       JOIN rule_set_versions v ON v.rule_set_id = r.rule_set_id AND v.version = r.rule_set_version
       LEFT JOIN identification_results res ON res.jurisdiction_code = r.jurisdiction_code AND res.run_id = r.id AND res.parcel_id = $2
      WHERE r.jurisdiction_code = $1 AND r.finished_at IS NOT NULL
      ORDER BY r.finished_at DESC LIMIT 1`,
    [jurisdictionCode, parcelId],
  );
  const row = rows[0];
  if (!row) return undefined;
  const { primaryCategory, classes, ...run } = row;
  return { ...run, result: primaryCategory ? { primaryCategory, classes: classes ?? [] } : null };
}

/** The rule sets the jurisdiction runs (its seed shows which local catalogue applies). */
export async function ruleSetsOfJurisdiction(db: Queryable, jurisdictionCode: string): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>('SELECT rule_set_id AS id FROM jurisdiction_rule_sets WHERE jurisdiction_code = $1 ORDER BY rule_set_id', [
    jurisdictionCode,
  ]);
  return rows.map((r) => r.id);
}

/** An open case of the parcel that has been determined, for proposing it when a plan is made without one. */
export async function determinedCaseOfParcel(db: Queryable, jurisdictionCode: string, parcelId: string, states: readonly string[]): Promise<string | undefined> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM cases WHERE jurisdiction_code = $1 AND parcel_id = $2 AND closed_on IS NULL AND state = ANY($3) LIMIT 1`,
    [jurisdictionCode, parcelId, states],
  );
  return rows[0]?.id;
}
