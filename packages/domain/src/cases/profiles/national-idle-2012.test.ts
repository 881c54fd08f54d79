import { describe, expect, it } from 'vitest';
import { openDeadlines } from '../clocks.ts';
import { allowedActions, decide, openCase } from '../machine.ts';
import { ctxOn, doc, markServed, natCase, step } from '../test-support.ts';
import type { ActionId, ActionInput, CaseSnapshot, NationalIdleState, RefusalCode } from '../types.ts';
import { nationalIdleCaseProfile } from './national-idle-2012.ts';

const ctx = ctxOn('2026-12-20');
const served = (documentId: string, servedOn: string) => ({ documentId, servedOn, serviceMethod: 'MAIL' as const });
const approval = { body: '青岚县人民政府', decidedOn: '2026-12-01', docNo: '青政复〔2026〕12号' };
const feeDoc = doc('fd-1', 'FEE_DECISION');
const recoveryDoc = doc('rd-1', 'RECOVERY_DECISION');
const hearingDoc = doc('hn-1', 'HEARING_NOTICE');
const hearingNotice = (extra: Partial<CaseSnapshot> = {}) =>
  natCase('HEARING_NOTICE', { cause: 'ENTERPRISE', sanction: 'FEE', hearingRequestDueOn: '2026-12-04', documents: [feeDoc, recoveryDoc], ...extra });
const decisionServed = (extra: Partial<CaseSnapshot> = {}) =>
  natCase('DECISION_SERVED', { cause: 'ENTERPRISE', sanction: 'FEE', feeAmountYuan: '246913.58', complianceDueOn: '2026-12-18', ...extra });

