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
  | 'organisation:manage'
  // disposal plans and measures (处置方案); approving a plan (D3) is the leaders' decision
  | 'disposal:write'
  | 'disposal:approve'
  // progress reports on tasks (进展报告): everyone who works on a plan reports
  | 'tasks:report'
  // the campaign's targets (攻坚目标)
  | 'campaign:manage';

const grants: Record<Role, readonly Permission[]> = {
  ADMIN: [
    'ledger:read', 'ledger:write', 'ledger:import', 'users:manage', 'identification:run', 'rules:manage',
    'cases:read', 'cases:write', 'cases:review', 'documents:issue', 'calendar:manage', 'organisation:manage',
    'disposal:write', 'disposal:approve', 'tasks:report', 'campaign:manage',
  ],
  // the leading group (领导小组) decides; it does not do the casework
  LEADER: ['ledger:read', 'cases:read', 'cases:review', 'disposal:approve', 'tasks:report'],
  LAND_BUREAU: [
    'ledger:read', 'ledger:write', 'ledger:import', 'identification:run', 'cases:read', 'cases:write', 'documents:issue',
    'disposal:write', 'tasks:report',
  ],
  PARK_STAFF: ['ledger:read', 'ledger:write', 'ledger:import', 'cases:read', 'cases:write', 'disposal:write', 'tasks:report'],
  TASK_FORCE: ['ledger:read', 'cases:read', 'cases:write', 'disposal:write', 'tasks:report'],
  // other bureaus check the restriction list (P-JD04) before they act, and report on the tasks of their seats
  DEPARTMENT: ['ledger:read', 'cases:read', 'tasks:report'],
};

export function permissionsOf(role: Role): readonly Permission[] {
  return grants[role];
}

export function can(role: Role, permission: Permission): boolean {
  return grants[role].includes(permission);
}
