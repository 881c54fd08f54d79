import { describe, expect, it } from 'vitest';
import { escalationOf } from './escalation.ts';
import { allowedMeasureActions, stepMeasure, type MeasureAction, type MeasureActionName } from './measure.ts';
import { approvedPlan, APPROVED_ON, evidenceOf, measureOf, TODAY } from './test-support.ts';
import type { MeasureStatus } from './types.ts';

const statuses: MeasureStatus[] = ['PLANNED', 'NEGOTIATING', 'AGREEMENT_SIGNED', 'EXECUTING', 'MONITORING', 'REVITALISED', 'ESCALATED', 'FAILED', 'CANCELLED'];
const terminal: MeasureStatus[] = ['REVITALISED', 'ESCALATED', 'FAILED', 'CANCELLED'];

/** The design's transition table, written out independently of the code's. */
const allowed: Record<MeasureActionName, { from: MeasureStatus[]; to: MeasureStatus }> = {
  startNegotiation: { from: ['PLANNED'], to: 'NEGOTIATING' },
  signAgreement: { from: ['PLANNED', 'NEGOTIATING'], to: 'AGREEMENT_SIGNED' },
  startExecution: { from: ['PLANNED', 'NEGOTIATING', 'AGREEMENT_SIGNED'], to: 'EXECUTING' },
  startMonitoring: { from: ['AGREEMENT_SIGNED', 'EXECUTING'], to: 'MONITORING' },
  revitalise: { from: ['AGREEMENT_SIGNED', 'EXECUTING', 'MONITORING'], to: 'REVITALISED' },
  escalate: { from: ['NEGOTIATING', 'AGREEMENT_SIGNED', 'EXECUTING', 'MONITORING'], to: 'ESCALATED' },
  fail: { from: ['PLANNED', 'NEGOTIATING', 'AGREEMENT_SIGNED', 'EXECUTING', 'MONITORING'], to: 'FAILED' },
  cancel: { from: ['PLANNED', 'NEGOTIATING'], to: 'CANCELLED' },
};

const on = '2024-06-15';

/** A valid action; D-YN05 (限期开发, agreement first) for signing, D-YN06 (税费征缴, no agreement) otherwise. */
function validAction(action: MeasureActionName): { methodCode: string; action: MeasureAction } {
  switch (action) {
    case 'signAgreement':
      return {
        methodCode: 'D-YN05',
        action: { action, on, agreement: { type: 'DEADLINE_DEVELOPMENT', signedAt: on, parties: ['永宁工业园区管委会', '某某科技有限公司'] } },
      };
    case 'revitalise':
      return { methodCode: 'D-YN06', action: { action, on, area_m2: 5000, evidence: evidenceOf('FEE_PAID') } };
    case 'escalate':
    case 'fail':
    case 'cancel':
      return { methodCode: 'D-YN06', action: { action, on, reasonZh: '企业拒不履行' } };
    case 'startNegotiation':
    case 'startExecution':
    case 'startMonitoring':
      return { methodCode: 'D-YN06', action: { action, on } };
  }
}

const cases = (Object.keys(allowed) as MeasureActionName[]).flatMap((action) => statuses.map((status) => [action, status] as const));

describe('measure transitions (every action from every state)', () => {
  it.each(cases.filter(([a, s]) => allowed[a].from.includes(s)))('%s from %s is allowed', (action, status) => {
    const { methodCode, action: input } = validAction(action);
    const r = stepMeasure(measureOf(methodCode, status), input, approvedPlan);
    expect(r).toMatchObject({ ok: true, measure: { status: allowed[action].to, statusSince: on } });
  });

  it.each(cases.filter(([a, s]) => !allowed[a].from.includes(s)))('%s from %s is refused', (action, status) => {
    const { methodCode, action: input } = validAction(action);
    const r = stepMeasure(measureOf(methodCode, status), input, approvedPlan);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe(terminal.includes(status) ? 'ALREADY_CONCLUDED' : 'ACTION_NOT_ALLOWED');
    expect(r.messageZh).toMatch(/不能/);
  });

  it('says which states allow an action', () => {
    const r = stepMeasure(measureOf('D-YN06', 'PLANNED'), { action: 'startMonitoring', on }, approvedPlan);
    expect(r).toMatchObject({ ok: false, messageZh: '本措施当前为“拟实施”，不能转入跟踪监管（仅“已签订协议”、“实施中”时可以）。' });
  });

  it('lists the actions a state allows for the buttons', () => {
    expect(allowedMeasureActions('PLANNED')).toEqual(['startNegotiation', 'signAgreement', 'startExecution', 'fail', 'cancel']);
    expect(allowedMeasureActions('MONITORING')).toEqual(['revitalise', 'escalate', 'fail']);
    expect(allowedMeasureActions('REVITALISED')).toEqual([]);
  });

  it('refuses a future date on any action, accepts today', () => {
    const m = measureOf('D-YN06');
    expect(stepMeasure(m, { action: 'startNegotiation', on: '2024-07-01' }, approvedPlan)).toMatchObject({ ok: false, code: 'DATE_IN_FUTURE' });
    expect(stepMeasure(m, { action: 'startNegotiation', on: '2024-02-30' }, approvedPlan)).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(stepMeasure(m, { action: 'startNegotiation', on: TODAY }, approvedPlan).ok).toBe(true);
  });

  it('refuses a method that is not in the catalogue', () => {
    expect(stepMeasure(measureOf('D-XX01'), { action: 'startNegotiation', on }, approvedPlan)).toMatchObject({ ok: false, code: 'UNKNOWN_METHOD' });
  });
});

