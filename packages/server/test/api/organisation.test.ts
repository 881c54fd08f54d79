import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTY_CODE } from '../../src/demo/index.ts';
import { loadDemo } from '../../src/demo/load.ts';
import { createTestContext, type County, type TestContext } from '../helpers/context.ts';

let t: TestContext;
let a: County;
let b: County;
let adminA: string;
let adminB: string;
let leaderA: string;

const send = (method: 'POST' | 'PUT', cookie: string, url: string, payload: unknown) =>
  t.request({ method, url: `/api/v1${url}`, cookie, payload: payload as object });
const post = (cookie: string, url: string, payload: unknown) => send('POST', cookie, url, payload);
const put = (cookie: string, url: string, payload: unknown) => send('PUT', cookie, url, payload);
const get = (cookie: string, url: string) => t.request({ method: 'GET', url: `/api/v1${url}`, cookie });

async function created(res: Awaited<ReturnType<typeof post>>): Promise<{ id: string; version: number } & Record<string, unknown>> {
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function auditOf(jurisdictionCode: string, entityType: string, entityId: string) {
  const { rows } = await t.db.query<{ action: string; actor_name: string; before: unknown; after: unknown }>(
    'SELECT action, actor_name, before, after FROM audit_log WHERE jurisdiction_code = $1 AND entity_type = $2 AND entity_id = $3 ORDER BY id',
    [jurisdictionCode, entityType, entityId],
  );
  return rows;
}

beforeAll(async () => {
  t = await createTestContext();
  a = await t.createCounty();
  b = await t.createCounty();
  adminA = await t.loginAs('ADMIN', a.code);
  adminB = await t.loginAs('ADMIN', b.code);
  leaderA = await t.loginAs('LEADER', a.code);
});
afterAll(() => t.close());

describe('units, positions and people', () => {
  it('creates them, lists them to readers and audits each write', async () => {
    const unit = await created(await post(adminA, '/org/units', { name: '县自然资源局', kind: 'GOV_DEPT' }));
    expect(unit).toMatchObject({ jurisdictionCode: a.code, name: '县自然资源局', kind: 'GOV_DEPT', kindLabel: '政府部门', parentUnitId: null, version: 1 });
    const position = await created(await post(adminA, '/org/positions', { unitId: unit.id, title: '局长' }));
    expect(position).toMatchObject({ unitId: unit.id, unitName: '县自然资源局', title: '局长', holder: null, version: 1 });
    const person = await created(await post(adminA, '/org/people', { displayName: '黄立言' }));
    expect(person).toMatchObject({ jurisdictionCode: a.code, displayName: '黄立言', version: 1 });

    expect((await get(leaderA, '/org/units')).json().items.map((u: { id: string }) => u.id)).toContain(unit.id);
    expect((await get(leaderA, `/org/positions?unitId=${unit.id}`)).json().items.map((p: { id: string }) => p.id)).toEqual([position.id]);
    expect((await get(leaderA, '/org/people')).json().items.map((p: { id: string }) => p.id)).toContain(person.id);

    expect(await auditOf(a.code, 'org_unit', unit.id)).toMatchObject([{ action: 'CREATE', after: { name: '县自然资源局' } }]);
    expect(await auditOf(a.code, 'org_position', position.id)).toMatchObject([{ action: 'CREATE', after: { title: '局长' } }]);
    expect(await auditOf(a.code, 'org_person', person.id)).toMatchObject([{ action: 'CREATE', after: { displayName: '黄立言' } }]);
  });

  it('updates with the version read, answers 409 to a stale one and audits before and after', async () => {
    const unit = await created(await post(adminA, '/org/units', { name: '县商务局', kind: 'GOV_DEPT' }));
    const renamed = await put(adminA, `/org/units/${unit.id}`, { name: '县商务和经济合作局', kind: 'GOV_DEPT', version: 1 });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ name: '县商务和经济合作局', version: 2 });
    const stale = await put(adminA, `/org/units/${unit.id}`, { name: '县商务局', kind: 'GOV_DEPT', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 2 });
    expect(await auditOf(a.code, 'org_unit', unit.id)).toMatchObject([
      { action: 'CREATE' },
      { action: 'UPDATE', before: { name: '县商务局' }, after: { name: '县商务和经济合作局' } },
    ]);
  });

  it('refuses a duplicate unit name and an unknown unit kind in Chinese', async () => {
    await created(await post(adminA, '/org/units', { name: '县财政局', kind: 'GOV_DEPT' }));
    const dup = await post(adminA, '/org/units', { name: '县财政局', kind: 'GOV_DEPT' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().detail).toBe('本辖区已有名为「县财政局」的单位');
    const bad = await post(adminA, '/org/units', { name: '某单位', kind: 'CHURCH' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('单位类别无效');
  });
});

describe('assignments', () => {
  async function seat(title: string) {
    const unit = await created(await post(adminA, '/org/units', { name: `青岚高新区管委会${title}`, kind: 'PARK_COMMITTEE' }));
    return created(await post(adminA, '/org/positions', { unitId: unit.id, title }));
  }
  const person = async (displayName: string) => created(await post(adminA, '/org/people', { displayName }));

  it('a change of person ends the previous holder the day before, in one go, and the position keeps its id', async () => {
    const position = await seat('管委会主任');
    const first = await person('邱文涛');
    const second = await person('钟雨桐');
    const one = await created(await post(adminA, `/org/positions/${position.id}/assignments`, { personId: first.id, from: '2026-03-01' }));
    expect(one).toMatchObject({ assignment: { positionId: position.id, personId: first.id, displayName: '邱文涛', from: '2026-03-01', to: null }, ended: null });

    const two = await created(await post(adminA, `/org/positions/${position.id}/assignments`, { personId: second.id, from: '2026-09-01' }));
    expect(two).toMatchObject({
      assignment: { positionId: position.id, personId: second.id, from: '2026-09-01', to: null },
      ended: { personId: first.id, from: '2026-03-01', to: '2026-08-31' },
    });

    const history = (await get(leaderA, `/org/positions/${position.id}/assignments`)).json().items;
    expect(history.map((h: { displayName: string; from: string; to: string | null }) => [h.displayName, h.from, h.to])).toEqual([
      ['邱文涛', '2026-03-01', '2026-08-31'],
      ['钟雨桐', '2026-09-01', null],
    ]);
    const onDate = async (on: string) =>
      (await get(leaderA, `/org/positions?on=${on}&unitId=${position.unitId as string}`)).json().items[0] as { id: string; holder: { displayName: string } | null };
    expect(await onDate('2026-08-31')).toMatchObject({ id: position.id, holder: { displayName: '邱文涛' } });
    expect(await onDate('2026-09-01')).toMatchObject({ id: position.id, holder: { displayName: '钟雨桐' } });
    expect((await onDate('2026-02-28')).holder).toBeNull();

    const firstId = (one.assignment as { id: string }).id;
    expect(await auditOf(a.code, 'org_assignment', firstId)).toMatchObject([
      { action: 'CREATE', after: { personId: first.id, from: '2026-03-01', to: null } },
      { action: 'UPDATE', before: { to: null }, after: { to: '2026-08-31' } },
    ]);
  });

  it('refuses an overlapping tenure with a Chinese message naming the holder and changes nothing', async () => {
    const position = await seat('管委会副主任');
    const first = await person('谢安琪');
    const other = await person('曾子墨');
    await created(await post(adminA, `/org/positions/${position.id}/assignments`, { personId: first.id, from: '2026-06-01' }));
    const res = await post(adminA, `/org/positions/${position.id}/assignments`, { personId: other.id, from: '2026-05-01', to: '2026-07-31' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      detail: '该席位2026年6月1日起由谢安琪担任，与新的任职期间（2026年5月1日至2026年7月31日）重叠；一个席位同一时间只能由一人担任',
      errors: [{ path: 'from' }],
    });
    const history = (await get(leaderA, `/org/positions/${position.id}/assignments`)).json().items;
    expect(history).toMatchObject([{ personId: first.id, to: null }]);
  });
});

describe('coordination bodies', () => {
  it('binds members to positions, so the body shows whoever holds the seat', async () => {
    const unit = await created(await post(adminA, '/org/units', { name: '县人民政府', kind: 'GOV' }));
    const vice = await created(await post(adminA, '/org/positions', { unitId: unit.id, title: '副县长' }));
    const hq = await created(await post(adminA, '/org/bodies', { kind: 'HQ', name: '攻坚行动指挥部', duties: ['统筹攻坚行动'], members: [{ positionId: vice.id, role: 'COMMANDER', note: '负责日常工作' }] }));
    const zone = await created(
      await post(adminA, '/org/bodies', { kind: 'WAR_ZONE', name: '东园战区', parentBodyId: hq.id, zoneIds: [a.zones['东园']], members: [{ positionId: vice.id, role: 'COMMANDER' }] }),
    );
    expect(zone).toMatchObject({ kind: 'WAR_ZONE', kindLabel: '战区', parentBodyId: hq.id, zones: [{ id: a.zones['东园'], name: '东园' }] });

    const p = await created(await post(adminA, '/org/people', { displayName: '林书航' }));
    await created(await post(adminA, `/org/positions/${vice.id}/assignments`, { personId: p.id, from: '2026-01-01' }));
    const bodies = (await get(leaderA, '/org/bodies?on=2026-06-01')).json().items as Array<{ id: string; members: unknown[] }>;
    expect(bodies.find((x) => x.id === hq.id)!.members).toMatchObject([
      { positionId: vice.id, positionTitle: '副县长', unitName: '县人民政府', role: 'COMMANDER', roleLabel: '指挥长', note: '负责日常工作', holder: { displayName: '林书航' } },
    ]);

    const moved = await put(adminA, `/org/bodies/${zone.id}`, { kind: 'WAR_ZONE', name: '东园战区', parentBodyId: hq.id, zoneIds: [a.zones['西园']], members: [], version: 1 });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ version: 2, zones: [{ name: '西园' }], members: [] });
    expect(await auditOf(a.code, 'org_body', zone.id)).toMatchObject([{ action: 'CREATE' }, { action: 'UPDATE', after: { zoneIds: [a.zones['西园']], members: [] } }]);

    const otherZone = await post(adminA, '/org/bodies', { kind: 'WAR_ZONE', name: '外县战区', zoneIds: [b.zones['东园']] });
    expect(otherZone.statusCode).toBe(400);
    expect(otherZone.json().errors).toEqual([{ path: 'zoneIds.0', message: '园区不存在或不属于同一辖区' }]);
  });
});

