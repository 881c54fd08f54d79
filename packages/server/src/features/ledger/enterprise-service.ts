import { randomUUID } from 'node:crypto';
import { checkUscc, type FieldValue } from '@panhuo/domain';
import type { Queryable } from '../../db/database.ts';
import { appendAudit } from '../../audit/audit.ts';
import { Problem } from '../../http/problems.ts';
import { loadEnterprises, searchEnterprises, writeEnterprises, type StoredEnterprise } from './enterprise-repository.ts';
import { listParcels, usccWarnings, type UseCase } from './parcel-service.ts';
import { diffStates } from './parcel-state.ts';

const toView = (e: StoredEnterprise) => ({
  id: e.id,
  jurisdictionCode: e.jurisdictionCode,
  version: e.version,
  name: String(e.fields.name),
  uscc: (e.fields.uscc as string | null) ?? null,
  fields: e.fields,
  usccWarnings: usccWarnings(e.fields.uscc),
  parcelCount: e.parcelCount,
  updatedAt: e.updatedAt,
});

export async function listEnterprises({ db, actor }: Omit<UseCase, 'requestId'>, q: { q?: string; jurisdictionCode?: string; page: number; pageSize: number }) {
  const { page, pageSize, ...filter } = q;
  const r = await searchEnterprises(db, actor.scope, filter, { page, pageSize });
  return { total: r.total, items: r.items.map(toView) };
}

async function findInScope(db: Queryable, uc: Omit<UseCase, 'requestId'>, id: string): Promise<StoredEnterprise> {
  const [e] = await loadEnterprises(db, { jurisdictionCodes: uc.actor.scope.codes, ids: [id] });
  if (!e) throw new Problem('NOT_FOUND', '未找到该企业，或该企业不在您的管辖范围内');
  return e;
}

export async function getEnterprise(uc: Omit<UseCase, 'requestId'>, id: string) {
  const e = await findInScope(uc.db, uc, id);
  const parcels = await listParcels(uc, { enterpriseId: id, page: 1, pageSize: 200, sort: 'code', order: 'asc' });
  return { ...toView(e), parcels: parcels.items };
}

function normalise(fields: Record<string, unknown>): Record<string, FieldValue> {
  const out = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, (v ?? null) as FieldValue]));
  if (typeof out.uscc === 'string' && out.uscc) {
    const check = checkUscc(out.uscc);
    if (!check.ok) throw new Problem('VALIDATION_FAILED', check.errorZh, { errors: [{ path: 'fields.uscc', message: check.errorZh }] });
    out.uscc = check.normalized;
  } else out.uscc = null;
  return out;
}

async function assertUsccFree(tx: Queryable, jurisdictionCode: string, uscc: FieldValue, exceptId: string) {
  if (!uscc) return;
  const { rows } = await tx.query('SELECT 1 FROM enterprises WHERE jurisdiction_code = $1 AND uscc = $2 AND id <> $3', [jurisdictionCode, uscc, exceptId]);
  if (rows.length) throw new Problem('DUPLICATE', `统一社会信用代码「${uscc}」已登记`, { errors: [{ path: 'fields.uscc', message: '该统一社会信用代码已登记' }] });
}

export async function createEnterprise(uc: UseCase, input: { jurisdictionCode?: string; fields: Record<string, unknown> }) {
  const jurisdictionCode = input.jurisdictionCode ?? uc.actor.jurisdictionCode;
  if (!uc.actor.scope.codes.includes(jurisdictionCode)) throw new Problem('FORBIDDEN', '该辖区不在您的管理范围内');
  const fields = normalise(input.fields);
  const id = randomUUID();
  await uc.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ level: string }>('SELECT level FROM jurisdictions WHERE code = $1', [jurisdictionCode]);
    if (rows[0]?.level !== 'COUNTY') throw new Problem('VALIDATION_FAILED', '企业须登记在县（市、区）一级辖区下');
    await assertUsccFree(tx, jurisdictionCode, fields.uscc ?? null, id);
    await writeEnterprises(tx, jurisdictionCode, [{ id, fields, version: 1 }], uc.actor.userId);
    await appendAudit(tx, [{ jurisdictionCode, entityType: 'enterprise', entityId: id, entityVersion: 1, action: 'CREATE', actorId: uc.actor.userId, actorName: uc.actor.displayName, requestId: uc.requestId, before: null, after: fields }]);
  });
  return getEnterprise(uc, id);
}

export async function updateEnterprise(uc: UseCase, id: string, input: { fields: Record<string, unknown>; version: number }) {
  const fields = normalise(input.fields);
  await uc.db.transaction(async (tx) => {
    await tx.query('SELECT 1 FROM enterprises WHERE id = $1 AND jurisdiction_code = ANY($2) FOR UPDATE', [id, uc.actor.scope.codes]);
    const current = await findInScope(tx, uc, id);
    if (current.version !== input.version) {
      throw new Problem('VERSION_CONFLICT', `该企业信息在您编辑期间已被修改（当前为第 ${current.version} 版），请刷新后再保存`, { currentVersion: current.version });
    }
    await assertUsccFree(tx, current.jurisdictionCode, fields.uscc ?? null, id);
    const diff = diffStates(current.fields, { ...current.fields, ...fields });
    if (!diff) return;
    await writeEnterprises(tx, current.jurisdictionCode, [{ id, fields: { ...current.fields, ...fields }, version: current.version + 1 }], uc.actor.userId);
    await appendAudit(tx, [{ jurisdictionCode: current.jurisdictionCode, entityType: 'enterprise', entityId: id, entityVersion: current.version + 1, action: 'UPDATE', actorId: uc.actor.userId, actorName: uc.actor.displayName, requestId: uc.requestId, before: diff.before, after: diff.after }]);
  });
  return getEnterprise(uc, id);
}
