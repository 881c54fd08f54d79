import { randomUUID } from 'node:crypto';
import { can, caseProfile, openCase, type CaseCategory, type CaseProfileId, type Role } from '@panhuo/domain';
import type { Queryable } from '../../db/database.ts';
import { appendAudit } from '../../audit/audit.ts';
import { Problem } from '../../http/problems.ts';
import { findResult, findRun } from '../identification/run-repository.ts';
import { loadCaseSettings, loadWorkingCalendar, type CaseUseCase } from './context.ts';
import { findParcelFacts, type CaseParcelFacts } from './parcel-facts.ts';
import { appendEvent, insertCase, nextCaseNo, openCasesOfParcels, replaceOpenDeadlines, type CaseOrigin } from './repository.ts';

/** Opening cases: by hand for one parcel, or from the hits of an identification run. */

export async function checkAssignee(db: Queryable, uc: CaseUseCase, userId: string): Promise<void> {
  const { rows } = await db.query<{ role: Role; active: boolean; jurisdictionCode: string }>(
    'SELECT role, active, jurisdiction_code AS "jurisdictionCode" FROM users WHERE id = $1',
    [userId],
  );
  const u = rows[0];
  if (!u || !u.active || !uc.actor.scope.codes.includes(u.jurisdictionCode) || !can(u.role, 'cases:write')) {
    throw new Problem('VALIDATION_FAILED', '承办人须为本辖区内有办案权限的在用账号', { errors: [{ path: 'assigneeUserId', message: '承办人无效' }] });
  }
}

interface OpenRequest {
  parcel: CaseParcelFacts & { jurisdictionCode: string };
  category: CaseCategory;
  profileId?: CaseProfileId;
  origin: CaseOrigin;
  discoveredOn?: string;
  assigneeUserId: string | null;
}

async function openOne(tx: Queryable, uc: CaseUseCase, req: OpenRequest): Promise<{ id: string; caseNo: string }> {
  const jc = req.parcel.jurisdictionCode;
  // one after the other: a transaction's client runs one query at a time
  const { settings } = await loadCaseSettings(tx, jc);
  const calendar = await loadWorkingCalendar(tx);
  const profileId = req.profileId ?? settings.profileFor[req.category];
  if (profileId === 'NAT-IDLE-2012' && req.category !== 'IDLE') {
    throw new Problem('VALIDATION_FAILED', `${caseProfile(profileId).name}仅适用于闲置土地`, { errors: [{ path: 'profileId', message: '该程序仅适用于闲置土地' }] });
  }
  const { snapshot, deadlines } = openCase(
    {
      profile: profileId,
      category: req.category,
      openedOn: uc.today,
      ...(req.discoveredOn ? { discoveredOn: req.discoveredOn } : {}),
      ...(req.parcel.agreedStartDate ? { agreedStartDate: req.parcel.agreedStartDate } : {}),
      ...(req.parcel.landPriceText ? { landPriceYuan: req.parcel.landPriceText } : {}),
    },
    { calendar, settings },
  );
  const id = randomUUID();
  const caseNo = await nextCaseNo(tx, jc, Number(uc.today.slice(0, 4)));
  await insertCase(
    tx,
    {
      id,
      jurisdictionCode: jc,
      caseNo,
      parcelId: req.parcel.id,
      enterpriseId: req.parcel.enterpriseId,
      profileId,
      state: snapshot.state,
      category: req.category,
      snapshot,
      openedOn: uc.today,
      origin: req.origin,
      assigneeUserId: req.assigneeUserId,
    },
    uc.actor.userId,
  );
  const seq = await appendEvent(tx, { jurisdictionCode: jc, id }, {
    action: 'open',
    fromState: null,
    toState: snapshot.state,
    actionOn: uc.today,
    actorId: uc.actor.userId,
    actorName: uc.actor.displayName,
    opinion: req.origin.note ?? null,
    input: { origin: req.origin },
    documentId: null,
  });
  await replaceOpenDeadlines(tx, { jurisdictionCode: jc, id }, deadlines, uc.today, seq, randomUUID);
  await appendAudit(tx, [
    {
      jurisdictionCode: jc,
      entityType: 'case',
      entityId: id,
      entityVersion: 1,
      action: 'CREATE',
      actorId: uc.actor.userId,
      actorName: uc.actor.displayName,
      requestId: uc.requestId,
      before: null,
      after: { caseNo, parcelId: req.parcel.id, parcelCode: req.parcel.code, profileId, category: req.category, state: snapshot.state, origin: req.origin },
    },
  ]);
  return { id, caseNo };
}