describe('NAT-IDLE-2012 legal transitions', () => {
  it.each<[string, CaseSnapshot, ActionId, ActionInput, NationalIdleState]>([
    ['investigation notice', natCase('CANDIDATE', { documents: [doc('in-1', 'INVESTIGATION_NOTICE')] }), 'serveInvestigationNotice', served('in-1', '2026-10-09'), 'INVESTIGATING'],
    ['enterprise cause with materials', natCase('INVESTIGATING', { materialsDueOn: '2026-12-30' }), 'assessCause', { cause: 'ENTERPRISE', materialsReceivedOn: '2026-12-01' }, 'CAUSE_ASSESSED'],
    ['cause after the materials window', natCase('INVESTIGATING', { materialsDueOn: '2026-12-19' }), 'assessCause', { cause: 'ENTERPRISE' }, 'CAUSE_ASSESSED'],
    ['government cause', natCase('INVESTIGATING', { materialsReceivedOn: '2026-12-01' }), 'assessCause', { cause: 'GOVERNMENT', governmentCause: 'PLAN_AMENDED' }, 'CAUSE_ASSESSED'],
    ['determination', natCase('CAUSE_ASSESSED', { documents: [doc('id-1', 'IDLE_DETERMINATION')] }), 'determine', { ...served('id-1', '2026-12-01'), idleSince: '2024-03-01' }, 'DETERMINED'],
    ['publication', natCase('DETERMINED'), 'publish', { publishedOn: '2026-12-05', channel: '青岚县人民政府门户网站' }, 'PUBLISHED'],
    ['negotiation, government cause', natCase('PUBLISHED', { cause: 'GOVERNMENT' }), 'startNegotiation', {}, 'NEGOTIATING'],
    ['hearing notice', natCase('PUBLISHED', { cause: 'ENTERPRISE', documents: [hearingDoc] }), 'serveHearingNotice', { ...served('hn-1', '2026-11-27'), sanction: 'FEE' }, 'HEARING_NOTICE'],
    ['hearing requested', hearingNotice(), 'requestHearing', { requestedOn: '2026-12-04' }, 'HEARING'],
    ['fee decision after the window', hearingNotice(), 'serveFeeDecision', { ...served('fd-1', '2026-12-07'), approval }, 'DECISION_SERVED'],
    ['fee decision after a hearing', hearingNotice({ state: 'HEARING' }), 'serveFeeDecision', { ...served('fd-1', '2026-12-07'), approval, hearingHeldOn: '2026-12-03' }, 'DECISION_SERVED'],
    ['recovery decision', hearingNotice({ sanction: 'RECOVERY' }), 'serveRecoveryDecision', { ...served('rd-1', '2026-12-07'), approval }, 'DECISION_SERVED'],
    ['payment', decisionServed(), 'recordPayment', { paidOn: '2026-12-10', amountYuan: '246913.580' }, 'FEE_PAID'],
    ['appeal', decisionServed(), 'recordAppeal', { kind: 'REVIEW', filedOn: '2026-12-10' }, 'APPEALED'],
    ['appeal upheld', decisionServed({ state: 'APPEALED' }), 'concludeAppeal', { outcome: 'UPHELD', concludedOn: '2026-12-19' }, 'DECISION_SERVED'],
    ['appeal revoked', decisionServed({ state: 'APPEALED' }), 'concludeAppeal', { outcome: 'REVOKED', concludedOn: '2026-12-19' }, 'CLOSED'],
    ['enforcement after the deadline', decisionServed(), 'startEnforcement', {}, 'ENFORCEMENT'],
    ['recovery registered', decisionServed({ sanction: 'RECOVERY' }), 'recordRecovery', { deregisteredOn: '2026-12-15' }, 'RECOVERED'],
    ['recovery after enforcement', decisionServed({ state: 'ENFORCEMENT', sanction: 'RECOVERY' }), 'recordRecovery', { deregisteredOn: '2026-12-15' }, 'RECOVERED'],
    ['not idle', natCase('CAUSE_ASSESSED'), 'clear', { opinion: '已于约定日期动工' }, 'CLEARED'],
    ['not idle at once', natCase('CANDIDATE'), 'clear', { opinion: '已动工' }, 'CLEARED'],
    ['not idle during investigation', natCase('INVESTIGATING'), 'clear', { opinion: '已动工' }, 'CLEARED'],
    ...(['FEE_PAID', 'RECOVERED', 'ENFORCEMENT', 'NEGOTIATING'] as const).map(
      (s) => [`close from ${s}`, natCase(s), 'close', {}, 'CLOSED'] as [string, CaseSnapshot, ActionId, ActionInput, NationalIdleState],
    ),
  ])('%s', (_name, c, action, input, to) => {
    expect(decide(c, action, input, ctx)).toMatchObject({ ok: true, state: to, patch: { state: to } });
  });

  it('computes the fee on service and starts the payment clock', () => {
    const { c, d } = step(hearingNotice(), 'serveFeeDecision', { ...served('fd-1', '2026-12-07'), approval }, ctx);
    expect(c.feeAmountYuan).toBe('246913.58');
    expect(c.approval).toEqual(approval);
    expect(d.deadlines).toEqual([expect.objectContaining({ kind: 'PAYMENT', dueOn: '2027-01-06', basis: expect.stringContaining('第十七条') })]);
    expect(openDeadlines(c).map((x) => x.kind)).toEqual(['PAYMENT']);
  });

  it('stops the payment clock during an appeal and runs it again when the decision is upheld', () => {
    const appealed = step(decisionServed(), 'recordAppeal', { kind: 'LITIGATION', filedOn: '2026-12-10' }, ctx);
    expect(appealed.d.openDeadlines).toEqual([]);
    expect(appealed.d.deadlines).toEqual([]);
    const upheld = step(appealed.c, 'concludeAppeal', { outcome: 'UPHELD', concludedOn: '2026-12-19' }, ctx);
    expect(upheld.d.deadlines).toEqual([expect.objectContaining({ kind: 'PAYMENT', dueOn: '2026-12-18' })]);
    expect(upheld.c.appeal).toEqual({ kind: 'LITIGATION', filedOn: '2026-12-10', outcome: 'UPHELD', concludedOn: '2026-12-19' });
  });

  it('takes the fee rate from the settings', () => {
    const { c } = step(hearingNotice(), 'serveFeeDecision', { ...served('fd-1', '2026-12-07'), approval }, ctxOn('2026-12-20', { idleFeeRate: '0.15' }));
    expect(c.feeAmountYuan).toBe('185185.18');
  });

  it('starts the de-registration clock for a recovery', () => {
    const { d } = step(hearingNotice({ sanction: 'RECOVERY', hearingRequestDueOn: '2026-01-27' }), 'serveRecoveryDecision', { ...served('rd-1', '2026-01-31'), approval: { ...approval, decidedOn: '2026-01-20' } }, ctx);
    expect(d.deadlines).toEqual([expect.objectContaining({ kind: 'DEREGISTRATION', dueOn: '2026-03-02' })]);
  });
});

