import type { MeetingCase } from '@panhuo/domain';
import type { Queryable } from '../../db/database.ts';
import { requirePermission } from '../../auth/actor.ts';
import { Problem } from '../../http/problems.ts';
import type { CaseUseCase } from './context.ts';
import { decisionContext } from './read-service.ts';
import { findCases, type CaseRow } from './repository.ts';
import { applyStep } from './action-service.ts';
import { createDraftDocument } from '../documents/service.ts';

/**
 * 领导小组审定 of several cases at one meeting: every case's `groupReview` and the meeting's
 * minutes (a draft) in one transaction — one refusal and nothing is written, so the
 * minutes never list a case that was not reviewed.
 */

export interface BatchReviewInput {
  caseIds: string[];
  outcome: 'CONFIRM' | 'REJECT';
  opinion?: string;
  meeting: { heldOn: string; place: string; host?: string; attendees: string[]; topics: string };
}

async function meetingCases(tx: Queryable, cases: CaseRow[], outcome: BatchReviewInput['outcome']): Promise<MeetingCase[]> {
  const { rows } = await tx.query<{ id: string; parcelCode: string; parcelName: string; enterpriseName: string | null }>(
    `SELECT c.id, p.code AS "parcelCode", p.name AS "parcelName", e.name AS "enterpriseName"
       FROM cases c JOIN parcels p ON p.jurisdiction_code = c.jurisdiction_code AND p.id = c.parcel_id
       LEFT JOIN enterprises e ON e.jurisdiction_code = c.jurisdiction_code AND e.id = c.enterprise_id
      WHERE c.jurisdiction_code = $1 AND c.id = ANY($2)`,
    [cases[0]!.jurisdictionCode, cases.map((c) => c.id)],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return cases.map((c) => {
    const r = byId.get(c.id)!;
    return {
      caseNo: c.caseNo,
      enterpriseName: r.enterpriseName ?? '（未登记企业）',
      parcelCode: r.parcelCode,
      parcelName: r.parcelName,
      proposedCriteria: c.snapshot.proposedCriteria ?? null,
      proposedDisposal: c.snapshot.proposedDisposal ?? null,
      outcome,
    };
  });
}

export async function batchReview(uc: CaseUseCase, input: BatchReviewInput): Promise<{ minutesDocumentId: string; caseIds: string[] }> {
  requirePermission(uc.actor, 'cases:review');
  const ids = [...new Set(input.caseIds)];
  return uc.db.transaction(async (tx) => {
    const cases = await findCases(tx, uc.actor.scope, ids, { lock: true });
    const missing = ids.filter((id) => !cases.some((c) => c.id === id));
    if (missing.length) throw new Problem('NOT_FOUND', `有${missing.length}个案件未找到，或不在您的管辖范围内`, { missing });
    const jurisdictions = new Set(cases.map((c) => c.jurisdictionCode));
    // one meeting is one county's leading group: its minutes cannot span counties
    if (jurisdictions.size > 1) throw new Problem('VALIDATION_FAILED', '一次会议只能审定同一县（市、区）的案件', { errors: [{ path: 'caseIds', message: '案件须属于同一辖区' }] });
    // the documents feature writes the draft (content from the domain's minutes builder) and its audit record
    const minutes = await createDraftDocument(tx, uc.actor, {
      kind: 'MEETING_MINUTES',
      jurisdictionCode: cases[0]!.jurisdictionCode,
      requestId: uc.requestId,
      meeting: { ...input.meeting, host: input.meeting.host ?? null, cases: await meetingCases(tx, cases, input.outcome) },
    });
    const minutesDocumentId = minutes.id;
    const ctx = await decisionContext(tx, cases[0]!.jurisdictionCode, uc.today);
    for (const c of cases) {
      await applyStep(
        tx,
        uc,
        c,
        { action: 'groupReview', input: { outcome: input.outcome, meeting: { heldOn: input.meeting.heldOn, minutesDocumentId } }, opinion: input.opinion },
        ctx,
        { caseId: c.id, caseNo: c.caseNo },
      );
    }
    return { minutesDocumentId, caseIds: cases.map((c) => c.id) };
  });
}