describe('signing an agreement', () => {
  const sign = (methodCode: string, agreement: object, ctx = approvedPlan) =>
    stepMeasure(measureOf(methodCode, 'NEGOTIATING'), { action: 'signAgreement', on, agreement } as MeasureAction, ctx);
  const threeParty = { type: 'DEADLINE_DEVELOPMENT', signedAt: on, parties: ['武平县自然资源局', '武平县商务局', '某某新材料有限公司'] };

  it('needs the plan approved', () => {
    const r = sign('D-WP01', threeParty, { ...approvedPlan, planStatus: 'SUBMITTED', planApprovedOn: undefined });
    expect(r).toMatchObject({ ok: false, code: 'PLAN_NOT_APPROVED', messageZh: '处置方案尚未批准（当前为“报批中”），方案批准后方可登记签订协议。' });
  });

  it('keeps the agreement on the measure', () => {
    const r = sign('D-WP01', { ...threeParty, parties: [' 武平县自然资源局 ', '武平县商务局', '某某新材料有限公司', ''] });
    expect(r).toMatchObject({ ok: true, measure: { status: 'AGREEMENT_SIGNED', data: { agreement: { type: 'DEADLINE_DEVELOPMENT', parties: threeParty.parties } } } });
  });

  it('needs one of the method’s agreement types', () => {
    expect(sign('D-WP01', { ...threeParty, type: 'PURCHASE' })).toMatchObject({
      ok: false,
      code: 'AGREEMENT_REQUIRED',
      messageZh: '“限期开发”应签订限期开发协议或三方协议，请选择协议类型。',
    });
    expect(sign('D-YN06', { ...threeParty })).toMatchObject({ ok: false, code: 'AGREEMENT_NOT_APPLICABLE' });
  });

  it('needs a signing date that has passed', () => {
    expect(sign('D-WP01', { ...threeParty, signedAt: undefined })).toMatchObject({ ok: false, code: 'INVALID_INPUT', messageZh: '请填写有效的协议签订日期（年-月-日）。' });
    expect(sign('D-WP01', { ...threeParty, signedAt: '2024-07-01' })).toMatchObject({ ok: false, code: 'DATE_IN_FUTURE' });
  });

  it('needs two parties, and Wuping’s three-party agreement all three', () => {
    expect(sign('D-YN05', { type: 'DEADLINE_DEVELOPMENT', signedAt: on, parties: ['永宁工业园区管委会'] })).toMatchObject({
      ok: false,
      code: 'AGREEMENT_REQUIRED',
      messageZh: '限期开发协议应由园区管委会、土地使用权人2方签订，已填写1方。',
    });
    expect(sign('D-WP01', { ...threeParty, parties: ['武平县自然资源局', '某某新材料有限公司'] })).toMatchObject({
      ok: false,
      messageZh: '限期开发协议应由县自然资源局、县商务局、土地使用权人3方签订，已填写2方。',
    });
    expect(sign('D-WP03', { type: 'PURCHASE', signedAt: on, parties: ['武平县土地收储中心'] })).toMatchObject({
      ok: false,
      messageZh: '收购（收储）协议应至少有2方当事人，已填写1方。',
    });
    expect(sign('D-WP03', { type: 'PURCHASE', signedAt: on, parties: ['武平县土地收储中心', '某某公司'] }).ok).toBe(true);
  });
});

describe('starting execution', () => {
  it('needs the agreement first when the method has one', () => {
    const r = stepMeasure(measureOf('D-JD01', 'NEGOTIATING'), { action: 'startExecution', on }, approvedPlan);
    expect(r).toMatchObject({ ok: false, code: 'AGREEMENT_REQUIRED', messageZh: '“增资改造”须先签订补充协议或工业项目用地监管合同，登记签订后方可开始实施。' });
    expect(stepMeasure(measureOf('D-JD01', 'AGREEMENT_SIGNED'), { action: 'startExecution', on }, approvedPlan).ok).toBe(true);
  });

  it('goes straight from planned when the method needs no agreement, once the plan is approved', () => {
    expect(stepMeasure(measureOf('D-N07'), { action: 'startExecution', on }, approvedPlan).ok).toBe(true);
    expect(stepMeasure(measureOf('D-N07'), { action: 'startExecution', on }, { ...approvedPlan, planStatus: 'DRAFT' })).toMatchObject({
      ok: false,
      code: 'PLAN_NOT_APPROVED',
    });
  });
});

