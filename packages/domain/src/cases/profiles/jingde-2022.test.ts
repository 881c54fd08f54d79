import { describe, expect, it } from 'vitest';
import { allowedActions, decide } from '../machine.ts';
import { ctxOn, doc, jdCase, markServed, step } from '../test-support.ts';
import type { ActionId, ActionInput, CaseSnapshot, JingdeState, RefusalCode } from '../types.ts';
import { jingdeCaseProfile } from './jingde-2022.ts';

const today = '2026-12-20';
const ctx = ctxOn(today);
const feedback = doc('fb-1', 'JD_REVIEW_FEEDBACK');
const notice = doc('dn-1', 'JD_DETERMINATION_NOTICE');
const served = (documentId: string, servedOn: string) => ({ documentId, servedOn, serviceMethod: 'DIRECT' as const });
/** feedback served Friday 2026-11-27; ten working days end Friday 2026-12-11 */
const notified = (extra: Partial<CaseSnapshot> = {}) =>
  jdCase('PRELIM_NOTIFIED', { objectionWindowEndsOn: '2026-12-11', documents: [notice], ...extra });

describe('JD-2022 legal transitions', () => {
  it.each<[string, CaseSnapshot, ActionId, ActionInput, JingdeState]>([
    ['start verification', jdCase('CANDIDATE'), 'startVerification', {}, 'VERIFYING'],
    ['submit the form', jdCase('VERIFYING'), 'submitForm', { proposedCriteria: ['JD-LOW-03'], proposedDisposal: ['D-JD02'] }, 'PROPOSED'],
    ['group confirms', jdCase('PROPOSED'), 'groupReview', { outcome: 'CONFIRM', meeting: { heldOn: '2026-11-20' } }, 'REVIEWED'],
    ['group rejects', jdCase('PROPOSED'), 'groupReview', { outcome: 'REJECT', meeting: { heldOn: '2026-11-20' } }, 'CLEARED'],
    ['written feedback', jdCase('REVIEWED', { documents: [feedback] }), 'notifyReviewResult', served('fb-1', '2026-11-27'), 'PRELIM_NOTIFIED'],
    ['objection on the last day', notified(), 'receiveObjection', { receivedOn: '2026-12-11' }, 'OBJECTION'],
    ['re-verification', jdCase('OBJECTION'), 'startReverification', {}, 'REVERIFYING'],
    ['re-verification upholds', jdCase('REVERIFYING', { reverificationCount: 1 }), 'concludeReverification', { outcome: 'UPHOLD' }, 'REVERIFYING'],
    ['re-verification overturns', jdCase('REVERIFYING', { reverificationCount: 1 }), 'concludeReverification', { outcome: 'OVERTURN' }, 'CLEARED'],
    ['determine after the window', notified(), 'determine', served('dn-1', '2026-12-14'), 'DETERMINED'],
    [
      'determine after upheld re-verification',
      jdCase('REVERIFYING', { reverificationCount: 1, reverificationOutcome: 'UPHOLD', documents: [notice] }),
      'determine',
      served('dn-1', '2026-12-18'),
      'DETERMINED',
    ],
    ['clear while verifying', jdCase('VERIFYING'), 'clear', { opinion: '企业已复产达标' }, 'CLEARED'],
    ['clear after the form', jdCase('PROPOSED'), 'clear', { opinion: '数据有误' }, 'CLEARED'],
    ['clear while re-verifying', jdCase('REVERIFYING', { reverificationCount: 1 }), 'clear', { opinion: '异议成立' }, 'CLEARED'],
    ['close after revitalisation', jdCase('DETERMINED'), 'closeRevitalised', { evidence: '已协议转让并投产' }, 'CLOSED'],
  ])('%s', (_name, c, action, input, to) => {
    const d = decide(c, action, input, ctx);
    expect(d).toMatchObject({ ok: true, state: to });
    if (d.ok) expect(d.patch.state).toBe(to);
  });

  it('starts the objection window in working days from the day of service', () => {
    const { c, d } = step(jdCase('REVIEWED', { documents: [feedback] }), 'notifyReviewResult', served('fb-1', '2026-11-27'), ctx);
    expect(d.deadlines).toEqual([expect.objectContaining({ kind: 'OBJECTION_WINDOW', dueOn: '2026-12-11', label: '异议期届满' })]);
    expect(c.objectionWindowEndsOn).toBe('2026-12-11');
    expect(d.openDeadlines).toEqual(d.deadlines);
    expect(step(c, 'receiveObjection', { receivedOn: '2026-12-01' }, ctx).d).toMatchObject({ deadlines: [], openDeadlines: [] });
    expect(c.served?.JD_REVIEW_FEEDBACK).toEqual(served('fb-1', '2026-11-27'));
    expect(d.effects).toContainEqual({ kind: 'SERVE_DOCUMENT', documentKind: 'JD_REVIEW_FEEDBACK', ...served('fb-1', '2026-11-27') });
  });
});

