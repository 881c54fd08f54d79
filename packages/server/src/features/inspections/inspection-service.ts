import { randomUUID } from 'node:crypto';
import { formatChineseDate } from '@panhuo/domain';
import { appendAudit } from '../../audit/audit.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Database, Queryable } from '../../db/database.ts';
import { Problem } from '../../http/problems.ts';
import { applyLedgerBatch } from '../ledger/apply-batch.ts';
import { loadEnterprises } from '../ledger/enterprise-repository.ts';
import { loadParcels } from '../ledger/parcel-repository.ts';
import { findCaseInScope, type CaseRef } from './case-scope.ts';
import { checkFindings, findingsBatch, ledgerValues, touchesEnterprise, type FindingInput } from './findings.ts';
import {
  insertInspection,
  listInspectionsOfCase,
  loadInspection,
  markConfirmed,
  updateInspectionContent,
  type InspectionContent,
  type InspectionRow,
} from './inspection-repository.ts';

export interface InspectionUseCase {
  db: Database;
  actor: Actor;
  requestId: string;
  /** the China date the procedure runs on (settings.today in tests and demos) */
  today: string;
}

export interface InspectionInput {
  inspectedOn: string;
  inspectors: string[];
  location?: string | null;
  summary: string;
  findings: FindingInput[];
}

