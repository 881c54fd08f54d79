import type { Permission, Role } from '@panhuo/domain';
import { can } from '@panhuo/domain';
import { Problem } from '../http/problems.ts';

/** The person acting, with the part of the country whose data they may see and change. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  jurisdictionCode: string;
  /** a park user is further limited to one zone */
  zoneId: string | null;
  scope: Scope;
}

/** What data an actor may touch: the jurisdiction codes of their subtree, optionally one zone. */
export interface Scope {
  codes: string[];
  zoneId: string | null;
}

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw new Problem('FORBIDDEN');
}

export function requireInScope(actor: Actor, jurisdictionCode: string): void {
  if (!actor.scope.codes.includes(jurisdictionCode)) throw new Problem('FORBIDDEN', '该辖区不在您的管理范围内');
}

/** The identity written into audit records for changes made by the system itself. */
export const systemActorName = '系统';
