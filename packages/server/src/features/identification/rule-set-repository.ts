import { builtInRuleSets, type RuleSet } from '@panhuo/domain';
import type { Queryable } from '../../db/database.ts';
import { systemActorName } from '../../auth/actor.ts';

/** Rule-set versions (shared reference data) and the rule sets each jurisdiction runs. */
export interface StoredVersion {
  ruleSetId: string;
  version: number;
  definition: RuleSet;
  effectiveFrom: string;
  createdBy: string;
  createdAt: string;
  note: string | null;
}

const select = `SELECT rule_set_id AS "ruleSetId", version, definition, effective_from AS "effectiveFrom",
  created_by AS "createdBy", created_at AS "createdAt", note FROM rule_set_versions`;

/** Writes the built-in rule sets as version 1 where they are missing (start-up; idempotent). */
export async function ensureBuiltInRuleSets(db: Queryable): Promise<void> {
  for (const rs of builtInRuleSets) {
    await db.query(
      `INSERT INTO rule_set_versions (rule_set_id, version, definition, effective_from, created_by, note)
       VALUES ($1, 1, $2::jsonb, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [rs.id, JSON.stringify(rs), rs.effectiveFrom, systemActorName, `内置规则 ${rs.version}`],
    );
  }
}

export async function listVersions(db: Queryable, ruleSetId?: string): Promise<StoredVersion[]> {
  const { rows } = await db.query<StoredVersion>(
    `${select} WHERE ($1::text IS NULL OR rule_set_id = $1) ORDER BY rule_set_id, version`,
    [ruleSetId ?? null],
  );
  return rows;
}

export async function findVersion(db: Queryable, ruleSetId: string, version: number): Promise<StoredVersion | undefined> {
  const { rows } = await db.query<StoredVersion>(`${select} WHERE rule_set_id = $1 AND version = $2`, [ruleSetId, version]);
  return rows[0];
}

/**
 * The version in force on a date: the latest one effective on or before it. Before the
 * first version took effect, the first version (the rule set as published) is used.
 */
export async function versionInForce(db: Queryable, ruleSetId: string, asOf: string): Promise<StoredVersion | undefined> {
  const { rows } = await db.query<StoredVersion>(
    `${select} WHERE rule_set_id = $1 AND effective_from <= $2::date ORDER BY effective_from DESC, version DESC LIMIT 1`,
    [ruleSetId, asOf],
  );
  return rows[0] ?? findVersion(db, ruleSetId, 1);
}

export async function nextVersionNumber(tx: Queryable, ruleSetId: string): Promise<number> {
  const { rows } = await tx.query<{ n: number }>('SELECT coalesce(max(version), 0)::int + 1 AS n FROM rule_set_versions WHERE rule_set_id = $1', [ruleSetId]);
  return rows[0]!.n;
}

/** Adds a version; answers undefined when another request added that version number first. */
export async function insertVersion(
  tx: Queryable,
  v: { ruleSetId: string; version: number; definition: RuleSet; effectiveFrom: string; createdBy: string; note: string | null },
): Promise<StoredVersion | undefined> {
  const { rows } = await tx.query<StoredVersion>(
    `INSERT INTO rule_set_versions (rule_set_id, version, definition, effective_from, created_by, note)
     VALUES ($1, $2, $3::jsonb, $4, $5, $6) ON CONFLICT DO NOTHING
     RETURNING rule_set_id AS "ruleSetId", version, definition, effective_from AS "effectiveFrom",
               created_by AS "createdBy", created_at AS "createdAt", note`,
    [v.ruleSetId, v.version, JSON.stringify(v.definition), v.effectiveFrom, v.createdBy, v.note],
  );
  return rows[0];
}

export async function jurisdictionRuleSetIds(db: Queryable, jurisdictionCode: string): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    'SELECT rule_set_id AS id FROM jurisdiction_rule_sets WHERE jurisdiction_code = $1 ORDER BY rule_set_id',
    [jurisdictionCode],
  );
  return rows.map((r) => r.id);
}

export async function setJurisdictionRuleSets(tx: Queryable, jurisdictionCode: string, ruleSetIds: string[]): Promise<void> {
  await tx.query('DELETE FROM jurisdiction_rule_sets WHERE jurisdiction_code = $1', [jurisdictionCode]);
  await tx.query(
    'INSERT INTO jurisdiction_rule_sets (jurisdiction_code, rule_set_id) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING',
    [jurisdictionCode, ruleSetIds],
  );
}

/** Every (jurisdiction, rule set) chosen, for the nightly job. */
export async function allJurisdictionRuleSets(db: Queryable): Promise<Array<{ jurisdictionCode: string; ruleSetId: string }>> {
  const { rows } = await db.query<{ jurisdictionCode: string; ruleSetId: string }>(
    `SELECT jurisdiction_code AS "jurisdictionCode", rule_set_id AS "ruleSetId" FROM jurisdiction_rule_sets
      ORDER BY jurisdiction_code, rule_set_id`,
  );
  return rows;
}

/**
 * The chosen rule sets that ran nightly before but have no nightly run as of `asOf`: the
 * days a stopped server missed. Pairs that never ran nightly are left to the schedule, so
 * a first start does not add a nightly batch beside the ones just run by hand.
 */
export async function missedNightlyRuleSets(db: Queryable, asOf: string): Promise<Array<{ jurisdictionCode: string; ruleSetId: string }>> {
  const { rows } = await db.query<{ jurisdictionCode: string; ruleSetId: string }>(
    `SELECT j.jurisdiction_code AS "jurisdictionCode", j.rule_set_id AS "ruleSetId"
       FROM jurisdiction_rule_sets j
      WHERE EXISTS (SELECT 1 FROM identification_runs r
                     WHERE r.jurisdiction_code = j.jurisdiction_code AND r.rule_set_id = j.rule_set_id AND r.trigger = 'NIGHTLY')
        AND NOT EXISTS (SELECT 1 FROM identification_runs r
                     WHERE r.jurisdiction_code = j.jurisdiction_code AND r.rule_set_id = j.rule_set_id AND r.trigger = 'NIGHTLY'
                       AND r.as_of = $1::date)
      ORDER BY 1, 2`,
    [asOf],
  );
  return rows;
}

/** The demo county 青岚县 runs Wuping's rule set and the national one (Order 53). */
export async function chooseDemoRuleSets(db: Queryable, countyCode: string): Promise<void> {
  await setJurisdictionRuleSets(db, countyCode, ['national-2012', 'wuping-2023']);
}
