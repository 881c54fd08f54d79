import { describe, expect, it } from 'vitest';
import { planStage, stepPlan, type PlanView } from './plan.ts';
import type { MeasureStatus, PlanStatus } from './types.ts';

const today = '2024-06-30';
const measures = (...s: MeasureStatus[]) => s.map((status) => ({ status }));
const draft: PlanView = { status: 'DRAFT', responsibleUnitId: 'u1', leaderPositionId: 'p1', deadline: '2024-12-31', measures: measures('PLANNED') };
const submitted: PlanView = { ...draft, status: 'SUBMITTED', submittedOn: '2024-06-20' };
const approval = { action: 'approve', decidedOn: '2024-06-28', bodyName: '武平县人民政府', opinionZh: '同意' } as const;

describe('plan steps', () => {
  it('submits a complete draft', () => {
    expect(stepPlan(draft, { action: 'submit' }, today)).toEqual({ ok: true, patch: { status: 'SUBMITTED', submittedOn: today } });
  });

  it('names everything a draft still lacks', () => {
    const empty: PlanView = { status: 'DRAFT', measures: measures('CANCELLED') };
    expect(stepPlan(empty, { action: 'submit' }, today)).toEqual({
      ok: false,
      code: 'PLAN_INCOMPLETE',
      messageZh: '处置方案报批前还需填写：至少一项处置措施、责任单位、包保领导（领导席位）、完成时限。',
    });
  });

  it('refuses a deadline already past; today is still fine', () => {
    expect(stepPlan({ ...draft, deadline: '2024-06-29' }, { action: 'submit' }, today)).toMatchObject({ ok: false, code: 'DEADLINE_PASSED' });
    expect(stepPlan({ ...draft, deadline: today }, { action: 'submit' }, today).ok).toBe(true);
  });

  it('approves with the body, date, opinion and document number', () => {
    expect(stepPlan(submitted, { ...approval, docNo: ' 武政文〔2024〕12号 ' }, today)).toEqual({
      ok: true,
      patch: { status: 'APPROVED', approval: { bodyName: '武平县人民政府', decidedOn: '2024-06-28', opinionZh: '同意', docNo: '武政文〔2024〕12号' } },
    });
  });

  it('refuses an approval dated in the future or before submission, or without body or opinion', () => {
    expect(stepPlan(submitted, { ...approval, decidedOn: '2024-07-01' }, today)).toMatchObject({ ok: false, code: 'DATE_IN_FUTURE' });
    expect(stepPlan(submitted, { ...approval, decidedOn: '2024-06-19' }, today)).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(stepPlan(submitted, { ...approval, bodyName: '' }, today)).toMatchObject({ ok: false, messageZh: '请填写批准机关（如县人民政府、领导小组）。' });
    expect(stepPlan(submitted, { ...approval, opinionZh: undefined }, today)).toMatchObject({ ok: false, code: 'OPINION_REQUIRED' });
  });

  it('returns to draft with the reason kept', () => {
    expect(stepPlan(submitted, { action: 'return', reasonZh: '形成原因分析不充分' }, today)).toEqual({
      ok: true,
      patch: { status: 'DRAFT', returnedReasonZh: '形成原因分析不充分' },
    });
    expect(stepPlan(submitted, { action: 'return', reasonZh: ' ' }, today)).toMatchObject({ ok: false, code: 'REASON_REQUIRED' });
  });

  it('closes only when every measure is finished', () => {
    const approved: PlanView = { ...submitted, status: 'APPROVED' };
    expect(stepPlan({ ...approved, measures: measures('REVITALISED', 'EXECUTING', 'MONITORING', 'EXECUTING') }, { action: 'close' }, today)).toEqual({
      ok: false,
      code: 'MEASURES_OPEN',
      messageZh: '尚有3项处置措施未办结（实施中2项、跟踪监管1项），全部措施办结后方可结案。',
    });
    expect(stepPlan({ ...approved, measures: measures('REVITALISED', 'CANCELLED') }, { action: 'close' }, today)).toEqual({
      ok: true,
      patch: { status: 'CLOSED', closedOn: today },
    });
  });

  it.each([
    ['submit', 'SUBMITTED'],
    ['approve', 'DRAFT'],
    ['return', 'APPROVED'],
    ['close', 'SUBMITTED'],
    ['close', 'CLOSED'],
  ] as const)('refuses %s from %s', (action, status) => {
    const input = action === 'approve' ? approval : action === 'return' ? { action, reasonZh: '理由' } : { action };
    expect(stepPlan({ ...draft, status, measures: measures('REVITALISED') }, input, today)).toMatchObject({ ok: false, code: 'ACTION_NOT_ALLOWED' });
  });
});

describe('plan stage (parcels by stage)', () => {
  const stage = (status: PlanStatus, ...s: MeasureStatus[]) => planStage({ status, measures: measures(...s) });

  it.each([
    ['no plan', planStage(undefined), 'NO_PLAN'],
    ['a draft, whatever its measures', stage('DRAFT', 'NEGOTIATING'), 'PLANNING'],
    ['a plan awaiting approval', stage('SUBMITTED', 'PLANNED'), 'APPROVAL'],
    ['approved, nothing started', stage('APPROVED', 'PLANNED'), 'NEGOTIATING'],
    ['approved, one measure negotiating', stage('APPROVED', 'PLANNED', 'NEGOTIATING'), 'NEGOTIATING'],
    ['an agreement signed', stage('APPROVED', 'NEGOTIATING', 'AGREEMENT_SIGNED'), 'EXECUTING'],
    ['the most advanced open measure counts', stage('APPROVED', 'PLANNED', 'MONITORING', 'EXECUTING'), 'MONITORING'],
    ['one revitalised, another still executing', stage('APPROVED', 'REVITALISED', 'EXECUTING'), 'EXECUTING'],
    ['all finished, one revitalised', stage('APPROVED', 'REVITALISED', 'FAILED', 'CANCELLED'), 'REVITALISED'],
    ['escalated with the follow-up open', stage('APPROVED', 'ESCALATED', 'PLANNED'), 'NEGOTIATING'],
    ['escalated, nothing open', stage('APPROVED', 'ESCALATED', 'CANCELLED'), 'ESCALATED'],
    ['escalated and the follow-up revitalised', stage('CLOSED', 'ESCALATED', 'REVITALISED'), 'REVITALISED'],
    ['all failed', stage('CLOSED', 'FAILED'), 'FAILED'],
    ['all cancelled', stage('APPROVED', 'CANCELLED'), 'FAILED'],
  ])('%s', (_label, actual, expected) => {
    expect(actual).toBe(expected);
  });
});
