/**
 * Shapes the API answers (docs/API.md, "Shapes"). Field values are keyed by the field
 * catalogue of @panhuo/domain and stored in API units: m², yuan, fractions, ISO dates.
 */
import type { FieldValue, Role } from '@panhuo/domain';

export type FieldValues = Record<string, FieldValue>;

export interface Ref {
  id: string;
  name: string;
}

export interface Me {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  roleLabel: string;
  jurisdiction: { code: string; name: string };
  zone: Ref | null;
  permissions: string[];
}

export type JurisdictionLevel = 'ROOT' | 'PROVINCE' | 'CITY' | 'COUNTY';

export interface Jurisdiction {
  code: string;
  name: string;
  level: JurisdictionLevel;
  parentCode: string | null;
}

export interface Zone {
  id: string;
  jurisdictionCode: string;
  name: string;
  kind: string;
}

export interface ParcelSummary {
  id: string;
  jurisdictionCode: string;
  code: string;
  name: string;
  location: string | null;
  plannedUse: string | null;
  area_m2: number;
  stage: string;
  zone: Ref | null;
  enterprise: { id: string; name: string; uscc: string | null } | null;
  agreedStartDate: string | null;
  operationsStatus: string | null;
  version: number;
  updatedAt: string;
}

export interface Parcel {
  id: string;
  jurisdictionCode: string;
  version: number;
  stage: string;
  createdAt: string;
  updatedAt: string;
  zone: Ref | null;
  enterprise: { id: string; name: string; uscc: string | null; fields: FieldValues; usccWarnings?: string[] } | null;
  fields: FieldValues;
  contract: FieldValues | null;
  years: FieldValues[];
  geometry: unknown;
}

export interface ParcelInput {
  jurisdictionCode?: string;
  zoneId: string | null;
  enterpriseId: string | null;
  fields: FieldValues;
  contract: FieldValues | null;
  years: FieldValues[];
}

export interface FieldChange {
  key: string;
  labelZh: string;
  before: FieldValue | unknown;
  after: FieldValue | unknown;
}

export interface HistoryEntry {
  id: string | number;
  at: string;
  actorName: string;
  action: string;
  /** why, when the change came from elsewhere (e.g. a confirmed 核查记录) */
  reason: string | null;
  version: number | null;
  changes: FieldChange[];
}

export interface ConflictChange extends FieldChange {
  actorName: string;
  at: string;
}

export interface EnterpriseSummary {
  id: string;
  jurisdictionCode: string;
  version: number;
  name: string;
  uscc: string | null;
  fields: FieldValues;
  usccWarnings: string[];
  parcelCount: number;
  updatedAt: string;
}

export interface Enterprise extends EnterpriseSummary {
  parcels: ParcelSummary[];
}

export interface EnterpriseInput {
  jurisdictionCode?: string;
  fields: FieldValues;
  version?: number;
}

export interface SheetProblem {
  sheet: string;
  row: number | null;
  column: string | null;
  message: string;
}

export interface ImportSummary {
  jurisdictionCode: string;
  enterprisesCreated: number;
  enterprisesUpdated: number;
  parcelsCreated: number;
  parcelsUpdated: number;
  parcelsUnchanged: number;
  warnings: SheetProblem[];
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  roleLabel: string;
  jurisdictionCode: string;
  jurisdictionName: string;
  zoneId: string | null;
  zoneName: string | null;
  unitName: string | null;
  /** the person in 组织架构 this account is: their seats' tasks are 我的任务 */
  personId: string | null;
  personName: string | null;
  active: boolean;
  /** temporarily locked after repeated wrong passwords */
  locked: boolean;
  version: number;
  createdAt: string;
}

export interface UserCreate {
  username: string;
  displayName: string;
  role: Role;
  jurisdictionCode: string;
  zoneId?: string | null;
  unitName?: string | null;
  personId?: string | null;
  password: string;
}

export interface UserUpdate {
  displayName: string;
  role: Role;
  jurisdictionCode: string;
  zoneId: string | null;
  unitName: string | null;
  /** absent: the link is kept as it is */
  personId?: string | null;
  active: boolean;
  version: number;
}
