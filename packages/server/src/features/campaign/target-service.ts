import type { CampaignTarget, YearlyTask } from '@panhuo/domain';
import { appendAudit, type AuditEntry } from '../../audit/audit.ts';
import type { Queryable } from '../../db/database.ts';
import { Problem, type FieldError } from '../../http/problems.ts';
import { isUniqueViolation } from '../disposal/context.ts';
import { campaignScope, type CampaignUseCase } from './context.ts';
import { deleteTarget, findCampaign, findTarget, insertTarget, listTargets, nextTargetOrdinal, scopeNames, updateTarget, type TargetRow } from './repository.ts';
import type { TargetChange, TargetCreate } from './schema.ts';
import { applyChange, definitionOf, definitionProblems, templateOf, type DefinitionContext } from './target-definition.ts';

/**
 * 攻坚目标设置: a jurisdiction's administrator sets the campaign's targets up as data —
 * typed in, or copied from one of the seeds' targets and edited — changes them, switches
 * them off or deletes them. Every write is checked like the seeds' own targets, is one
 * transaction and leaves an audit record with the definition before and after.
 */

export interface TargetView {
  id: string;
  kind: CampaignTarget['kind'];
  nameZh: string;
  definition: Record<string, unknown>;
  yearlyTasks: TargetRow['yearlyTasks'];
  active: boolean;
  version: number;
  scopeZh: string;
}

type Names = { warZones: ReadonlyMap<string, string>; units: ReadonlyMap<string, string> };

