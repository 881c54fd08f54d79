import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTY_CODE } from '../../src/demo/index.ts';
import { loadDemoIfEmpty } from '../../src/config/demo.ts';
import { ensureAdmin } from '../../src/features/users/service.ts';
import { createTestContext, type TestContext } from '../helpers/context.ts';

/** The demo county's cases: the procedure's pages have something to show on the first start. */

let t: TestContext;
let leader: string;

beforeAll(async () => {
  t = await createTestContext();
  // as at a first start: the admin exists before the demo is loaded, and the demo acts as them
  await ensureAdmin(t.db, 'Qinglan#Demo2026');
  await loadDemoIfEmpty(t.db);
  leader = await t.loginAs('LEADER', COUNTY_CODE);
});
afterAll(() => t.close());

describe('demo cases of 青岚县', () => {
  it('shows a Jingde case awaiting 审定, one in its objection window and national ones investigating and just opened', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/cases?pageSize=50', cookie: leader });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as Array<{ id: string; profileId: string; state: string; nextDeadline: { kind: string } | null }>;
    const states = items.map((c) => `${c.profileId}:${c.state}`).sort();
    expect(states).toEqual(['JD-2022:PRELIM_NOTIFIED', 'JD-2022:PROPOSED', 'NAT-IDLE-2012:CANDIDATE', 'NAT-IDLE-2012:INVESTIGATING']);
    expect(items.find((c) => c.state === 'PRELIM_NOTIFIED')!.nextDeadline!.kind).toBe('OBJECTION_WINDOW');

    const proposed = items.find((c) => c.state === 'PROPOSED')!;
    const detail = (await t.request({ method: 'GET', url: `/api/v1/cases/${proposed.id}`, cookie: leader })).json();
    expect(detail.allowedActions.find((a: { action: string }) => a.action === 'groupReview')).toMatchObject({ allowed: true });
    expect(detail.enterprise.name).toBeTruthy();

    const units = (await t.request({ method: 'GET', url: '/api/v1/issuing-units', cookie: leader })).json().items;
    expect(units.map((u: { code: string }) => u.code).sort()).toEqual(['青盘活办', '青自然资闲']);
    const served = await t.db.query<{ doc_no: string }>("SELECT doc_no FROM case_documents WHERE jurisdiction_code = $1 AND status = 'SERVED' ORDER BY doc_no", [COUNTY_CODE]);
    expect(served.rows.map((r) => r.doc_no.replace(/〔\d{4}〕/, '〔年〕'))).toEqual(['青盘活办〔年〕1号', '青自然资闲〔年〕1号']);
  });
});

describe('the demo campaign of 青岚县', () => {
  it('is live: parcels revitalised in several quarters, plans on time and late, one escalated, one awaiting approval', async () => {
    const board = (await t.request({ method: 'GET', url: '/api/v1/campaign/dashboard', cookie: leader })).json();
    expect(board.campaignNameZh).toContain('青岚县');
    expect(board.totals.revitalisedParcels).toBe(6);
    expect(board.totals.overdueTasks).toBeGreaterThan(0);
    const county = board.targets[0].achievement;
    expect(county.periods.filter((p: { assessed: { achieved: { parcels: number } } }) => p.assessed.achieved.parcels > 0).length).toBeGreaterThanOrEqual(3);
    expect(board.byWarZone).toHaveLength(3);
    const stage = (s: string) => board.stages.find((x: { stage: string }) => x.stage === s).parcels;
    expect([stage('REVITALISED'), stage('ESCALATED'), stage('APPROVAL')]).toEqual([6, 1, 1]);
    expect(stage('EXECUTING') + stage('MONITORING') + stage('NEGOTIATING')).toBe(3);

    const tasks = (await t.request({ method: 'GET', url: '/api/v1/tasks?status=OPEN', cookie: leader })).json();
    expect(tasks.items.some((x: { overdue: boolean }) => !x.overdue)).toBe(true);
    expect(tasks.overdueCount).toBeGreaterThan(0);
  });
});
