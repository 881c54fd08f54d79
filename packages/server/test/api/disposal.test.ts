import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.ts';
import { createTestContext, type County, type TestContext } from '../helpers/context.ts';
import { disposalSteps, producingParcel, unfinishedParcel, type Org } from './disposal-steps.ts';

/**
 * Disposal plans and measures through HTTP: a Jingde case's plan from 认定 to a closed plan
 * with a revitalised transfer, the refusals on the way, and the escalations of a broken
 * 限期开发 agreement (Wuping: recovery follows; Yongning: the credit blacklist too).
 */

let t: TestContext;
let d: ReturnType<typeof disposalSteps>;
let filesApp: FastifyInstance;
let dataDir: string;
let jd: County;
let other: County;
let admin: string;
let bureau: string;
let leader: string;
let org: Org;
let parcels: Record<string, string>;

interface Measure {
  id: string;
  planId: string;
  methodCode: string;
  status: string;
  escalatedFromId: string | null;
  events: Array<{ action: string; detail: Record<string, unknown> | null }>;
  [key: string]: unknown;
}
interface Plan {
  id: string;
  planNo: string;
  status: string;
  stage: string;
  version: number;
  measures: Measure[];
  [key: string]: unknown;
}

const planBody = (o: Org, parcelId: string, extra: Record<string, unknown> = {}) => ({
  parcelId,
  causeAnalysisZh: '企业主营产品市场萎缩，亩均税收长期低于园区标准',
  responsibleUnitId: o.unitId,
  leaderPositionId: o.leaderPositionId,
  taskForceBodyId: o.taskForceBodyId,
  deadline: '2027-12-31',
  ...extra,
});