describe('JD-2022 refusals', () => {
  it.each<[string, CaseSnapshot, ActionId, ActionInput, RefusalCode, string?]>([
    ['empty form', jdCase('VERIFYING'), 'submitForm', { proposedCriteria: [], proposedDisposal: ['D-JD02'] }, 'FORM_INCOMPLETE'],
    ['review meeting in the future', jdCase('PROPOSED'), 'groupReview', { outcome: 'CONFIRM', meeting: { heldOn: '2026-12-21' } }, 'DATE_IN_FUTURE'],
    ['objection after the window', notified(), 'receiveObjection', { receivedOn: '2026-12-14' }, 'OBJECTION_LATE', '异议期已于2026年12月11日届满，2026年12月14日收到的异议不予受理。'],
    ['objection registered for tomorrow', notified(), 'receiveObjection', { receivedOn: '2026-12-21' }, 'DATE_IN_FUTURE'],
    [
      'second objection after determination',
      jdCase('DETERMINED', { reverificationCount: 1, reverificationOutcome: 'UPHOLD' }),
      'receiveObjection',
      { receivedOn: '2026-12-19' },
      'SECOND_OBJECTION',
      '已给予一次重新核实机会，不再受理第二次异议。',
    ],
    ['second objection while re-verifying', jdCase('REVERIFYING', { reverificationCount: 1 }), 'receiveObjection', { receivedOn: '2026-12-19' }, 'SECOND_OBJECTION'],
    ['objection after a determination without one', jdCase('DETERMINED'), 'receiveObjection', { receivedOn: '2026-12-19' }, 'ACTION_NOT_ALLOWED', '案件当前状态为“已认定（认定告知书已送达）”，不能登记异议。'],
    [
      'determining on the last day of the window',
      notified(),
      'determine',
      served('dn-1', '2026-12-11'),
      'OBJECTION_WINDOW_OPEN',
      '异议期至2026年12月11日届满，届满前不得作出认定。',
    ],
    ['determining while today is in the window', notified(), 'determine', served('dn-1', '2026-12-10'), 'OBJECTION_WINDOW_OPEN'],
    ['determining before the re-verification concluded', jdCase('REVERIFYING', { reverificationCount: 1, documents: [notice] }), 'determine', served('dn-1', '2026-12-18'), 'REVERIFICATION_PENDING'],
    ['concluding twice', jdCase('REVERIFYING', { reverificationCount: 1, reverificationOutcome: 'UPHOLD' }), 'concludeReverification', { outcome: 'OVERTURN' }, 'ALREADY_CONCLUDED'],
    ['clearing without an opinion', jdCase('VERIFYING'), 'clear', { opinion: '  ' }, 'OPINION_REQUIRED'],
    ['closing without evidence', jdCase('DETERMINED'), 'closeRevitalised', { evidence: '' }, 'EVIDENCE_REQUIRED'],
    ['serving a draft', jdCase('REVIEWED', { documents: [doc('fb-1', 'JD_REVIEW_FEEDBACK', 'DRAFT')] }), 'notifyReviewResult', served('fb-1', '2026-11-27'), 'DOCUMENT_NOT_ISSUED', '《审定结果书面反馈》尚为草稿，签发取得文号后方可送达。'],
    ['serving twice', jdCase('REVIEWED', { documents: [doc('fb-1', 'JD_REVIEW_FEEDBACK', 'SERVED')] }), 'notifyReviewResult', served('fb-1', '2026-11-27'), 'DOCUMENT_NOT_ISSUED'],
    ['serving a superseded one', jdCase('REVIEWED', { documents: [doc('fb-1', 'JD_REVIEW_FEEDBACK', 'SUPERSEDED')] }), 'notifyReviewResult', served('fb-1', '2026-11-27'), 'DOCUMENT_NOT_ISSUED'],
    ['serving the wrong kind', jdCase('REVIEWED', { documents: [notice] }), 'notifyReviewResult', served('dn-1', '2026-11-27'), 'DOCUMENT_NOT_ISSUED'],
    ['serving an unknown document', jdCase('REVIEWED', { documents: [feedback] }), 'notifyReviewResult', served('nope', '2026-11-27'), 'DOCUMENT_NOT_ISSUED'],
    ['served tomorrow', jdCase('REVIEWED', { documents: [feedback] }), 'notifyReviewResult', served('fb-1', '2026-12-21'), 'DATE_IN_FUTURE'],
    ['no service method', jdCase('REVIEWED', { documents: [feedback] }), 'notifyReviewResult', { documentId: 'fb-1', servedOn: '2026-11-27', serviceMethod: 'FAX' } as never, 'INVALID_INPUT'],
    ['verification twice', jdCase('VERIFYING'), 'startVerification', {}, 'ACTION_NOT_ALLOWED', '案件当前状态为“核查中”，不能开始核查。'],
    ['a national action', jdCase('DETERMINED'), 'publish', { publishedOn: '2026-12-19', channel: '门户网站' }, 'ACTION_NOT_ALLOWED'],
  ])('%s', (_name, c, action, input, code, reason) => {
    const d = decide(c, action, input, ctx);
    expect(d).toMatchObject({ ok: false, code });
    if (!d.ok) {
      expect(d.reason).toMatch(/[\u4e00-\u9fa5]/);
      if (reason) expect(d.reason).toBe(reason);
    }
  });

  const allActions = [...new Set(jingdeCaseProfile.actions.map((a) => a.id))];
  const pairs = jingdeCaseProfile.states.flatMap((s) =>
    allActions.filter((a) => !jingdeCaseProfile.actions.some((x) => x.id === a && x.from.includes(s.id))).map((a) => [s.id, a] as const),
  );

  it.each(pairs)('from %s the action %s is refused by state', (state, action) => {
    const d = decide(jdCase(state), action, {} as never, ctx);
    expect(d).toMatchObject({ ok: false, code: 'ACTION_NOT_ALLOWED' });
    if (!d.ok) expect(d.reason).toContain(jingdeCaseProfile.states.find((s) => s.id === state)?.label);
  });
});