const early = { agreedStartDate: '2025-03-01', cause: 'ENTERPRISE' as const, documents: [hearingDoc] };

describe('NAT-IDLE-2012 refusals', () => {
  it.each<[string, CaseSnapshot, ActionId, ActionInput, string, RefusalCode, string?]>([
    ['cause before the materials window closed', natCase('INVESTIGATING', { materialsDueOn: '2026-12-20' }), 'assessCause', { cause: 'ENTERPRISE' }, '2026-12-20', 'MATERIALS_WINDOW_OPEN'],
    ['government cause without the Art. 8 item', natCase('INVESTIGATING', { materialsReceivedOn: '2026-12-01' }), 'assessCause', { cause: 'GOVERNMENT' }, '2026-12-20', 'GOVERNMENT_CAUSE_REQUIRED'],
    [
      'determination one day short of a year',
      natCase('CAUSE_ASSESSED', { documents: [doc('id-1', 'IDLE_DETERMINATION')] }),
      'determine',
      { ...served('id-1', '2026-02-28'), idleSince: '2025-03-01' },
      '2026-02-28',
      'NOT_IDLE_YET',
    ],
    ['negotiating enterprise-caused idleness', natCase('PUBLISHED', { cause: 'ENTERPRISE' }), 'startNegotiation', {}, '2026-12-20', 'ENTERPRISE_CAUSE'],
    [
      'fee for government-caused idleness',
      natCase('PUBLISHED', { cause: 'GOVERNMENT', governmentCause: 'PLAN_AMENDED', documents: [hearingDoc] }),
      'serveHearingNotice',
      { ...served('hn-1', '2026-12-01'), sanction: 'FEE' },
      '2026-12-20',
      'GOVERNMENT_CAUSE_NO_SANCTION',
      '政府原因造成的闲置不得征缴土地闲置费或无偿收回，应依照第十二条协商处置。',
    ],
    [
      'fee one day short of a year',
      natCase('PUBLISHED', early),
      'serveHearingNotice',
      { ...served('hn-1', '2026-02-28'), sanction: 'FEE' },
      '2026-02-28',
      'SANCTION_TOO_EARLY',
      '未动工开发满一年（约定动工日期2025年3月1日，满一年为2026年3月1日）前不得征缴土地闲置费。',
    ],
    [
      'fee served before a year though recorded later',
      natCase('PUBLISHED', early),
      'serveHearingNotice',
      { ...served('hn-1', '2026-02-28'), sanction: 'FEE' },
      '2026-03-02',
      'SANCTION_TOO_EARLY',
    ],
    [
      'recovery one day short of two years',
      natCase('PUBLISHED', early),
      'serveHearingNotice',
      { ...served('hn-1', '2027-02-28'), sanction: 'RECOVERY' },
      '2027-02-28',
      'SANCTION_TOO_EARLY',
      '未动工开发满两年（约定动工日期2025年3月1日，满两年为2027年3月1日）前不得无偿收回国有建设用地使用权。',
    ],
    ['sanction without an agreed start', natCase('PUBLISHED', { ...early, agreedStartDate: undefined }), 'serveHearingNotice', { ...served('hn-1', '2026-12-01'), sanction: 'FEE' }, '2026-12-20', 'AGREED_START_UNKNOWN'],
    ['hearing requested late', hearingNotice(), 'requestHearing', { requestedOn: '2026-12-07' }, '2026-12-20', 'HEARING_REQUEST_LATE', '申请听证期限已于2026年12月4日届满，2026年12月7日提出的听证申请不予受理。'],
    ['fee decision inside the hearing window', hearingNotice(), 'serveFeeDecision', { ...served('fd-1', '2026-12-04'), approval }, '2026-12-04', 'HEARING_WINDOW_OPEN', '申请听证期限至2026年12月4日届满，届满前不得作出处罚决定。'],
    ['fee decision dated inside the window', hearingNotice(), 'serveFeeDecision', { ...served('fd-1', '2026-12-04'), approval }, '2026-12-20', 'HEARING_WINDOW_OPEN'],
    ['fee decision without the hearing date', hearingNotice({ state: 'HEARING' }), 'serveFeeDecision', { ...served('fd-1', '2026-12-07'), approval }, '2026-12-20', 'INVALID_INPUT'],
    ['fee decision without approval', hearingNotice(), 'serveFeeDecision', served('fd-1', '2026-12-07') as never, '2026-12-20', 'APPROVAL_REQUIRED'],
    ['approval after service', hearingNotice(), 'serveFeeDecision', { ...served('fd-1', '2026-12-07'), approval: { ...approval, decidedOn: '2026-12-08' } }, '2026-12-20', 'APPROVAL_REQUIRED'],
    ['fee without a land price', hearingNotice({ landPriceYuan: undefined }), 'serveFeeDecision', { ...served('fd-1', '2026-12-07'), approval }, '2026-12-20', 'LAND_PRICE_UNKNOWN'],
    ['fee decision for a recovery', hearingNotice({ sanction: 'RECOVERY' }), 'serveFeeDecision', { ...served('fd-1', '2026-12-07'), approval }, '2026-12-20', 'SANCTION_MISMATCH'],
    ['recovery decision for a fee', hearingNotice(), 'serveRecoveryDecision', { ...served('rd-1', '2026-12-07'), approval }, '2026-12-20', 'SANCTION_MISMATCH'],
    ['fee decision still a draft', hearingNotice({ documents: [doc('fd-1', 'FEE_DECISION', 'DRAFT')] }), 'serveFeeDecision', { ...served('fd-1', '2026-12-07'), approval }, '2026-12-20', 'DOCUMENT_NOT_ISSUED'],
    ['wrong payment amount', decisionServed(), 'recordPayment', { paidOn: '2026-12-10', amountYuan: '246913.57' }, '2026-12-20', 'AMOUNT_MISMATCH', '缴费金额246913.57元与决定书确定的土地闲置费246913.58元不符。'],
    ['payment in the future', decisionServed(), 'recordPayment', { paidOn: '2026-12-21', amountYuan: '246913.58' }, '2026-12-20', 'DATE_IN_FUTURE'],
    ['payment for a recovery', decisionServed({ sanction: 'RECOVERY' }), 'recordPayment', { paidOn: '2026-12-10', amountYuan: '246913.58' }, '2026-12-20', 'SANCTION_MISMATCH'],
    ['enforcement on the last day to pay', decisionServed(), 'startEnforcement', {}, '2026-12-18', 'DEADLINE_NOT_PASSED', '缴纳土地闲置费期限至2026年12月18日届满（《闲置土地处置办法》第十七条），届满前不得申请强制执行。'],
    ['enforcement dated before the deadline', decisionServed(), 'startEnforcement', { appliedOn: '2026-12-15' }, '2026-12-20', 'DEADLINE_NOT_PASSED'],
    ['de-registration for a fee', decisionServed(), 'recordRecovery', { deregisteredOn: '2026-12-15' }, '2026-12-20', 'SANCTION_MISMATCH'],
    ['not idle without an opinion', natCase('CANDIDATE'), 'clear', { opinion: '' }, '2026-12-20', 'OPINION_REQUIRED'],
    ['a Jingde action', natCase('DETERMINED'), 'closeRevitalised', { evidence: 'x' }, '2026-12-20', 'ACTION_NOT_ALLOWED'],
  ])('%s', (_name, c, action, input, today, code, reason) => {
    const d = decide(c, action, input, ctxOn(today));
    expect(d).toMatchObject({ ok: false, code });
    if (!d.ok && reason) expect(d.reason).toBe(reason);
  });

  it.each([
    ['fee exactly on the first anniversary', 'FEE', '2026-03-01'],
    ['recovery exactly on the second anniversary', 'RECOVERY', '2027-03-01'],
  ] as const)('%s is allowed', (_name, sanction, on) => {
    const d = decide(natCase('PUBLISHED', early), 'serveHearingNotice', { ...served('hn-1', on), sanction }, ctxOn(on));
    expect(d).toMatchObject({ ok: true, state: 'HEARING_NOTICE', patch: { sanction } });
  });

  it('a 29 February start reaches its first year on 28 February', () => {
    const leap = natCase('PUBLISHED', { ...early, agreedStartDate: '2024-02-29' });
    const input = (on: string) => ({ ...served('hn-1', on), sanction: 'FEE' as const });
    expect(decide(leap, 'serveHearingNotice', input('2025-02-27'), ctxOn('2025-02-27'))).toMatchObject({
      code: 'SANCTION_TOO_EARLY',
      reason: '未动工开发满一年（约定动工日期2024年2月29日，满一年为2025年2月28日）前不得征缴土地闲置费。',
    });
    expect(decide(leap, 'serveHearingNotice', input('2025-02-28'), ctxOn('2025-02-28'))).toMatchObject({ ok: true });
  });

  it('determines exactly one year after the idle date', () => {
    const c = natCase('CAUSE_ASSESSED', { documents: [doc('id-1', 'IDLE_DETERMINATION')] });
    const d = decide(c, 'determine', { ...served('id-1', '2026-03-01'), idleSince: '2025-03-01' }, ctxOn('2026-03-01'));
    expect(d).toMatchObject({ ok: true, patch: { idleSince: '2025-03-01' } });
  });

  const allActions = [...new Set(nationalIdleCaseProfile.actions.map((a) => a.id))];
  const pairs = nationalIdleCaseProfile.states.flatMap((s) =>
    allActions.filter((a) => !nationalIdleCaseProfile.actions.some((x) => x.id === a && x.from.includes(s.id))).map((a) => [s.id, a] as const),
  );

  it.each(pairs)('from %s the action %s is refused by state', (state, action) => {
    const d = decide(natCase(state), action, {} as never, ctx);
    expect(d).toMatchObject({ ok: false, code: 'ACTION_NOT_ALLOWED' });
    if (!d.ok) expect(d.reason).toContain(nationalIdleCaseProfile.states.find((s) => s.id === state)?.label);
  });
});