describe('revitalising', () => {
  const revitalise = (area_m2: number, evidence = evidenceOf('CONSTRUCTION_STARTED'), day = on) =>
    stepMeasure(measureOf('D-WP01', 'EXECUTING'), { action: 'revitalise', on: day, area_m2, evidence }, approvedPlan);

  it('records the date, the area and the evidence', () => {
    const r = revitalise(12_000);
    expect(r).toMatchObject({ ok: true, measure: { status: 'REVITALISED', revitalisedOn: on, revitalisedArea_m2: 12_000, evidence: evidenceOf('CONSTRUCTION_STARTED') } });
  });

  it('needs the evidence kind of the method', () => {
    expect(revitalise(12_000, evidenceOf('TRANSFER_REGISTERED'))).toMatchObject({
      ok: false,
      code: 'EVIDENCE_MISMATCH',
      messageZh: '“限期开发”以“达到动工开发标准”作为盘活证明，所提交的是“完成转让登记”。',
    });
    expect(revitalise(12_000, { ...evidenceOf('CONSTRUCTION_STARTED'), referenceZh: ' ' })).toMatchObject({ ok: false, code: 'EVIDENCE_REQUIRED' });
  });

  it('accepts the whole parcel, not more', () => {
    expect(revitalise(20_000).ok).toBe(true);
    expect(revitalise(20_000.01)).toMatchObject({ ok: false, code: 'AREA_INVALID', messageZh: '盘活面积20,000.01 平方米超过宗地面积20,000.00 平方米。' });
    expect(revitalise(0)).toMatchObject({ ok: false, code: 'AREA_INVALID' });
    expect(revitalise(Number.NaN)).toMatchObject({ ok: false, code: 'AREA_INVALID' });
  });

  it('counts only what happened under the approved plan, up to today', () => {
    expect(revitalise(1000, evidenceOf('CONSTRUCTION_STARTED', '2024-01-09'), '2024-01-09')).toMatchObject({ ok: false, code: 'DATE_BEFORE_APPROVAL' });
    expect(revitalise(1000, evidenceOf('CONSTRUCTION_STARTED', '2024-01-09'), APPROVED_ON)).toMatchObject({ ok: false, code: 'DATE_BEFORE_APPROVAL' });
    expect(revitalise(1000, evidenceOf('CONSTRUCTION_STARTED', APPROVED_ON), APPROVED_ON).ok).toBe(true);
    expect(revitalise(1000, evidenceOf('CONSTRUCTION_STARTED', TODAY), '2024-07-01')).toMatchObject({ ok: false, code: 'DATE_IN_FUTURE' });
    expect(revitalise(1000, evidenceOf('CONSTRUCTION_STARTED', '2024-06-20'), '2024-06-15')).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });
});

describe('escalation', () => {
  const escalate = (methodCode: string, reasonZh = '期满未开工') =>
    stepMeasure(measureOf(methodCode, 'MONITORING'), { action: 'escalate', on, reasonZh }, approvedPlan);

  it('Wuping: a broken three-party agreement leads to recovery by D-WP04', () => {
    const r = escalate('D-WP01');
    expect(r).toMatchObject({ ok: true, measure: { status: 'ESCALATED', outcomeReasonZh: '期满未开工' }, escalation: { kind: 'RECOVERY', followUpMethod: 'D-WP04' } });
    if (r.ok) expect(r.escalation?.basisZh).toContain('未达到限期开发三方协议约定要求的');
  });

  it('Yongning: a broken deadline agreement puts the firm on the credit blacklist and follows up with D-YN02', () => {
    const r = escalate('D-YN05');
    expect(r).toMatchObject({ ok: true, escalation: { kind: 'CREDIT_BLACKLIST', followUpMethod: 'D-YN02' } });
    if (r.ok) expect(r.escalation?.basisZh).toContain('列入全县社会信用黑名单');
  });

  it('other methods escalate with the reason and no automatic follow-up', () => {
    const r = escalate('D-JD01');
    expect(r).toMatchObject({ ok: true, escalation: { kind: 'OTHER' } });
    if (r.ok) expect(r.escalation?.followUpMethod).toBeUndefined();
    expect(escalationOf('D-N01')).toMatchObject({ kind: 'OTHER', sourceZh: '《闲置土地处置办法》（国土资源部令第53号）第十二条第（一）项' });
  });

  it('needs a reason, as fail and cancel do', () => {
    expect(escalate('D-WP01', '  ')).toMatchObject({ ok: false, code: 'REASON_REQUIRED', messageZh: '请填写升级处置的理由。' });
    expect(stepMeasure(measureOf('D-WP01'), { action: 'cancel', on, reasonZh: '' }, approvedPlan)).toMatchObject({ ok: false, code: 'REASON_REQUIRED' });
    expect(stepMeasure(measureOf('D-WP01'), { action: 'fail', on, reasonZh: '' }, approvedPlan)).toMatchObject({ ok: false, code: 'REASON_REQUIRED' });
  });
});
