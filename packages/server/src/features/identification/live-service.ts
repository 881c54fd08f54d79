import { compileRuleSet } from '@panhuo/domain';
import type { Database } from '../../db/database.ts';
import { requireInScope, type Actor } from '../../auth/actor.ts';
import { Problem } from '../../http/problems.ts';
import { loadLedgerFacts } from './facts-repository.ts';
import { versionInForce } from './rule-set-repository.ts';
import { requireKnownRuleSet, requireVersion } from './rule-set-service.ts';
import { applyThresholdChanges } from './threshold-changes.ts';
import type { WhatIfInput } from './schema.ts';

/** Evaluations of the current ledger that store nothing: early warning and what-if. */
interface Ctx {
  db: Database;
  actor: Actor;
}

const DAY = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** Today in China (UTC+8), the calendar the bureaus work in. */
export function chinaToday(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * Criteria NOT_MET today whose `willBeMetOn` falls within the horizon, evaluated live on
 * the current ledger with the version in force, sorted by that date.
 */
export async function earlyWarnings(
  { db, actor }: Ctx,
  query: { jurisdictionCode: string; ruleSetId: string; horizonDays: number; asOf?: string | undefined },
  now: Date = new Date(),
) {
  requireInScope(actor, query.jurisdictionCode);
  requireKnownRuleSet(query.ruleSetId);
  const asOf = query.asOf ?? chinaToday(now);
  const until = plusDays(asOf, query.horizonDays);
  const version = await versionInForce(db, query.ruleSetId, asOf);
  if (!version) throw new Problem('NOT_FOUND', `认定规则 ${query.ruleSetId} 尚未登记`);
  const parcels = await loadLedgerFacts(db, query.jurisdictionCode, actor.scope.zoneId);
  const compiled = compileRuleSet(version.definition, asOf);
  const items = [];
  for (const p of parcels) {
    for (const c of compiled.evaluate(p.facts).criteria) {
      const on = c.willBeMetOn;
      if (c.status !== 'NOT_MET' || !on || on <= asOf || on > until) continue;
      items.push({ parcelId: p.parcelId, parcelCode: p.code, parcelName: p.name, criterionId: c.id, category: c.category, willBeMetOn: on, daysLeft: daysBetween(asOf, on), evidenceZh: c.evidence });
    }
  }
  items.sort((a, b) => a.willBeMetOn.localeCompare(b.willBeMetOn) || a.parcelCode.localeCompare(b.parcelCode) || a.criterionId.localeCompare(b.criterionId));
  return { jurisdictionCode: query.jurisdictionCode, ruleSetId: query.ruleSetId, ruleSetVersion: version.version, asOf, horizonDays: query.horizonDays, items };
}

/** The current ledger under a version and under that version with changed thresholds: what would change category. */
export async function whatIf({ db, actor }: Ctx, input: WhatIfInput) {
  requireInScope(actor, input.jurisdictionCode);
  const base = await requireVersion(db, input.ruleSetId, input.basedOnVersion);
  const changed = applyThresholdChanges(base.definition, input.changes);
  const parcels = await loadLedgerFacts(db, input.jurisdictionCode, actor.scope.zoneId);
  const before = compileRuleSet(base.definition, input.asOf);
  const after = compileRuleSet(changed, input.asOf);
  const items = [];
  let area = 0;
  for (const p of parcels) {
    const b = before.evaluate(p.facts).primaryCategory;
    const a = after.evaluate(p.facts).primaryCategory;
    if (a === b) continue;
    area += p.area_m2;
    items.push({ parcelId: p.parcelId, parcelCode: p.code, parcelName: p.name, area_m2: p.area_m2, before: b, after: a });
  }
  return {
    ruleSetId: input.ruleSetId,
    basedOnVersion: input.basedOnVersion,
    asOf: input.asOf,
    parcelCount: parcels.length,
    changedCount: items.length,
    changedArea_m2: Math.round(area * 100) / 100,
    items,
  };
}
