import type { ParcelFacts, ParcelResult, PrimaryCategory } from '@panhuo/domain';
import type { Queryable } from '../../db/database.ts';
import { insertJsonRows, type JsonColumn } from '../../db/sql.ts';
import type { Scope } from '../../auth/actor.ts';
import type { PreviousResult } from './run-summary.ts';
import type { ChangeKind, ResultsQuery, RunOut, RunSummary } from './schema.ts';

/** Stored identification runs and their per-parcel results, always within the actor's scope. */
const runSelect = `SELECT id, jurisdiction_code AS "jurisdictionCode", rule_set_id AS "ruleSetId",
  rule_set_version AS "ruleSetVersion", as_of AS "asOf", trigger, actor_name AS "actorName",
  started_at AS "startedAt", finished_at AS "finishedAt", parcel_count AS "parcelCount",
  previous_run_id AS "previousRunId", summary FROM identification_runs`;

/**
 * Inserts a run before its results. A nightly run is a claim on its day: when another
 * process holds or has made the same claim, nothing is inserted and false is answered.
 */
export async function insertRun(
  tx: Queryable,
  run: { id: string; jurisdictionCode: string; ruleSetId: string; ruleSetVersion: number; asOf: string; trigger: 'MANUAL' | 'NIGHTLY'; actorName: string },
): Promise<boolean> {
  const { rows } = await tx.query(
    `INSERT INTO identification_runs (jurisdiction_code, id, rule_set_id, rule_set_version, as_of, trigger, actor_name)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (jurisdiction_code, rule_set_id, as_of, trigger) WHERE trigger = 'NIGHTLY' DO NOTHING
     RETURNING id`,
    [run.jurisdictionCode, run.id, run.ruleSetId, run.ruleSetVersion, run.asOf, run.trigger, run.actorName],
  );
  return rows.length === 1;
}

export async function finishRun(
  tx: Queryable,
  jurisdictionCode: string,
  id: string,
  done: { parcelCount: number; summary: RunSummary; previousRunId: string | null },
): Promise<void> {
  await tx.query(
    `UPDATE identification_runs SET finished_at = clock_timestamp(), parcel_count = $3, summary = $4::jsonb, previous_run_id = $5
      WHERE jurisdiction_code = $1 AND id = $2`,
    [jurisdictionCode, id, done.parcelCount, JSON.stringify(done.summary), done.previousRunId],
  );
}

/** The latest finished run of a rule set in a jurisdiction, other than `exceptId`. */
export async function latestRun(db: Queryable, jurisdictionCode: string, ruleSetId: string, exceptId: string): Promise<RunOut | undefined> {
  const { rows } = await db.query<RunOut>(
    `${runSelect} WHERE jurisdiction_code = $1 AND rule_set_id = $2 AND id <> $3 AND finished_at IS NOT NULL
      ORDER BY finished_at DESC LIMIT 1`,
    [jurisdictionCode, ruleSetId, exceptId],
  );
  return rows[0];
}

export async function previousResults(db: Queryable, jurisdictionCode: string, runId: string): Promise<Map<string, PreviousResult>> {
  const { rows } = await db.query<{ parcelId: string; primaryCategory: PrimaryCategory; metCriteria: string[] }>(
    `SELECT parcel_id AS "parcelId", primary_category AS "primaryCategory", met_criteria AS "metCriteria"
       FROM identification_results WHERE jurisdiction_code = $1 AND run_id = $2`,
    [jurisdictionCode, runId],
  );
  return new Map(rows.map((r) => [r.parcelId, { primaryCategory: r.primaryCategory, metCriteria: r.metCriteria }]));
}

export interface ResultWrite {
  parcelId: string;
  parcelCode: string;
  parcelName: string;
  zoneId: string | null;
  zoneName: string | null;
  enterpriseName: string | null;
  area_m2: number;
  result: ParcelResult;
  metCriteria: string[];
  facts: ParcelFacts;
  change: ChangeKind | null;
}

