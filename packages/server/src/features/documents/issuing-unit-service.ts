import { appendAudit } from '../../audit/audit.ts';
import { requirePermission } from '../../auth/actor.ts';
import { Problem } from '../../http/problems.ts';
import { findIssuingUnit, insertIssuingUnit, listIssuingUnits } from './repository.ts';
import type { DocumentUseCase } from './service.ts';

/** 发文机关 and their 机关代字, per jurisdiction: the first half of every 文号. */

export async function listUnits(uc: Omit<DocumentUseCase, 'requestId'>) {
  return { items: await listIssuingUnits(uc.db, uc.actor.scope.codes) };
}

export async function createUnit(uc: DocumentUseCase, input: { jurisdictionCode?: string; code: string; name: string; sealName?: string }) {
  requirePermission(uc.actor, 'documents:issue');
  const jurisdictionCode = input.jurisdictionCode ?? uc.actor.jurisdictionCode;
  if (!uc.actor.scope.codes.includes(jurisdictionCode)) throw new Problem('FORBIDDEN', '该辖区不在您的管理范围内');
  const unit = { jurisdictionCode, code: input.code.trim(), name: input.name.trim(), sealName: input.sealName?.trim() || null };
  await uc.db.transaction(async (tx) => {
    if (await findIssuingUnit(tx, jurisdictionCode, unit.code)) {
      throw new Problem('DUPLICATE', `机关代字「${unit.code}」已登记`, { errors: [{ path: 'code', message: '该机关代字已登记' }] });
    }
    await insertIssuingUnit(tx, unit);
    await appendAudit(tx, [
      { jurisdictionCode, entityType: 'issuing_unit', entityId: unit.code, entityVersion: 1, action: 'CREATE', actorId: uc.actor.userId, actorName: uc.actor.displayName, requestId: uc.requestId, before: null, after: unit },
    ]);
  });
  return unit;
}