describe('NAT-IDLE-2012 allowed actions', () => {
  it('offers only the negotiated track for government-caused idleness', () => {
    const list = allowedActions(natCase('PUBLISHED', { cause: 'GOVERNMENT', documents: [hearingDoc] }), ctx);
    expect(list).toEqual([
      expect.objectContaining({ action: 'startNegotiation', allowed: true }),
      expect.objectContaining({ action: 'serveHearingNotice', allowed: false, code: 'GOVERNMENT_CAUSE_NO_SANCTION' }),
    ]);
  });

  it('shows why a sanction cannot be proposed yet', () => {
    const list = allowedActions(natCase('PUBLISHED', early), ctxOn('2026-02-28'));
    expect(list.find((a) => a.action === 'serveHearingNotice')).toMatchObject({
      allowed: false,
      code: 'SANCTION_TOO_EARLY',
      reason: '未动工开发满一年（约定动工日期2025年3月1日，满一年为2026年3月1日）前不得征缴土地闲置费。',
    });
    expect(allowedActions(natCase('PUBLISHED', early), ctxOn('2026-03-01')).find((a) => a.action === 'serveHearingNotice')).toMatchObject({ allowed: true });
  });

  it('never changes the snapshot it is given', () => {
    const deepFreeze = <T>(o: T): T => {
      if (o && typeof o === 'object') Object.values(o).forEach(deepFreeze);
      return Object.freeze(o);
    };
    const c = deepFreeze(hearingNotice({ served: { HEARING_NOTICE: served('hn-1', '2026-11-27') } }));
    const d = decide(c, 'serveFeeDecision', { ...served('fd-1', '2026-12-07'), approval }, ctx);
    expect(d).toMatchObject({ ok: true, patch: { served: { HEARING_NOTICE: served('hn-1', '2026-11-27'), FEE_DECISION: served('fd-1', '2026-12-07') } } });
    expect(c.state).toBe('HEARING_NOTICE');
  });

  it('greys out enforcement until the payment deadline passed', () => {
    const byAction = (today: string) => Object.fromEntries(allowedActions(decisionServed(), ctxOn(today)).map((a) => [a.action, a]));
    expect(byAction('2026-12-18').startEnforcement).toMatchObject({ allowed: false, code: 'DEADLINE_NOT_PASSED' });
    expect(byAction('2026-12-19').startEnforcement).toMatchObject({ allowed: true });
    expect(byAction('2026-12-19').recordRecovery).toMatchObject({ allowed: false, code: 'SANCTION_MISMATCH' });
  });
});