function scopeZh(d: CampaignTarget, names: Names): string {
  const scope = d.kind === 'AMOUNT' ? d.scope : undefined;
  const parts = [
    scope?.warZoneId ? `战区：${names.warZones.get(scope.warZoneId) ?? '（已不在组织架构中的战区）'}` : '',
    scope?.unitId ? `责任单位：${names.units.get(scope.unitId) ?? '（已不在组织架构中的单位）'}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('，') : '全辖区';
}

const view = (t: Pick<TargetRow, 'id' | 'kind' | 'definition' | 'yearlyTasks' | 'active' | 'version'>, names: Names): TargetView => ({
  id: t.id,
  kind: t.kind,
  nameZh: t.definition.nameZh,
  definition: t.definition as unknown as Record<string, unknown>,
  yearlyTasks: t.yearlyTasks,
  active: t.active,
  version: t.version,
  scopeZh: scopeZh(t.definition, names),
});

export async function listCampaignTargets(uc: CampaignUseCase, query: { jurisdictionCode?: string }) {
  const { jurisdictionCode } = await campaignScope(uc, query.jurisdictionCode);
  const [campaign, targets, names] = await Promise.all([findCampaign(uc.db, jurisdictionCode), listTargets(uc.db, jurisdictionCode), scopeNames(uc.db, jurisdictionCode)]);
  return {
    jurisdictionCode,
    campaignNameZh: campaign?.name ?? null,
    issuerNameZh: campaign?.issuerName ?? null,
    campaignVersion: campaign?.version ?? null,
    items: targets.map((t) => view(t, names)),
  };
}

/** The jurisdiction a target write is for: the one asked for (in scope), else the one the targets page shows by default. */
export async function writeJurisdiction(uc: CampaignUseCase, asked: string | undefined): Promise<string> {
  return (await campaignScope(uc, asked)).jurisdictionCode;
}

const invalid = (errors: FieldError[]) => new Problem('VALIDATION_FAILED', errors.map((e) => e.message).join('；'), { errors });

async function contextOf(tx: Queryable, jurisdictionCode: string): Promise<DefinitionContext> {
  const [names, targets] = await Promise.all([scopeNames(tx, jurisdictionCode), listTargets(tx, jurisdictionCode)]);
  return { ...names, targets: new Map(targets.map((t) => [t.id, t.definition])) };
}

async function audit(tx: Queryable, uc: CampaignUseCase, e: Pick<AuditEntry, 'jurisdictionCode' | 'entityId' | 'entityVersion' | 'action' | 'before' | 'after'>) {
  await appendAudit(tx, [{ ...e, entityType: 'campaign_target', actorId: uc.actor.userId, actorName: uc.actor.displayName, requestId: uc.requestId }]);
}

/**
 * Creates a target typed in (in use at once), or copies one of the seeds' (`fromBuiltIn`) for
 * the jurisdiction, switched off until its dates and figures are made the county's own.
 */
export async function createCampaignTarget(uc: CampaignUseCase, input: TargetCreate): Promise<TargetView> {
  const jurisdictionCode = await writeJurisdiction(uc, input.jurisdictionCode);
  let definition: CampaignTarget;
  let yearlyTasks: YearlyTask[] = [];
  if (input.kind === 'BUILT_IN') {
    const template = templateOf(input.fromBuiltIn, jurisdictionCode, input.id);
    if (!template) throw invalid([{ path: 'fromBuiltIn', message: `示例目标「${input.fromBuiltIn}」不存在` }]);
    ({ definition, yearlyTasks } = template);
  } else {
    definition = definitionOf(input, jurisdictionCode);
  }
  try {
    return await uc.db.transaction(async (tx) => {
      if (!(await findCampaign(tx, jurisdictionCode))) {
        throw new Problem('ACTION_REFUSED', '本辖区尚未设立攻坚行动：请先填写攻坚行动名称和发文机关，再设置目标');
      }
      if (await findTarget(tx, jurisdictionCode, definition.id)) throw duplicate(definition.id);
      const ctx = await contextOf(tx, jurisdictionCode);
      const errors = definitionProblems(definition, ctx, yearlyTasks);
      if (errors.length > 0) throw invalid(errors);
      // a template carries another county's dates and figures: it counts only once switched on
      const active = input.kind !== 'BUILT_IN';
      const row = { jurisdictionCode, id: definition.id, kind: definition.kind, definition, yearlyTasks, active, ordinal: await nextTargetOrdinal(tx, jurisdictionCode) };
      await insertTarget(tx, row);
      await audit(tx, uc, { jurisdictionCode, entityId: definition.id, entityVersion: 1, action: 'CREATE', after: { definition, yearlyTasks, active, fromBuiltIn: input.kind === 'BUILT_IN' ? input.fromBuiltIn : undefined } });
      return view({ ...row, version: 1 }, ctx);
    });
  } catch (err) {
    // two administrators creating the same id at once: the primary key decides
    if (isUniqueViolation(err, 'campaign_targets_pkey')) throw duplicate(definition.id);
    throw err;
  }
}

const duplicate = (id: string) => new Problem('DUPLICATE', `本辖区已有编号为「${id}」的攻坚目标，请换一个目标编号`, { errors: [{ path: 'id', message: `目标编号「${id}」已被使用` }] });

const notFound = () => new Problem('NOT_FOUND', '未找到该攻坚目标，或该目标不在您的管辖范围内');

function checkVersion(current: number, sent: number): void {
  if (current !== sent) throw new Problem('VERSION_CONFLICT', `该目标在您编辑期间已被修改（第 ${sent} 版 → 第 ${current} 版），请刷新后再操作`, { currentVersion: current });
}

/**
 * Changes a target: whether it is in use, its name and source, and the fields of its kind
 * (an amount target's periods, start and scope; a rate; a schedule's yearly tasks). The new
 * definition must pass the same checks as a new one, or nothing is written.
 */
export async function updateCampaignTarget(uc: CampaignUseCase, id: string, input: TargetChange, asked?: string): Promise<TargetView> {
  const jurisdictionCode = await writeJurisdiction(uc, asked);
  return uc.db.transaction(async (tx) => {
    const current = await findTarget(tx, jurisdictionCode, id, true);
    if (!current) throw notFound();
    checkVersion(current.version, input.version);
    const changed = applyChange(current.definition, input);
    if ('errors' in changed) throw invalid(changed.errors);
    const { definition } = changed;
    const yearlyTasks = input.yearlyTasks ?? current.yearlyTasks;
    const ctx = await contextOf(tx, jurisdictionCode);
    const errors = definitionProblems(definition, ctx, yearlyTasks);
    if (errors.length > 0) throw invalid(errors);
    await updateTarget(tx, { jurisdictionCode, id, definition, yearlyTasks, active: input.active });
    const after = { ...current, definition, yearlyTasks, active: input.active, version: current.version + 1 };
    await audit(tx, uc, {
      jurisdictionCode,
      entityId: id,
      entityVersion: after.version,
      action: 'UPDATE',
      before: { definition: current.definition, yearlyTasks: current.yearlyTasks, active: current.active },
      after: { definition, yearlyTasks, active: input.active },
    });
    return view(after, ctx);
  });
}

/**
 * Deletes a target set up by mistake. Nothing else points at a target — achievement is
 * counted on every request and reports are files kept as generated — except a 增存挂钩 rule
 * naming a rate target, which is refused. The audit record keeps the whole definition, so a
 * deleted target can be read back; a target that only stops counting is switched off instead.
 */
export async function deleteCampaignTarget(uc: CampaignUseCase, id: string, version: number, asked?: string): Promise<void> {
  const jurisdictionCode = await writeJurisdiction(uc, asked);
  await uc.db.transaction(async (tx) => {
    const current = await findTarget(tx, jurisdictionCode, id, true);
    if (!current) throw notFound();
    checkVersion(current.version, version);
    const rules = (await listTargets(tx, jurisdictionCode)).filter((t) => t.definition.kind === 'LINKAGE' && t.definition.taskTargetIds.includes(id));
    if (rules.length > 0) {
      throw new Problem('ACTION_REFUSED', `增存挂钩规则「${rules.map((r) => r.definition.nameZh).join('、')}」以该目标为考核依据，请先修改或删除该规则`);
    }
    await deleteTarget(tx, jurisdictionCode, id);
    await audit(tx, uc, {
      jurisdictionCode,
      entityId: id,
      entityVersion: current.version,
      action: 'DELETE',
      before: { definition: current.definition, yearlyTasks: current.yearlyTasks, active: current.active },
    });
  });
}
