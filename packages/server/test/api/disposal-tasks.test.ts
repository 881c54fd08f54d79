import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Role } from '@panhuo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.ts';
import { createTestContext, TEST_PASSWORD, type County, type TestContext } from '../helpers/context.ts';
import { disposalSteps, unfinishedParcel, type Org } from './disposal-steps.ts';

/**
 * Tasks of disposal plans (任务调度) through HTTP: weekly breakdown, overdue from the day
 * after the due date, park staff seeing their park's tasks only, "mine" following the
 * position when it changes hands, and progress reports that close a task.
 */

let t: TestContext;
let d: ReturnType<typeof disposalSteps>;
let filesApp: FastifyInstance;
let dataDir: string;
let c: County;
let admin: string;
let bureau: string;
let org: Org;
let planEast: string;
let planWest: string;

interface Task {
  id: string;
  planId: string;
  titleZh: string;
  dueOn: string;
  status: string;
  doneOn: string | null;
  overdue: boolean;
  daysOverdue: number;
  holderName: string | null;
  positionTitle: string;
  reportCount: number;
  lastReport: { reportedOn: string; progressZh: string } | null;
  version: number;
}
interface TaskList {
  items: Task[];
  total: number;
  overdueCount: number;
}

const tasks = async (cookie: string, query = ''): Promise<TaskList> => {
  const res = await d.api('GET', `/tasks${query}`, cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as TaskList;
};
const titles = (list: TaskList) => list.items.map((x) => x.titleZh);

/** A new user of the role, linked to the person (组织架构 › 人员) by the admin; answers the cookie. */
async function userWithPerson(role: Role, personId: string | null): Promise<{ id: string; cookie: string }> {
  const user = await t.createUser({ role, jurisdictionCode: c.code });
  if (personId) {
    const linked = await d.api('PUT', `/users/${user.id}`, admin, {
      displayName: `用户${user.username.slice(-4)}`, role, jurisdictionCode: c.code, zoneId: null, unitName: null, active: true, version: 1, personId,
    });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().personId).toBe(personId);
  }
  const login = await t.request({ method: 'POST', url: '/api/v1/auth/login', payload: { username: user.username, password: TEST_PASSWORD } });
  return { id: user.id, cookie: `panhuo_session=${login.cookies.find((x) => x.name === 'panhuo_session')!.value}` };
}