describe('JD-2022 allowed actions', () => {
  it('greys out the determination while the objection window is open', () => {
    const list = allowedActions(notified(), ctxOn('2026-12-11'));
    expect(list.map((a) => a.action)).toEqual(['receiveObjection', 'determine']);
    expect(list[1]).toMatchObject({ allowed: false, code: 'OBJECTION_WINDOW_OPEN', reason: '异议期至2026年12月11日届满，届满前不得作出认定。' });
    expect(allowedActions(notified(), ctxOn('2026-12-12'))[1]).toMatchObject({ allowed: true, serves: 'JD_DETERMINATION_NOTICE' });
  });

  it('greys out serving until the document is issued', () => {
    const c = jdCase('REVIEWED', { documents: [doc('fb-1', 'JD_REVIEW_FEEDBACK', 'DRAFT')] });
    expect(allowedActions(c, ctx)).toEqual([
      expect.objectContaining({ action: 'notifyReviewResult', allowed: false, code: 'DOCUMENT_NOT_ISSUED' }),
    ]);
  });

  it('lists nothing in a final state', () => {
    expect(allowedActions(jdCase('CLEARED'), ctx)).toEqual([]);
  });
});

describe('JD-2022 full path with one objection', () => {
  it('ends DETERMINED with the P-JD04 restrictions raised, and CLOSED lifts them', () => {
    let c = jdCase('CANDIDATE', { documents: [] });
    c = step(c, 'startVerification', {}, ctxOn('2026-11-02')).c;
    c = step(c, 'submitForm', { proposedCriteria: ['JD-LOW-03'], proposedDisposal: ['D-JD01'] }, ctxOn('2026-11-10')).c;
    c = step(c, 'groupReview', { outcome: 'CONFIRM', meeting: { heldOn: '2026-11-20', minutesDocumentId: 'mm-1' } }, ctxOn('2026-11-20')).c;
    expect(c.review).toEqual({ outcome: 'CONFIRM', heldOn: '2026-11-20', minutesDocumentId: 'mm-1' });
    c = { ...c, documents: [feedback] };
    c = markServed(step(c, 'notifyReviewResult', served('fb-1', '2026-11-27'), ctxOn('2026-11-27')).c, 'fb-1');
    expect(c.state).toBe('PRELIM_NOTIFIED');
    c = step(c, 'receiveObjection', { receivedOn: '2026-12-03' }, ctxOn('2026-12-04')).c;
    c = step(c, 'startReverification', {}, ctxOn('2026-12-04')).c;
    expect(c.reverificationCount).toBe(1);
    c = step(c, 'concludeReverification', { outcome: 'UPHOLD' }, ctxOn('2026-12-15')).c;
    expect(decide(c, 'receiveObjection', { receivedOn: '2026-12-15' }, ctxOn('2026-12-15'))).toMatchObject({ code: 'SECOND_OBJECTION' });
    c = { ...c, documents: [...c.documents, notice] };
    const { c: determined, d } = step(c, 'determine', served('dn-1', '2026-12-18'), ctxOn('2026-12-18'));
    expect(determined.state).toBe('DETERMINED');
    const raise = d.effects.find((e) => e.kind === 'RAISE_RESTRICTIONS');
    expect(raise).toMatchObject({ kind: 'RAISE_RESTRICTIONS', since: '2026-12-18' });
    expect(raise?.kind === 'RAISE_RESTRICTIONS' && raise.restrictions.map((r) => r.type)).toEqual([
      'TRANSFER_LEASE_MORTGAGE_REGISTRATION',
      'PREFERENTIAL_POLICY',
      'CONSTRUCTION_PLANNING',
      'EIA_SAFETY',
      'FINANCING_GUARANTEE',
      'TAX_ARREARS',
      'UTILITIES',
    ]);
    const after = markServed(determined, 'dn-1');
    expect(decide(after, 'receiveObjection', { receivedOn: '2026-12-19' }, ctxOn('2026-12-19'))).toMatchObject({ code: 'SECOND_OBJECTION' });
    const closed = step(after, 'closeRevitalised', { evidence: '股权收购后复产', revitalisedOn: '2027-05-31' }, ctxOn('2027-06-01'));
    expect(closed.c.state).toBe('CLOSED');
    expect(closed.d.effects).toEqual([{ kind: 'LIFT_RESTRICTIONS', liftedOn: '2027-05-31', reason: expect.stringContaining('盘活') }]);
  });
});
