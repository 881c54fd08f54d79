import { centiToMu, stockKindLabels, type StockKind } from '@panhuo/domain';
import { appendAudit, type AuditEntry } from '../../audit/audit.ts';
import { requireInScope } from '../../auth/actor.ts';
import type { Queryable } from '../../db/database.ts';
import { Problem } from '../../http/problems.ts';
import type { CampaignUseCase } from './context.ts';
import { findCampaign, findQuota, findRateBase, listQuotas, listRateBases, upsertCampaign, upsertQuota, upsertRateBase, type QuotaRow, type RateBaseRow } from './repository.ts';
import { writeJurisdiction } from './target-service.ts';

/**
 * The rest of 攻坚目标设置: the campaign itself (its name and the 发文机关 printed on its
 * reports), the denominators of the yearly disposal rates (年初存量, DOMAIN.md §6.2: a figure
 * the seeds leave open, so stored with where it comes from) and the new construction-land
 * plan quota 增存挂钩 adds to or cuts. Areas are m² as stored; the views add 亩 and 公顷.
 */

async function audit(tx: Queryable, uc: CampaignUseCase, e: Pick<AuditEntry, 'jurisdictionCode' | 'entityId' | 'entityVersion' | 'action' | 'before' | 'after'>) {
  await appendAudit(tx, [{ ...e, entityType: 'campaign_target', actorId: uc.actor.userId, actorName: uc.actor.displayName, requestId: uc.requestId }]);
}

const ha = (m2: number) => Math.round(m2) / 10_000;
const mu = (m2: number) => centiToMu(Math.round(m2 * 100));

/** Creates the jurisdiction's campaign, or renames it (with the version read). */
export async function saveCampaign(uc: CampaignUseCase, input: { jurisdictionCode?: string; name: string; issuerName: string; version?: number }) {
  // a new campaign is for the jurisdiction asked for, else the administrator's own
  const jurisdictionCode = input.jurisdictionCode ?? uc.actor.jurisdictionCode;
  requireInScope(uc.actor, jurisdictionCode);
  return uc.db.transaction(async (tx) => {
    const before = await findCampaign(tx, jurisdictionCode);
    if (before && input.version === undefined) {
      throw new Problem('VALIDATION_FAILED', '本辖区已设立攻坚行动，修改时请提供读取时的版本号', { errors: [{ path: 'version', message: '请提供读取时的版本号' }] });
    }
    if (before && before.version !== input.version) {
      throw new Problem('VERSION_CONFLICT', `攻坚行动在您编辑期间已被修改（第 ${input.version} 版 → 第 ${before.version} 版），请刷新后再操作`, { currentVersion: before.version });
    }
    await upsertCampaign(tx, { jurisdictionCode, name: input.name, issuerName: input.issuerName });
    const after = (await findCampaign(tx, jurisdictionCode))!;
    await audit(tx, uc, {
      jurisdictionCode,
      entityId: 'campaign',
      entityVersion: after.version,
      action: before ? 'UPDATE' : 'CREATE',
      before: before ? { name: before.name, issuerName: before.issuerName } : undefined,
      after: { name: after.name, issuerName: after.issuerName },
    });
    return { jurisdictionCode, nameZh: after.name, issuerNameZh: after.issuerName, version: after.version };
  });
}

const rateBaseView = (b: RateBaseRow) => ({ ...b, stockKindZh: stockKindLabels[b.stockKind], areaMu: mu(b.area_m2), area_ha: ha(b.area_m2) });
const quotaView = (q: QuotaRow) => ({ ...q, quotaMu: mu(q.quota_m2), quota_ha: ha(q.quota_m2) });

export async function listCampaignRateBases(uc: CampaignUseCase, query: { jurisdictionCode?: string }) {
  const jurisdictionCode = await writeJurisdiction(uc, query.jurisdictionCode);
  return { jurisdictionCode, items: (await listRateBases(uc.db, jurisdictionCode)).map(rateBaseView) };
}

/** Sets a rate's denominator for a year and kind of stock, with its source. */
export async function saveRateBase(uc: CampaignUseCase, key: { year: number; stockKind: StockKind }, input: { jurisdictionCode?: string; area_m2: number; source: string }) {
  const jurisdictionCode = await writeJurisdiction(uc, input.jurisdictionCode);
  return uc.db.transaction(async (tx) => {
    const before = await findRateBase(tx, jurisdictionCode, key.year, key.stockKind);
    const row: RateBaseRow = { year: key.year, stockKind: key.stockKind, area_m2: input.area_m2, source: input.source };
    await upsertRateBase(tx, jurisdictionCode, row);
    await audit(tx, uc, {
      jurisdictionCode,
      entityId: `rate-base:${key.year}:${key.stockKind}`,
      action: before ? 'UPDATE' : 'CREATE',
      before: before ?? undefined,
      after: row,
    });
    return rateBaseView(row);
  });
}

export async function listCampaignQuotas(uc: CampaignUseCase, query: { jurisdictionCode?: string }) {
  const jurisdictionCode = await writeJurisdiction(uc, query.jurisdictionCode);
  return { jurisdictionCode, items: (await listQuotas(uc.db, jurisdictionCode)).map(quotaView) };
}

/** Sets a year's new construction-land plan quota (the base of 增存挂钩's reward or penalty), with its source. */
export async function saveQuota(uc: CampaignUseCase, year: number, input: { jurisdictionCode?: string; quota_m2: number; source: string }) {
  const jurisdictionCode = await writeJurisdiction(uc, input.jurisdictionCode);
  return uc.db.transaction(async (tx) => {
    const before = await findQuota(tx, jurisdictionCode, year);
    const row: QuotaRow = { year, quota_m2: input.quota_m2, source: input.source };
    await upsertQuota(tx, jurisdictionCode, year, input.quota_m2, input.source);
    await audit(tx, uc, { jurisdictionCode, entityId: `quota:${year}`, action: before ? 'UPDATE' : 'CREATE', before: before ?? undefined, after: row });
    return quotaView(row);
  });
}
