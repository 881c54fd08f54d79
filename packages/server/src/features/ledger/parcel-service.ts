import { randomUUID } from 'node:crypto';
import {
  checkContractConsistency,
  checkParcelConsistency,
  checkUscc,
  deriveStage,
  type FieldValue,
} from '@panhuo/domain';
import type { Database, Queryable } from '../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import { appendAudit, auditOf } from '../../audit/audit.ts';
import { Problem } from '../../http/problems.ts';
import { loadEnterprises } from './enterprise-repository.ts';
import { deleteYearsNotIn, loadParcels, searchParcels, writeParcels, type StoredParcel } from './parcel-repository.ts';
import { diffStates, displayValueOfKey, flatten, labelOfKey, normaliseGeometry, type ParcelState } from './parcel-state.ts';
import type { ParcelInput, ParcelListQuery, ParcelUpdate } from './parcel-schema.ts';

export interface UseCase {
  db: Database;
  actor: Actor;
  requestId: string;
}

export async function listParcels({ db, actor }: Omit<UseCase, 'requestId'>, query: ParcelListQuery) {
  const { page, pageSize, sort, order, ...filter } = query;
  const result = await searchParcels(db, actor.scope, filter, { page, pageSize, sort, order });
  return {
    total: result.total,
    items: result.items.map((r) => ({
      ...r,
      zone: r.zoneId ? { id: r.zoneId, name: r.zoneName ?? '' } : null,
      enterprise: r.enterpriseId ? { id: r.enterpriseId, name: r.enterpriseName ?? '', uscc: r.enterpriseUscc } : null,
    })),
  };
}

async function findInScope(db: Queryable, actor: Actor, id: string): Promise<StoredParcel> {
  const [parcel] = await loadParcels(db, { jurisdictionCodes: actor.scope.codes, zoneId: actor.scope.zoneId, ids: [id] });
  // a parcel outside the actor's jurisdiction is reported as absent: its existence is not theirs to know
  if (!parcel) throw new Problem('NOT_FOUND', '未找到该地块，或该地块不在您的管辖范围内');
  return parcel;
}

export async function getParcel({ db, actor }: Omit<UseCase, 'requestId'>, id: string) {
  return toDetail(db, await findInScope(db, actor, id));
}

export async function toDetail(db: Queryable, p: StoredParcel) {
  const [enterprise] = p.state.enterpriseId
    ? await loadEnterprises(db, { jurisdictionCodes: [p.jurisdictionCode], ids: [p.state.enterpriseId] })
    : [];
  return {
    id: p.id,
    jurisdictionCode: p.jurisdictionCode,
    version: p.version,
    stage: p.stage,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    zone: p.state.zoneId ? { id: p.state.zoneId, name: p.state.zoneName ?? '' } : null,
    enterprise: enterprise
      ? {
          id: enterprise.id,
          name: String(enterprise.fields.name),
          uscc: (enterprise.fields.uscc as string | null) ?? null,
          fields: enterprise.fields,
          usccWarnings: usccWarnings(enterprise.fields.uscc),
        }
      : null,
    fields: p.state.fields,
    contract: p.state.contract,
    years: [...p.state.years.values()],
    geometry: p.state.geometry ? (JSON.parse(p.state.geometry) as unknown) : null,
    siteMeasuredOn: p.siteMeasuredOn,
    siteMeasurement: p.siteMeasurement,
  };
}

export function usccWarnings(uscc: FieldValue | undefined): string[] {
  if (typeof uscc !== 'string' || !uscc) return [];
  const check = checkUscc(uscc);
  return check.ok ? check.warningsZh : [check.errorZh];
}

