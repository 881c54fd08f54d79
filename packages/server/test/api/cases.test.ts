import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, testUscc, type County, type TestContext } from '../helpers/context.ts';
import { steps } from './cases-steps.ts';

/** A Jingde (JD-2022) case end to end through HTTP, with its objection, scope and permissions. */

let t: TestContext;
let a: County;
let b: County;
let bureau: string;
let leader: string;
let s: ReturnType<typeof steps>;
const parcelIds: Record<string, string> = {};

const inefficient = (code: string, n: number) => ({
  values: { code, name: `${code} 地块`, area_m2: 30_000, plannedUse: '0601', started: true, completed: true, operationsStatus: 'PRODUCING' },
  contract: { agreedStartDate: '2015-12-01' },
  enterpriseUscc: testUscc(n),
  enterpriseName: `测试${code}制造有限公司`,
  zoneName: '东园',
});

beforeAll(async () => {
  t = await createTestContext();
  s = steps(t);
  a = await t.createCounty();
  b = await t.createCounty();
  await t.seedParcels(a.code, [inefficient('JD-1', 401), inefficient('JD-2', 402)]);
  await t.seedParcels(b.code, [inefficient('JD-B', 403)]);
  const { rows } = await t.db.query<{ id: string; code: string }>('SELECT id, code FROM parcels WHERE jurisdiction_code = ANY($1)', [[a.code, b.code]]);
  for (const r of rows) parcelIds[r.code] = r.id;
  bureau = await t.loginAs('LAND_BUREAU', a.code);
  leader = await t.loginAs('LEADER', a.code);
  await s.ensureIssuingUnit(bureau, a.code, '测自然资闲');
});
afterAll(() => t.close());

