import { randomUUID } from 'node:crypto';
import {
  checkContractConsistency,
  checkParcelConsistency,
  checkUscc,
  deriveStage,
  enterpriseFields,
  fieldByKey,
  parcelFields,
  type FieldValue,
  type ImportSummary,
  type LedgerBatch,
  type LedgerProblem,
  type ParcelRecord,
  type RecordSource,
} from '@panhuo/domain';
import type { Queryable } from '../../db/database.ts';
import { appendAudit, type AuditEntry } from '../../audit/audit.ts';
import { Problem } from '../../http/problems.ts';
import { loadEnterprises, writeEnterprises, type EnterpriseWrite, type StoredEnterprise } from './enterprise-repository.ts';
import { loadParcels, writeParcels, type ParcelWrite } from './parcel-repository.ts';
import { diffStates, flatten, normaliseGeometry, type FlatState, type ParcelState } from './parcel-state.ts';

export interface WriteContext {
  jurisdictionCode: string;
  actorId: string | null;
  actorName: string;
  requestId: string | null;
  /** a park user may only write parcels of their own zone */
  restrictToZoneId?: string | null;
}

const NO_SOURCE: RecordSource = { sheet: '', row: 0 };

/** Parcels computed per write; the next chunk is computed while the database writes this one. */
const PARCELS_PER_WRITE = 5_000;

/**
 * Writes a batch of ledger records in the caller's transaction: enterprises keyed by
 * credit code (or name), parcels keyed by code, merged into what is stored, with one
 * audit record per created or changed record. Throws IMPORT_INVALID listing every
 * problem; the caller's transaction then rolls back whatever was written, so a batch
 * is all or nothing.
 */