const resultColumns: JsonColumn[] = [
  { name: 'jurisdiction_code', type: 'text' },
  { name: 'run_id', type: 'uuid' },
  { name: 'parcel_id', type: 'uuid' },
  { name: 'parcel_code', type: 'text' },
  { name: 'parcel_name', type: 'text' },
  { name: 'zone_id', type: 'uuid' },
  { name: 'zone_name', type: 'text' },
  { name: 'enterprise_name', type: 'text' },
  { name: 'area_m2', type: 'numeric' },
  { name: 'primary_category', type: 'text' },
  { name: 'met_criteria', type: 'jsonb', wrap: (v) => `ARRAY(SELECT jsonb_array_elements_text(${v}))` },
  { name: 'classes', type: 'jsonb', wrap: (v) => `ARRAY(SELECT jsonb_array_elements_text(${v}))` },
  { name: 'criteria_status', type: 'jsonb' },
  { name: 'result', type: 'jsonb' },
  { name: 'facts', type: 'jsonb' },
  { name: 'change', type: 'text' },
];

/**
 * The result as stored: everything but each criterion's evidence sentence, which is most
 * of its size (4–5 kB a parcel) and is reproduced exactly from the stored facts, the
 * rule-set version and the date, since evaluation is a pure function of them.
 */
export function storedResult(r: ParcelResult): StoredParcelResult {
  return { ...r, criteria: r.criteria.map(({ evidence: _evidence, ...c }) => c) };
}

export type StoredParcelResult = Omit<ParcelResult, 'criteria'> & { criteria: Array<Omit<ParcelResult['criteria'][number], 'evidence'>> };

export async function insertResults(tx: Queryable, jurisdictionCode: string, runId: string, writes: ResultWrite[]): Promise<void> {
  await insertJsonRows(
    tx,
    'identification_results',
    resultColumns,
    writes.map((w) => [
      jurisdictionCode,
      runId,
      w.parcelId,
      w.parcelCode,
      w.parcelName,
      w.zoneId,
      w.zoneName,
      w.enterpriseName,
      w.area_m2,
      w.result.primaryCategory,
      w.metCriteria,
      w.result.classes ?? [],
      Object.fromEntries(w.result.criteria.map((c) => [c.id, c.status])),
      storedResult(w.result),
      w.facts,
      w.change,
    ]),
    '',
    2_000,
  );
}

export async function listRuns(db: Queryable, scope: Scope, filter: { jurisdictionCode?: string; ruleSetId?: string }): Promise<RunOut[]> {
  const { rows } = await db.query<RunOut>(
    `${runSelect} WHERE jurisdiction_code = ANY($1) AND ($2::text IS NULL OR jurisdiction_code = $2)
        AND ($3::text IS NULL OR rule_set_id = $3)
      ORDER BY started_at DESC LIMIT 200`,
    [scope.codes, filter.jurisdictionCode ?? null, filter.ruleSetId ?? null],
  );
  return rows;
}

export async function findRun(db: Queryable, scope: Scope, id: string): Promise<RunOut | undefined> {
  const { rows } = await db.query<RunOut>(`${runSelect} WHERE jurisdiction_code = ANY($1) AND id = $2`, [scope.codes, id]);
  return rows[0];
}

export interface ChangedRow {
  parcelId: string;
  parcelCode: string;
  parcelName: string;
  area_m2: number;
  change: ChangeKind;
  categoryAfter: PrimaryCategory;
  metAfter: string[];
  categoryBefore: PrimaryCategory | null;
  metBefore: string[] | null;
}

/** The parcels whose result changed since the previous run, with their previous result. */
export async function changedResults(db: Queryable, scope: Scope, run: RunOut): Promise<ChangedRow[]> {
  const { rows } = await db.query<ChangedRow>(
    `SELECT r.parcel_id AS "parcelId", r.parcel_code AS "parcelCode", r.parcel_name AS "parcelName", r.area_m2,
            r.change, r.primary_category AS "categoryAfter", r.met_criteria AS "metAfter",
            p.primary_category AS "categoryBefore", p.met_criteria AS "metBefore"
       FROM identification_results r
       LEFT JOIN identification_results p ON p.jurisdiction_code = r.jurisdiction_code AND p.run_id = $3 AND p.parcel_id = r.parcel_id
      WHERE r.jurisdiction_code = $1 AND r.run_id = $2 AND r.change IN ('NEW', 'CLEARED', 'CHANGED')
        AND ($4::uuid IS NULL OR r.zone_id = $4)
      ORDER BY r.change, r.parcel_code`,
    [run.jurisdictionCode, run.id, run.previousRunId, scope.zoneId],
  );
  return rows;
}