export const toInspectionView = (r: InspectionRow) => ({
  id: r.id,
  caseId: r.caseId,
  parcelId: r.parcelId,
  inspectedOn: r.inspectedOn,
  inspectors: r.inspectors,
  location: r.location,
  summary: r.summary,
  findings: r.findings,
  status: r.status,
  version: r.version,
  confirmedBy: r.confirmedBy,
  confirmedAt: r.confirmedAt,
  createdBy: r.createdBy,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

/** The parcel (and its enterprise) of a case as the ledger holds them now. */
async function ledgerOf(tx: Queryable, kase: CaseRef, opts: { lock?: boolean } = {}) {
  // lock the parcel so the values compared and written are the ones a concurrent save sees
  if (opts.lock) await tx.query('SELECT 1 FROM parcels WHERE jurisdiction_code = $1 AND id = $2 FOR UPDATE', [kase.jurisdictionCode, kase.parcelId]);
  const [parcel] = await loadParcels(tx, { jurisdictionCodes: [kase.jurisdictionCode], ids: [kase.parcelId] });
  if (!parcel) throw new Problem('NOT_FOUND', '该案件的地块已注销或不存在');
  const [enterprise] = parcel.state.enterpriseId ? await loadEnterprises(tx, { jurisdictionCodes: [kase.jurisdictionCode], ids: [parcel.state.enterpriseId] }) : [];
  return { parcel, enterprise };
}

async function content(tx: Queryable, uc: InspectionUseCase, kase: CaseRef, input: InspectionInput): Promise<InspectionContent> {
  if (input.inspectedOn > uc.today) {
    throw new Problem('VALIDATION_FAILED', `核查日期不能晚于今天（${formatChineseDate(uc.today)}）`, { errors: [{ path: 'inspectedOn', message: '核查日期不能晚于今天' }] });
  }
  const checked = checkFindings(input.findings);
  const { parcel, enterprise } = await ledgerOf(tx, kase);
  if (touchesEnterprise(checked) && !enterprise) {
    throw new Problem('VALIDATION_FAILED', '该地块尚未登记用地企业，不能记录企业信息的核查结果', { errors: [{ path: 'findings', message: '该地块尚未登记用地企业' }] });
  }
  return {
    inspectedOn: input.inspectedOn,
    inspectors: input.inspectors.map((s) => s.trim()),
    location: input.location?.trim() || null,
    summary: input.summary.trim(),
    findings: ledgerValues(checked, parcel, enterprise),
  };
}

function refuseClosed(kase: CaseRef): void {
  if (kase.closedOn) throw new Problem('ACTION_REFUSED', `案件 ${kase.caseNo} 已于${formatChineseDate(kase.closedOn)}办结，不能再登记或确认核查记录`);
}

function refuseConfirmed(r: InspectionRow): void {
  if (r.status === 'CONFIRMED') {
    throw new Problem('ACTION_REFUSED', `该核查记录已由${r.confirmedBy ?? '他人'}确认，确认后不能修改或再次确认；如需更正，请新建一份核查记录`, { refusalCode: 'INSPECTION_CONFIRMED' });
  }
}

export async function createInspection(uc: InspectionUseCase, caseId: string, input: InspectionInput) {
  const { db, actor } = uc;
  const id = randomUUID();
  const jurisdictionCode = await db.transaction(async (tx) => {
    const kase = await findCaseInScope(tx, actor, caseId);
    refuseClosed(kase);
    const c = await content(tx, uc, kase, input);
    await insertInspection(tx, { jurisdictionCode: kase.jurisdictionCode, id, caseId: kase.id, parcelId: kase.parcelId, createdBy: actor.userId, ...c });
    await appendAudit(tx, [
      {
        jurisdictionCode: kase.jurisdictionCode,
        entityType: 'inspection',
        entityId: id,
        entityVersion: 1,
        action: 'CREATE',
        actorId: actor.userId,
        actorName: actor.displayName,
        requestId: uc.requestId,
        before: null,
        after: { caseId: kase.id, caseNo: kase.caseNo, parcelId: kase.parcelId, ...c },
      },
    ]);
    return kase.jurisdictionCode;
  });
  return toInspectionView((await loadInspection(db, [jurisdictionCode], id))!);
}

export async function listInspections(uc: Pick<InspectionUseCase, 'db' | 'actor'>, caseId: string) {
  const kase = await findCaseInScope(uc.db, uc.actor, caseId);
  return (await listInspectionsOfCase(uc.db, kase.jurisdictionCode, kase.id)).map(toInspectionView);
}

/** The inspection, locked, and its case, if the actor may see the case; else 404. */
async function inspectionInScope(tx: Queryable, actor: Actor, id: string) {
  const row = await loadInspection(tx, actor.scope.codes, id, { lock: true });
  const notFound = () => new Problem('NOT_FOUND', '未找到该核查记录，或该记录不在您的管辖范围内');
  if (!row) throw notFound();
  const kase = await findCaseInScope(tx, actor, row.caseId).catch((err: unknown) => {
    throw err instanceof Problem && err.code === 'NOT_FOUND' ? notFound() : err;
  });
  return { row, kase };
}

function checkVersion(row: InspectionRow, version: number): void {
  if (row.version !== version) {
    throw new Problem('VERSION_CONFLICT', `该核查记录在您编辑期间已被修改（第 ${version} 版 → 第 ${row.version} 版），请刷新后再操作`, {
      currentVersion: row.version,
    });
  }
}

export async function updateInspection(uc: InspectionUseCase, id: string, input: InspectionInput & { version: number }) {
  const { db, actor } = uc;
  const jurisdictionCode = await db.transaction(async (tx) => {
    const { row, kase } = await inspectionInScope(tx, actor, id);
    refuseConfirmed(row);
    checkVersion(row, input.version);
    refuseClosed(kase);
    const c = await content(tx, uc, kase, input);
    const version = row.version + 1;
    await updateInspectionContent(tx, row.jurisdictionCode, id, version, c);
    const before = { inspectedOn: row.inspectedOn, inspectors: row.inspectors, location: row.location, summary: row.summary, findings: row.findings };
    await appendAudit(tx, [
      {
        jurisdictionCode: row.jurisdictionCode,
        entityType: 'inspection',
        entityId: id,
        entityVersion: version,
        action: 'UPDATE',
        actorId: actor.userId,
        actorName: actor.displayName,
        requestId: uc.requestId,
        before,
        after: c,
      },
    ]);
    return row.jurisdictionCode;
  });
  return toInspectionView((await loadInspection(db, [jurisdictionCode], id))!);
}

/**
 * Confirms an inspection: its observed values become the parcel's (and its enterprise's)
 * facts through the ledger's write path — merged, checked, version bumped, one audit record
 * per changed record — and the inspection is frozen, all in one transaction. Every audit
 * record of the transaction carries the inspection as its reason (audit_log.reason).
 */
export async function confirmInspection(uc: InspectionUseCase, id: string, input: { version: number; parcelVersion?: number }) {
  const { db, actor } = uc;
  const result = await db.transaction(async (tx) => {
    const { row, kase } = await inspectionInScope(tx, actor, id);
    refuseConfirmed(row);
    checkVersion(row, input.version);
    refuseClosed(kase);
    const { parcel, enterprise } = await ledgerOf(tx, kase, { lock: true });
    if (input.parcelVersion !== undefined && input.parcelVersion !== parcel.version) {
      throw new Problem('VERSION_CONFLICT', `地块信息在您核对期间已被修改（第 ${input.parcelVersion} 版 → 第 ${parcel.version} 版），请刷新后核对再确认`, {
        currentVersion: parcel.version,
      });
    }
    if (touchesEnterprise(row.findings) && !enterprise) {
      throw new Problem('ACTION_REFUSED', '该地块已无用地企业，不能写入企业信息的核查结果，请修改核查记录');
    }
    // the values the ledger holds just before the write: the "before" of each finding
    const findings = ledgerValues(row.findings, parcel, enterprise);
    const reason = `核查记录确认：案件 ${kase.caseNo}，${formatChineseDate(row.inspectedOn)}实地核查`;
    await tx.query("SELECT set_config('panhuo.audit_reason', $1, true)", [reason]);
    try {
      await applyLedgerBatch(
        tx,
        { jurisdictionCode: kase.jurisdictionCode, actorId: actor.userId, actorName: actor.displayName, requestId: uc.requestId, restrictToZoneId: actor.scope.zoneId },
        findingsBatch(findings, parcel, enterprise),
      );
    } catch (err) {
      // the ledger explains a refusal per sheet and column; here there is one parcel and no sheet
      if (err instanceof Problem && err.code === 'IMPORT_INVALID') {
        const problems = (err.extra.problems ?? []) as Array<{ column: string; message: string }>;
        const errors = problems.map((p) => ({ path: 'findings', message: `「${p.column}」：${p.message}` }));
        throw new Problem('VALIDATION_FAILED', `核查结果不能写入台账：${errors.map((e) => e.message).join('；')}`, { errors });
      }
      throw err;
    }
    const version = row.version + 1;
    await markConfirmed(tx, { jurisdictionCode: row.jurisdictionCode, id, version, findings, confirmedBy: actor.userId });
    const { rows } = await tx.query<{ version: number }>('SELECT version FROM parcels WHERE jurisdiction_code = $1 AND id = $2', [kase.jurisdictionCode, kase.parcelId]);
    const parcelVersion = rows[0]!.version;
    await appendAudit(tx, [
      {
        jurisdictionCode: row.jurisdictionCode,
        entityType: 'inspection',
        entityId: id,
        entityVersion: version,
        action: 'UPDATE',
        actorId: actor.userId,
        actorName: actor.displayName,
        requestId: uc.requestId,
        before: { status: 'DRAFT' },
        after: { status: 'CONFIRMED', parcelId: kase.parcelId, parcelVersion, findings },
      },
    ]);
    return { jurisdictionCode: row.jurisdictionCode, parcelVersion };
  });
  const view = toInspectionView((await loadInspection(db, [result.jurisdictionCode], id))!);
  return { ...view, parcelVersion: result.parcelVersion };
}
