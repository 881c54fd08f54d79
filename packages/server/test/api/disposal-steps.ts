import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { County, TestContext } from '../helpers/context.ts';
import { testUscc } from '../helpers/context.ts';
import { steps } from './cases-steps.ts';

/**
 * HTTP steps shared by the disposal API tests (disposal*.test.ts): the organisation a plan
 * names, a Jingde case driven to 认定, and parcels flagged WP-C1 by a Wuping identification run.
 */

/** A 1×1 PNG: enough for the upload's content sniffing. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

export interface Org {
  unitId: string;
  leaderPositionId: string;
  staffPositionId: string;
  taskForceBodyId: string;
  people: { leader: string; staffA: string; staffB: string };
}

/** An inefficient, producing Jingde parcel (the 亩均税收 kind), with its enterprise. */
export const producingParcel = (code: string, n: number, zoneName = '东园') => ({
  values: { code, name: `${code} 地块`, area_m2: 30_000, plannedUse: '0601', started: true, completed: true, operationsStatus: 'PRODUCING' },
  contract: { agreedStartDate: '2015-12-01' },
  enterpriseUscc: testUscc(n),
  enterpriseName: `测试${code}制造有限公司`,
  zoneName,
});

/**
 * Built but not completed past its agreed completion date, for the enterprise's own reasons,
 * under an investment contract: WP-C1 (未完成建设), and not idle (two thirds developed).
 */
export const unfinishedParcel = (code: string, n: number, zoneName = '东园') => ({
  values: {
    code, name: `${code} 地块`, area_m2: 20_000, plannedUse: '0601', started: true, actualStartDate: '2021-03-01', developedArea_m2: 14_000,
    investedAmount_yuan: 30_000_000, halted: false, completed: false, idleCauseType: 'ENTERPRISE', landPrice_yuan: 6_000_000,
  },
  contract: { agreedStartDate: '2021-01-01', agreedCompletionDate: '2023-06-30', investmentIntensity_10kYuanPerMu: 300 },
  enterpriseUscc: testUscc(n),
  enterpriseName: `测试${code}科技有限公司`,
  zoneName,
});

export function disposalSteps(t: TestContext) {
  const s = steps(t);
  const { api } = s;

  async function created<T = Record<string, unknown>>(method: 'POST' | 'PUT', url: string, cookie: string, payload: unknown, status = 201): Promise<T> {
    const res = await api(method, url, cookie, payload);
    expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
    return res.json() as T;
  }

  async function parcelIdsOf(code: string): Promise<Record<string, string>> {
    const { rows } = await t.db.query<{ id: string; code: string }>('SELECT id, code FROM parcels WHERE jurisdiction_code = $1', [code]);
    return Object.fromEntries(rows.map((r) => [r.code, r.id]));
  }

  /** A unit with a leader's seat and a staff seat, their holders from 2026-01-01, and a task force. */
  async function organisation(admin: string, county: County): Promise<Org> {
    const unit = await created<{ id: string }>('POST', '/org/units', admin, { jurisdictionCode: county.code, name: `经开区管委会${county.code}`, kind: 'PARK_COMMITTEE' });
    const leader = await created<{ id: string }>('POST', '/org/positions', admin, { unitId: unit.id, title: '主任' });
    const staff = await created<{ id: string }>('POST', '/org/positions', admin, { unitId: unit.id, title: '招商专员' });
    const person = async (displayName: string) => (await created<{ id: string }>('POST', '/org/people', admin, { jurisdictionCode: county.code, displayName })).id;
    const people = { leader: await person('林主任'), staffA: await person('周专员'), staffB: await person('吴专员') };
    await created('POST', `/org/positions/${leader.id}/assignments`, admin, { personId: people.leader, from: '2026-01-01' });
    await created('POST', `/org/positions/${staff.id}/assignments`, admin, { personId: people.staffA, from: '2026-01-01' });
    const body = await created<{ id: string }>('POST', '/org/bodies', admin, {
      jurisdictionCode: county.code, kind: 'TASK_FORCE', name: `盘活攻坚专班${county.code}`, members: [{ positionId: staff.id, role: 'MEMBER' }],
    });
    return { unitId: unit.id, leaderPositionId: leader.id, staffPositionId: staff.id, taskForceBodyId: body.id, people };
  }

  /**
   * Opens a Jingde case on the parcel and takes it to 已认定 without objection: verified, form
   * submitted, confirmed by the leading group, feedback served on 2026-12-01, notice served
   * after the objection window, on 2026-12-16 (today afterwards).
   */
  async function determinedCase(bureau: string, leader: string, parcelId: string, issuerCode: string): Promise<{ id: string; caseNo: string }> {
    s.setToday('2026-12-01');
    const opened = await s.openCase(bureau, { parcelId, category: 'INEFFICIENT' });
    await s.act(bureau, opened.id, 'startVerification');
    await s.act(bureau, opened.id, 'submitForm', { proposedCriteria: ['JD-I1'], proposedDisposal: ['D-JD02'] });
    await s.act(leader, opened.id, 'groupReview', { outcome: 'CONFIRM', meeting: { heldOn: '2026-12-01' } });
    const feedback = await s.issuedDocument(bureau, opened.id, 'JD_REVIEW_FEEDBACK', issuerCode);
    await s.act(bureau, opened.id, 'notifyReviewResult', { documentId: feedback.id, servedOn: '2026-12-01', serviceMethod: 'DIRECT' });
    s.setToday('2026-12-16');
    const notice = await s.issuedDocument(bureau, opened.id, 'JD_DETERMINATION_NOTICE', issuerCode);
    const determined = await s.act(bureau, opened.id, 'determine', { documentId: notice.id, servedOn: '2026-12-16', serviceMethod: 'DIRECT' });
    expect(determined.state).toBe('DETERMINED');
    return { id: opened.id, caseNo: opened.caseNo };
  }

  /** Runs Wuping's rule set over the county as of `asOf`; answers the run's id. */
  async function wupingRun(bureau: string, county: County, asOf: string): Promise<string> {
    const run = await created<{ id: string }>('POST', '/identification/runs', bureau, { jurisdictionCode: county.code, ruleSetId: 'wuping-2023', asOf });
    return run.id;
  }

  /**
   * Uploads a file through POST /files (multipart) of `app`: an app over the same database
   * whose data folder is the test's own (see files.test.ts); answers the file's id.
   */
  async function upload(app: FastifyInstance, cookie: string, name: string, bytes: Buffer = PNG): Promise<{ id: string; originalName: string }> {
    const boundary = '----disposal-test-boundary';
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await app.inject({ method: 'POST', url: '/api/v1/files', headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }

  return { ...s, created, parcelIdsOf, organisation, determinedCase, wupingRun, upload };
}
