import { randomUUID } from 'node:crypto';
import { planAssignment, unitKindLabels, type UnitKind } from '@panhuo/domain';
import type { Queryable } from '../../db/database.ts';
import { Problem } from '../../http/problems.ts';
import { audit, checkVersion, invalid, listCodes, notFound, targetJurisdiction, type OrgUseCase } from './context.ts';
import {
  assignmentsOfPosition,
  endAssignment,
  existingIds,
  insertAssignment,
  insertPerson,
  insertPosition,
  insertUnit,
  listPeople,
  listPositions,
  listUnits,
  loadPerson,
  loadPosition,
  loadUnit,
  lockPosition,
  nameTaken,
  parentChain,
  updatePerson,
  updatePosition,
  updateUnit,
  type UnitRow,
} from './repository.ts';

/** Use cases of units, positions (席位), people and who holds which position. */

const unitView = (u: UnitRow) => ({ ...u, kindLabel: unitKindLabels[u.kind] });

// ---- units

export async function listUnitsOf(uc: OrgUseCase, q: { jurisdictionCode?: string }) {
  return (await listUnits(uc.db, listCodes(uc.actor, q.jurisdictionCode))).map(unitView);
}

interface UnitInput { name: string; kind: UnitKind; parentUnitId?: string | null }

export async function createUnit(uc: OrgUseCase, input: UnitInput & { jurisdictionCode?: string }) {
  const jurisdictionCode = targetJurisdiction(uc.actor, input.jurisdictionCode);
  const id = randomUUID();
  const row = await uc.db.transaction(async (tx) => {
    const parentUnitId = input.parentUnitId ?? null;
    if (parentUnitId && !(await existingIds(tx, 'org_units', jurisdictionCode, [parentUnitId])).has(parentUnitId)) {
      throw invalid('parentUnitId', '上级单位不存在或不属于同一辖区');
    }
    const unit = { jurisdictionCode, id, name: input.name, kind: input.kind, parentUnitId };
    await refuseDuplicateUnit(tx, jurisdictionCode, input.name, id);
    await insertUnit(tx, unit);
    await audit(tx, uc, { jurisdictionCode, entityType: 'org_unit', entityId: id, entityVersion: 1, action: 'CREATE', before: null, after: unit });
    return { ...unit, version: 1 };
  });
  return unitView(row);
}

async function refuseDuplicateUnit(tx: Queryable, jurisdictionCode: string, name: string, id: string) {
  if (await nameTaken(tx, 'org_units', jurisdictionCode, name, id)) throw new Problem('DUPLICATE', `本辖区已有名为「${name}」的单位`);
}

export async function updateUnitOf(uc: OrgUseCase, id: string, input: UnitInput & { version: number }) {
  const row = await uc.db.transaction(async (tx) => {
    const before = await loadUnit(tx, uc.actor.scope.codes, id, { lock: true });
    if (!before) throw notFound('单位');
    checkVersion('单位', before.version, input.version);
    const parentUnitId = input.parentUnitId ?? null;
    if (parentUnitId) {
      if (!(await existingIds(tx, 'org_units', before.jurisdictionCode, [parentUnitId])).has(parentUnitId)) throw invalid('parentUnitId', '上级单位不存在或不属于同一辖区');
      if ((await parentChain(tx, 'org_units', before.jurisdictionCode, parentUnitId)).includes(id)) throw invalid('parentUnitId', '上级单位不能是本单位或其下级单位');
    }
    await refuseDuplicateUnit(tx, before.jurisdictionCode, input.name, id);
    const after: UnitRow = { ...before, name: input.name, kind: input.kind, parentUnitId, version: before.version + 1 };
    await updateUnit(tx, after);
    await audit(tx, uc, {
      jurisdictionCode: before.jurisdictionCode, entityType: 'org_unit', entityId: id, entityVersion: after.version, action: 'UPDATE',
      before: { name: before.name, kind: before.kind, parentUnitId: before.parentUnitId },
      after: { name: after.name, kind: after.kind, parentUnitId: after.parentUnitId },
    });
    return after;
  });
  return unitView(row);
}

// ---- positions

export async function listPositionsOf(uc: OrgUseCase, q: { jurisdictionCode?: string; on?: string; unitId?: string }) {
  return listPositions(uc.db, listCodes(uc.actor, q.jurisdictionCode), q.on ?? uc.today, q.unitId);
}

async function positionView(uc: OrgUseCase, id: string) {
  return (await loadPosition(uc.db, uc.actor.scope.codes, id, uc.today))!;
}

export async function createPosition(uc: OrgUseCase, input: { unitId: string; title: string }) {
  const id = randomUUID();
  await uc.db.transaction(async (tx) => {
    // the position belongs to its unit's jurisdiction
    const unit = await loadUnit(tx, uc.actor.scope.codes, input.unitId);
    if (!unit) throw invalid('unitId', '单位不存在或不在您的管辖范围内');
    const position = { jurisdictionCode: unit.jurisdictionCode, id, unitId: unit.id, title: input.title };
    await insertPosition(tx, position);
    await audit(tx, uc, { jurisdictionCode: unit.jurisdictionCode, entityType: 'org_position', entityId: id, entityVersion: 1, action: 'CREATE', before: null, after: { ...position, unitName: unit.name } });
  });
  return positionView(uc, id);
}