/** Builds the state an input describes, checking its zone and enterprise belong to the jurisdiction. */
async function stateFromInput(tx: Queryable, actor: Actor, jurisdictionCode: string, input: ParcelInput): Promise<ParcelState> {
  const errors: Array<{ path: string; message: string }> = [];
  let zoneName: string | null = null;
  if (actor.scope.zoneId && input.zoneId !== actor.scope.zoneId) {
    errors.push({ path: 'zoneId', message: '只能登记本园区的宗地' });
  }
  if (input.zoneId) {
    const { rows } = await tx.query<{ name: string }>(
      'SELECT name FROM zones WHERE jurisdiction_code = $1 AND id = $2 AND closed_at IS NULL',
      [jurisdictionCode, input.zoneId],
    );
    if (!rows[0]) errors.push({ path: 'zoneId', message: '所属园区不存在或不属于该辖区' });
    zoneName = rows[0]?.name ?? null;
  }
  let enterpriseName: string | null = null;
  if (input.enterpriseId) {
    const [e] = await loadEnterprises(tx, { jurisdictionCodes: [jurisdictionCode], ids: [input.enterpriseId] });
    if (!e) errors.push({ path: 'enterpriseId', message: '用地企业不存在或不属于该辖区' });
    enterpriseName = (e?.fields.name as string | undefined) ?? null;
  }
  const fields = Object.fromEntries(Object.entries(input.fields).map(([k, v]) => [k, (v ?? null) as FieldValue]));
  for (const p of checkParcelConsistency(fields)) errors.push({ path: `fields.${p.key}`, message: p.messageZh });
  const contract = input.contract
    ? Object.fromEntries(Object.entries(input.contract).map(([k, v]) => [k, (v ?? null) as FieldValue]))
    : null;
  if (contract) for (const p of checkContractConsistency(contract)) errors.push({ path: `contract.${p.key}`, message: p.messageZh });
  const years = new Map<number, Record<string, FieldValue>>();
  input.years.forEach((y, i) => {
    if (years.has(y.year as number)) errors.push({ path: `years.${i}.year`, message: `${y.year} 年的数据重复` });
    years.set(y.year as number, Object.fromEntries(Object.entries(y).map(([k, v]) => [k, (v ?? null) as FieldValue])));
  });
  if (errors.length > 0) {
    throw new Problem('VALIDATION_FAILED', errors.map((e) => e.message).join('；'), { errors });
  }
  return {
    fields,
    zoneId: input.zoneId,
    zoneName,
    enterpriseId: input.enterpriseId,
    enterpriseName,
    contract,
    years,
    geometry: input.geometry === undefined ? null : normaliseGeometry(input.geometry),
  };
}

const stageOf = (s: ParcelState) =>
  deriveStage({
    started: s.fields.started as boolean | null,
    halted: s.fields.halted as boolean | null,
    completed: s.fields.completed as boolean | null,
    operationsStatus: s.fields.operationsStatus as string | null,
  });

async function assertCodeFree(tx: Queryable, jurisdictionCode: string, code: string, exceptId?: string) {
  const { rows } = await tx.query(
    'SELECT 1 FROM parcels WHERE jurisdiction_code = $1 AND code = $2 AND id <> coalesce($3::uuid, gen_random_uuid())',
    [jurisdictionCode, code, exceptId ?? null],
  );
  if (rows.length > 0) {
    throw new Problem('DUPLICATE', `宗地编号「${code}」已存在`, { errors: [{ path: 'fields.code', message: `宗地编号「${code}」已存在` }] });
  }
}

export async function createParcel({ db, actor, requestId }: UseCase, input: ParcelInput) {
  const jurisdictionCode = input.jurisdictionCode ?? actor.jurisdictionCode;
  if (!actor.scope.codes.includes(jurisdictionCode)) throw new Problem('FORBIDDEN', '该辖区不在您的管理范围内');
  const id = await db.transaction(async (tx) => {
    const { rows } = await tx.query<{ level: string }>('SELECT level FROM jurisdictions WHERE code = $1', [jurisdictionCode]);
    if (rows[0]?.level !== 'COUNTY') {
      throw new Problem('VALIDATION_FAILED', '地块须登记在县（市、区）一级辖区下，请选择所属县（市、区）', {
        errors: [{ path: 'jurisdictionCode', message: '请选择所属县（市、区）' }],
      });
    }
    const state = await stateFromInput(tx, actor, jurisdictionCode, input);
    await assertCodeFree(tx, jurisdictionCode, String(state.fields.code));
    const newId = randomUUID();
    await writeParcels(tx, jurisdictionCode, [{ id: newId, state, stage: stageOf(state), version: 1 }], actor.userId);
    await appendAudit(tx, [
      {
        jurisdictionCode,
        entityType: 'parcel',
        entityId: newId,
        entityVersion: 1,
        action: 'CREATE',
        actorId: actor.userId,
        actorName: actor.displayName,
        requestId,
        before: null,
        after: Object.fromEntries(Object.entries(flatten(state)).filter(([, v]) => v !== null)),
      },
    ]);
    return newId;
  });
  return getParcel({ db, actor }, id);
}

