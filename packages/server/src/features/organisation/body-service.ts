import { randomUUID } from 'node:crypto';
import { bodyKindLabels, membershipRoleLabels, type BodyKind, type MembershipRole } from '@panhuo/domain';
import type { Queryable } from '../../db/database.ts';
import { Problem } from '../../http/problems.ts';
import { audit, checkVersion, invalid, listCodes, notFound, targetJurisdiction, type OrgUseCase } from './context.ts';
import { existingIds, insertBody, listBodies, loadBody, membersOf, nameTaken, parentChain, replaceMembers, updateBody, zoneNames, type BodyRow } from './repository.ts';

/** Use cases of the coordination bodies (指挥部、领导小组、办公室、战区、专班) and their member positions. */

export interface BodyInput {
  kind: BodyKind;
  name: string;
  parentBodyId?: string | null;
  hostUnitId?: string | null;
  duties: string[];
  zoneIds: string[];
  members: Array<{ positionId: string; role: MembershipRole; note?: string | null }>;
}

async function views(uc: OrgUseCase, codes: string[], bodies: BodyRow[], on: string) {
  const members = await membersOf(uc.db, codes, bodies.map((b) => b.id), on);
  const zones = await zoneNames(uc.db, codes);
  return bodies.map((b) => ({
    id: b.id,
    jurisdictionCode: b.jurisdictionCode,
    kind: b.kind,
    kindLabel: bodyKindLabels[b.kind],
    name: b.name,
    parentBodyId: b.parentBodyId,
    hostUnitId: b.hostUnitId,
    duties: b.duties,
    zones: b.zoneIds.map((id) => ({ id, name: zones.get(id) ?? '' })),
    members: members.filter((m) => m.bodyId === b.id).map(({ bodyId: _, ...m }) => ({ ...m, roleLabel: membershipRoleLabels[m.role] })),
    version: b.version,
  }));
}

export async function listBodiesOf(uc: OrgUseCase, q: { jurisdictionCode?: string; on?: string }) {
  const codes = listCodes(uc.actor, q.jurisdictionCode);
  return views(uc, codes, await listBodies(uc.db, codes), q.on ?? uc.today);
}

async function bodyView(uc: OrgUseCase, id: string) {
  const row = (await loadBody(uc.db, uc.actor.scope.codes, id))!;
  return (await views(uc, [row.jurisdictionCode], [row], uc.today))[0]!;
}

/** Checks that every reference is of the body's own jurisdiction and the members are not listed twice. */
async function checkReferences(tx: Queryable, jurisdictionCode: string, bodyId: string, input: BodyInput): Promise<void> {
  const { parentBodyId, hostUnitId } = input;
  if (parentBodyId) {
    if (!(await existingIds(tx, 'org_bodies', jurisdictionCode, [parentBodyId])).has(parentBodyId)) throw invalid('parentBodyId', '上级机构不存在或不属于同一辖区');
    if ((await parentChain(tx, 'org_bodies', jurisdictionCode, parentBodyId)).includes(bodyId)) throw invalid('parentBodyId', '上级机构不能是本机构或其下级机构');
  }
  if (hostUnitId && !(await existingIds(tx, 'org_units', jurisdictionCode, [hostUnitId])).has(hostUnitId)) throw invalid('hostUnitId', '设在单位不存在或不属于同一辖区');
  const zones = await existingIds(tx, 'zones', jurisdictionCode, input.zoneIds);
  const badZone = input.zoneIds.findIndex((z) => !zones.has(z));
  if (badZone >= 0) throw invalid(`zoneIds.${badZone}`, '园区不存在或不属于同一辖区');
  const positions = await existingIds(tx, 'org_positions', jurisdictionCode, input.members.map((m) => m.positionId));
  const seen = new Set<string>();
  for (const [i, m] of input.members.entries()) {
    if (!positions.has(m.positionId)) throw invalid(`members.${i}.positionId`, `第 ${i + 1} 名成员的席位不存在或不属于同一辖区`);
    const key = `${m.positionId}/${m.role}`;
    if (seen.has(key)) throw invalid(`members.${i}`, `第 ${i + 1} 名成员重复：同一席位以同一角色只能列一次`);
    seen.add(key);
  }
}

async function refuseDuplicateName(tx: Queryable, jurisdictionCode: string, name: string, id: string): Promise<void> {
  if (await nameTaken(tx, 'org_bodies', jurisdictionCode, name, id)) throw new Problem('DUPLICATE', `本辖区已有名为「${name}」的机构`);
}

const content = (input: BodyInput) => ({
  kind: input.kind,
  name: input.name,
  parentBodyId: input.parentBodyId ?? null,
  hostUnitId: input.hostUnitId ?? null,
  duties: input.duties,
  zoneIds: input.zoneIds,
});
const members = (input: BodyInput) => input.members.map((m) => ({ positionId: m.positionId, role: m.role, note: m.note ?? null }));

export async function createBody(uc: OrgUseCase, input: BodyInput & { jurisdictionCode?: string }) {
  const jurisdictionCode = targetJurisdiction(uc.actor, input.jurisdictionCode);
  const id = randomUUID();
  await uc.db.transaction(async (tx) => {
    await checkReferences(tx, jurisdictionCode, id, input);
    await refuseDuplicateName(tx, jurisdictionCode, input.name, id);
    await insertBody(tx, { jurisdictionCode, id, ...content(input) });
    await replaceMembers(tx, jurisdictionCode, id, members(input));
    await audit(tx, uc, { jurisdictionCode, entityType: 'org_body', entityId: id, entityVersion: 1, action: 'CREATE', before: null, after: { ...content(input), members: members(input) } });
  });
  return bodyView(uc, id);
}

export async function updateBodyOf(uc: OrgUseCase, id: string, input: BodyInput & { version: number }) {
  await uc.db.transaction(async (tx) => {
    const before = await loadBody(tx, uc.actor.scope.codes, id, { lock: true });
    if (!before) throw notFound('机构');
    checkVersion('机构', before.version, input.version);
    const { jurisdictionCode } = before;
    await checkReferences(tx, jurisdictionCode, id, input);
    await refuseDuplicateName(tx, jurisdictionCode, input.name, id);
    const old = await membersOf(tx, [jurisdictionCode], [id], uc.today);
    const version = before.version + 1;
    await updateBody(tx, { jurisdictionCode, id, ...content(input), version });
    await replaceMembers(tx, jurisdictionCode, id, members(input));
    const { jurisdictionCode: _j, id: _i, version: _v, ...beforeContent } = before;
    await audit(tx, uc, {
      jurisdictionCode, entityType: 'org_body', entityId: id, entityVersion: version, action: 'UPDATE',
      before: { ...beforeContent, members: old.map((m) => ({ positionId: m.positionId, role: m.role, note: m.note })) },
      after: { ...content(input), members: members(input) },
    });
  });
  return bodyView(uc, id);
}