describe('who may see and change', () => {
  it('answers 404 to another county, 403 to a non-admin writing', async () => {
    const unit = await created(await post(adminA, '/org/units', { name: '县住房和城乡建设局', kind: 'GOV_DEPT' }));
    const position = await created(await post(adminA, '/org/positions', { unitId: unit.id, title: '局长' }));
    const person = await created(await post(adminA, '/org/people', { displayName: '周宏宇' }));

    expect((await put(adminB, `/org/units/${unit.id}`, { name: '改名', kind: 'GOV_DEPT', version: 1 })).statusCode).toBe(404);
    expect((await put(adminB, `/org/people/${person.id}`, { displayName: '改名', version: 1 })).statusCode).toBe(404);
    expect((await get(adminB, `/org/positions/${position.id}/assignments`)).statusCode).toBe(404);
    const bPerson = await created(await post(adminB, '/org/people', { displayName: '廖思齐' }));
    const foreign = await post(adminB, `/org/positions/${position.id}/assignments`, { personId: bPerson.id, from: '2026-01-01' });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().detail).toBe('未找到该席位，或该席位不在您的管辖范围内');
    expect((await get(adminB, '/org/units')).json().items.map((u: { id: string }) => u.id)).not.toContain(unit.id);
    expect((await post(adminB, '/org/units', { jurisdictionCode: a.code, name: '越权单位', kind: 'OTHER' })).statusCode).toBe(403);

    expect((await post(leaderA, '/org/units', { name: '领导新建', kind: 'OTHER' })).statusCode).toBe(403);
    expect((await put(leaderA, `/org/positions/${position.id}`, { unitId: unit.id, title: '局长', version: 1 })).statusCode).toBe(403);
    expect((await post(leaderA, `/org/positions/${position.id}/assignments`, { personId: person.id, from: '2026-01-01' })).statusCode).toBe(403);
    expect((await get(leaderA, '/org/positions')).statusCode).toBe(200);
  });
});