describe('a Jingde inefficient case', () => {
  it('goes from 疑似 to 认定 through one objection and re-verification, raising the P-JD04 flags', async () => {
    s.setToday('2026-12-01');
    const opened = await s.openCase(bureau, { parcelId: parcelIds['JD-1'], category: 'INEFFICIENT', note: '亩均税收偏低' });
    expect(opened.profileId).toBe('JD-2022');
    expect(opened.state).toBe('CANDIDATE');
    expect(opened.stateLabel).toBe('疑似（待核查）');
    expect(opened.caseNo).toMatch(new RegExp(`^${a.code}-2026-\\d{4}$`));
    const id = opened.id;

    await s.act(bureau, id, 'startVerification');
    // the field verification shows on the case page as the inspections feature records it
    const inspection = await s.api('POST', `/cases/${id}/inspections`, bureau, { inspectedOn: '2026-12-01', inspectors: ['核查员甲', '核查员乙'], summary: '厂房在产，税收偏低' });
    expect(inspection.statusCode, inspection.body).toBe(201);
    expect((await s.getCase(bureau, id)).inspections).toMatchObject([{ inspectors: ['核查员甲', '核查员乙'], summary: '厂房在产，税收偏低', status: 'DRAFT', findings: [] }]);
    const incomplete = await s.refused(bureau, id, 'submitForm', { proposedCriteria: [], proposedDisposal: ['D-JD02'] });
    expect(incomplete.status).toBe(400);
    await s.act(bureau, id, 'submitForm', { proposedCriteria: ['JD-I1'], proposedDisposal: ['D-JD02'] });

    // casework staff do not decide: the leading group reviews
    const forbidden = await s.refused(bureau, id, 'groupReview', { outcome: 'CONFIRM', meeting: { heldOn: '2026-12-01' } });
    expect(forbidden.status).toBe(403);
    const proposed = await s.getCase(leader, id);
    expect(proposed.allowedActions.find((x) => x.action === 'groupReview')?.allowed).toBe(true);
    expect((await s.getCase(bureau, id)).allowedActions.find((x) => x.action === 'groupReview')?.allowed).toBe(false);
    const reviewed = await s.act(leader, id, 'groupReview', { outcome: 'CONFIRM', meeting: { heldOn: '2026-12-01' } });
    expect(reviewed.state).toBe('REVIEWED');

    // serving the written feedback starts the 10-working-day objection window (the day of service does not count)
    const feedback = await s.issuedDocument(bureau, id, 'JD_REVIEW_FEEDBACK', '测自然资闲');
    expect(feedback.docNo).toBe('测自然资闲〔2026〕1号');
    const notified = await s.act(bureau, id, 'notifyReviewResult', { documentId: feedback.id, servedOn: '2026-12-01', serviceMethod: 'DIRECT' });
    expect(notified.state).toBe('PRELIM_NOTIFIED');
    expect(notified.nextDeadline).toEqual({ kind: 'OBJECTION_WINDOW', label: '异议期届满', dueOn: '2026-12-15' });
    expect(notified.documents.find((d) => d.id === feedback.id)).toMatchObject({ status: 'SERVED', servedOn: '2026-12-01' });

    const notice = await s.issuedDocument(bureau, id, 'JD_DETERMINATION_NOTICE', '测自然资闲');
    const early = await s.refused(bureau, id, 'determine', { documentId: notice.id, servedOn: '2026-12-01', serviceMethod: 'DIRECT' });
    expect(early).toMatchObject({ status: 422, code: 'ACTION_REFUSED', refusalCode: 'OBJECTION_WINDOW_OPEN' });
    expect(early.reason).toContain('2026年12月15日');

    s.setToday('2026-12-07');
    expect((await s.act(bureau, id, 'receiveObjection', { receivedOn: '2026-12-04' }, '企业称已签订技改协议')).state).toBe('OBJECTION');
    expect((await s.act(bureau, id, 'startReverification')).state).toBe('REVERIFYING');
    const upheld = await s.act(bureau, id, 'concludeReverification', { outcome: 'UPHOLD' });
    expect(upheld.state).toBe('REVERIFYING');
    expect(upheld.snapshot).toMatchObject({ reverificationCount: 1, reverificationOutcome: 'UPHOLD' });

    // one re-verification only: a second objection is refused with its reason
    const second = await s.refused(bureau, id, 'receiveObjection', { receivedOn: '2026-12-07' });
    expect(second).toMatchObject({ status: 422, code: 'ACTION_REFUSED', refusalCode: 'SECOND_OBJECTION' });
    expect(second.reason).toMatch(/异议/);

    const determined = await s.act(bureau, id, 'determine', { documentId: notice.id, servedOn: '2026-12-07', serviceMethod: 'MAIL' });
    expect(determined.state).toBe('DETERMINED');
    expect(determined.stateLabel).toBe('已认定（认定告知书已送达）');
    expect(determined.deadlines).toEqual([]);
    expect(determined.restrictions).toHaveLength(7);
    expect(determined.restrictions.every((r) => r.active && r.since === '2026-12-07')).toBe(true);
    expect(determined.timeline.map((e) => e.action)).toEqual([
      'open', 'startVerification', 'submitForm', 'groupReview', 'notifyReviewResult', 'receiveObjection', 'startReverification', 'concludeReverification', 'determine',
    ]);
    expect(determined.timeline.at(-1)).toMatchObject({ fromState: 'REVERIFYING', toState: 'DETERMINED', actionOn: '2026-12-07', documentId: notice.id });

    const second2 = await s.refused(bureau, id, 'receiveObjection', { receivedOn: '2026-12-07' });
    expect(second2.refusalCode).toBe('SECOND_OBJECTION');

    // the tax bureau sees its flag; the Excel list has Chinese headers and a UTF-8 file name
    const tax = await s.api('GET', `/restrictions?department=${encodeURIComponent('税务局')}&active=true`, leader);
    expect(tax.statusCode, tax.body).toBe(200);
    expect(tax.json().items).toHaveLength(1);
    expect(tax.json().items[0]).toMatchObject({ type: 'TAX_ARREARS', typeLabel: '依法追缴欠缴税款', enterprise: { name: '测试JD-1制造有限公司' } });
    const xlsx = await s.api('GET', '/restrictions/export.xlsx?active=true', leader);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('限制措施清单')}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, '序号', '企业名称', '统一社会信用代码', '限制措施', '责任部门', '起始日期', '状态', '解除日期', '解除原因', '案件编号']);
    expect(sheet.rowCount).toBe(8);

    // 盘活结案 lifts every flag of the case
    s.setToday('2027-03-01');
    const closed = await s.act(bureau, id, 'closeRevitalised', { evidence: '已协议转让给新项目并投产' });
    expect(closed.state).toBe('CLOSED');
    expect(closed.restrictions.every((r) => !r.active && r.liftedOn === '2027-03-01')).toBe(true);
    expect(closed.allowedActions).toEqual([]);

    // every step is in the audit trail, in order, with who and what
    const { rows } = await t.db.query<{ action: string; after: { action?: string; state?: string } }>(
      `SELECT action, after FROM audit_log WHERE jurisdiction_code = $1 AND entity_type = 'case' AND entity_id = $2 ORDER BY id`,
      [a.code, id],
    );
    expect(rows[0]!.action).toBe('CREATE');
    expect(rows.slice(1).map((r) => r.after.action)).toEqual([
      'startVerification', 'submitForm', 'groupReview', 'notifyReviewResult', 'receiveObjection', 'startReverification', 'concludeReverification', 'determine', 'closeRevitalised',
    ]);
    expect(rows.slice(1).every((r) => r.action === 'CASE_ACTION')).toBe(true);
  });

  it('refuses a stale version with 409 and a second case on the same parcel', async () => {
    s.setToday('2026-12-01');
    const c = await s.openCase(bureau, { parcelId: parcelIds['JD-2'], category: 'INEFFICIENT' });
    await s.act(bureau, c.id, 'startVerification');
    const stale = await s.api('POST', `/cases/${c.id}/actions`, bureau, { action: 'clear', version: c.version, input: { opinion: '重复立案' } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const dup = await s.api('POST', '/cases', bureau, { parcelId: parcelIds['JD-2'], category: 'INEFFICIENT' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().detail).toContain(c.caseNo);
    const noOpinion = await s.refused(bureau, c.id, 'clear', {});
    expect(noOpinion.status).toBe(400);
    const cleared = await s.act(bureau, c.id, 'clear', {}, '核查后亩均税收达标');
    expect(cleared.state).toBe('CLEARED');
    expect(cleared.snapshot.clearedOpinion).toBe('核查后亩均税收达标');
    expect(cleared.timeline.at(-1)).toMatchObject({ action: 'clear', toState: 'CLEARED' });
    // a cleared case is over: the parcel may be taken up again
    const again = await s.openCase(bureau, { parcelId: parcelIds['JD-2'], category: 'INEFFICIENT' });
    expect(again.id).not.toBe(c.id);
  });

  it('answers 404 for a case outside the user\'s jurisdiction, for reading and for acting', async () => {
    s.setToday('2026-12-01');
    const bureauB = await t.loginAs('LAND_BUREAU', b.code);
    const other = await s.openCase(bureauB, { parcelId: parcelIds['JD-B'], category: 'INEFFICIENT' });
    expect((await s.api('GET', `/cases/${other.id}`, bureau)).statusCode).toBe(404);
    const act = await s.api('POST', `/cases/${other.id}/actions`, bureau, { action: 'startVerification', version: other.version, input: {} });
    expect(act.statusCode).toBe(404);
    const list = await s.api('GET', '/cases?pageSize=200', bureau);
    expect((list.json().items as Array<{ id: string }>).some((c) => c.id === other.id)).toBe(false);
    // a parcel of another county cannot be opened either
    expect((await s.api('POST', '/cases', bureau, { parcelId: parcelIds['JD-B'], category: 'INEFFICIENT' })).statusCode).toBe(404);
    // park staff see the cases of their own park's parcels only
    // (the case reopened on JD-2, a parcel of 东园, by the test above)
    const eastCase = (await s.api('GET', `/cases?parcelId=${parcelIds['JD-2']}&open=true`, bureau)).json().items[0] as { id: string };
    const west = await t.loginAs('PARK_STAFF', a.code, { zoneId: a.zones['西园'] });
    const east = await t.loginAs('PARK_STAFF', a.code, { zoneId: a.zones['东园'] });
    expect((await s.api('GET', `/cases/${eastCase.id}`, west)).statusCode).toBe(404);
    expect((await s.api('GET', `/cases/${eastCase.id}`, east)).statusCode).toBe(200);
    expect((await s.api('GET', '/cases', west)).json().total).toBe(0);
    // a department may read the lists but not act
    const dept = await t.loginAs('DEPARTMENT', a.code);
    expect((await s.api('GET', '/restrictions', dept)).statusCode).toBe(200);
    expect((await s.api('POST', '/cases', dept, { parcelId: parcelIds['JD-2'], category: 'INEFFICIENT' })).statusCode).toBe(403);
  });
});

describe('the OpenAPI document', () => {
  it('lists the procedure\'s endpoints under 认定程序', async () => {
    const res = await t.request({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const paths = res.json().paths as Record<string, Record<string, { tags?: string[] }>>;
    for (const [path, method] of [
      ['/api/v1/cases', 'get'], ['/api/v1/cases', 'post'], ['/api/v1/cases/from-results', 'post'], ['/api/v1/cases/{id}', 'get'],
      ['/api/v1/cases/{id}/actions', 'post'], ['/api/v1/cases/batch-review', 'post'], ['/api/v1/cases/summary', 'get'], ['/api/v1/todo', 'get'],
      ['/api/v1/case-settings', 'put'], ['/api/v1/calendar', 'get'], ['/api/v1/calendar/days/{date}', 'delete'],
      ['/api/v1/restrictions', 'get'], ['/api/v1/restrictions/export.xlsx', 'get'], ['/api/v1/publications', 'get'],
    ] as const) {
      expect(paths[path]?.[method]?.tags, `${method} ${path}`).toEqual(['认定程序']);
    }
  });
});
