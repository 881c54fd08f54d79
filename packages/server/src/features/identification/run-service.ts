import { randomUUID } from 'node:crypto';
import { compileRuleSet } from '@panhuo/domain';
import type { Database, Queryable } from '../../db/database.ts';
import { requireInScope, type Actor } from '../../auth/actor.ts';
import { Problem } from '../../http/problems.ts';
import { loadLedgerFacts } from './facts-repository.ts';
import { describeMissing } from './missing-facts.ts';
import { findVersion, versionInForce } from './rule-set-repository.ts';
import { requireKnownRuleSet } from './rule-set-service.ts';
import {
  changedResults,
  finishRun,
  findResult,
  findRun,
  insertResults,
  insertRun,
  latestRun,
  listRuns,
  previousResults,
  searchResults,
  unknownResults,
  type ResultWrite,
} from './run-repository.ts';
import { changeOf, metCriteriaOf, summarise } from './run-summary.ts';
import type { ResultsQuery, RunInput, RunOut } from './schema.ts';

interface Ctx {
  db: Database;
  actor: Actor;
}

const RESULTS_PER_INSERT = 2_000;

export interface RunRequest {
  jurisdictionCode: string;
  ruleSetId: string;
  asOf: string;
  trigger: 'MANUAL' | 'NIGHTLY';
  actorName: string;
}

/**
 * Evaluates the whole ledger of a jurisdiction as of a date with the rule-set version in
 * force on that date, stores every parcel's result with its facts and compares it with
 * the previous run. Runs inside the caller's transaction. Answers null when a nightly
 * run of that day was already claimed.
 */
export async function executeRun(tx: Queryable, req: RunRequest): Promise<string | null> {
  const version = await versionInForce(tx, req.ruleSetId, req.asOf);
  if (!version) throw new Problem('VALIDATION_FAILED', `认定规则 ${req.ruleSetId} 尚未登记`);
  const id = randomUUID();
  const claimed = await insertRun(tx, { id, jurisdictionCode: req.jurisdictionCode, ruleSetId: req.ruleSetId, ruleSetVersion: version.version, asOf: req.asOf, trigger: req.trigger, actorName: req.actorName });
  if (!claimed) return null;
  const parcels = await loadLedgerFacts(tx, req.jurisdictionCode);
  const previous = await latestRun(tx, req.jurisdictionCode, req.ruleSetId, id);
  const before = previous ? await previousResults(tx, req.jurisdictionCode, previous.id) : new Map();
  const compiled = compileRuleSet(version.definition, req.asOf);
  const writes: ResultWrite[] = [];
  // the database stores one chunk while the next is evaluated; at most one insert is in flight
  let inserting: Promise<void> | null = null;
  for (let i = 0; i < parcels.length; i += RESULTS_PER_INSERT) {
    const chunk = parcels.slice(i, i + RESULTS_PER_INSERT).map((p): ResultWrite => {
      const result = compiled.evaluate(p.facts);
      const met = metCriteriaOf(result);
      return { ...p, parcelCode: p.code, parcelName: p.name, result, metCriteria: met, change: changeOf(before.get(p.parcelId), previous !== undefined, result.primaryCategory, met) };
    });
    writes.push(...chunk);
    if (inserting) await inserting;
    inserting = insertResults(tx, req.jurisdictionCode, id, chunk);
    // handled here so that a failure while the next chunk is evaluated is not "unhandled"; awaited below
    inserting.catch(() => undefined);
  }
  if (inserting) await inserting;
  const summary = summarise(writes, version.definition.criteria, previous !== undefined);
  await finishRun(tx, req.jurisdictionCode, id, { parcelCount: writes.length, summary, previousRunId: previous?.id ?? null });
  return id;
}

export async function startRun({ db, actor }: Ctx, input: RunInput) {
  requireInScope(actor, input.jurisdictionCode);
  requireKnownRuleSet(input.ruleSetId);
  const id = await db.transaction((tx) =>
    executeRun(tx, { ...input, trigger: 'MANUAL', actorName: actor.displayName }),
  );
  return getRun({ db, actor }, id!);
}

