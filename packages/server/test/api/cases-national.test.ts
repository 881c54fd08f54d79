import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, testUscc, type County, type TestContext } from '../helpers/context.ts';
import { steps } from './cases-steps.ts';

/** A national idle-land case (Order 53) caused by the enterprise: fee decision, payment, publication. */

let t: TestContext;
let a: County;
let bureau: string;
let s: ReturnType<typeof steps>;
const parcelIds: Record<string, string> = {};

const idle = (code: string, n: number, landPrice_yuan: number) => ({
  values: { code, name: `${code} 地块`, location: '测试县东园纬二路', area_m2: 20_000, plannedUse: '0601', started: false, idleCauseType: 'ENTERPRISE', landPrice_yuan },
  contract: { agreedStartDate: '2024-03-01', agreedCompletionDate: '2026-03-01', contractNo: `测出让〔2023〕${n}号` },
  enterpriseUscc: testUscc(n),
  enterpriseName: `测试${code}材料有限公司`,
  zoneName: '东园',
});

beforeAll(async () => {
  t = await createTestContext();
  s = steps(t);
  a = await t.createCounty();
  await t.seedParcels(a.code, [idle('NAT-1', 501, 1_234_567.89)]);
  const { rows } = await t.db.query<{ id: string; code: string }>('SELECT id, code FROM parcels WHERE jurisdiction_code = $1', [a.code]);
  for (const r of rows) parcelIds[r.code] = r.id;
  bureau = await t.loginAs('LAND_BUREAU', a.code);
  await s.ensureIssuingUnit(bureau, a.code, '测自然资闲');
});
afterAll(() => t.close());

