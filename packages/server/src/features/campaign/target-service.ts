import { validateAmountTarget, type AmountTarget, type CampaignTarget } from '@panhuo/domain';
import type { z } from 'zod';
import { appendAudit } from '../../audit/audit.ts';
import { Problem } from '../../http/problems.ts';
import { campaignScope, type CampaignUseCase } from './context.ts';
import { findCampaign, findTarget, listTargets, updateTarget, type TargetRow } from './repository.ts';
import type { targetUpdate } from './schema.ts';

export interface TargetView {
  id: string;
  kind: CampaignTarget['kind'];
  nameZh: string;
  definition: Record<string, unknown>;
  yearlyTasks: TargetRow['yearlyTasks'];
  active: boolean;
  version: number;
}

const view = (t: TargetRow): TargetView => ({
  id: t.id,
  kind: t.kind,
  nameZh: t.definition.nameZh,
  definition: t.definition as unknown as Record<string, unknown>,
  yearlyTasks: t.yearlyTasks,
  active: t.active,
  version: t.version,
});

export async function listCampaignTargets(uc: CampaignUseCase, query: { jurisdictionCode?: string }): Promise<{ campaignNameZh: string | null; items: TargetView[] }> {
  const { jurisdictionCode } = await campaignScope(uc, query.jurisdictionCode);
  const [campaign, targets] = await Promise.all([findCampaign(uc.db, jurisdictionCode), listTargets(uc.db, jurisdictionCode)]);
  return { campaignNameZh: campaign?.name ?? null, items: targets.map(view) };
}

/**
 * Changes a target's periods (amount targets) or whether it is in use. The new figures
 * must pass the same checks as the seeds' own targets — periods in date order, the stated
 * total equal to the periods' sum — or nothing is written.
 */
export async function updateCampaignTarget(uc: CampaignUseCase, id: string, input: z.infer<typeof targetUpdate>): Promise<TargetView> {
  const jurisdictionCode = uc.actor.jurisdictionCode;
  return uc.db.transaction(async (tx) => {
    const current = await findTarget(tx, jurisdictionCode, id, true);
    if (!current) throw new Problem('NOT_FOUND', '未找到该攻坚目标，或该目标不在您的管辖范围内');
    if (current.version !== input.version) {
      throw new Problem('VERSION_CONFLICT', `该目标在您编辑期间已被修改（第 ${input.version} 版 → 第 ${current.version} 版），请刷新后再操作`, { currentVersion: current.version });
    }
    let definition: CampaignTarget = current.definition;
    if (input.periods || input.total) {
      if (definition.kind !== 'AMOUNT') throw new Problem('VALIDATION_FAILED', '只有分期数量目标可以修改分期和数字', { errors: [{ path: 'periods', message: '该目标没有分期数字' }] });
      const next: AmountTarget = { ...definition, periods: input.periods ?? definition.periods, total: input.total ?? definition.total };
      const problems = validateAmountTarget(next);
      if (problems.length > 0) {
        throw new Problem('VALIDATION_FAILED', problems.map((p) => p.messageZh).join('；'), {
          errors: problems.map((p) => ({ path: `periods.${p.at}`, message: p.messageZh })),
        });
      }
      definition = next;
    }
    await updateTarget(tx, { jurisdictionCode, id, definition, yearlyTasks: current.yearlyTasks, active: input.active });
    const after = { ...current, definition, active: input.active, version: current.version + 1 };
    await appendAudit(tx, [
      {
        jurisdictionCode,
        entityType: 'campaign_target',
        entityId: id,
        entityVersion: after.version,
        action: 'UPDATE',
        actorId: uc.actor.userId,
        actorName: uc.actor.displayName,
        requestId: uc.requestId,
        before: { definition: current.definition, active: current.active },
        after: { definition, active: input.active },
      },
    ]);
    return view(after);
  });
}