export async function listRunsOf({ db, actor }: Ctx, filter: { jurisdictionCode?: string; ruleSetId?: string }) {
  return { items: await listRuns(db, actor.scope, filter) };
}

async function runInScope(db: Queryable, actor: Actor, id: string): Promise<RunOut> {
  const run = await findRun(db, actor.scope, id);
  // a run of another jurisdiction is reported as absent: its existence is not the actor's to know
  if (!run) throw new Problem('NOT_FOUND', '未找到该认定批次，或其不在您的管辖范围内');
  return run;
}

export async function getRun({ db, actor }: Ctx, id: string) {
  const run = await runInScope(db, actor, id);
  const changed = run.previousRunId ? await changedResults(db, actor.scope, run) : [];
  return {
    ...run,
    changedParcels: changed.map((c) => {
      const before = new Set(c.metBefore ?? []);
      const after = new Set(c.metAfter);
      return {
        parcelId: c.parcelId,
        parcelCode: c.parcelCode,
        parcelName: c.parcelName,
        area_m2: c.area_m2,
        change: c.change,
        categoryBefore: c.categoryBefore,
        categoryAfter: c.categoryAfter,
        criteriaMet: c.metAfter.filter((x) => !before.has(x)),
        criteriaCleared: (c.metBefore ?? []).filter((x) => !after.has(x)),
      };
    }),
  };
}

export async function getResults({ db, actor }: Ctx, id: string, query: ResultsQuery) {
  const run = await runInScope(db, actor, id);
  return searchResults(db, actor.scope, run, query);
}

export async function getResult({ db, actor }: Ctx, id: string, parcelId: string) {
  const run = await runInScope(db, actor, id);
  const row = await findResult(db, actor.scope, run, parcelId);
  if (!row) throw new Problem('NOT_FOUND', '该认定批次中没有这宗地块');
  const version = await findVersion(db, run.ruleSetId, run.ruleSetVersion);
  const defs = new Map((version?.definition.criteria ?? []).map((c) => [c.id, c]));
  // the evidence is reproduced from the stored facts, version and date (evaluation is pure)
  const again = version ? compileRuleSet(version.definition, run.asOf).evaluate(row.facts) : null;
  const evidenceOf = new Map((again?.criteria ?? []).map((c) => [c.id, c]));
  const { result, facts, primaryCategory, classes, change, metCriterionIds: _met, ...parcel } = row;
  return {
    runId: run.id,
    ruleSetId: run.ruleSetId,
    ruleSetVersion: run.ruleSetVersion,
    asOf: run.asOf,
    parcel,
    primaryCategory,
    classes,
    change,
    criteria: result.criteria.map((c) => {
      const now = evidenceOf.get(c.id);
      return {
        id: c.id,
        category: c.category,
        status: c.status,
        // a later release of the rules' code that concluded otherwise must not put its sentence beside this run's status
        evidenceZh: now && now.status === c.status ? now.evidence : `本批次认定时的结论为 ${c.status}，依据说明无法按现行程序重现`,
        missing: (c.missing ?? []).map(describeMissing),
        computed: c.computed ?? null,
        willBeMetOn: c.willBeMetOn ?? null,
        wordingZh: defs.get(c.id)?.wordingZh ?? '',
        readingZh: defs.get(c.id)?.readingZh ?? '',
      };
    }),
    sanctions: result.sanctions,
    candidateDisposals: result.candidateDisposals,
    facts: facts as unknown as Record<string, unknown>,
  };
}

export async function getFactsToCollect({ db, actor }: Ctx, id: string) {
  const run = await runInScope(db, actor, id);
  const rows = await unknownResults(db, actor.scope, run);
  const items = rows.map((r) => ({
    parcelId: r.parcelId,
    parcelCode: r.parcelCode,
    parcelName: r.parcelName,
    criteria: r.result.criteria.filter((c) => c.status === 'UNKNOWN').map((c) => ({ criterionId: c.id, missing: (c.missing ?? []).map(describeMissing) })),
  }));
  return { items, total: items.length };
}