export interface ResultRow {
  parcelId: string;
  parcelCode: string;
  parcelName: string;
  zoneName: string | null;
  enterpriseName: string | null;
  area_m2: number;
  primaryCategory: PrimaryCategory;
  metCriterionIds: string[];
  classes: string[];
  change: ChangeKind | null;
}

const resultSelect = `r.parcel_id AS "parcelId", r.parcel_code AS "parcelCode", r.parcel_name AS "parcelName",
  r.zone_name AS "zoneName", r.enterprise_name AS "enterpriseName", r.area_m2, r.primary_category AS "primaryCategory",
  r.met_criteria AS "metCriterionIds", r.classes, r.change`;

export async function searchResults(db: Queryable, scope: Scope, run: RunOut, query: ResultsQuery): Promise<{ items: ResultRow[]; total: number }> {
  const params: unknown[] = [run.jurisdictionCode, run.id];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where = ['r.jurisdiction_code = $1', 'r.run_id = $2'];
  if (scope.zoneId) where.push(`r.zone_id = ${p(scope.zoneId)}`);
  if (query.category) where.push(`r.primary_category = ${p(query.category)}`);
  if (query.criterionId) where.push(`r.criteria_status ->> ${p(query.criterionId)} = ${p(query.status ?? 'MET')}`);
  else if (query.status) where.push(`EXISTS (SELECT 1 FROM jsonb_each_text(r.criteria_status) s WHERE s.value = ${p(query.status)})`);
  if (query.change) where.push(`r.change = ${p(query.change)}`);
  if (query.q) {
    const like = p(`%${query.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`);
    where.push(`(r.parcel_code ILIKE ${like} OR r.parcel_name ILIKE ${like} OR r.enterprise_name ILIKE ${like})`);
  }
  const w = where.join(' AND ');
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM identification_results r WHERE ${w}`, params);
  const { rows } = await db.query<ResultRow>(
    `SELECT ${resultSelect} FROM identification_results r WHERE ${w} ORDER BY r.parcel_code
      LIMIT ${Number(query.pageSize)} OFFSET ${(Number(query.page) - 1) * Number(query.pageSize)}`,
    params,
  );
  return { items: rows, total: total.rows[0]!.n };
}

export async function findResult(
  db: Queryable,
  scope: Scope,
  run: RunOut,
  parcelId: string,
): Promise<(ResultRow & { result: StoredParcelResult; facts: ParcelFacts }) | undefined> {
  const { rows } = await db.query<ResultRow & { result: StoredParcelResult; facts: ParcelFacts }>(
    `SELECT ${resultSelect}, r.result, r.facts FROM identification_results r
      WHERE r.jurisdiction_code = $1 AND r.run_id = $2 AND r.parcel_id = $3 AND ($4::uuid IS NULL OR r.zone_id = $4)`,
    [run.jurisdictionCode, run.id, parcelId, scope.zoneId],
  );
  return rows[0];
}

/** The criteria still UNKNOWN in a run, by parcel: the facts to collect. */
export async function unknownResults(db: Queryable, scope: Scope, run: RunOut): Promise<Array<{ parcelId: string; parcelCode: string; parcelName: string; result: StoredParcelResult }>> {
  const { rows } = await db.query<{ parcelId: string; parcelCode: string; parcelName: string; result: StoredParcelResult }>(
    `SELECT r.parcel_id AS "parcelId", r.parcel_code AS "parcelCode", r.parcel_name AS "parcelName", r.result
       FROM identification_results r
      WHERE r.jurisdiction_code = $1 AND r.run_id = $2 AND ($3::uuid IS NULL OR r.zone_id = $3)
        AND EXISTS (SELECT 1 FROM jsonb_each_text(r.criteria_status) s WHERE s.value = 'UNKNOWN')
      ORDER BY r.parcel_code`,
    [run.jurisdictionCode, run.id, scope.zoneId],
  );
  return rows;
}
