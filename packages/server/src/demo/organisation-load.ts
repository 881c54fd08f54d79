import { createHash } from 'node:crypto';
import { appendAudit, type AuditEntry } from '../audit/audit.ts';
import type { Queryable } from '../db/database.ts';
import { existingIds, insertAssignment, insertBody, insertPerson, insertPosition, insertUnit, replaceMembers } from '../features/organisation/repository.ts';
import type { Organisation } from './organisation.ts';

/**
 * A demo record's stable id: derived from its key in organisation.ts, so that loading the
 * demo again finds what it wrote the first time.
 */
export function demoOrgId(countyCode: string, key: string): string {
  const h = createHash('sha256').update(`panhuo-demo-org:${countyCode}:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Writes the demo county's organisation (units, positions, fictional people, their
 * assignments, the "1+3+5" bodies with their member positions) inside the caller's
 * transaction, with one audit record per created row. Idempotent: nothing is written when
 * the headquarters already exists.
 */
export async function loadDemoOrganisation(
  tx: Queryable,
  org: Organisation,
  countyCode: string,
  zoneIdsByName: ReadonlyMap<string, string>,
  actorName: string,
): Promise<boolean> {
  const id = (key: string) => demoOrgId(countyCode, key);
  const hq = org.bodies.find((b) => b.kind === 'HQ')!;
  if ((await existingIds(tx, 'org_bodies', countyCode, [id(hq.id)])).size > 0) return false;

  const audit: AuditEntry[] = [];
  const created = (entityType: AuditEntry['entityType'], entityId: string, after: unknown) =>
    audit.push({ jurisdictionCode: countyCode, entityType, entityId, entityVersion: 1, action: 'CREATE', actorId: null, actorName, before: null, after });

  for (const u of org.units) {
    const unit = { jurisdictionCode: countyCode, id: id(`unit:${u.id}`), name: u.nameZh, kind: u.kind, parentUnitId: null };
    await insertUnit(tx, unit);
    created('org_unit', unit.id, unit);
  }
  for (const p of org.positions) {
    const position = { jurisdictionCode: countyCode, id: id(`position:${p.id}`), unitId: id(`unit:${p.unitId}`), title: p.titleZh };
    await insertPosition(tx, position);
    created('org_position', position.id, position);
  }
  for (const p of org.persons) {
    const person = { jurisdictionCode: countyCode, id: id(`person:${p.id}`), displayName: p.displayName };
    await insertPerson(tx, person);
    created('org_person', person.id, person);
  }
  for (const a of org.assignments) {
    const assignment = {
      id: id(`assignment:${a.positionId}:${a.personId}:${a.from}`),
      positionId: id(`position:${a.positionId}`),
      personId: id(`person:${a.personId}`),
      from: a.from,
      to: a.to ?? null,
    };
    await insertAssignment(tx, countyCode, assignment);
    created('org_assignment', assignment.id, assignment);
  }
  // parents before children: the HQ first, as listed
  for (const b of org.bodies) {
    const zoneIds = (b.scope?.parkNames ?? []).map((name) => {
      const zoneId = zoneIdsByName.get(name);
      if (!zoneId) throw new Error(`demo war zone ${b.nameZh}: no park named ${name}`);
      return zoneId;
    });
    const body = {
      jurisdictionCode: countyCode,
      id: id(b.id),
      kind: b.kind,
      name: b.nameZh,
      parentBodyId: b.parentBodyId ? id(b.parentBodyId) : null,
      hostUnitId: b.hostUnitId ? id(`unit:${b.hostUnitId}`) : null,
      duties: b.duties,
      zoneIds,
    };
    const members = org.memberships
      .filter((m) => m.bodyId === b.id)
      .map((m) => ({ positionId: id(`position:${m.positionId}`), role: m.role, note: m.note ?? null }));
    await insertBody(tx, body);
    await replaceMembers(tx, countyCode, body.id, members);
    created('org_body', body.id, { ...body, members });
  }
  await appendAudit(tx, audit);
  return true;
}
