import { appendAudit, type AuditEntry } from '../../audit/audit.ts';
import { requireInScope, type Actor } from '../../auth/actor.ts';
import type { Database, Queryable } from '../../db/database.ts';
import { Problem } from '../../http/problems.ts';

export interface OrgUseCase {
  db: Database;
  actor: Actor;
  requestId: string;
  /** the China date whose holders are shown (settings.today in tests and demos) */
  today: string;
}

/** The jurisdiction a new record belongs to: the one asked for if in scope, else the actor's own. */
export function targetJurisdiction(actor: Actor, asked: string | undefined): string {
  const code = asked ?? actor.jurisdictionCode;
  requireInScope(actor, code);
  return code;
}

/** The jurisdictions a list shows: one of the actor's scope, or all of it. */
export function listCodes(actor: Actor, asked: string | undefined): string[] {
  if (!asked) return actor.scope.codes;
  return actor.scope.codes.includes(asked) ? [asked] : [];
}

export const notFound = (what: string) => new Problem('NOT_FOUND', `未找到该${what}，或该${what}不在您的管辖范围内`);

export function invalid(path: string, message: string): Problem {
  return new Problem('VALIDATION_FAILED', message, { errors: [{ path, message }] });
}

export function checkVersion(what: string, current: number, sent: number): void {
  if (current !== sent) {
    throw new Problem('VERSION_CONFLICT', `该${what}在您编辑期间已被修改（第 ${sent} 版 → 第 ${current} 版），请刷新后再操作`, { currentVersion: current });
  }
}

export async function audit(
  tx: Queryable,
  uc: OrgUseCase,
  e: Pick<AuditEntry, 'jurisdictionCode' | 'entityType' | 'entityId' | 'entityVersion' | 'action' | 'before' | 'after'>,
): Promise<void> {
  await appendAudit(tx, [{ ...e, actorId: uc.actor.userId, actorName: uc.actor.displayName, requestId: uc.requestId }]);
}
