import { randomUUID } from 'node:crypto';
import {
  caseProfile,
  decide,
  openDeadlines,
  type ActionId,
  type ActionInput,
  type CaseSnapshot,
  type DecisionContext,
  type Effect,
} from '@panhuo/domain';
import type { Queryable } from '../../db/database.ts';
import { requirePermission } from '../../auth/actor.ts';
import { appendAudit, type AuditEntry } from '../../audit/audit.ts';
import { Problem } from '../../http/problems.ts';
import type { CaseUseCase } from './context.ts';
import { decisionContext, permissionFor } from './read-service.ts';
import { appendEvent, findCase, replaceOpenDeadlines, updateCaseState, type CaseRow } from './repository.ts';
import { documentRefs, documentsOfCase, markDocumentServed } from './related-repository.ts';
import { publicationText } from './publication-text.ts';
import { checkAssignee } from './open-service.ts';

/**
 * A step of a case: the machine decides on the locked case with today's context; the
 * server writes the new state, the timeline, the clocks, the effects and the audit
 * record in the same transaction.
 */

export interface StepRequest {
  action: ActionId;
  input: Record<string, unknown>;
  opinion?: string | undefined;
}

/** 422 with the machine's Chinese reason; in a batch the reason names the case it concerns. */
export function refusalProblem(code: string, reason: string, extra: Record<string, unknown> = {}): Problem {
  const detail = typeof extra.caseNo === 'string' ? `案件${extra.caseNo}：${reason}` : reason;
  return new Problem('ACTION_REFUSED', detail, { reason: detail, refusalCode: code, ...extra });
}