beforeAll(async () => {
  t = await createTestContext();
  d = disposalSteps(t);
  dataDir = mkdtempSync(join(tmpdir(), 'panhuo-disposal-'));
  filesApp = await buildApp({ db: t.db, settings: { ...t.app.ctx.settings, dataDir } });
  await filesApp.ready();
  jd = await t.createCounty();
  other = await t.createCounty();
  await t.seedParcels(jd.code, [producingParcel('JD-1', 601), producingParcel('JD-2', 602)]);
  parcels = await d.parcelIdsOf(jd.code);
  admin = await t.loginAs('ADMIN', jd.code);
  bureau = await t.loginAs('LAND_BUREAU', jd.code);
  leader = await t.loginAs('LEADER', jd.code);
  org = await d.organisation(admin, jd);
  await d.ensureIssuingUnit(bureau, jd.code, '测自然资闲');
});
afterAll(async () => {
  await filesApp.close();
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a Jingde case\'s disposal plan', () => {
  let caseId: string;
  let plan: Plan;

  it('lists the methods that fit the determined parcel, and refuses one that does not, naming it', async () => {
    caseId = (await d.determinedCase(bureau, leader, parcels['JD-1']!, '测自然资闲')).id;
    const methods = await d.api('GET', `/disposal/methods?parcelId=${parcels['JD-1']}`, bureau);
    expect(methods.statusCode, methods.body).toBe(200);
    const list = methods.json();
    expect(list).toMatchObject({ source: 'CASE', caseId, situation: { category: 'INEFFICIENT', seed: 'JD' } });
    const byCode = new Map((list.items as Array<{ code: string; applicable: boolean; whyZh: string }>).map((m) => [m.code, m]));
    expect(byCode.get('D-JD02')).toMatchObject({ applicable: true, evidenceKind: 'TRANSFER_REGISTERED', evidenceZh: '完成转让登记' });
    expect(byCode.get('D-N07')!.applicable).toBe(false);
    // the form asks for the dates a method sets: D-N03's temporary-use period, not start/completion
    expect(byCode.get('D-N03')).toMatchObject({ deadlineFields: ['temporaryUseFrom', 'temporaryUseUntil'] });

    const refused = await d.api('POST', '/disposal/plans', bureau, planBody(org, parcels['JD-1']!, { caseId, measures: [{ methodCode: 'D-N07' }] }));
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'ACTION_REFUSED', refusalCode: 'METHOD_NOT_APPLICABLE', errors: [{ path: 'measures.0.methodCode' }] });
    expect(refused.json().detail).toContain('征缴土地闲置费');
    expect(refused.json().detail).toContain('D-N07');
    // nothing of the refused plan was kept, not even its number
    expect((await d.api('GET', '/disposal/plans', bureau)).json().total).toBe(0);
  });

  it('is made from the case with a guided transfer (D-JD02), one open plan per parcel', async () => {
    plan = await d.created<Plan>('POST', '/disposal/plans', bureau, planBody(org, parcels['JD-1']!, {
      caseId,
      measures: [{ methodCode: 'D-JD02', counterparty: { name: '优势智造有限公司' }, deadline: '2027-06-30', notesZh: null }],
    }));
    expect(plan).toMatchObject({
      planNo: 'CZ-2026-0001', status: 'DRAFT', statusZh: '编制中', stage: 'PLANNING', source: 'CASE', caseId, category: 'INEFFICIENT',
      parcel: { id: parcels['JD-1'], code: 'JD-1', area_m2: 30_000 }, enterprise: { name: '测试JD-1制造有限公司' },
      leader: { id: org.leaderPositionId, title: '主任', holderName: '林主任' }, taskForce: { id: org.taskForceBodyId }, revitalisedOn: null,
    });
    expect(plan.measures).toMatchObject([
      { methodCode: 'D-JD02', methodNameZh: '引导转让', status: 'PLANNED', counterparty: { name: '优势智造有限公司' }, evidenceKind: 'TRANSFER_REGISTERED', deadline: '2027-06-30' },
    ]);
    expect(plan.measures[0]!.legalBasis).toContain('依法按程序办理转让登记手续');

    const second = await d.api('POST', '/disposal/plans', bureau, planBody(org, parcels['JD-1']!, { caseId, measures: [] }));
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'DUPLICATE', planId: plan.id });
    expect(second.json().detail).toContain(plan.planNo);
  });

  it('is submitted, approved only by a leader, executed, revitalised with the transfer registration, and closed', async () => {
    const submitted = await d.created<Plan>('POST', `/disposal/plans/${plan.id}/actions`, bureau, { action: 'submit' }, 200);
    expect(submitted).toMatchObject({ status: 'SUBMITTED', submittedOn: '2026-12-16', stage: 'APPROVAL' });

    const approval = { action: 'approve', decidedOn: '2026-12-16', bodyName: '经开区闲置低效工业用地盘活处置工作领导小组', opinionZh: '同意' };
    const notLeader = await d.api('POST', `/disposal/plans/${plan.id}/actions`, bureau, approval);
    expect(notLeader.statusCode).toBe(403);
    const approved = await d.created<Plan>('POST', `/disposal/plans/${plan.id}/actions`, leader, approval, 200);
    expect(approved).toMatchObject({ status: 'APPROVED', approval: { bodyName: approval.bodyName, decidedOn: '2026-12-16', opinionZh: '同意' } });

    const measureId = plan.measures[0]!.id;
    const act = (body: Record<string, unknown>) => d.api('POST', `/disposal/measures/${measureId}/actions`, bureau, body);
    const executing = await act({ action: 'startExecution', on: '2026-12-16' });
    expect(executing.statusCode, executing.body).toBe(200);
    expect(executing.json().measure).toMatchObject({ status: 'EXECUTING', statusSince: '2026-12-16' });

    d.setToday('2027-02-20');
    const registration = { kind: 'TRANSFER_REGISTERED', on: '2027-02-18', referenceZh: '测(2027)测试县不动产权第0000123号' };
    const wrongKind = await act({ action: 'revitalise', on: '2027-02-18', area_m2: 30_000, evidence: { ...registration, kind: 'CONSTRUCTION_STARTED' } });
    expect(wrongKind.statusCode).toBe(422);
    expect(wrongKind.json()).toMatchObject({ code: 'ACTION_REFUSED', refusalCode: 'EVIDENCE_MISMATCH' });
    expect(wrongKind.json().detail).toContain('完成转让登记');
    const tooLarge = await act({ action: 'revitalise', on: '2027-02-18', area_m2: 30_000.01, evidence: registration });
    expect(tooLarge.json()).toMatchObject({ code: 'ACTION_REFUSED', refusalCode: 'AREA_INVALID' });
    expect(tooLarge.json().detail).toContain('超过宗地面积');
    const notUploaded = await act({ action: 'revitalise', on: '2027-02-18', area_m2: 30_000, evidence: registration, fileIds: ['0'.repeat(64)] });
    expect(notUploaded.statusCode).toBe(400);
    expect(notUploaded.json().errors).toMatchObject([{ path: 'fileIds.0' }]);

    const certificate = await d.upload(filesApp, bureau, '不动产权证书.png');
    const revitalised = await act({ action: 'revitalise', on: '2027-02-18', area_m2: 30_000, evidence: registration, fileIds: [certificate.id] });
    expect(revitalised.statusCode, revitalised.body).toBe(200);
    expect(revitalised.json().measure).toMatchObject({
      status: 'REVITALISED', revitalisedOn: '2027-02-18', revitalisedArea_m2: 30_000,
      evidence: { kind: 'TRANSFER_REGISTERED', kindZh: '完成转让登记', fileIds: [certificate.id], files: [{ id: certificate.id, originalName: '不动产权证书.png' }] },
    });
    expect(revitalised.json().followUp).toBeUndefined();
    // the evidence downloads for whoever sees the plan, and for nobody else
    const download = (cookie: string) => filesApp.inject({ method: 'GET', url: `/api/v1/files/${certificate.id}`, headers: { cookie } });
    expect((await download(leader)).statusCode).toBe(200);
    expect((await download(await t.loginAs('LAND_BUREAU', other.code))).statusCode).toBe(404);

    const closed = await d.created<Plan>('POST', `/disposal/plans/${plan.id}/actions`, bureau, { action: 'close' }, 200);
    expect(closed).toMatchObject({ status: 'CLOSED', closedOn: '2027-02-20', stage: 'REVITALISED', revitalisedOn: '2027-02-18' });
    // the case's own 盘活结案 stays a step of its procedure, taken by hand
    expect((await d.getCase(bureau, caseId)).state).toBe('DETERMINED');

    // each step is in the measure's history and the audit trail; refusals are not
    expect(closed.measures[0]!.events.map((e) => e.action)).toEqual(['create', 'startExecution', 'revitalise']);
    expect((closed.history as Array<{ action: string }>).map((h) => h.action)).toEqual(['create', 'submit', 'approve', 'close']);
    const { rows } = await t.db.query<{ entity_type: string; action: string; after: { action?: string } }>(
      `SELECT entity_type, action, after FROM audit_log WHERE jurisdiction_code = $1 AND entity_type IN ('disposal_plan', 'disposal_measure') ORDER BY id`,
      [jd.code],
    );
    expect(rows.map((r) => `${r.entity_type}:${r.action}:${r.after.action ?? ''}`)).toEqual([
      'disposal_measure:CREATE:', 'disposal_plan:CREATE:', 'disposal_plan:UPDATE:submit', 'disposal_plan:UPDATE:approve',
      'disposal_measure:UPDATE:startExecution', 'disposal_measure:UPDATE:revitalise', 'disposal_plan:CLOSE:close',
    ]);
  });

  it('refuses a plan from a case not yet determined, or from the ledger without a classifying run', async () => {
    d.setToday('2027-02-20');
    const candidate = await d.openCase(bureau, { parcelId: parcels['JD-2'], category: 'INEFFICIENT' });
    const early = await d.api('POST', '/disposal/plans', bureau, planBody(org, parcels['JD-2']!, { caseId: candidate.id }));
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({ code: 'ACTION_REFUSED', refusalCode: 'CASE_NOT_DETERMINED' });
    expect(early.json().detail).toContain(candidate.caseNo);
    const ledger = await d.api('POST', '/disposal/plans', bureau, planBody(org, parcels['JD-2']!));
    expect(ledger.statusCode).toBe(422);
    expect(ledger.json().detail).toContain('尚未进行闲置低效用地认定');
  });

  it('is found only within the reader\'s scope, and written only with disposal rights', async () => {
    const otherBureau = await t.loginAs('LAND_BUREAU', other.code);
    expect((await d.api('GET', `/disposal/plans/${plan.id}`, otherBureau)).statusCode).toBe(404);
    expect((await d.api('POST', `/disposal/plans/${plan.id}/actions`, otherBureau, { action: 'close' })).statusCode).toBe(404);
    const west = await t.loginAs('PARK_STAFF', jd.code, { zoneId: jd.zones['西园'] });
    expect((await d.api('GET', `/disposal/plans/${plan.id}`, west)).statusCode).toBe(404);
    const department = await t.loginAs('DEPARTMENT', jd.code);
    expect((await d.api('GET', `/disposal/plans/${plan.id}`, department)).statusCode).toBe(200);
    expect((await d.api('POST', '/disposal/plans', department, planBody(org, parcels['JD-2']!))).statusCode).toBe(403);
    expect((await d.api('POST', `/disposal/plans/${plan.id}/actions`, department, { action: 'close' })).statusCode).toBe(403);
  });
});