export async function updatePositionOf(uc: OrgUseCase, id: string, input: { unitId: string; title: string; version: number }) {
  await uc.db.transaction(async (tx) => {
    const before = await lockPosition(tx, uc.actor.scope.codes, id);
    if (!before) throw notFound('席位');
    checkVersion('席位', before.version, input.version);
    if (!(await existingIds(tx, 'org_units', before.jurisdictionCode, [input.unitId])).has(input.unitId)) throw invalid('unitId', '单位不存在或不属于同一辖区');
    const version = before.version + 1;
    await updatePosition(tx, { jurisdictionCode: before.jurisdictionCode, id, unitId: input.unitId, title: input.title, version });
    await audit(tx, uc, {
      jurisdictionCode: before.jurisdictionCode, entityType: 'org_position', entityId: id, entityVersion: version, action: 'UPDATE',
      before: { unitId: before.unitId, title: before.title }, after: { unitId: input.unitId, title: input.title },
    });
  });
  return positionView(uc, id);
}

// ---- people

export async function listPeopleOf(uc: OrgUseCase, q: { jurisdictionCode?: string }) {
  return listPeople(uc.db, listCodes(uc.actor, q.jurisdictionCode));
}

export async function createPerson(uc: OrgUseCase, input: { jurisdictionCode?: string; displayName: string }) {
  const jurisdictionCode = targetJurisdiction(uc.actor, input.jurisdictionCode);
  const person = { jurisdictionCode, id: randomUUID(), displayName: input.displayName };
  await uc.db.transaction(async (tx) => {
    await insertPerson(tx, person);
    await audit(tx, uc, { jurisdictionCode, entityType: 'org_person', entityId: person.id, entityVersion: 1, action: 'CREATE', before: null, after: person });
  });
  return { ...person, version: 1 };
}

export async function updatePersonOf(uc: OrgUseCase, id: string, input: { displayName: string; version: number }) {
  return uc.db.transaction(async (tx) => {
    const before = await loadPerson(tx, uc.actor.scope.codes, id, { lock: true });
    if (!before) throw notFound('人员');
    checkVersion('人员', before.version, input.version);
    const after = { ...before, displayName: input.displayName, version: before.version + 1 };
    await updatePerson(tx, after);
    await audit(tx, uc, {
      jurisdictionCode: before.jurisdictionCode, entityType: 'org_person', entityId: id, entityVersion: after.version, action: 'UPDATE',
      before: { displayName: before.displayName }, after: { displayName: after.displayName },
    });
    return after;
  });
}

// ---- assignments

export async function assignmentHistory(uc: OrgUseCase, positionId: string) {
  const position = await loadPosition(uc.db, uc.actor.scope.codes, positionId, uc.today);
  if (!position) throw notFound('席位');
  return assignmentsOfPosition(uc.db, position.jurisdictionCode, positionId);
}

/**
 * Gives the position to a person from a date. The previous holder's open tenure ends the
 * day before, in the same transaction; any other overlap is refused (domain planAssignment).
 * The position keeps its id, so bodies and tasks bound to it carry over to the new holder.
 */
export async function assignPosition(uc: OrgUseCase, positionId: string, input: { personId: string; from: string; to?: string | null }) {
  return uc.db.transaction(async (tx) => {
    const position = await lockPosition(tx, uc.actor.scope.codes, positionId);
    if (!position) throw notFound('席位');
    const { jurisdictionCode } = position;
    const person = await loadPerson(tx, [jurisdictionCode], input.personId);
    if (!person) throw invalid('personId', '人员不存在或不属于该席位所在辖区');
    const history = await assignmentsOfPosition(tx, jurisdictionCode, positionId);
    const next = { positionId, personId: person.id, from: input.from, to: input.to ?? null };
    const names = new Map(history.map((a) => [a.personId, a.displayName]));
    const plan = planAssignment(history, next, (pid) => names.get(pid) ?? '他人');
    if (!plan.ok) throw invalid(plan.code === 'BAD_PERIOD' ? 'to' : 'from', plan.message);

    let ended = null;
    if (plan.end) {
      const previous = history.find((a) => a.id === plan.end!.assignment.id)!;
      await endAssignment(tx, jurisdictionCode, previous.id, plan.end.to);
      ended = { ...previous, to: plan.end.to };
      await audit(tx, uc, {
        jurisdictionCode, entityType: 'org_assignment', entityId: previous.id, action: 'UPDATE',
        before: { positionId, personId: previous.personId, to: null }, after: { positionId, personId: previous.personId, to: plan.end.to },
      });
    }
    const assignment = { id: randomUUID(), ...next };
    await insertAssignment(tx, jurisdictionCode, assignment);
    await audit(tx, uc, { jurisdictionCode, entityType: 'org_assignment', entityId: assignment.id, action: 'CREATE', before: null, after: assignment });
    return { assignment: { ...assignment, displayName: person.displayName }, ended };
  });
}