export async function applyLedgerBatch(tx: Queryable, ctx: WriteContext, batch: LedgerBatch): Promise<ImportSummary> {
  const problems: LedgerProblem[] = [];
  const warnings: LedgerProblem[] = [];
  const audits: AuditEntry[] = [];
  const audit = (e: Omit<AuditEntry, 'jurisdictionCode' | 'actorId' | 'actorName' | 'requestId'>) =>
    audits.push({ ...e, jurisdictionCode: ctx.jurisdictionCode, actorId: ctx.actorId, actorName: ctx.actorName, requestId: ctx.requestId });

  const enterprises = await enterpriseResolver(tx, ctx.jurisdictionCode, batch);
  const summary: ImportSummary = {
    jurisdictionCode: ctx.jurisdictionCode,
    enterprisesCreated: 0,
    enterprisesUpdated: 0,
    parcelsCreated: 0,
    parcelsUpdated: 0,
    parcelsUnchanged: 0,
    warnings,
  };

  // Writing starts before the whole batch is checked so the database works while the
  // next chunk is computed; once a problem is found nothing more is sent.
  let inFlight: Promise<void> = Promise.resolve();
  const flush = async () => {
    await inFlight;
    if (problems.length > 0) return;
    const parcelChunk = writes.splice(0);
    const auditChunk = audits.splice(0);
    const enterpriseChunk = enterprises.takeDirty();
    inFlight = (async () => {
      await writeEnterprises(tx, ctx.jurisdictionCode, enterpriseChunk, ctx.actorId);
      await writeParcels(tx, ctx.jurisdictionCode, parcelChunk, ctx.actorId);
      await appendAudit(tx, auditChunk);
    })();
    // a failure is rethrown by the next flush; until then it is not unhandled
    inFlight.catch(() => undefined);
  };

  for (const rec of batch.enterprises) {
    const source = rec.source ?? NO_SOURCE;
    const uscc = normaliseUscc(rec.values.uscc, source, problems, warnings);
    const name = typeof rec.values.name === 'string' ? rec.values.name : null;
    const found = enterprises.find(uscc, name);
    if (!found && !name) {
      problems.push({ ...source, column: '企业名称', message: '新登记的企业必须填写企业名称' });
      continue;
    }
    const values = { ...rec.values, ...(uscc !== undefined ? { uscc } : {}) };
    enterprises.upsert(found, values);
  }

  const zones = await tx.query<{ id: string; name: string }>(
    'SELECT id, name FROM zones WHERE jurisdiction_code = $1 AND closed_at IS NULL',
    [ctx.jurisdictionCode],
  );
  const zoneByName = new Map(zones.rows.map((z) => [z.name, z]));
  const codes = batch.parcels.map((p) => String(p.values.code ?? ''));
  const stored = new Map(
    (await loadParcels(tx, { jurisdictionCodes: [ctx.jurisdictionCode], codes })).map((p) => [p.state.fields.code as string, p]),
  );

  const writes: ParcelWrite[] = [];
  const seen = new Set<string>();
  for (const rec of batch.parcels) {
    const source = rec.source ?? NO_SOURCE;
    const code = typeof rec.values.code === 'string' ? rec.values.code : '';
    if (!code) {
      problems.push({ ...source, column: '宗地编号', message: '「宗地编号」为必填项' });
      continue;
    }
    if (seen.has(code)) {
      problems.push({ ...source, column: '宗地编号', message: `宗地编号「${code}」重复出现` });
      continue;
    }
    seen.add(code);
    const existing = stored.get(code);
    if (ctx.restrictToZoneId && existing && existing.state.zoneId !== ctx.restrictToZoneId) {
      problems.push({ ...source, column: '宗地编号', message: `宗地「${code}」不属于您所在的园区，不能修改` });
      continue;
    }
    const state = mergeRecord(existing?.state, rec);
    if (!existing) {
      for (const key of ['name', 'area_m2']) {
        if (state.fields[key] == null) {
          problems.push({ ...source, column: fieldByKey('parcel', key)!.labelZh, message: `新增宗地「${code}」缺少必填项「${fieldByKey('parcel', key)!.labelZh}」` });
        }
      }
    }
    if (rec.zoneName !== undefined) {
      const zone = rec.zoneName === null ? null : zoneByName.get(rec.zoneName);
      if (rec.zoneName !== null && !zone) {
        problems.push({ ...source, column: '所属园区', message: `所属园区「${rec.zoneName}」不存在，可选：${[...zoneByName.keys()].join('、') || '（本辖区尚未设立园区）'}` });
      }
      state.zoneId = zone?.id ?? null;
      state.zoneName = zone?.name ?? null;
    } else if (!existing && ctx.restrictToZoneId) {
      const zone = zones.rows.find((z) => z.id === ctx.restrictToZoneId);
      state.zoneId = zone?.id ?? null;
      state.zoneName = zone?.name ?? null;
    }
    if (ctx.restrictToZoneId && state.zoneId !== ctx.restrictToZoneId) {
      problems.push({ ...source, column: '所属园区', message: '只能登记本园区的宗地' });
    }
    if (rec.enterpriseUscc !== undefined || rec.enterpriseName !== undefined) {
      const uscc = normaliseUscc(rec.enterpriseUscc ?? null, source, problems, warnings, '企业统一社会信用代码');
      const name = rec.enterpriseName ?? null;
      if (uscc || name) {
        let e = enterprises.find(uscc ?? null, name);
        if (!e && !name) {
          problems.push({ ...source, column: '企业统一社会信用代码', message: `统一社会信用代码「${uscc}」对应的企业尚未登记，请同时填写企业名称` });
        } else {
          e ??= enterprises.upsert(undefined, { name, uscc: uscc ?? null });
          state.enterpriseId = e.id;
          state.enterpriseName = e.fields.name as string;
        }
      } else {
        state.enterpriseId = null;
        state.enterpriseName = null;
      }
    }
    for (const p of checkParcelConsistency(state.fields)) {
      problems.push({ ...source, column: fieldByKey('parcel', p.key)?.labelZh ?? p.key, message: p.messageZh });
    }
    if (state.contract) {
      for (const p of checkContractConsistency(state.contract)) {
        problems.push({ ...(rec.contractSource ?? source), column: fieldByKey('contract', p.key)?.labelZh ?? p.key, message: p.messageZh });
      }
    }
    const stage = deriveStage({
      started: state.fields.started as boolean | null,
      halted: state.fields.halted as boolean | null,
      completed: state.fields.completed as boolean | null,
      operationsStatus: state.fields.operationsStatus as string | null,
    });
    const after = flatten(state);
    // a new parcel has nothing to compare with: its audit record is the whole state
    const diff = existing ? diffStates(flatten(existing.state), after) : null;
    if (existing && !diff && existing.stage === stage) {
      summary.parcelsUnchanged++;
      continue;
    }
    const id = existing?.id ?? randomUUID();
    const version = existing ? existing.version + 1 : 1;
    writes.push({ id, state, stage, version });
    if (writes.length >= PARCELS_PER_WRITE) await flush();
    if (existing) summary.parcelsUpdated++;
    else summary.parcelsCreated++;
    audit({
      entityType: 'parcel',
      entityId: id,
      entityVersion: version,
      action: existing ? 'UPDATE' : 'CREATE',
      before: existing ? diff?.before ?? {} : null,
      after: existing ? diff?.after ?? {} : withoutNulls(after),
    });
  }

  await inFlight;
  if (problems.length > 0) {
    throw new Problem('IMPORT_INVALID', `共发现 ${problems.length} 处问题，未写入任何数据`, { problems });
  }
  for (const w of enterprises.writes()) {
    if (w.version === 1) summary.enterprisesCreated++;
    else summary.enterprisesUpdated++;
    audit({ entityType: 'enterprise', entityId: w.id, entityVersion: w.version, action: w.version === 1 ? 'CREATE' : 'UPDATE', before: w.before, after: w.after });
  }
  await flush();
  await inFlight;
  return summary;
}

