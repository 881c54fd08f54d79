/**
 * Organisation (组织架构, DOMAIN.md §7): units, positions (席位), people and their
 * assignments, and the coordination bodies whose members are positions, not people —
 * so that a change of person never orphans a responsibility (YN 「席位制」).
 */
export const unitKindLabels = {
  GOV: '政府',
  GOV_DEPT: '政府部门',
  PARK_COMMITTEE: '园区管委会',
  TOWN: '乡镇',
  SUBDISTRICT: '街道',
  SOE: '国有企业',
  COURT: '法院',
  UTILITY: '公用事业单位',
  FINANCIAL: '金融机构',
  OTHER: '其他',
} as const;
export type UnitKind = keyof typeof unitKindLabels;
export const unitKinds = Object.keys(unitKindLabels) as UnitKind[];

export const bodyKindLabels = {
  HQ: '指挥部',
  LEADING_GROUP: '领导小组',
  OFFICE: '办公室',
  WAR_ZONE: '战区',
  TASK_FORCE: '专班',
} as const;
export type BodyKind = keyof typeof bodyKindLabels;
export const bodyKinds = Object.keys(bodyKindLabels) as BodyKind[];

export const membershipRoleLabels = {
  COMMANDER: '指挥长',
  EXECUTIVE_DEPUTY: '常务副指挥长',
  DEPUTY: '副指挥长',
  LEADER: '组长',
  DEPUTY_LEADER: '副组长',
  MEMBER: '成员',
  OFFICE_DIRECTOR: '办公室主任',
  OFFICE_DEPUTY: '办公室副主任',
  STAFF: '联络员',
} as const;
export type MembershipRole = keyof typeof membershipRoleLabels;
export const membershipRoles = Object.keys(membershipRoleLabels) as MembershipRole[];

/** A person's tenure of a position: from and to are inclusive ISO dates; no `to` = still holds it. */
export interface Assignment {
  id: string;
  positionId: string;
  personId: string;
  from: string;
  to: string | null;
}
