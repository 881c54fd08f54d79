import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, testUscc, type County, type TestContext } from '../helpers/context.ts';
import { steps, type CaseView } from './cases-steps.ts';

/** Batch review at one meeting, opening from identification results, to-do and summary, settings and calendar. */

let t: TestContext;
let a: County;
let bureau: string;
let leader: string;
let admin: string;
let s: ReturnType<typeof steps>;
const parcelIds: Record<string, string> = {};
const MU = 2000 / 3;

const producing = (code: string, n: number, taxYuan: number) => ({
  values: {
    code, name: `${code} 地块`, area_m2: 100 * MU, plannedUse: '0601', started: true, actualStartDate: '2016-01-01', halted: false,
    completed: true, completionDate: '2017-06-01', operationsStatus: 'PRODUCING', productionStartDate: '2018-01-01',
  },
  contract: { agreedStartDate: '2015-12-01' },
  years: [2024, 2025].map((year) => ({ year, taxPaid_yuan: taxYuan, landUseTax_yuan: 50_000, propertyTax_yuan: 50_000 })),
  enterpriseUscc: testUscc(n),
  enterpriseName: `测试${code}科技有限公司`,
  zoneName: '西园',
});

beforeAll(async () => {
  t = await createTestContext();
  s = steps(t);
  a = await t.createCounty();
  await t.seedParcels(a.code, [
    producing('B-1', 601, 600_000),
    producing('B-2', 602, 600_000),
    producing('B-3', 603, 600_000),
    producing('B-LOW', 604, 600_000),
    producing('B-HIGH', 605, 9_000_000),
    {
      values: { code: 'B-IDLE', name: 'B-IDLE 地块', area_m2: 20_000, plannedUse: '0601', started: false, idleCauseType: 'ENTERPRISE', landPrice_yuan: 800_000 },
      contract: { agreedStartDate: '2024-03-01' },
      enterpriseUscc: testUscc(606),
      enterpriseName: '测试B-IDLE材料有限公司',
    },
  ]);
  const { rows } = await t.db.query<{ id: string; code: string }>('SELECT id, code FROM parcels WHERE jurisdiction_code = $1', [a.code]);
  for (const r of rows) parcelIds[r.code] = r.id;
  bureau = await t.loginAs('LAND_BUREAU', a.code);
  leader = await t.loginAs('LEADER', a.code);
  admin = await t.loginAs('ADMIN', '000000');
  await s.ensureIssuingUnit(bureau, a.code, '测自然资闲');
});
afterAll(() => t.close());

async function proposed(code: string, upTo: 'VERIFYING' | 'PROPOSED'): Promise<CaseView> {
  const c = await s.openCase(bureau, { parcelId: parcelIds[code], category: 'INEFFICIENT' });
  await s.act(bureau, c.id, 'startVerification');
  if (upTo === 'VERIFYING') return s.getCase(bureau, c.id);
  return s.act(bureau, c.id, 'submitForm', { proposedCriteria: ['JD-I1'], proposedDisposal: ['D-JD02'] });
}

