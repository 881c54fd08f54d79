/**
 * Jingde 2022 (政办〔2022〕67号, DOMAIN §5.1): task-force verification, leading-group review,
 * written feedback, one chance of re-verification on objection, then the 认定告知书 and
 * the P-JD04 restrictions.
 */
import { checkPastDate, isAfter, nonEmptyList, nonEmptyText, refuse, zh } from '../guards.ts';
import { defineAction, type CaseProfile } from '../profile.ts';
import { restrictionsFor } from '../restrictions.ts';
import type { CaseSnapshot, DecisionContext, JingdeState, Refusal } from '../types.ts';

export const jingdeStateLabels: Record<JingdeState, string> = {
  CANDIDATE: '疑似（待核查）',
  VERIFYING: '核查中',
  PROPOSED: '已填表上报，待领导小组审定',
  REVIEWED: '审定通过，待书面反馈',
  PRELIM_NOTIFIED: '已书面反馈（异议期）',
  OBJECTION: '企业提出异议',
  REVERIFYING: '重新核实中',
  DETERMINED: '已认定（认定告知书已送达）',
  CLEARED: '已撤销（不予认定）',
  CLOSED: '已结案（盘活完成）',
};

const SECOND_OBJECTION_REASON = '已给予一次重新核实机会，不再受理第二次异议。';

function windowStillOpen(c: CaseSnapshot, on: string): Refusal | undefined {
  const end = c.objectionWindowEndsOn;
  if (!end) return refuse('OBJECTION_WINDOW_OPEN', '审定结果尚未书面反馈，异议期未起算，不得作出认定。');
  if (!isAfter(on, end)) return refuse('OBJECTION_WINDOW_OPEN', `异议期至${zh(end)}届满，届满前不得作出认定。`);
  return undefined;
}

const determinePrecheck = (c: CaseSnapshot, ctx: DecisionContext): Refusal | undefined => {
  if (c.state === 'PRELIM_NOTIFIED') return windowStillOpen(c, ctx.today);
  if (c.reverificationOutcome !== 'UPHOLD') {
    return refuse('REVERIFICATION_PENDING', '重新核实尚未得出维持原审定结果的结论，不得作出认定。');
  }
  return undefined;
};

