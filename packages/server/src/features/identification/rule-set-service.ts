import { ruleSetById, type RuleSet } from '@panhuo/domain';
import type { Database, Queryable } from '../../db/database.ts';
import { requireInScope, type Actor } from '../../auth/actor.ts';
import { appendAudit } from '../../audit/audit.ts';
import { Problem } from '../../http/problems.ts';
import { findVersion, insertVersion, nextVersionNumber, jurisdictionRuleSetIds, listVersions, setJurisdictionRuleSets, type StoredVersion } from './rule-set-repository.ts';
import { applyThresholdChanges } from './threshold-changes.ts';
import type { NewVersionInput, RuleSetVersionOut } from './schema.ts';

interface Ctx {
  db: Database;
  actor: Actor;
  requestId?: string;
}

export function versionOut(v: StoredVersion): RuleSetVersionOut {
  return {
    ruleSetId: v.ruleSetId,
    version: v.version,
    nameZh: v.definition.nameZh,
    effectiveFrom: v.effectiveFrom,
    createdBy: v.createdBy,
    createdAt: v.createdAt,
    note: v.note,
    criteria: v.definition.criteria.map((c) => ({ id: c.id, category: c.category, kind: c.kind, wordingZh: c.wordingZh, params: c.params as Record<string, unknown> })),
  };
}

export function requireKnownRuleSet(ruleSetId: string, path = 'ruleSetId'): void {
  if (!ruleSetById(ruleSetId)) {
    throw new Problem('VALIDATION_FAILED', `没有编号为 ${ruleSetId} 的认定规则`, { errors: [{ path, message: `没有编号为 ${ruleSetId} 的认定规则` }] });
  }
}

export async function requireVersion(db: Queryable, ruleSetId: string, version: number): Promise<StoredVersion> {
  requireKnownRuleSet(ruleSetId);
  const v = await findVersion(db, ruleSetId, version);
  if (!v) throw new Problem('VALIDATION_FAILED', `认定规则 ${ruleSetId} 没有第 ${version} 版`, { errors: [{ path: 'basedOnVersion', message: `认定规则 ${ruleSetId} 没有第 ${version} 版` }] });
  return v;
}

/** Every rule set with all its versions (the what-if and version forms show their thresholds). */
export async function listRuleSets({ db }: Ctx) {
  const versions = await listVersions(db);
  const ids = [...new Set(versions.map((v) => v.ruleSetId))];
  return {
    items: ids.map((id) => {
      const own = versions.filter((v) => v.ruleSetId === id);
      const def = own[own.length - 1]!.definition;
      return { id, nameZh: def.nameZh, status: def.status, jurisdiction: def.jurisdiction, versions: own.map(versionOut) };
    }),
  };
}

/** A new version of a rule set with changed thresholds; the earlier versions stay as they were. */
export async function createVersion({ db, actor }: Ctx, ruleSetId: string, input: NewVersionInput): Promise<RuleSetVersionOut> {
  return db.transaction(async (tx) => {
    const base = await requireVersion(tx, ruleSetId, input.basedOnVersion);
    const changed = applyThresholdChanges(base.definition, input.changes);
    const version = await nextVersionNumber(tx, ruleSetId);
    // the version string travels in the results (panhuo.identification/1 ruleSet.version)
    const definition: RuleSet = { ...changed, version: `${base.definition.version.split('+')[0]}+v${version}`, effectiveFrom: input.effectiveFrom };
    const stored = await insertVersion(tx, { ruleSetId, version, definition, effectiveFrom: input.effectiveFrom, createdBy: actor.displayName, note: input.note?.trim() || null });
    if (!stored) throw new Problem('VERSION_CONFLICT', `认定规则 ${ruleSetId} 的第 ${version} 版刚由他人创建，请刷新后重试`);
    return versionOut(stored);
  });
}

export async function getJurisdictionRuleSets({ db, actor }: Ctx, code: string) {
  requireInScope(actor, code);
  return { jurisdictionCode: code, ruleSetIds: await jurisdictionRuleSetIds(db, code) };
}

export async function putJurisdictionRuleSets({ db, actor, requestId }: Ctx, code: string, ruleSetIds: string[]) {
  requireInScope(actor, code);
  ruleSetIds.forEach((id, i) => requireKnownRuleSet(id, `ruleSetIds[${i}]`));
  const ids = [...new Set(ruleSetIds)].sort();
  return db.transaction(async (tx) => {
    const before = await jurisdictionRuleSetIds(tx, code);
    await setJurisdictionRuleSets(tx, code, ids);
    await appendAudit(tx, [
      {
        jurisdictionCode: code,
        entityType: 'jurisdiction',
        entityId: code,
        action: 'UPDATE',
        actorId: actor.userId,
        actorName: actor.displayName,
        requestId: requestId ?? null,
        before: { ruleSetIds: before },
        after: { ruleSetIds: ids },
      },
    ]);
    return { jurisdictionCode: code, ruleSetIds: ids };
  });
}