describe('batch review', () => {
  it('reviews several cases at one meeting all or nothing, with one minutes draft', async () => {
    s.setToday('2026-12-01');
    const one = await proposed('B-1', 'PROPOSED');
    const two = await proposed('B-2', 'PROPOSED');
    const notReady = await proposed('B-3', 'VERIFYING');
    const meeting = { heldOn: '2026-12-01', place: '县政府三楼会议室', attendees: ['组长甲', '副组长乙'], topics: '第一批闲置低效工业用地认定' };

    const forbidden = await s.api('POST', '/cases/batch-review', bureau, { caseIds: [one.id, two.id], outcome: 'CONFIRM', meeting });
    expect(forbidden.statusCode).toBe(403);

    const all = await s.api('POST', '/cases/batch-review', leader, { caseIds: [one.id, two.id, notReady.id], outcome: 'CONFIRM', meeting });
    expect(all.statusCode, all.body).toBe(422);
    expect(all.json()).toMatchObject({ code: 'ACTION_REFUSED', refusalCode: 'ACTION_NOT_ALLOWED', caseNo: notReady.caseNo });
    expect(all.json().detail).toContain(notReady.caseNo);
    // nothing was written: the two ready cases are still proposed and no minutes exist
    expect((await s.getCase(leader, one.id)).state).toBe('PROPOSED');
    expect((await s.getCase(leader, two.id)).state).toBe('PROPOSED');
    const none = await t.db.query("SELECT 1 FROM case_documents WHERE jurisdiction_code = $1 AND kind = 'MEETING_MINUTES'", [a.code]);
    expect(none.rows).toHaveLength(0);

    const ok = await s.api('POST', '/cases/batch-review', leader, { caseIds: [one.id, two.id], outcome: 'CONFIRM', meeting });
    expect(ok.statusCode, ok.body).toBe(200);
    const body = ok.json() as { minutesDocumentId: string; cases: Array<{ id: string; state: string }> };
    expect(body.cases.map((c) => c.state)).toEqual(['REVIEWED', 'REVIEWED']);
    const reviewed = await s.getCase(leader, one.id);
    expect(reviewed.snapshot.review).toEqual({ outcome: 'CONFIRM', heldOn: '2026-12-01', minutesDocumentId: body.minutesDocumentId });
    const minutes = await s.api('GET', `/documents/${body.minutesDocumentId}`, leader);
    expect(minutes.statusCode, minutes.body).toBe(200);
    expect(minutes.json()).toMatchObject({ kind: 'MEETING_MINUTES', status: 'DRAFT', caseId: null });
    const text = JSON.stringify(minutes.json().content);
    expect(text).toContain(one.caseNo);
    expect(text).toContain(two.caseNo);
    expect(text).not.toContain(notReady.caseNo);
  });

  it('counts the objection window in working days of the calendar an admin keeps', async () => {
    const day = await s.api('PUT', '/calendar/days/2026-12-02', admin, { kind: 'HOLIDAY', name: '测试假日' });
    expect(day.statusCode, day.body).toBe(200);
    expect((await s.api('PUT', '/calendar/days/2026-12-03', bureau, { kind: 'HOLIDAY', name: '假日' })).statusCode).toBe(403);
    expect((await s.api('PUT', '/calendar/days/2026-12-03', admin, { kind: 'WORKDAY', name: '调休' })).statusCode).toBe(400);
    const year = await s.api('GET', '/calendar?year=2026', bureau);
    expect(year.json().days).toEqual([{ date: '2026-12-02', kind: 'HOLIDAY', name: '测试假日' }]);

    const { rows } = await t.db.query<{ id: string }>("SELECT id FROM cases WHERE jurisdiction_code = $1 AND state = 'REVIEWED' ORDER BY case_no LIMIT 1", [a.code]);
    const id = rows[0]!.id;
    const feedback = await s.issuedDocument(bureau, id, 'JD_REVIEW_FEEDBACK', '测自然资闲');
    const notified = await s.act(bureau, id, 'notifyReviewResult', { documentId: feedback.id, servedOn: '2026-12-01', serviceMethod: 'ELECTRONIC' });
    // 2 December rests, so the tenth working day after 1 December moves from the 15th to the 16th
    expect(notified.nextDeadline?.dueOn).toBe('2026-12-16');
    expect((await s.api('DELETE', '/calendar/days/2026-12-02', admin)).statusCode).toBe(204);
    expect((await s.api('DELETE', '/calendar/days/2026-12-02', admin)).statusCode).toBe(404);
  });
});

