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

export type Permission =
  | 'ledger:read'
  | 'ledger:write'
  | 'ledger:import'
  | 'users:manage'
  | 'identification:run'
  | 'rules:manage'
  | 'cases:read'
  | 'cases:write'
  | 'cases:review'
  | 'documents:issue'
  | 'calendar:manage'
  // units, positions, people and coordination bodies (组织架构)
  | 'organisation:manage';

const grants: Record<Role, readonly Permission[]> = {
  ADMIN: [
    'ledger:read', 'ledger:write', 'ledger:import', 'users:manage', 'identification:run', 'rules:manage',
    'cases:read', 'cases:write', 'cases:review', 'documents:issue', 'calendar:manage', 'organisation:manage',
  ],
  // the leading group (领导小组) decides; it does not do the casework
  LEADER: ['ledger:read', 'cases:read', 'cases:review'],
  LAND_BUREAU: ['ledger:read', 'ledger:write', 'ledger:import', 'identification:run', 'cases:read', 'cases:write', 'documents:issue'],
  PARK_STAFF: ['ledger:read', 'ledger:write', 'ledger:import', 'cases:read', 'cases:write'],
  TASK_FORCE: ['ledger:read', 'cases:read', 'cases:write'],
  // other bureaus check the restriction list (P-JD04) before they act
  DEPARTMENT: ['ledger:read', 'cases:read'],
};

export function permissionsOf(role: Role): readonly Permission[] {
  return grants[role];
}

export function can(role: Role, permission: Permission): boolean {
  return grants[role].includes(permission);
}