export async function updateParcel({ db, actor, requestId }: UseCase, id: string, input: ParcelUpdate) {
  await db.transaction(async (tx) => {
    // lock the row so two saves of the same parcel are serialised and the version check holds
    await tx.query('SELECT 1 FROM parcels WHERE id = $1 AND jurisdiction_code = ANY($2) FOR UPDATE', [id, actor.scope.codes]);
    const current = await findInScope(tx, actor, id);
    if (current.version !== input.version) {
      const changes = await changesSince(tx, current, input.version);
      throw new Problem('VERSION_CONFLICT', `该地块在您编辑期间已被修改（第 ${input.version} 版 → 第 ${current.version} 版），请核对后再保存`, {
        currentVersion: current.version,
        changes,
        current: await toDetail(tx, current),
      });
    }
    const state = await stateFromInput(tx, actor, current.jurisdictionCode, input);
    if (input.geometry === undefined) state.geometry = current.state.geometry;
    if (state.fields.code !== current.state.fields.code) await assertCodeFree(tx, current.jurisdictionCode, String(state.fields.code), id);
    const diff = diffStates(flatten(current.state), flatten(state));
    const stage = stageOf(state);
    if (!diff && stage === current.stage) return;
    const version = current.version + 1;
    await writeParcels(tx, current.jurisdictionCode, [{ id, state, stage, version }], actor.userId);
    await deleteYearsNotIn(tx, current.jurisdictionCode, id, [...state.years.keys()]);
    await appendAudit(tx, [
      {
        jurisdictionCode: current.jurisdictionCode,
        entityType: 'parcel',
        entityId: id,
        entityVersion: version,
        action: 'UPDATE',
        actorId: actor.userId,
        actorName: actor.displayName,
        requestId,
        before: diff?.before ?? {},
        after: diff?.after ?? {},
      },
    ]);
  });
  return getParcel({ db, actor }, id);
}

async function changesSince(tx: Queryable, current: StoredParcel, version: number) {
  const records = await auditOf(tx, current.jurisdictionCode, 'parcel', current.id, version);
  return records.flatMap((r) =>
    Object.keys(r.after ?? {}).map((key) => ({
      key,
      labelZh: labelOfKey(key),
      before: displayValueOfKey(key, (r.before?.[key] ?? null) as FieldValue),
      after: displayValueOfKey(key, (r.after?.[key] ?? null) as FieldValue),
      actorName: r.actorName,
      at: r.at,
    })),
  );
}

export async function parcelHistory({ db, actor }: Omit<UseCase, 'requestId'>, id: string) {
  const parcel = await findInScope(db, actor, id);
  const records = await auditOf(db, parcel.jurisdictionCode, 'parcel', id);
  return records.map((r) => ({
    id: r.id,
    at: r.at,
    actorName: r.actorName,
    action: r.action,
    reason: r.reason,
    version: r.entityVersion,
    changes: Object.keys(r.after ?? {})
      .filter((key) => r.action !== 'CREATE' || key !== 'geometry')
      .map((key) => ({
        key,
        labelZh: labelOfKey(key),
        before: displayValueOfKey(key, (r.before?.[key] ?? null) as FieldValue),
        after: displayValueOfKey(key, (r.after?.[key] ?? null) as FieldValue),
      })),
  }));
}