export const jingdeCaseProfile: CaseProfile = {
  id: 'JD-2022',
  name: '旌德经开区闲置低效工业用地认定程序',
  basis: '《旌德经开区闲置低效工业用地盘活处置工作实施方案》（政办〔2022〕67号）',
  initialState: 'CANDIDATE',
  states: Object.entries(jingdeStateLabels).map(([id, label]) => ({ id: id as JingdeState, label })),
  finalStates: ['CLEARED', 'CLOSED'],
  actions: [
    defineAction({
      id: 'startVerification',
      label: '开始核查',
      from: ['CANDIDATE'],
      to: ['VERIFYING'],
      apply: () => ({ to: 'VERIFYING' }),
    }),
    defineAction({
      id: 'submitForm',
      label: '填表上报',
      from: ['VERIFYING'],
      to: ['PROPOSED'],
      apply: (_c, input) => {
        if (!nonEmptyList(input.proposedCriteria) || !nonEmptyList(input.proposedDisposal)) {
          return refuse('FORM_INCOMPLETE', '《企业基本情况表》须填写拟认定情况（认定标准）和拟处置方案后方可上报领导小组审定。');
        }
        return { to: 'PROPOSED', patch: { proposedCriteria: input.proposedCriteria, proposedDisposal: input.proposedDisposal } };
      },
    }),
    defineAction({
      id: 'groupReview',
      label: '领导小组审定',
      from: ['PROPOSED'],
      to: ['REVIEWED', 'CLEARED'],
      apply: (_c, input, ctx) => {
        if (input.outcome !== 'CONFIRM' && input.outcome !== 'REJECT') return refuse('INVALID_INPUT', '请选择审定结果（通过或不通过）。');
        const bad = checkPastDate(input.meeting?.heldOn, '领导小组会议日期', ctx);
        if (bad) return bad;
        const review: NonNullable<CaseSnapshot['review']> = { outcome: input.outcome, heldOn: input.meeting.heldOn };
        if (input.meeting.minutesDocumentId) review.minutesDocumentId = input.meeting.minutesDocumentId;
        return { to: input.outcome === 'CONFIRM' ? 'REVIEWED' : 'CLEARED', patch: { review } };
      },
    }),
    defineAction({
      id: 'notifyReviewResult',
      label: '书面反馈审定结果',
      from: ['REVIEWED'],
      to: ['PRELIM_NOTIFIED'],
      serves: 'JD_REVIEW_FEEDBACK',
      starts: ['OBJECTION_WINDOW'],
      apply: () => ({ to: 'PRELIM_NOTIFIED' }),
    }),
    defineAction({
      id: 'receiveObjection',
      label: '登记异议',
      from: ['PRELIM_NOTIFIED'],
      to: ['OBJECTION'],
      refuseFrom: (c) => (c.reverificationCount > 0 ? refuse('SECOND_OBJECTION', SECOND_OBJECTION_REASON) : undefined),
      apply: (c, input, ctx) => {
        const bad = checkPastDate(input.receivedOn, '异议收到日期', ctx);
        if (bad) return bad;
        const end = c.objectionWindowEndsOn;
        if (end && isAfter(input.receivedOn, end)) {
          return refuse('OBJECTION_LATE', `异议期已于${zh(end)}届满，${zh(input.receivedOn)}收到的异议不予受理。`);
        }
        return { to: 'OBJECTION', patch: { objectionReceivedOn: input.receivedOn } };
      },
    }),
    defineAction({
      id: 'startReverification',
      label: '重新核实',
      from: ['OBJECTION'],
      to: ['REVERIFYING'],
      apply: (c) => ({ to: 'REVERIFYING', patch: { reverificationCount: c.reverificationCount + 1 } }),
    }),
    defineAction({
      id: 'concludeReverification',
      label: '核实结论',
      from: ['REVERIFYING'],
      to: ['REVERIFYING', 'CLEARED'],
      precheck: (c) =>
        c.reverificationOutcome ? refuse('ALREADY_CONCLUDED', '重新核实已得出结论（维持原审定结果），不能再次作出核实结论。') : undefined,
      apply: (_c, input) => {
        if (input.outcome === 'UPHOLD') return { to: 'REVERIFYING', patch: { reverificationOutcome: 'UPHOLD' } };
        if (input.outcome === 'OVERTURN') return { to: 'CLEARED', patch: { reverificationOutcome: 'OVERTURN' } };
        return refuse('INVALID_INPUT', '请选择核实结论（维持或撤销原审定结果）。');
      },
    }),
    defineAction({
      id: 'determine',
      label: '送达认定告知书',
      from: ['PRELIM_NOTIFIED', 'REVERIFYING'],
      to: ['DETERMINED'],
      serves: 'JD_DETERMINATION_NOTICE',
      effects: ['RAISE_RESTRICTIONS'],
      precheck: determinePrecheck,
      apply: (c, input, ctx) => {
        if (c.state === 'PRELIM_NOTIFIED') {
          const open = windowStillOpen(c, input.servedOn);
          if (open) return open;
        }
        return {
          to: 'DETERMINED',
          effects: [{ kind: 'RAISE_RESTRICTIONS', since: input.servedOn, restrictions: restrictionsFor(ctx.settings) }],
        };
      },
    }),
    defineAction({
      id: 'clear',
      label: '撤销',
      from: ['VERIFYING', 'PROPOSED', 'REVERIFYING'],
      to: ['CLEARED'],
      apply: (_c, input) => {
        if (!nonEmptyText(input.opinion)) return refuse('OPINION_REQUIRED', '撤销须填写意见（不予认定的理由）。');
        return { to: 'CLEARED', patch: { clearedOpinion: input.opinion.trim() } };
      },
    }),
    defineAction({
      id: 'closeRevitalised',
      label: '盘活结案',
      from: ['DETERMINED'],
      to: ['CLOSED'],
      effects: ['LIFT_RESTRICTIONS'],
      apply: (_c, input, ctx) => {
        if (!nonEmptyText(input.evidence)) return refuse('EVIDENCE_REQUIRED', '盘活结案须填写盘活完成的证明材料。');
        const on = input.revitalisedOn ?? ctx.today;
        const bad = checkPastDate(on, '盘活完成日期', ctx);
        if (bad) return bad;
        return {
          to: 'CLOSED',
          patch: { revitalisedOn: on },
          effects: [{ kind: 'LIFT_RESTRICTIONS', liftedOn: on, reason: '闲置低效工业用地已盘活，结案解除限制措施。' }],
        };
      },
    }),
  ],
};