describe('a national idle-land case caused by the enterprise', () => {
  it('ends in a fee of 20 % of the land price, paid, after investigation, determination, publication and the hearing notice', async () => {
    s.setToday('2026-12-01');
    const opened = await s.openCase(bureau, { parcelId: parcelIds['NAT-1'], category: 'IDLE' });
    expect(opened).toMatchObject({ profileId: 'NAT-IDLE-2012', state: 'CANDIDATE' });
    // Order 53 Art. 5: the investigation starts within 30 days of discovery
    expect(opened.nextDeadline).toMatchObject({ kind: 'INVESTIGATION_START', dueOn: '2026-12-31' });
    const id = opened.id;
    const serve = (documentId: string, servedOn: string) => ({ documentId, servedOn, serviceMethod: 'DIRECT' });

    const investigation = await s.issuedDocument(bureau, id, 'INVESTIGATION_NOTICE', '测自然资闲');
    const investigating = await s.act(bureau, id, 'serveInvestigationNotice', serve(investigation.id, '2026-12-01'));
    expect(investigating.state).toBe('INVESTIGATING');
    expect(investigating.deadlines.map((d) => d.kind)).toEqual(['MATERIALS']);

    const tooSoon = await s.refused(bureau, id, 'assessCause', { cause: 'ENTERPRISE' });
    expect(tooSoon).toMatchObject({ status: 422, refusalCode: 'MATERIALS_WINDOW_OPEN' });
    await s.act(bureau, id, 'assessCause', { cause: 'ENTERPRISE', materialsReceivedOn: '2026-12-01' });

    const determination = await s.issuedDocument(bureau, id, 'IDLE_DETERMINATION', '测自然资闲');
    const determined = await s.act(bureau, id, 'determine', { ...serve(determination.id, '2026-12-01'), idleSince: '2024-03-01' });
    expect(determined.state).toBe('DETERMINED');
    // national idle land carries no P-JD04 flags
    expect(determined.restrictions).toEqual([]);

    const published = await s.act(bureau, id, 'publish', { publishedOn: '2026-12-01', channel: '测试县人民政府门户网站' });
    expect(published.state).toBe('PUBLISHED');
    expect(published.publications).toHaveLength(1);
    expect(published.publications[0]!.content).toContain('测试NAT-1材料有限公司');
    expect(published.publications[0]!.content).toContain(determination.docNo);
    const list = await s.api('GET', '/publications', bureau);
    expect(list.json().items.map((p: { caseId: string }) => p.caseId)).toEqual([id]);

    const noSanction = await s.refused(bureau, id, 'startNegotiation');
    expect(noSanction.refusalCode).toBe('ENTERPRISE_CAUSE');
    const hearing = await s.issuedDocument(bureau, id, 'HEARING_NOTICE', '测自然资闲');
    const noticed = await s.act(bureau, id, 'serveHearingNotice', { ...serve(hearing.id, '2026-12-01'), sanction: 'FEE' });
    expect(noticed.state).toBe('HEARING_NOTICE');
    // five working days after Tuesday 1 December
    expect(noticed.nextDeadline).toMatchObject({ kind: 'HEARING_REQUEST', dueOn: '2026-12-08' });

    const fee = await s.issuedDocument(bureau, id, 'FEE_DECISION', '测自然资闲');
    const approval = { body: '测试县人民政府', decidedOn: '2026-12-09' };
    s.setToday('2026-12-08');
    const windowOpen = await s.refused(bureau, id, 'serveFeeDecision', { ...serve(fee.id, '2026-12-08'), approval: { ...approval, decidedOn: '2026-12-08' } });
    expect(windowOpen).toMatchObject({ status: 422, refusalCode: 'HEARING_WINDOW_OPEN' });
    expect(windowOpen.reason).toContain('2026年12月8日');

    s.setToday('2026-12-09');
    const decided = await s.act(bureau, id, 'serveFeeDecision', { ...serve(fee.id, '2026-12-09'), approval });
    expect(decided.state).toBe('DECISION_SERVED');
    // 1 234 567.89 × 20 % = 246 913.578, to the fen
    expect(decided.snapshot.feeAmountYuan).toBe('246913.58');
    expect(decided.nextDeadline).toMatchObject({ kind: 'PAYMENT', dueOn: '2027-01-08' });
    expect(decided.documents.map((d) => d.status)).toEqual(['SERVED', 'SERVED', 'SERVED', 'SERVED']);

    s.setToday('2026-12-20');
    const wrong = await s.refused(bureau, id, 'recordPayment', { paidOn: '2026-12-20', amountYuan: '246913.57' });
    expect(wrong).toMatchObject({ status: 422, refusalCode: 'AMOUNT_MISMATCH' });
    const enforcement = await s.refused(bureau, id, 'startEnforcement', {});
    expect(enforcement.refusalCode).toBe('DEADLINE_NOT_PASSED');
    const paid = await s.act(bureau, id, 'recordPayment', { paidOn: '2026-12-20', amountYuan: '246913.58' });
    expect(paid.state).toBe('FEE_PAID');
    expect(paid.deadlines).toEqual([]);
    const closed = await s.act(bureau, id, 'close', {});
    expect(closed.state).toBe('CLOSED');

    const { rows } = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE jurisdiction_code = $1 AND entity_type = 'case' AND entity_id = $2 AND action = 'CASE_ACTION'`,
      [a.code, id],
    );
    expect(rows[0]!.n).toBe(closed.timeline.length - 1);
    const clocks = await t.db.query<{ kind: string; met_on: string | null }>(
      'SELECT kind, met_on FROM case_deadlines WHERE jurisdiction_code = $1 AND case_id = $2 ORDER BY due_on',
      [a.code, id],
    );
    // every clock of the case stopped when the next step was taken
    expect(clocks.rows.map((r) => r.kind)).toEqual(['HEARING_REQUEST', 'INVESTIGATION_START', 'MATERIALS', 'PAYMENT']);
    expect(clocks.rows.every((r) => r.met_on !== null)).toBe(true);
  });

  it('answers the input errors of a step in Chinese, naming the field', async () => {
    const { rows } = await t.db.query<{ id: string }>('SELECT id FROM cases WHERE jurisdiction_code = $1', [a.code]);
    const res = await s.api('POST', `/cases/${rows[0]!.id}/actions`, bureau, { action: 'recordPayment', version: 1, input: { paidOn: '20261220', amountYuan: 'abc' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['input.paidOn', 'input.amountYuan']);
    expect(res.json().detail).toContain('日期格式应为 YYYY-MM-DD');
  });
});
