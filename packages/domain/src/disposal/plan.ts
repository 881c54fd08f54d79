/**
 * The disposal plan (处置方案, 一地一策): its approval steps (DRAFT → SUBMITTED → APPROVED →
 * CLOSED, returned to DRAFT with a reason) and the stage a parcel is in on the dashboard.
 */
import { compareIsoDates, isIsoDate } from '../units/dates.ts';
import { checkPastDate, nonEmptyText, refuse, zh, type DisposalRefusal } from './refusal.ts';
import {
  isTerminalMeasureStatus,
  measureStatusLabels,
  planStatusLabels,
  type DisposalStage,
  type IsoDate,
  type MeasureStatus,
  type PlanStatus,
} from './types.ts';

export type PlanAction = 'submit' | 'approve' | 'return' | 'close';

export const planActionLabels: Readonly<Record<PlanAction, string>> = {
  submit: '提交报批',
  approve: '批准',
  return: '退回修改',
  close: '结案',
};

/** D3: who approved the plan, when, under which document number, with what opinion. */
export interface PlanApproval {
  bodyName: string;
  decidedOn: IsoDate;
  docNo?: string;
  opinionZh: string;
}

export type PlanActionInput =
  | { action: 'submit' }
  | { action: 'approve'; decidedOn: IsoDate; bodyName: string; docNo?: string; opinionZh?: string }
  | { action: 'return'; reasonZh: string }
  | { action: 'close' };

/** What the plan's steps need to see of a plan. */
export interface PlanView {
  status: PlanStatus;
  responsibleUnitId?: string | null;
  leaderPositionId?: string | null;
  deadline?: IsoDate | null;
  measures: ReadonlyArray<{ status: MeasureStatus }>;
  submittedOn?: IsoDate | null;
  approval?: PlanApproval | null;
  returnedReasonZh?: string | null;
  closedOn?: IsoDate | null;
}

export type PlanStepResult = { ok: true; patch: Partial<PlanView> } | DisposalRefusal;

const planActionFrom: Readonly<Record<PlanAction, PlanStatus>> = {
  submit: 'DRAFT',
  approve: 'SUBMITTED',
  return: 'SUBMITTED',
  close: 'APPROVED',
};

/** Everything missing for 报批 is named at once, so the drafter fixes it in one pass. */
function submit(p: PlanView, today: IsoDate): PlanStepResult {
  const missing: string[] = [];
  if (!p.measures.some((m) => m.status !== 'CANCELLED')) missing.push('至少一项处置措施');
  if (!nonEmptyText(p.responsibleUnitId)) missing.push('责任单位');
  if (!nonEmptyText(p.leaderPositionId)) missing.push('包保领导（领导席位）');
  const deadline = p.deadline;
  if (!deadline || !isIsoDate(deadline)) missing.push('完成时限');
  if (missing.length > 0) return refuse('PLAN_INCOMPLETE', `处置方案报批前还需填写：${missing.join('、')}。`);
  if (deadline && compareIsoDates(deadline, today) < 0) {
    return refuse('DEADLINE_PASSED', `完成时限（${zh(deadline)}）早于今天（${zh(today)}），请调整完成时限后再报批。`);
  }
  return { ok: true, patch: { status: 'SUBMITTED', submittedOn: today } };
}

function approve(p: PlanView, a: Extract<PlanActionInput, { action: 'approve' }>, today: IsoDate): PlanStepResult {
  const badDate = checkPastDate(a.decidedOn, '批准日期', today);
  if (badDate) return badDate;
  if (p.submittedOn && compareIsoDates(a.decidedOn, p.submittedOn) < 0) {
    return refuse('INVALID_INPUT', `批准日期（${zh(a.decidedOn)}）早于报批日期（${zh(p.submittedOn)}）。`);
  }
  if (!nonEmptyText(a.bodyName)) return refuse('INVALID_INPUT', '请填写批准机关（如县人民政府、领导小组）。');
  if (!nonEmptyText(a.opinionZh)) return refuse('OPINION_REQUIRED', '请填写审批意见。');
  const approval: PlanApproval = { bodyName: a.bodyName.trim(), decidedOn: a.decidedOn, opinionZh: a.opinionZh.trim() };
  if (nonEmptyText(a.docNo)) approval.docNo = a.docNo.trim();
  return { ok: true, patch: { status: 'APPROVED', approval } };
}