describe('opening from identification results', () => {
  it('opens one case per flagged parcel and reports the parcels it skips', async () => {
    s.setToday('2026-12-01');
    const run = await s.api('POST', '/identification/runs', bureau, { jurisdictionCode: a.code, ruleSetId: 'jingde-2022', asOf: '2026-11-30' });
    expect(run.statusCode, run.body).toBe(201);
    const runId = (run.json() as { id: string }).id;
    const res = await s.api('POST', '/cases/from-results', bureau, { runId, parcelIds: [parcelIds['B-LOW'], parcelIds['B-1'], parcelIds['B-HIGH']] });
    expect(res.statusCode, res.body).toBe(201);
    const out = res.json() as { opened: Array<{ id: string; parcelCode: string }>; skipped: Array<{ parcelCode: string; reason: string; caseNo?: string }> };
    expect(out.opened.map((o) => o.parcelCode)).toEqual(['B-LOW']);
    expect(out.skipped.map((x) => x.parcelCode).sort()).toEqual(['B-1', 'B-HIGH']);
    expect(out.skipped.find((x) => x.parcelCode === 'B-1')!.reason).toMatch(/^已有在办案件/);
    const c = await s.getCase(bureau, out.opened[0]!.id);
    expect(c).toMatchObject({ profileId: 'JD-2022', state: 'CANDIDATE' });
    expect((c as unknown as { origin: { kind: string; runId: string } }).origin).toMatchObject({ kind: 'IDENTIFICATION', runId });
    const again = await s.api('POST', '/cases/from-results', bureau, { runId, parcelIds: [parcelIds['B-LOW']] });
    expect(again.json().opened).toEqual([]);
    expect((await s.api('POST', '/cases/from-results', bureau, { runId: parcelIds['B-LOW'], parcelIds: [parcelIds['B-LOW']] })).statusCode).toBe(404);
  });
});