describe('NAT-IDLE-2012 enterprise-caused path', () => {
  it('ends FEE_PAID with 20 % of the land price, then CLOSED', () => {
    const opened = openCase(
      { profile: 'NAT-IDLE-2012', category: 'IDLE', openedOn: '2026-02-02', discoveredOn: '2026-01-31', agreedStartDate: '2024-03-01', landPriceYuan: '1234567.89' },
      ctxOn('2026-02-02'),
    );
    expect(opened.deadlines[0]).toMatchObject({ kind: 'INVESTIGATION_START', dueOn: '2026-03-02' });
    let c: CaseSnapshot = { ...opened.snapshot, documents: [doc('in-1', 'INVESTIGATION_NOTICE')] };
    const inv = step(c, 'serveInvestigationNotice', served('in-1', '2026-02-10'), ctxOn('2026-02-10'));
    expect(inv.d.deadlines).toEqual([expect.objectContaining({ kind: 'MATERIALS', dueOn: '2026-03-12' })]);
    c = markServed(inv.c, 'in-1');
    expect(decide(c, 'assessCause', { cause: 'ENTERPRISE' }, ctxOn('2026-03-12'))).toMatchObject({ code: 'MATERIALS_WINDOW_OPEN' });
    c = step(c, 'assessCause', { cause: 'ENTERPRISE', materialsReceivedOn: '2026-03-01' }, ctxOn('2026-03-05')).c;
    c = { ...c, documents: [...c.documents, doc('id-1', 'IDLE_DETERMINATION')] };
    c = markServed(step(c, 'determine', { ...served('id-1', '2026-03-20'), idleSince: '2024-03-01' }, ctxOn('2026-03-20')).c, 'id-1');
    const pub = step(c, 'publish', { publishedOn: '2026-03-25', channel: '门户网站', url: 'https://example.gov.cn/idle/1' }, ctxOn('2026-03-25'));
    expect(pub.d.effects).toEqual([{ kind: 'PUBLISH', publishedOn: '2026-03-25', channel: '门户网站', url: 'https://example.gov.cn/idle/1' }]);
    c = { ...pub.c, documents: [...pub.c.documents, hearingDoc] };
    const hn = step(c, 'serveHearingNotice', { ...served('hn-1', '2026-04-01'), sanction: 'FEE' }, ctxOn('2026-04-01'));
    expect(hn.d.deadlines).toEqual([expect.objectContaining({ kind: 'HEARING_REQUEST', dueOn: '2026-04-08' })]);
    c = { ...markServed(hn.c, 'hn-1'), documents: [...hn.c.documents, feeDoc] };
    expect(allowedActions(c, ctxOn('2026-04-08')).find((a) => a.action === 'serveFeeDecision')).toMatchObject({ allowed: false });
    const fd = step(c, 'serveFeeDecision', { ...served('fd-1', '2026-04-10'), approval: { ...approval, decidedOn: '2026-04-09' } }, ctxOn('2026-04-10'));
    expect(fd.c.feeAmountYuan).toBe('246913.58');
    expect(fd.d.deadlines).toEqual([expect.objectContaining({ kind: 'PAYMENT', dueOn: '2026-05-10' })]);
    c = markServed(fd.c, 'fd-1');
    c = step(c, 'recordPayment', { paidOn: '2026-05-06', amountYuan: '246913.58' }, ctxOn('2026-05-07')).c;
    expect(c).toMatchObject({ state: 'FEE_PAID', paidOn: '2026-05-06', feeAmountYuan: '246913.58' });
    expect(openDeadlines(c)).toEqual([]);
    expect(step(c, 'close', {}, ctxOn('2026-05-08')).c.state).toBe('CLOSED');
  });
});