beforeAll(async () => {
  t = await createTestContext();
  d = disposalSteps(t);
  dataDir = mkdtempSync(join(tmpdir(), 'panhuo-disposal-tasks-'));
  filesApp = await buildApp({ db: t.db, settings: { ...t.app.ctx.settings, dataDir } });
  await filesApp.ready();
  c = await t.createCounty();
  await t.seedParcels(c.code, [unfinishedParcel('E-1', 901, '东园'), unfinishedParcel('W-1', 902, '西园')]);
  const parcels = await d.parcelIdsOf(c.code);
  admin = await t.loginAs('ADMIN', c.code);
  bureau = await t.loginAs('LAND_BUREAU', c.code);
  org = await d.organisation(admin, c);
  d.setToday('2026-12-16');
  await d.wupingRun(bureau, c, '2026-12-16');
  const plan = async (parcelId: string) =>
    (await d.created<{ id: string }>('POST', '/disposal/plans', bureau, {
      parcelId, causeAnalysisZh: '企业资金链紧张，厂房未按期竣工', responsibleUnitId: org.unitId, leaderPositionId: org.leaderPositionId, deadline: '2027-12-31',
    })).id;
  planEast = await plan(parcels['E-1']!);
  planWest = await plan(parcels['W-1']!);
});
afterAll(async () => {
  await filesApp.close();
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('tasks of a plan', () => {
  it('are assigned to positions, singly or one a week, and show who holds the seat today', async () => {
    const yesterday = await d.created<{ items: Task[] }>('POST', `/disposal/plans/${planEast}/tasks`, bureau, { titleZh: '约谈企业负责人', dueOn: '2026-12-15', positionId: org.staffPositionId });
    expect(yesterday.items).toMatchObject([{ titleZh: '约谈企业负责人', dueOn: '2026-12-15', positionTitle: '招商专员', holderName: '周专员', status: 'OPEN' }]);
    await d.created('POST', `/disposal/plans/${planEast}/tasks`, bureau, { titleZh: '核实复工计划', dueOn: '2026-12-16', positionId: org.staffPositionId });
    const weekly = await d.created<{ items: Task[] }>('POST', `/disposal/plans/${planWest}/tasks`, bureau, {
      weekly: { titleZh: '督促企业复工', firstDueOn: '2026-12-23', weeks: 3 }, positionId: org.leaderPositionId,
    });
    expect(weekly.items.map((x) => [x.titleZh, x.dueOn, x.holderName])).toEqual([
      ['第1周：督促企业复工', '2026-12-23', '林主任'],
      ['第2周：督促企业复工', '2026-12-30', '林主任'],
      ['第3周：督促企业复工', '2027-01-06', '林主任'],
    ]);
    expect((await d.api('GET', `/disposal/plans/${planWest}`, bureau)).json().taskCount).toBe(3);

    const otherCounty = await t.createCounty();
    const strangerSeat = (await d.organisation(await t.loginAs('ADMIN', otherCounty.code), otherCounty)).staffPositionId;
    const foreign = await d.api('POST', `/disposal/plans/${planEast}/tasks`, bureau, { titleZh: '越界任务', dueOn: '2026-12-20', positionId: strangerSeat });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors).toMatchObject([{ path: 'positionId' }]);
    const tooMany = await d.api('POST', `/disposal/plans/${planWest}/tasks`, bureau, { weekly: { titleZh: '每周巡查', firstDueOn: '2026-12-23', weeks: 53 }, positionId: org.leaderPositionId });
    expect(tooMany.statusCode).toBe(400);
  });

  it('are overdue from the day after their due date: yesterday\'s is, today\'s is not', async () => {
    d.setToday('2026-12-16');
    const overdue = await tasks(bureau, '?status=OVERDUE');
    expect(titles(overdue)).toEqual(['约谈企业负责人']);
    expect(overdue.items[0]).toMatchObject({ overdue: true, daysOverdue: 1 });
    expect(overdue).toMatchObject({ total: 1, overdueCount: 1 });
    const all = await tasks(bureau);
    expect(all).toMatchObject({ total: 5, overdueCount: 1 });
    expect(all.items.find((x) => x.titleZh === '核实复工计划')).toMatchObject({ overdue: false, daysOverdue: 0 });
    // the next morning today's task is late too
    d.setToday('2026-12-17');
    expect(titles(await tasks(bureau, '?status=OVERDUE'))).toEqual(['约谈企业负责人', '核实复工计划']);
    d.setToday('2026-12-16');
  });

  it('are seen by park staff only for their own park\'s plans', async () => {
    const east = await t.loginAs('PARK_STAFF', c.code, { zoneId: c.zones['东园'] });
    const west = await t.loginAs('PARK_STAFF', c.code, { zoneId: c.zones['西园'] });
    const eastTasks = await tasks(east);
    expect(eastTasks.items.every((x) => x.planId === planEast)).toBe(true);
    expect(titles(eastTasks)).toEqual(['约谈企业负责人', '核实复工计划']);
    expect((await tasks(west)).items.map((x) => x.planId)).toEqual([planWest, planWest, planWest]);
    expect((await tasks(west, '?status=OVERDUE')).overdueCount).toBe(0);
    const eastTask = eastTasks.items[0]!.id;
    expect((await d.api('GET', `/tasks/${eastTask}/reports`, west)).statusCode).toBe(404);
    expect((await d.api('POST', `/tasks/${eastTask}/reports`, west, { reportedOn: '2026-12-16', progressZh: '越界报告', done: false })).statusCode).toBe(404);
    expect((await d.api('GET', `/disposal/plans/${planEast}/tasks`, west)).statusCode).toBe(404);
  });

  it('are "mine" while I hold the position: a reassignment hands them to the new holder', async () => {
    const zhou = await userWithPerson('TASK_FORCE', org.people.staffA);
    const wu = await userWithPerson('TASK_FORCE', org.people.staffB);
    const unlinked = await userWithPerson('TASK_FORCE', null);
    expect(titles(await tasks(zhou.cookie, '?mine=true'))).toEqual(['约谈企业负责人', '核实复工计划']);
    expect((await tasks(wu.cookie, '?mine=true')).total).toBe(0);
    expect((await tasks(unlinked.cookie, '?mine=true')).total).toBe(0);

    // 吴专员 takes the seat today; 周专员's tenure ends yesterday
    const handover = await d.api('POST', `/org/positions/${org.staffPositionId}/assignments`, admin, { personId: org.people.staffB, from: '2026-12-16' });
    expect(handover.statusCode, handover.body).toBe(201);
    expect((await tasks(zhou.cookie, '?mine=true')).total).toBe(0);
    const mine = await tasks(wu.cookie, '?mine=true');
    expect(titles(mine)).toEqual(['约谈企业负责人', '核实复工计划']);
    expect(mine.items.every((x) => x.holderName === '吴专员')).toBe(true);
    expect(mine.overdueCount).toBe(1);
  });

  it('take progress reports from anyone in scope; a report saying done closes the task, and a done task takes no more', async () => {
    const department = await t.loginAs('DEPARTMENT', c.code);
    const task = (await tasks(bureau, '?status=OVERDUE')).items[0]!;
    const photo = await d.upload(filesApp, department, '约谈现场.png');
    const first = await d.created<{ reporterName: string; files: Array<{ id: string; originalName: string }>; problemsZh: string | null }>(
      'POST', `/tasks/${task.id}/reports`, department,
      { reportedOn: '2026-12-16', progressZh: '已约谈企业法定代表人', problemsZh: '复工资金尚未落实', done: false, fileIds: [photo.id] },
    );
    expect(first).toMatchObject({ problemsZh: '复工资金尚未落实', files: [{ id: photo.id, originalName: '约谈现场.png' }] });
    expect(first.reporterName).toMatch(/^测试用户/);
    const future = await d.api('POST', `/tasks/${task.id}/reports`, department, { reportedOn: '2026-12-17', progressZh: '提前报告', done: false });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors).toMatchObject([{ path: 'reportedOn' }]);

    await d.created('POST', `/tasks/${task.id}/reports`, bureau, { reportedOn: '2026-12-16', progressZh: '企业已签署复工承诺书', done: true });
    const after = (await tasks(bureau)).items.find((x) => x.id === task.id)!;
    expect(after).toMatchObject({ status: 'DONE', doneOn: '2026-12-16', overdue: false, reportCount: 2, lastReport: { reportedOn: '2026-12-16', progressZh: '企业已签署复工承诺书' } });
    expect((await tasks(bureau)).overdueCount).toBe(0);
    const again = await d.api('POST', `/tasks/${task.id}/reports`, department, { reportedOn: '2026-12-16', progressZh: '补充说明', done: false });
    expect(again.statusCode).toBe(422);
    expect(again.json()).toMatchObject({ code: 'ACTION_REFUSED', refusalCode: 'TASK_DONE' });
    expect(again.json().detail).toContain('已于2026年12月16日完成');
    const reports = (await d.api('GET', `/tasks/${task.id}/reports`, department)).json().items as Array<{ progressZh: string; done: boolean }>;
    expect(reports.map((r) => [r.progressZh, r.done])).toEqual([['已约谈企业法定代表人', false], ['企业已签署复工承诺书', true]]);
  });

  it('are edited with the version read; a stale version is a conflict', async () => {
    const open = (await tasks(bureau, '?status=OPEN')).items.find((x) => x.titleZh === '核实复工计划')!;
    const edited = await d.created<Task>('PUT', `/tasks/${open.id}`, bureau, { version: open.version, titleZh: '核实复工计划及资金来源', dueOn: '2026-12-18', positionId: org.leaderPositionId }, 200);
    expect(edited).toMatchObject({ titleZh: '核实复工计划及资金来源', dueOn: '2026-12-18', positionTitle: '主任', holderName: '林主任', version: open.version + 1 });
    const stale = await d.api('PUT', `/tasks/${open.id}`, bureau, { version: open.version, titleZh: '旧标题', dueOn: '2026-12-18', positionId: org.leaderPositionId });
    expect(stale.statusCode).toBe(409);
  });
});

describe('the person a user is', () => {
  it('must be of the user\'s jurisdiction', async () => {
    const user = await t.createUser({ role: 'TASK_FORCE', jurisdictionCode: c.code });
    const elsewhere = await t.createCounty();
    const stranger = await d.created<{ id: string }>('POST', '/org/people', await t.loginAs('ADMIN', elsewhere.code), { jurisdictionCode: elsewhere.code, displayName: '外县人员' });
    const res = await d.api('PUT', `/users/${user.id}`, admin, {
      displayName: '测试', role: 'TASK_FORCE', jurisdictionCode: c.code, zoneId: null, unitName: null, active: true, version: 1, personId: stranger.id,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toMatchObject([{ path: 'personId' }]);
    expect(res.json().detail).toContain('不属于该用户所在辖区');
  });
});