describe('to-do, summary and settings', () => {
  it('lists the assignee\'s running clocks overdue first, and counts them', async () => {
    s.setToday('2026-11-01');
    const idle = await s.openCase(bureau, { parcelId: parcelIds['B-IDLE'], category: 'IDLE' });
    expect(idle.nextDeadline).toMatchObject({ kind: 'INVESTIGATION_START', dueOn: '2026-12-01' });
    s.setToday('2026-12-10');
    const todo = await s.api('GET', '/todo', bureau);
    expect(todo.statusCode, todo.body).toBe(200);
    const items = todo.json().items as Array<{ id: string; overdue: boolean; nextDeadline: { dueOn: string } | null; parcel: { code: string } }>;
    expect(todo.json().basis).toBe('ASSIGNED');
    expect(items[0]).toMatchObject({ id: idle.id, overdue: true });
    const dues = items.map((i) => i.nextDeadline?.dueOn ?? null);
    const clocked = dues.filter((d) => d !== null);
    expect(dues.slice(0, clocked.length)).toEqual([...clocked].sort());
    // the assignee's steps without a clock (B-3 is being verified) follow the deadlines
    expect(items.find((i) => i.parcel.code === 'B-3')).toMatchObject({ nextDeadline: null });
    // the leader has no cases of their own: the county's clocks, only those
    const leaders = (await s.api('GET', '/todo', leader)).json();
    expect(leaders).toMatchObject({ basis: 'SCOPE' });
    expect(leaders.items.length).toBeGreaterThan(0);
    expect(leaders.items.every((i: { nextDeadline: unknown }) => i.nextDeadline !== null)).toBe(true);

    const overdue = await s.api('GET', '/cases?overdue=true', leader);
    expect(overdue.json().items.map((c: { id: string }) => c.id)).toEqual([idle.id]);
    const summary = (await s.api('GET', '/cases/summary', leader)).json();
    expect(summary.overdueCount).toBe(1);
    expect(summary.overdueDeadlines[0]).toMatchObject({ caseId: idle.id, kind: 'INVESTIGATION_START', stateLabel: '疑似闲置（已发现）' });
    expect(summary.byState).toContainEqual(expect.objectContaining({ profileId: 'JD-2022', state: 'REVIEWED', count: 1, stateLabel: '审定通过，待书面反馈' }));
    const q = await s.api('GET', `/cases?q=B-IDLE&profile=NAT-IDLE-2012`, leader);
    expect(q.json().total).toBe(1);

    // handing the case over moves it to the colleague's to-do list
    const colleague = await t.createUser({ role: 'TASK_FORCE', jurisdictionCode: a.code });
    const notCaseworker = await t.createUser({ role: 'LEADER', jurisdictionCode: a.code });
    const current = await s.getCase(bureau, idle.id);
    const refused = await s.api('PUT', `/cases/${idle.id}/assignee`, bureau, { assigneeUserId: notCaseworker.id, version: current.version });
    expect(refused.statusCode).toBe(400);
    const handed = await s.api('PUT', `/cases/${idle.id}/assignee`, bureau, { assigneeUserId: colleague.id, version: current.version });
    expect(handed.statusCode, handed.body).toBe(200);
    expect(handed.json()).toMatchObject({ assignee: { id: colleague.id }, version: current.version + 1 });
    const theirs = await s.api('GET', `/cases?assignee=${colleague.id}`, leader);
    expect(theirs.json().items.map((c: { id: string }) => c.id)).toEqual([idle.id]);
  });

  it('keeps the procedure settings per county: defaults, admin edits, optimistic version', async () => {
    const read = await s.api('GET', '/case-settings', bureau);
    expect(read.json()).toMatchObject({ jurisdictionCode: a.code, version: 0, inheritedFrom: null, settings: { objectionWorkingDays: 10, idleFeeRate: '0.20', profileFor: { IDLE: 'NAT-IDLE-2012', INEFFICIENT: 'JD-2022' } } });
    // a province sets them for its counties until a county has its own
    const province = await s.api('PUT', '/case-settings', admin, { jurisdictionCode: a.provinceCode, version: 0, settings: { ...read.json().settings, objectionWorkingDays: 12 } });
    expect(province.statusCode, province.body).toBe(200);
    expect((await s.api('GET', '/case-settings', bureau)).json()).toMatchObject({ version: 0, inheritedFrom: a.provinceCode, settings: { objectionWorkingDays: 12 } });
    // and a county's documents state the periods its clocks run on
    const jingdeCase = await s.openCase(bureau, { parcelId: parcelIds['B-HIGH'], category: 'INEFFICIENT' });
    expect(jingdeCase.profileId).toBe('JD-2022');
    const draft = await s.api('POST', `/cases/${jingdeCase.id}/documents`, bureau, { kind: 'JD_REVIEW_FEEDBACK' });
    expect(draft.statusCode, draft.body).toBe(201);
    expect(JSON.stringify(draft.json().content)).toContain('收到本反馈之日起12个工作日内');
    const settings = { ...read.json().settings, objectionWorkingDays: 15 };
    expect((await s.api('PUT', '/case-settings', bureau, { jurisdictionCode: a.code, version: 0, settings })).statusCode).toBe(403);
    const put = await s.api('PUT', '/case-settings', admin, { jurisdictionCode: a.code, version: 0, settings });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ version: 1, inheritedFrom: null, settings: { objectionWorkingDays: 15 } });
    expect((await s.api('PUT', '/case-settings', admin, { jurisdictionCode: a.code, version: 0, settings })).statusCode).toBe(409);
    const wrong = await s.api('PUT', '/case-settings', admin, { jurisdictionCode: a.code, version: 1, settings: { ...settings, profileFor: { IDLE: 'NAT-IDLE-2012', INEFFICIENT: 'NAT-IDLE-2012' } } });
    expect(wrong.statusCode).toBe(400);
    const departments = await s.api('PUT', '/case-settings', admin, { jurisdictionCode: a.code, version: 1, settings: { ...settings, restrictionDepartments: { TAX_ARREARS: '测试县税务局' } } });
    expect(departments.statusCode, departments.body).toBe(200);
    expect(departments.json().settings.restrictionDepartments).toEqual({ TAX_ARREARS: '测试县税务局' });
    const unknown = await s.api('PUT', '/case-settings', admin, { jurisdictionCode: a.code, version: 2, settings: { ...settings, restrictionDepartments: { PARKING: '交警' } } });
    expect(unknown.statusCode).toBe(400);
    const tooHigh = await s.api('PUT', '/case-settings', admin, { jurisdictionCode: a.code, version: 2, settings: { ...settings, idleFeeRate: '0.25' } });
    expect(tooHigh.statusCode).toBe(400);
  });
});
