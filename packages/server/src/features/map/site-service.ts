import { siteMeasurement, type IsoDate, type LedgerBatch } from '@panhuo/domain';
import type { Queryable } from '../../db/database.ts';
import type { Scope } from '../../auth/actor.ts';
import { Problem } from '../../http/problems.ts';
import { applyLedgerBatch } from '../ledger/apply-batch.ts';
import { loadParcels } from '../ledger/parcel-repository.ts';
import { measureSite, parcelsWithFootprints, writeMeasurementRecord } from './site-repository.ts';
import { loadMapSettings } from './settings-repository.ts';
import type { MapUseCase } from './settings-service.ts';

export interface SiteUseCase extends MapUseCase {
  today: IsoDate;
}

/** Why the ledger changed, on every audit record the measurement writes (audit_log.reason). */
const AUDIT_REASON = '依据建筑物基底图形测算';

/** Who measures, within which scope, on which day: a user, or the demo loader acting as the system. */
export interface Measurer {
  scope: Scope;
  actorId: string | null;
  actorName: string;
  requestId: string | null;
  today: IsoDate;
}

const measurerOf = (uc: SiteUseCase): Measurer => ({
  scope: uc.actor.scope,
  actorId: uc.actor.userId,
  actorName: uc.actor.displayName,
  requestId: uc.requestId,
  today: uc.today,
});

/**
 * Measures one parcel's site facts from its building footprints and writes them through
 * the ledger's batch path in the caller's transaction: checked, version bumped, audited
 * with the reason above. The measurement's date and description go beside them.
 */
export async function measureParcelInTx(tx: Queryable, who: Measurer, parcelId: string, setbackM: number | undefined) {
  const { scope } = who;
  await tx.query('SELECT 1 FROM parcels WHERE id = $1 AND jurisdiction_code = ANY($2) FOR UPDATE', [parcelId, scope.codes]);
  const [parcel] = await loadParcels(tx, { jurisdictionCodes: scope.codes, zoneId: scope.zoneId, ids: [parcelId] });
  if (!parcel) throw new Problem('NOT_FOUND', '未找到该地块，或该地块不在您的管辖范围内');
  const code = String(parcel.state.fields.code);
  if (!parcel.state.geometry) {
    throw new Problem('ACTION_REFUSED', `地块「${code}」尚未标图入库（没有空间范围），无法依据图形测算建筑系数和连片空闲土地面积`);
  }
  const setback = setbackM ?? (await loadMapSettings(tx, parcel.jurisdictionCode)).settings.vacantSetbackM;
  const areas = await measureSite(tx, parcel.jurisdictionCode, parcelId, setback);
  if (!areas) throw new Problem('ACTION_REFUSED', `地块「${code}」尚未标图入库（没有空间范围），无法依据图形测算`);
  const m = siteMeasurement({ ...areas, setbackM: setback });
  const batch: LedgerBatch = {
    enterprises: [],
    parcels: [{ values: { code, buildingFootprint_m2: m.buildingFootprint_m2, buildingCoverage: m.buildingCoverage, vacantContiguousArea_m2: m.vacantContiguousArea_m2 } }],
  };
  await tx.query("SELECT set_config('panhuo.audit_reason', $1, true)", [AUDIT_REASON]);
  try {
    await applyLedgerBatch(
      tx,
      { jurisdictionCode: parcel.jurisdictionCode, actorId: who.actorId, actorName: who.actorName, requestId: who.requestId, restrictToZoneId: scope.zoneId },
      batch,
    );
  } catch (err) {
    // e.g. a footprint larger than the recorded area: the ledger refuses it, and says why
    if (err instanceof Problem && err.code === 'IMPORT_INVALID') {
      const problems = (err.extra.problems ?? []) as Array<{ column: string; message: string }>;
      throw new Problem('ACTION_REFUSED', `地块「${code}」的测算结果不能写入台账：${problems.map((p) => `「${p.column}」${p.message}`).join('；')}`);
    }
    throw err;
  }
  await writeMeasurementRecord(tx, parcel.jurisdictionCode, parcelId, who.today, m.record);
  const { rows } = await tx.query<{ version: number }>('SELECT version FROM parcels WHERE jurisdiction_code = $1 AND id = $2', [parcel.jurisdictionCode, parcelId]);
  return {
    parcelId,
    code,
    name: String(parcel.state.fields.name ?? ''),
    measuredOn: who.today,
    buildingFootprint_m2: m.buildingFootprint_m2,
    buildingCoverage: m.buildingCoverage,
    vacantContiguousArea_m2: m.vacantContiguousArea_m2,
    measurement: m.record,
    parcelVersion: rows[0]!.version,
  };
}

export async function measureParcelSite(uc: SiteUseCase, parcelId: string, input: { setbackM?: number }) {
  return uc.db.transaction((tx) => measureParcelInTx(tx, measurerOf(uc), parcelId, input.setbackM));
}

/**
 * Measures every parcel of the user's scope that has footprints (or those listed), all in
 * one transaction: a parcel the ledger refuses stops the batch, so nothing half-measured stays.
 */
export async function measureSites(uc: SiteUseCase, input: { parcelIds?: string[]; setbackM?: number }) {
  return uc.db.transaction(async (tx) => {
    const targets = await parcelsWithFootprints(tx, { jurisdictionCodes: uc.actor.scope.codes, zoneId: uc.actor.scope.zoneId, ids: input.parcelIds ?? null });
    const items = [];
    for (const t of targets) items.push(await measureParcelInTx(tx, measurerOf(uc), t.id, input.setbackM));
    return { items };
  });
}