describe('the demo county 青岚县', () => {
  it('carries Wuping\'s "1+3+5": one headquarters, three war zones each bound to a park, five task forces', async () => {
    await loadDemo(t.db, '演示数据');
    const leader = await t.loginAs('LEADER', COUNTY_CODE);
    const bodies = (await get(leader, '/org/bodies')).json().items as Array<{
      kind: string; name: string; duties: string[]; zones: Array<{ name: string }>; members: Array<{ role: string; holder: { displayName: string } | null }>;
    }>;
    const ofKind = (kind: string) => bodies.filter((x) => x.kind === kind);
    expect(ofKind('HQ')).toHaveLength(1);
    expect(ofKind('OFFICE')).toHaveLength(1);
    expect(ofKind('WAR_ZONE').map((z) => z.zones.map((p) => p.name)).sort()).toEqual([['十里工业园'], ['岩溪工业园'], ['青岚县城工业园']]);
    const taskForces = ofKind('TASK_FORCE');
    expect(taskForces).toHaveLength(5);
    for (const tf of taskForces) {
      expect(tf.duties[0]).toMatch(/^负责/);
      expect(tf.members.filter((m) => m.role === 'LEADER')).toHaveLength(1);
    }
    // the commanders' seats are held by (fictional) people
    expect(ofKind('HQ')[0]!.members.filter((m) => m.role === 'COMMANDER').every((m) => m.holder !== null)).toBe(true);
  });
});