/** Applies one step to a case locked by the caller; throws ACTION_REFUSED when the machine refuses. */
export async function applyStep(tx: Queryable, uc: CaseUseCase, c: CaseRow, step: StepRequest, ctx: DecisionContext, refusalExtra: Record<string, unknown> = {}): Promise<void> {
  const jc = c.jurisdictionCode;
  const documents = await documentsOfCase(tx, jc, c.id);
  // the documents table is the truth about documents; the stored snapshot's list may be stale
  const snapshot: CaseSnapshot = { ...c.snapshot, state: c.state, documents: documentRefs(documents) };
  const input = { ...step.input, ...(step.opinion !== undefined ? { opinion: step.opinion } : {}) } as ActionInput;
  const decision = decide(snapshot, step.action, input, ctx);
  if (!decision.ok) throw refusalProblem(decision.code, decision.reason, refusalExtra);

  const next: CaseSnapshot = { ...snapshot, ...decision.patch, state: decision.state };
  const final = (caseProfile(c.profileId).finalStates as readonly string[]).includes(decision.state);
  const version = c.version + 1;
  const served = decision.effects.find((e): e is Extract<Effect, { kind: 'SERVE_DOCUMENT' }> => e.kind === 'SERVE_DOCUMENT');
  const audit: AuditEntry[] = [];
  const base = { jurisdictionCode: jc, actorId: uc.actor.userId, actorName: uc.actor.displayName, requestId: uc.requestId };

  for (const effect of decision.effects) {
    switch (effect.kind) {
      case 'SERVE_DOCUMENT': {
        const ok = await markDocumentServed(tx, jc, c.id, { id: effect.documentId, servedOn: effect.servedOn, serviceMethod: effect.serviceMethod });
        if (!ok) throw new Problem('VERSION_CONFLICT', '该文书的状态已被他人改变，请刷新后重试');
        audit.push({ ...base, entityType: 'document', entityId: effect.documentId, action: 'UPDATE', before: { status: 'ISSUED' }, after: { status: 'SERVED', servedOn: effect.servedOn, servedMethod: effect.serviceMethod, caseId: c.id } });
        // the snapshot's document list follows the table
        next.documents = next.documents.map((d) => (d.id === effect.documentId ? { ...d, status: 'SERVED' } : d));
        break;
      }
      case 'RAISE_RESTRICTIONS': {
        if (!c.enterpriseId) throw refusalProblem('ENTERPRISE_UNKNOWN', '地块未登记土地使用权人（企业），无法对其采取限制措施；请先在台账中补录企业。', refusalExtra);
        for (const r of effect.restrictions) {
          await tx.query(
            `INSERT INTO restrictions (jurisdiction_code, id, enterprise_id, case_id, type, department, since) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
            [jc, randomUUID(), c.enterpriseId, c.id, r.type, r.department, effect.since],
          );
        }
        break;
      }
      case 'LIFT_RESTRICTIONS':
        await tx.query(
          `UPDATE restrictions SET lifted_on = greatest($3::date, since), lift_reason = $4
            WHERE jurisdiction_code = $1 AND case_id = $2 AND lifted_on IS NULL`,
          [jc, c.id, effect.liftedOn, effect.reason],
        );
        break;
      case 'PUBLISH':
        await tx.query(
          `INSERT INTO publications (jurisdiction_code, id, case_id, published_on, channel, url, content, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [jc, randomUUID(), c.id, effect.publishedOn, effect.channel, effect.url ?? null, await publicationText(tx, c, documents), uc.actor.userId],
        );
        break;
    }
  }

  await updateCaseState(tx, c, { state: decision.state, snapshot: next, version, closedOn: final ? uc.today : null });
  const seq = await appendEvent(tx, c, {
    action: step.action,
    fromState: c.state,
    toState: decision.state,
    actionOn: uc.today,
    actorId: uc.actor.userId,
    actorName: uc.actor.displayName,
    opinion: step.opinion ?? (typeof step.input.opinion === 'string' ? step.input.opinion : null),
    input: step.input,
    documentId: served?.documentId ?? null,
  });
  await replaceOpenDeadlines(tx, c, openDeadlines(next), uc.today, seq, randomUUID);
  audit.unshift({
    ...base,
    entityType: 'case',
    entityId: c.id,
    entityVersion: version,
    action: 'CASE_ACTION',
    before: { state: c.state, version: c.version },
    after: { action: step.action, state: decision.state, caseNo: c.caseNo, input: step.input, opinion: step.opinion ?? null, effects: decision.effects, patch: decision.patch },
  });
  await appendAudit(tx, audit);
}

function notFound(): Problem {
  return new Problem('NOT_FOUND', '未找到该案件，或该案件不在您的管辖范围内');
}

export function conflict(c: CaseRow, version: number): Problem | undefined {
  if (c.version === version) return undefined;
  return new Problem('VERSION_CONFLICT', `案件${c.caseNo}在您办理期间已有新的进展（当前为第 ${c.version} 版），请刷新后再办理`, { currentVersion: c.version });
}

export async function performAction(uc: CaseUseCase, id: string, body: StepRequest & { version: number }): Promise<void> {
  requirePermission(uc.actor, permissionFor(body.action));
  await uc.db.transaction(async (tx) => {
    const c = await findCase(tx, uc.actor.scope, id, { lock: true });
    if (!c) throw notFound();
    const stale = conflict(c, body.version);
    if (stale) throw stale;
    const ctx = await decisionContext(tx, c.jurisdictionCode, uc.today);
    await applyStep(tx, uc, c, body, ctx);
  });
}

export async function assignCase(uc: CaseUseCase, id: string, body: { assigneeUserId: string | null; version: number }): Promise<void> {
  await uc.db.transaction(async (tx) => {
    const c = await findCase(tx, uc.actor.scope, id, { lock: true });
    if (!c) throw notFound();
    const stale = conflict(c, body.version);
    if (stale) throw stale;
    if (body.assigneeUserId) await checkAssignee(tx, uc, body.assigneeUserId);
    await tx.query('UPDATE cases SET assignee_user_id = $3, version = version + 1, updated_at = now() WHERE jurisdiction_code = $1 AND id = $2', [
      c.jurisdictionCode,
      c.id,
      body.assigneeUserId,
    ]);
    await appendAudit(tx, [
      {
        jurisdictionCode: c.jurisdictionCode,
        entityType: 'case',
        entityId: c.id,
        entityVersion: c.version + 1,
        action: 'UPDATE',
        actorId: uc.actor.userId,
        actorName: uc.actor.displayName,
        requestId: uc.requestId,
        before: { assigneeUserId: c.assigneeUserId },
        after: { assigneeUserId: body.assigneeUserId },
      },
    ]);
  });
}