describe('a broken 限期开发 agreement', () => {
  it('in Wuping is escalated to recovery: the ledger plan of a WP-C1 parcel gets a D-WP04 follow-up', async () => {
    const wp = await t.createCounty();
    await t.seedParcels(wp.code, [unfinishedParcel('WP-1', 701), producingParcel('WP-2', 702)]);
    const ids = await d.parcelIdsOf(wp.code);
    const [adminW, bureauW, leaderW] = [await t.loginAs('ADMIN', wp.code), await t.loginAs('LAND_BUREAU', wp.code), await t.loginAs('LEADER', wp.code)];
    const orgW = await d.organisation(adminW, wp);
    d.setToday('2026-12-16');
    await d.wupingRun(bureauW, wp, '2026-12-16');

    const methods = (await d.api('GET', `/disposal/methods?parcelId=${ids['WP-1']}`, bureauW)).json();
    expect(methods).toMatchObject({ source: 'LEDGER', caseId: null, situation: { category: 'INEFFICIENT', wpClass: 'C1', seed: 'WP' } });
    const byCode = new Map((methods.items as Array<{ code: string; applicable: boolean; whyZh: string }>).map((m) => [m.code, m]));
    expect(byCode.get('D-WP01')!.applicable).toBe(true);
    expect(byCode.get('D-JD02')).toMatchObject({ applicable: false });
    expect(byCode.get('D-JD02')!.whyZh).toContain('旌德');
    // a parcel the run did not put in a class has no ledger plan
    const unclassified = await d.api('POST', '/disposal/plans', bureauW, planBody(orgW, ids['WP-2']!));
    expect(unclassified.json()).toMatchObject({ code: 'ACTION_REFUSED', refusalCode: 'NOT_FLAGGED' });

    const plan = await d.created<Plan>('POST', '/disposal/plans', bureauW, planBody(orgW, ids['WP-1']!, {
      measures: [{ methodCode: 'D-WP01', newDeadlines: { start: '2027-01-31', completion: '2027-12-31' } }],
    }));
    expect(plan).toMatchObject({ source: 'LEDGER', caseId: null, wpClass: 'C1', planNo: 'CZ-2026-0001' });
    await d.created('POST', `/disposal/plans/${plan.id}/actions`, bureauW, { action: 'submit' }, 200);
    await d.created('POST', `/disposal/plans/${plan.id}/actions`, leaderW, { action: 'approve', decidedOn: '2026-12-16', bodyName: '县人民政府', docNo: '测政复〔2026〕9号', opinionZh: '同意' }, 200);

    const m = plan.measures[0]!;
    const act = (body: Record<string, unknown>) => d.created<{ measure: Measure; followUp?: Measure; blacklistEntry?: unknown }>('POST', `/disposal/measures/${m.id}/actions`, bureauW, body, 200);
    const agreement = { type: 'DEADLINE_DEVELOPMENT', signedAt: '2026-12-16', parties: ['测试县自然资源局', '测试县商务局', '测试WP-1科技有限公司'] };
    expect((await act({ action: 'signAgreement', on: '2026-12-16', agreement })).measure.status).toBe('AGREEMENT_SIGNED');
    expect((await act({ action: 'startExecution', on: '2026-12-16' })).measure.status).toBe('EXECUTING');

    d.setToday('2027-06-01');
    const escalated = await act({ action: 'escalate', on: '2027-06-01', reasonZh: '逾期未复工，未达到三方协议约定的开发要求' });
    expect(escalated.measure).toMatchObject({ status: 'ESCALATED', outcomeReason: '逾期未复工，未达到三方协议约定的开发要求' });
    expect(escalated.followUp).toMatchObject({ methodCode: 'D-WP04', methodNameZh: '依法收回', status: 'PLANNED', escalatedFromId: m.id, planId: plan.id });
    expect(String(escalated.followUp!.events[0]!.detail!.basisZh)).toContain('协议收回土地使用权');
    expect(escalated.blacklistEntry).toBeUndefined();
    const after = (await d.api('GET', `/disposal/plans/${plan.id}`, bureauW)).json() as Plan;
    expect(after.measures.map((x) => [x.methodCode, x.status])).toEqual([['D-WP01', 'ESCALATED'], ['D-WP04', 'PLANNED']]);
    // the follow-up waits to be negotiated: the parcel is back at 协商签约
    expect(after.stage).toBe('NEGOTIATING');
  });

  it('in Yongning also puts the enterprise on the county credit blacklist, in the same step', async () => {
    const yn = await t.createCounty();
    await t.seedParcels(yn.code, [producingParcel('YN-1', 801)]);
    const ids = await d.parcelIdsOf(yn.code);
    const [adminY, bureauY, leaderY] = [await t.loginAs('ADMIN', yn.code), await t.loginAs('LAND_BUREAU', yn.code), await t.loginAs('LEADER', yn.code)];
    const ruleSets = await d.api('PUT', `/jurisdictions/${yn.code}/rule-sets`, adminY, { ruleSetIds: ['yongning-2023-draft'] });
    expect(ruleSets.statusCode, ruleSets.body).toBe(200);
    const orgY = await d.organisation(adminY, yn);
    await d.ensureIssuingUnit(bureauY, yn.code, '测永自然资');
    const kase = await d.determinedCase(bureauY, leaderY, ids['YN-1']!, '测永自然资');

    // the county runs Yongning's rules: its 八个一批 apply, Jingde's do not
    const tooLong = await d.api('POST', '/disposal/plans', bureauY, planBody(orgY, ids['YN-1']!, {
      caseId: kase.id,
      measures: [{ methodCode: 'D-YN05', agreement: { type: 'DEADLINE_DEVELOPMENT', signedAt: '2026-12-16', parties: ['园区管委会', '测试YN-1制造有限公司'] }, newDeadlines: { completion: '2028-01-31' } }],
    }));
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'measures.0.newDeadlines.completion' })]));
    const plan = await d.created<Plan>('POST', '/disposal/plans', bureauY, planBody(orgY, ids['YN-1']!, {
      caseId: kase.id,
      measures: [{ methodCode: 'D-YN05', newDeadlines: { completion: '2027-12-01' } }],
    }));
    await d.created('POST', `/disposal/plans/${plan.id}/actions`, bureauY, { action: 'submit' }, 200);
    await d.created('POST', `/disposal/plans/${plan.id}/actions`, leaderY, { action: 'approve', decidedOn: '2026-12-16', bodyName: '县人民政府', opinionZh: '同意' }, 200);
    const m = plan.measures[0]!;
    const act = (body: Record<string, unknown>) => d.api('POST', `/disposal/measures/${m.id}/actions`, bureauY, body);
    const signed = await act({ action: 'signAgreement', on: '2026-12-16', agreement: { type: 'DEADLINE_DEVELOPMENT', signedAt: '2026-12-16', parties: ['园区管委会', '测试YN-1制造有限公司'] } });
    expect(signed.statusCode, signed.body).toBe(200);
    d.setToday('2027-12-10');
    const escalated = await act({ action: 'escalate', on: '2027-12-10', reasonZh: '协议期满未完成开发' });
    expect(escalated.statusCode, escalated.body).toBe(200);
    expect(escalated.json()).toMatchObject({
      measure: { status: 'ESCALATED' },
      followUp: { methodCode: 'D-YN02', status: 'PLANNED', escalatedFromId: m.id },
      blacklistEntry: { enterpriseName: '测试YN-1制造有限公司', listedOn: '2027-12-10', planId: plan.id, measureId: m.id },
    });
    expect(escalated.json().blacklistEntry.basisZh).toContain('列入全县社会信用黑名单');
    const list = await d.api('GET', '/credit-blacklist', leaderY);
    expect(list.json().items).toHaveLength(1);
    // the blacklist is the county's own
    expect((await d.api('GET', '/credit-blacklist', bureau)).json().items).toEqual([]);
  });
});

