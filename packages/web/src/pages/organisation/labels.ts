/**
 * Choices and tag colours of the organisation page. The labels are the domain's, so the
 * page and the API's `kindLabel` / `roleLabel` never disagree.
 */
import { bodyKindLabels, bodyKinds, membershipRoleLabels, membershipRoles, unitKindLabels, unitKinds } from '@panhuo/domain';
import type { BodyKind, UnitKind } from '../../api/organisation.ts';

export const unitKindOptions = unitKinds.map((k) => ({ value: k, label: unitKindLabels[k] }));
export const bodyKindOptions = bodyKinds.map((k) => ({ value: k, label: bodyKindLabels[k] }));
export const roleOptions = membershipRoles.map((r) => ({ value: r, label: membershipRoleLabels[r] }));

export const bodyKindColors: Record<BodyKind, string> = {
  HQ: 'red',
  LEADING_GROUP: 'volcano',
  OFFICE: 'blue',
  WAR_ZONE: 'orange',
  TASK_FORCE: 'green',
};

export const unitKindColors: Record<UnitKind, string> = {
  GOV: 'red',
  GOV_DEPT: 'blue',
  PARK_COMMITTEE: 'cyan',
  TOWN: 'green',
  SUBDISTRICT: 'green',
  SOE: 'purple',
  COURT: 'magenta',
  UTILITY: 'gold',
  FINANCIAL: 'geekblue',
  OTHER: 'default',
};
