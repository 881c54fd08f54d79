/**
 * 组织架构: units, positions (席位), people, who holds which position, and the coordination
 * bodies (指挥部、领导小组、办公室、战区、专班) whose members are positions — the shapes of
 * packages/server/src/features/organisation/schema.ts. Writes carry the version read;
 * a stale one answers 409 VERSION_CONFLICT.
 */
import type { BodyKind, MembershipRole, UnitKind } from '@panhuo/domain';
import { api } from './client.ts';

export type { BodyKind, MembershipRole, UnitKind };

/** The person holding a position on the day asked for (today by default), or null when vacant. */
export interface Holder {
  assignmentId: string;
  personId: string;
  displayName: string;
  from: string;
  to: string | null;
}

export interface OrgUnit {
  id: string;
  jurisdictionCode: string;
  name: string;
  kind: UnitKind;
  kindLabel: string;
  parentUnitId: string | null;
  version: number;
}

export interface OrgPosition {
  id: string;
  jurisdictionCode: string;
  unitId: string;
  unitName: string;
  title: string;
  holder: Holder | null;
  version: number;
}

export interface OrgPerson {
  id: string;
  jurisdictionCode: string;
  displayName: string;
  version: number;
}

/** One tenure: from and to are inclusive dates; no `to` = still holds it. */
export interface OrgAssignment {
  id: string;
  positionId: string;
  personId: string;
  displayName: string;
  from: string;
  to: string | null;
}

export interface BodyMember {
  positionId: string;
  positionTitle: string;
  unitId: string;
  unitName: string;
  role: MembershipRole;
  roleLabel: string;
  note: string | null;
  holder: Holder | null;
}

export interface OrgBody {
  id: string;
  jurisdictionCode: string;
  kind: BodyKind;
  kindLabel: string;
  name: string;
  parentBodyId: string | null;
  hostUnitId: string | null;
  duties: string[];
  /** a war zone's parks */
  zones: Array<{ id: string; name: string }>;
  members: BodyMember[];
  version: number;
}

export interface UnitInput {
  name: string;
  kind: UnitKind;
  parentUnitId: string | null;
}

export interface PositionInput {
  unitId: string;
  title: string;
}

export interface BodyInput {
  kind: BodyKind;
  name: string;
  parentBodyId: string | null;
  hostUnitId: string | null;
  duties: string[];
  zoneIds: string[];
  members: Array<{ positionId: string; role: MembershipRole; note: string | null }>;
}

export interface AssignmentInput {
  personId: string;
  from: string;
  to?: string | null;
}

/** The new tenure, and the previous holder's, ended the day before (null when the position was vacant). */
export interface AssignmentResult {
  assignment: OrgAssignment;
  ended: OrgAssignment | null;
}

type Versioned<T> = T & { version: number };
interface Scope {
  jurisdictionCode?: string;
}

const path = (kind: string, id?: string) => (id ? `/org/${kind}/${encodeURIComponent(id)}` : `/org/${kind}`);
const itemsOf = <T>(r: { items: T[] }) => r.items;

export const listUnits = (jurisdictionCode?: string, signal?: AbortSignal) =>
  api.get<{ items: OrgUnit[] }>(path('units'), { jurisdictionCode }, signal).then(itemsOf);
export const createUnit = (input: UnitInput & Scope) => api.post<OrgUnit>(path('units'), input);
export const updateUnit = (id: string, input: Versioned<UnitInput>) => api.put<OrgUnit>(path('units', id), input);

export const listPositions = (query: { jurisdictionCode?: string; unitId?: string; on?: string }, signal?: AbortSignal) =>
  api.get<{ items: OrgPosition[] }>(path('positions'), query, signal).then(itemsOf);
export const createPosition = (input: PositionInput) => api.post<OrgPosition>(path('positions'), input);
export const updatePosition = (id: string, input: Versioned<PositionInput>) => api.put<OrgPosition>(path('positions', id), input);

export const listAssignments = (positionId: string, signal?: AbortSignal) =>
  api.get<{ items: OrgAssignment[] }>(`${path('positions', positionId)}/assignments`, undefined, signal).then(itemsOf);
/** 任命: the previous holder's open tenure ends the day before `from`, in the same transaction. */
export const assignPosition = (positionId: string, input: AssignmentInput) =>
  api.post<AssignmentResult>(`${path('positions', positionId)}/assignments`, input);

export const listPeople = (jurisdictionCode?: string, signal?: AbortSignal) =>
  api.get<{ items: OrgPerson[] }>(path('people'), { jurisdictionCode }, signal).then(itemsOf);
export const createPerson = (input: { displayName: string } & Scope) => api.post<OrgPerson>(path('people'), input);
export const updatePerson = (id: string, input: Versioned<{ displayName: string }>) => api.put<OrgPerson>(path('people', id), input);

export const listBodies = (query: { jurisdictionCode?: string; on?: string }, signal?: AbortSignal) =>
  api.get<{ items: OrgBody[] }>(path('bodies'), query, signal).then(itemsOf);
export const createBody = (input: BodyInput & Scope) => api.post<OrgBody>(path('bodies'), input);
export const updateBody = (id: string, input: Versioned<BodyInput>) => api.put<OrgBody>(path('bodies', id), input);