describe('draft plans of a Wuping county', () => {
  let bureauR: string;
  let orgR: Org;
  let ids: Record<string, string>;

  it('made at the same moment get numbers one after the other, and only one of two for the same parcel is kept', async () => {
    const wp = await t.createCounty();
    await t.seedParcels(wp.code, [unfinishedParcel('R-1', 711), unfinishedParcel('R-2', 712)]);
    ids = await d.parcelIdsOf(wp.code);
    const adminR = await t.loginAs('ADMIN', wp.code);
    bureauR = await t.loginAs('LAND_BUREAU', wp.code);
    orgR = await d.organisation(adminR, wp);
    d.setToday('2026-12-16');
    await d.wupingRun(bureauR, wp, '2026-12-16');
    const make = (parcelId: string) => d.api('POST', '/disposal/plans', bureauR, planBody(orgR, parcelId));
    const results = await Promise.all([make(ids['R-1']!), make(ids['R-1']!), make(ids['R-2']!)]);
    const [sameA, sameB, otherParcel] = results;
    expect([sameA!.statusCode, sameB!.statusCode].sort()).toEqual([201, 409]);
    const refused = [sameA!, sameB!].find((r) => r.statusCode === 409)!;
    expect(refused.json().detail).toContain('一地一策');
    expect(otherParcel!.statusCode).toBe(201);
    const numbers = results.filter((r) => r.statusCode === 201).map((r) => r.json().planNo as string).sort();
    expect(numbers).toEqual(['CZ-2026-0001', 'CZ-2026-0002']);
  });

  it('are edited with the version read, take measures while drafted, and are listed by stage and search', async () => {
    const list = await d.api('GET', '/disposal/plans?q=R-2', bureauR);
    expect(list.json()).toMatchObject({ total: 1, items: [{ parcel: { code: 'R-2' }, status: 'DRAFT', stage: 'PLANNING', measures: [] }] });
    const plan = (await d.api('GET', `/disposal/plans/${list.json().items[0].id}`, bureauR)).json() as Plan;

    const edit = { ...planBody(orgR, ids['R-2']!), causeAnalysisZh: '企业投资方变更，项目停滞', deadline: '2027-09-30', taskForceBodyId: null };
    const edited = await d.created<Plan>('PUT', `/disposal/plans/${plan.id}`, bureauR, { ...edit, version: plan.version }, 200);
    expect(edited).toMatchObject({ causeAnalysisZh: '企业投资方变更，项目停滞', deadline: '2027-09-30', taskForce: null, version: plan.version + 1 });
    const stale = await d.api('PUT', `/disposal/plans/${plan.id}`, bureauR, { ...edit, version: plan.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: plan.version + 1 });
    const leaderAsBody = await d.api('PUT', `/disposal/plans/${plan.id}`, bureauR, { ...edit, taskForceBodyId: orgR.leaderPositionId, version: edited.version });
    expect(leaderAsBody.json().errors).toMatchObject([{ path: 'taskForceBodyId' }]);

    const added = await d.created<Measure>('POST', `/disposal/plans/${plan.id}/measures`, bureauR, { methodCode: 'D-WP03', notesZh: '企业已书面申请收储' });
    expect(added).toMatchObject({ methodCode: 'D-WP03', status: 'PLANNED', ordinal: 1, notesZh: '企业已书面申请收储' });
    const changed = await d.created<Measure>('PUT', `/disposal/measures/${added.id}`, bureauR, {
      methodCode: 'D-WP01', newDeadlines: { start: '2027-03-01', completion: '2027-10-31' }, version: added.version as number,
    }, 200);
    expect(changed).toMatchObject({ methodCode: 'D-WP01', newDeadlines: { start: '2027-03-01', completion: '2027-10-31' } });
    expect(changed.notesZh).toBeUndefined();
    const backwards = await d.api('PUT', `/disposal/measures/${added.id}`, bureauR, {
      methodCode: 'D-WP01', newDeadlines: { start: '2027-03-01', completion: '2027-01-31' }, version: changed.version as number,
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toMatchObject([{ path: 'newDeadlines.completion' }]);

    await d.created('POST', `/disposal/plans/${plan.id}/actions`, bureauR, { action: 'submit' }, 200);
    expect((await d.api('GET', '/disposal/plans?stage=APPROVAL', bureauR)).json().items.map((p: { id: string }) => p.id)).toEqual([plan.id]);
    expect((await d.api('GET', '/disposal/plans?stage=PLANNING', bureauR)).json().total).toBe(1);
    const locked = await d.api('PUT', `/disposal/plans/${plan.id}`, bureauR, { ...edit, version: plan.version + 2 });
    expect(locked.json()).toMatchObject({ code: 'ACTION_REFUSED', refusalCode: 'PLAN_NOT_DRAFT' });
    const late = await d.api('POST', `/disposal/plans/${plan.id}/measures`, bureauR, { methodCode: 'D-WP02' });
    expect(late.json()).toMatchObject({ code: 'ACTION_REFUSED', refusalCode: 'PLAN_NOT_DRAFT' });
    // returned with the reason kept, it is a draft again
    const leaderR = await t.loginAs('LEADER', (plan as unknown as { jurisdictionCode: string }).jurisdictionCode);
    const returned = await d.created<Plan>('POST', `/disposal/plans/${plan.id}/actions`, leaderR, { action: 'return', reasonZh: '请补充复工资金来源' }, 200);
    expect(returned).toMatchObject({ status: 'DRAFT', returnedReason: '请补充复工资金来源' });
  });
});

describe('the OpenAPI document', () => {
  it('lists the disposal endpoints under 处置方案 and 任务调度', async () => {
    const paths = (await t.request({ method: 'GET', url: '/api/docs/json' })).json().paths as Record<string, Record<string, { tags?: string[] }>>;
    for (const [path, method] of [
      ['/api/v1/disposal/methods', 'get'], ['/api/v1/disposal/plans', 'get'], ['/api/v1/disposal/plans', 'post'], ['/api/v1/disposal/plans/{id}', 'put'],
      ['/api/v1/disposal/plans/{id}/actions', 'post'], ['/api/v1/disposal/plans/{id}/measures', 'post'], ['/api/v1/disposal/measures/{id}', 'put'],
      ['/api/v1/disposal/measures/{id}/actions', 'post'], ['/api/v1/credit-blacklist', 'get'],
    ] as const) {
      expect(paths[path]?.[method]?.tags, `${method} ${path}`).toEqual(['处置方案']);
    }
    for (const [path, method] of [
      ['/api/v1/disposal/plans/{id}/tasks', 'post'], ['/api/v1/tasks', 'get'], ['/api/v1/tasks/{id}', 'put'], ['/api/v1/tasks/{id}/reports', 'post'], ['/api/v1/files', 'post'],
    ] as const) {
      expect(paths[path]?.[method]?.tags, `${method} ${path}`).toEqual(['任务调度']);
    }
  });
});