export async function openCaseByHand(
  uc: CaseUseCase,
  input: { parcelId: string; category: CaseCategory; profileId?: CaseProfileId; note?: string; assigneeUserId?: string },
): Promise<string> {
  return uc.db.transaction(async (tx) => {
    const parcel = await findParcelFacts(tx, uc.actor.scope.codes, uc.actor.scope.zoneId, input.parcelId);
    if (!parcel) throw new Problem('NOT_FOUND', '未找到该地块，或该地块不在您的管辖范围内');
    const open = (await openCasesOfParcels(tx, parcel.jurisdictionCode, [parcel.id])).get(parcel.id);
    if (open) throw new Problem('DUPLICATE', `地块${parcel.code}已有在办案件${open.caseNo}，办结后方可再次立案`, { caseId: open.id });
    const assignee = input.assigneeUserId ?? uc.actor.userId;
    if (input.assigneeUserId) await checkAssignee(tx, uc, input.assigneeUserId);
    const origin: CaseOrigin = { kind: 'MANUAL', ...(input.note ? { note: input.note } : {}) };
    const r = await openOne(tx, uc, { parcel, category: input.category, ...(input.profileId ? { profileId: input.profileId } : {}), origin, assigneeUserId: assignee });
    return r.id;
  });
}

export interface SkippedParcel {
  parcelId: string;
  parcelCode: string | null;
  reason: string;
  caseId?: string;
  caseNo?: string;
}

/** One case per flagged parcel of the run; parcels already in a procedure, or not flagged, are reported. */
export async function openCasesFromResults(uc: CaseUseCase, input: { runId: string; parcelIds: string[]; assigneeUserId?: string }) {
  return uc.db.transaction(async (tx) => {
    const run = await findRun(tx, uc.actor.scope, input.runId);
    if (!run) throw new Problem('NOT_FOUND', '未找到该认定批次，或该批次不在您的管辖范围内');
    if (input.assigneeUserId) await checkAssignee(tx, uc, input.assigneeUserId);
    const parcelIds = [...new Set(input.parcelIds)];
    const open = await openCasesOfParcels(tx, run.jurisdictionCode, parcelIds);
    const opened: Array<{ id: string; caseNo: string; parcelId: string; parcelCode: string }> = [];
    const skipped: SkippedParcel[] = [];
    for (const parcelId of parcelIds) {
      const result = await findResult(tx, uc.actor.scope, run, parcelId);
      if (!result) {
        skipped.push({ parcelId, parcelCode: null, reason: '该批次中没有此地块的认定结果' });
        continue;
      }
      const existing = open.get(parcelId);
      if (existing) {
        skipped.push({ parcelId, parcelCode: result.parcelCode, reason: `已有在办案件${existing.caseNo}`, caseId: existing.id, caseNo: existing.caseNo });
        continue;
      }
      const category = result.primaryCategory;
      if (category !== 'IDLE' && category !== 'INEFFICIENT') {
        skipped.push({ parcelId, parcelCode: result.parcelCode, reason: category === 'NONE' ? '该地块未被认定为闲置或低效' : '该地块认定结论待定（事实不全）' });
        continue;
      }
      const parcel = await findParcelFacts(tx, [run.jurisdictionCode], uc.actor.scope.zoneId, parcelId);
      if (!parcel) {
        skipped.push({ parcelId, parcelCode: result.parcelCode, reason: '地块已注销或不在您的管辖范围内' });
        continue;
      }
      const origin: CaseOrigin = {
        kind: 'IDENTIFICATION',
        runId: run.id,
        ruleSetId: run.ruleSetId,
        ruleSetVersion: run.ruleSetVersion,
        asOf: run.asOf,
        primaryCategory: category,
        metCriteria: result.metCriterionIds,
      };
      // the run's date is when the suspected idle land was found: Order 53's 30 days count from it
      const r = await openOne(tx, uc, { parcel, category, origin, discoveredOn: run.asOf, assigneeUserId: input.assigneeUserId ?? uc.actor.userId });
      opened.push({ ...r, parcelId, parcelCode: parcel.code });
    }
    return { opened, skipped };
  });
}
