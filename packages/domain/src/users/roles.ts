/**
 * Roles (角色) and what each may do. Authorization is decided here, in one place,
 * deny by default; the web app asks the API for the permissions of the logged-in user.
 */
export const roleLabels = {
  ADMIN: '系统管理员',
  LEADER: '领导（指挥部）',
  LAND_BUREAU: '自然资源局',
  PARK_STAFF: '园区管委会',
  TASK_FORCE: '专班成员',
  DEPARTMENT: '其他部门',
} as const;

export type Role = keyof typeof roleLabels;
export const roles = Object.keys(roleLabels) as Role[];

export type Permission = 'ledger:read' | 'ledger:write' | 'ledger:import' | 'users:manage' | 'identification:run' | 'rules:manage';

const grants: Record<Role, readonly Permission[]> = {
  ADMIN: ['ledger:read', 'ledger:write', 'ledger:import', 'users:manage', 'identification:run', 'rules:manage'],
  LEADER: ['ledger:read'],
  LAND_BUREAU: ['ledger:read', 'ledger:write', 'ledger:import', 'identification:run'],
  PARK_STAFF: ['ledger:read', 'ledger:write', 'ledger:import'],
  TASK_FORCE: ['ledger:read'],
  DEPARTMENT: ['ledger:read'],
};

export function permissionsOf(role: Role): readonly Permission[] {
  return grants[role];
}

export function can(role: Role, permission: Permission): boolean {
  return grants[role].includes(permission);
}