function mergeRecord(existing: ParcelState | undefined, rec: ParcelRecord): ParcelState {
  const fields: Record<string, FieldValue> = {};
  for (const d of parcelFields) fields[d.key] = existing?.fields[d.key] ?? null;
  for (const [k, v] of Object.entries(rec.values)) if (parcelKeys.has(k)) fields[k] = v;
  const years = new Map([...(existing?.years ?? new Map<number, Record<string, FieldValue>>())].map(([y, v]) => [y, { ...v }]));
  for (const y of rec.years ?? []) {
    const year = Number(y.year);
    years.set(year, { ...(years.get(year) ?? {}), ...y, year });
  }
  return {
    fields,
    zoneId: existing?.zoneId ?? null,
    zoneName: existing?.zoneName ?? null,
    enterpriseId: existing?.enterpriseId ?? null,
    enterpriseName: existing?.enterpriseName ?? null,
    contract: rec.contract ? { ...(existing?.contract ?? {}), ...rec.contract } : (existing?.contract ?? null),
    years,
    geometry: rec.geometry !== undefined ? normaliseGeometry(rec.geometry) : (existing?.geometry ?? null),
  };
}

const parcelKeys = new Set(parcelFields.map((d) => d.key));
const enterpriseKeys = new Set(enterpriseFields.map((d) => d.key));

function withoutNulls(flat: FlatState): FlatState {
  return Object.fromEntries(Object.entries(flat).filter(([, v]) => v !== null));
}

function normaliseUscc(
  value: FieldValue | undefined,
  source: RecordSource,
  problems: LedgerProblem[],
  warnings: LedgerProblem[],
  column = '统一社会信用代码',
): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null || value === '') return null;
  const check = checkUscc(String(value));
  if (!check.ok) {
    problems.push({ ...source, column, message: check.errorZh });
    return null;
  }
  for (const w of check.warningsZh) warnings.push({ ...source, column, message: w });
  return check.normalized;
}

interface PendingEnterprise {
  id: string;
  fields: Record<string, FieldValue>;
  version: number;
  before: FlatState | null;
  after: FlatState;
}

/** Finds enterprises of the batch among the stored ones and collects the writes. */
async function enterpriseResolver(tx: Queryable, jurisdictionCode: string, batch: LedgerBatch) {
  const usccs = new Set<string>();
  const names = new Set<string>();
  const add = (uscc: unknown, name: unknown) => {
    if (typeof uscc === 'string' && uscc) usccs.add(uscc.trim().toUpperCase());
    if (typeof name === 'string' && name) names.add(name);
  };
  for (const e of batch.enterprises) add(e.values.uscc, e.values.name);
  for (const p of batch.parcels) add(p.enterpriseUscc, p.enterpriseName);
  const stored = await loadEnterprises(tx, { jurisdictionCodes: [jurisdictionCode], usccs: [...usccs], names: [...names] });
  const known: Array<{ id: string; fields: Record<string, FieldValue>; version: number; stored?: StoredEnterprise }> = stored.map((s) => ({
    id: s.id,
    fields: s.fields,
    version: s.version,
    stored: s,
  }));
  const pending = new Map<string, PendingEnterprise>();
  const dirty = new Set<string>();
  // indexes over `known`, kept up to date as enterprises are added or renamed
  const byUscc = new Map<string, (typeof known)[number]>();
  const byName = new Map<string, Array<(typeof known)[number]>>();
  const index = (k: (typeof known)[number]) => {
    if (typeof k.fields.uscc === 'string') byUscc.set(k.fields.uscc, k);
    if (typeof k.fields.name === 'string') byName.set(k.fields.name, [...(byName.get(k.fields.name) ?? []), k]);
  };
  known.forEach(index);
  const find = (uscc: string | null | undefined, name: string | null) => {
    if (uscc) {
      const byCode = byUscc.get(uscc);
      if (byCode) return byCode;
    }
    // a name matches only an enterprise without a different credit code
    return name ? byName.get(name)?.find((k) => k.fields.name === name && (!uscc || !k.fields.uscc)) : undefined;
  };
  const upsert = (found: (typeof known)[number] | undefined, values: Record<string, FieldValue>) => {
    const target = found ?? { id: randomUUID(), fields: Object.fromEntries(enterpriseFields.map((d) => [d.key, null])), version: 0 };
    if (!found) known.push(target);
    const merged = { ...target.fields };
    for (const [k, v] of Object.entries(values)) if (enterpriseKeys.has(k)) merged[k] = v;
    const diff = diffStates(target.fields, merged);
    if (diff || !found) {
      const prior = pending.get(target.id);
      const isNew = !found || (prior !== undefined && prior.before === null);
      pending.set(target.id, {
        id: target.id,
        fields: merged,
        version: isNew ? 1 : (target.stored?.version ?? target.version) + 1,
        before: isNew ? null : { ...(prior?.before ?? {}), ...(diff?.before ?? {}) },
        after: isNew ? withoutNulls(merged) : { ...(prior?.after ?? {}), ...(diff?.after ?? {}) },
      });
      target.fields = merged;
      index(target);
      dirty.add(target.id);
    }
    return target;
  };
  const writes = (): Array<EnterpriseWrite & { before: FlatState | null; after: FlatState }> => [...pending.values()];
  /** the enterprises changed since the last call, to be written before the parcels that use them */
  const takeDirty = (): EnterpriseWrite[] => {
    const out = [...dirty].map((id) => pending.get(id)!);
    dirty.clear();
    return out;
  };
  return { find, upsert, writes, takeDirty };
}