function close(p: PlanView, today: IsoDate): PlanStepResult {
  const open = p.measures.filter((m) => !isTerminalMeasureStatus(m.status));
  if (open.length > 0) {
    const counts = new Map<MeasureStatus, number>();
    for (const m of open) counts.set(m.status, (counts.get(m.status) ?? 0) + 1);
    const detail = [...counts].map(([s, n]) => `${measureStatusLabels[s]}${n}项`).join('、');
    return refuse('MEASURES_OPEN', `尚有${open.length}项处置措施未办结（${detail}），全部措施办结后方可结案。`);
  }
  return { ok: true, patch: { status: 'CLOSED', closedOn: today } };
}

export function stepPlan(p: PlanView, a: PlanActionInput, today: IsoDate): PlanStepResult {
  if (p.status !== planActionFrom[a.action]) {
    return refuse(
      'ACTION_NOT_ALLOWED',
      `处置方案当前为“${planStatusLabels[p.status]}”，不能${planActionLabels[a.action]}（仅“${planStatusLabels[planActionFrom[a.action]]}”时可以）。`,
    );
  }
  switch (a.action) {
    case 'submit':
      return submit(p, today);
    case 'approve':
      return approve(p, a, today);
    case 'return':
      if (!nonEmptyText(a.reasonZh)) return refuse('REASON_REQUIRED', '请填写退回修改的理由。');
      return { ok: true, patch: { status: 'DRAFT', returnedReasonZh: a.reasonZh.trim() } };
    case 'close':
      return close(p, today);
  }
}

/** How far an open measure has got, for the plan's stage. */
const openMeasureStage: Partial<Record<MeasureStatus, { rank: number; stage: DisposalStage }>> = {
  PLANNED: { rank: 1, stage: 'NEGOTIATING' },
  NEGOTIATING: { rank: 2, stage: 'NEGOTIATING' },
  AGREEMENT_SIGNED: { rank: 3, stage: 'EXECUTING' },
  EXECUTING: { rank: 4, stage: 'EXECUTING' },
  MONITORING: { rank: 5, stage: 'MONITORING' },
};

/**
 * The stage of a parcel, with this precedence:
 * 1. no plan → NO_PLAN; DRAFT → PLANNING; SUBMITTED → APPROVAL (whatever the measures);
 * 2. approved (or closed) with a measure still open: the most advanced open measure —
 *    PLANNED and NEGOTIATING are 协商签约 (an approved plan waiting to bring the parties
 *    to terms), AGREEMENT_SIGNED and EXECUTING are 实施中, MONITORING is 跟踪监管. A
 *    measure already revitalised does not end the stage while another is still open, and
 *    an escalation whose follow-up measure is open shows the follow-up's stage;
 * 3. nothing open: any REVITALISED → REVITALISED; else any ESCALATED → ESCALATED (its
 *    follow-up, if any, is finished too); else FAILED (failed or all cancelled).
 */
export function planStage(plan: { status: PlanStatus; measures: ReadonlyArray<{ status: MeasureStatus }> } | null | undefined): DisposalStage {
  if (!plan) return 'NO_PLAN';
  if (plan.status === 'DRAFT') return 'PLANNING';
  if (plan.status === 'SUBMITTED') return 'APPROVAL';
  let best: { rank: number; stage: DisposalStage } | undefined;
  for (const m of plan.measures) {
    const s = openMeasureStage[m.status];
    if (s && (!best || s.rank > best.rank)) best = s;
  }
  if (best) return best.stage;
  const has = (status: MeasureStatus) => plan.measures.some((m) => m.status === status);
  if (has('REVITALISED')) return 'REVITALISED';
  if (has('ESCALATED')) return 'ESCALATED';
  return 'FAILED';
}
