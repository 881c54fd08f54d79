import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type County, type TestContext } from '../helpers/context.ts';

/**
 * 攻坚目标设置 through HTTP: a county's administrator sets its campaign up as data — the
 * campaign, an amount target and its war-zone allocation, one of the seeds' targets as a
 * template, a disposal rate with its denominator, a 增存挂钩 rule with next year's quota —
 * and the dashboard counts against them. Refusals name the field; others may only read.
 */

let t: TestContext;
let county: County;
let admin: string;
let leader: string;

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
const api = (method: Method, url: string, cookie: string, payload?: unknown) =>
  t.request({ method, url: `/api/v1${url}`, cookie, ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}) });

/** The answer's JSON, once its status is the one expected. */
async function ok(method: Method, url: string, cookie: string, payload?: unknown, status = 200) {
  const res = await api(method, url, cookie, payload);
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
  return status === 204 ? undefined : res.json();
}

const source = { documentZh: '测试县人民政府办公室 测政办〔2026〕5号', wordingZh: '完成 5 宗 200 亩以上低效工业用地盘活', readingZh: '各季度为当季增量' };

const amountTarget = (over: Record<string, unknown> = {}) => ({
  kind: 'AMOUNT',
  id: 'CS-QUARTERS',
  nameZh: '盘活攻坚分季度目标',
  basis: 'INCREMENTAL',
  countingStart: '2026-04-01',
  periods: [
    { id: '2026Q2', labelZh: '2026年二季度', endDate: '2026-06-30', parcels: 2, areaMu: 80 },
    { id: '2026Q3', labelZh: '2026年三季度', endDate: '2026-09-30', parcels: 3, areaMu: 120 },
  ],
  total: { parcels: 5, areaMu: 200 },
  source,
  ...over,
});

async function auditActions(entityId: string): Promise<string[]> {
  const { rows } = await t.db.query<{ action: string }>(
    `SELECT action FROM audit_log WHERE jurisdiction_code = $1 AND entity_type = 'campaign_target' AND entity_id = $2 ORDER BY id`,
    [county.code, entityId],
  );
  return rows.map((r) => r.action);
}

beforeAll(async () => {
  t = await createTestContext();
  t.app.ctx.settings.today = '2026-06-15';
  county = await t.createCounty();
  admin = await t.loginAs('ADMIN', county.code);
  leader = await t.loginAs('LEADER', county.code);
});
afterAll(async () => {
  await t.close();
});

describe('the campaign', () => {
  it('refuses targets before the campaign is named, then creates and renames it with its version', async () => {
    const early = await api('POST', '/campaign/targets', admin, amountTarget());
    expect(early.statusCode).toBe(422);
    expect(early.json().detail).toContain('尚未设立攻坚行动');

    const created = await ok('PUT', '/campaign', admin, { name: '测试县盘活攻坚行动', issuerName: '测试县攻坚指挥部办公室' });
    expect(created).toMatchObject({ jurisdictionCode: county.code, nameZh: '测试县盘活攻坚行动', version: 1 });

    const unversioned = await api('PUT', '/campaign', admin, { name: '改名', issuerName: '测试县攻坚指挥部办公室' });
    expect(unversioned.statusCode).toBe(400);
    expect(unversioned.json().errors).toMatchObject([{ path: 'version' }]);
    await ok('PUT', '/campaign', admin, { name: '测试县低效工业用地盘活攻坚行动', issuerName: '测试县攻坚指挥部办公室', version: 1 });
    const stale = await api('PUT', '/campaign', admin, { name: '再改', issuerName: '某办公室', version: 1 });
    expect(stale.statusCode).toBe(409);

    const list = await ok('GET', '/campaign/targets', leader);
    expect(list).toMatchObject({ jurisdictionCode: county.code, campaignNameZh: '测试县低效工业用地盘活攻坚行动', issuerNameZh: '测试县攻坚指挥部办公室', campaignVersion: 2, items: [] });
    expect(await auditActions('campaign')).toEqual(['CREATE', 'UPDATE']);
  });

  it('lets only an administrator set the campaign up', async () => {
    expect((await api('PUT', '/campaign', leader, { name: '某行动', issuerName: '某办公室', version: 2 })).statusCode).toBe(403);
    expect((await api('POST', '/campaign/targets', leader, amountTarget())).statusCode).toBe(403);
    expect((await api('PUT', '/campaign/quotas/2027', leader, { quota_m2: 1000, source: '某文件' })).statusCode).toBe(403);
    const bureau = await t.loginAs('LAND_BUREAU', county.code);
    expect((await api('POST', '/campaign/targets', bureau, { fromBuiltIn: 'WP-QUARTERS' })).statusCode).toBe(403);
  });
});

describe('amount targets', () => {
  it('creates a county target from scratch, which the dashboard counts against', async () => {
    const created = await ok('POST', '/campaign/targets', admin, amountTarget(), 201);
    expect(created).toMatchObject({ id: 'CS-QUARTERS', kind: 'AMOUNT', active: true, version: 1, scopeZh: '全辖区' });
    expect(created.definition).toMatchObject({ jurisdiction: county.code, total: { parcels: 5, areaMu: 200 }, source: { ...source } });

    const board = await ok('GET', '/campaign/dashboard', leader);
    expect(board.targets).toMatchObject([{ id: 'CS-QUARTERS', documentZh: source.documentZh }]);
    expect(board.targets[0].achievement).toMatchObject({ currentPeriodId: '2026Q2', overall: { target: { parcels: 5, areaMu: 200 } } });
    expect(await auditActions('CS-QUARTERS')).toEqual(['CREATE']);
  });

  it('refuses a duplicate id with 409', async () => {
    const res = await api('POST', '/campaign/targets', admin, amountTarget());
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'DUPLICATE', errors: [{ path: 'id' }] });
    expect(res.json().detail).toContain('CS-QUARTERS');
  });

  it('refuses periods that do not add up to the stated total, naming the periods', async () => {
    const res = await api('POST', '/campaign/targets', admin, amountTarget({ id: 'CS-WRONG', total: { parcels: 6, areaMu: 200 } }));
    expect(res.statusCode).toBe(400);
    const [error] = res.json().errors;
    expect(error.path).toBe('total');
    expect(error.message).toContain('各期宗数合计 5 宗，与总目标 6 宗不符');
    expect(error.message).toContain('「2026年三季度」3 宗 120 亩');

    const late = await api('POST', '/campaign/targets', admin, amountTarget({
      id: 'CS-LATE', total: undefined,
      periods: [{ id: 'A', labelZh: '第一期', endDate: '2026-09-30', parcels: 1 }, { id: 'B', labelZh: '第二期', endDate: '2026-06-30', parcels: 1 }],
    }));
    expect(late.statusCode).toBe(400);
    expect(late.json().errors).toMatchObject([{ path: 'periods.1', message: expect.stringContaining('第二期截止日期 2026-06-30 早于上一期') }]);

    const badId = await api('POST', '/campaign/targets', admin, amountTarget({ id: 'cs quarters' }));
    expect(badId.json().errors).toMatchObject([{ path: 'id', message: expect.stringContaining('目标编号') }]);
    expect((await ok('GET', '/campaign/targets', admin)).items).toHaveLength(1);
  });

  it('allocates the target to a war zone of the county, and no other', async () => {
    const zone = await ok('POST', '/org/bodies', admin, { jurisdictionCode: county.code, kind: 'WAR_ZONE', name: '东园战区', zoneIds: [county.zones['东园']] }, 201);
    const unit = await ok('POST', '/org/units', admin, { jurisdictionCode: county.code, name: '东园管委会', kind: 'PARK_COMMITTEE' }, 201);
    const allocation = amountTarget({
      id: 'CS-QUARTERS-EAST',
      nameZh: '东园战区分季度目标',
      periods: [
        { id: '2026Q2', labelZh: '2026年二季度', endDate: '2026-06-30', parcels: 1, areaMu: 50 },
        { id: '2026Q3', labelZh: '2026年三季度', endDate: '2026-09-30', parcels: 1, areaMu: 60 },
      ],
      total: { parcels: 2, areaMu: 110 },
      scope: { warZoneId: zone.id, unitId: unit.id },
    });
    const created = await ok('POST', '/campaign/targets', admin, allocation, 201);
    expect(created.scopeZh).toBe('战区：东园战区，责任单位：东园管委会');

    const board = await ok('GET', '/campaign/dashboard', leader);
    expect(board.byWarZone).toMatchObject([{ warZoneId: zone.id, allocated: true, targetParcels: 2, targetMu: 110 }]);
    expect(board.targets.map((c: { id: string }) => c.id)).toEqual(['CS-QUARTERS']);

    const elsewhere = await t.createCounty();
    const otherAdmin = await t.loginAs('ADMIN', elsewhere.code);
    const foreign = await ok('POST', '/org/bodies', otherAdmin, { jurisdictionCode: elsewhere.code, kind: 'WAR_ZONE', name: '外县战区' }, 201);
    const refused = await api('POST', '/campaign/targets', admin, { ...allocation, id: 'CS-FOREIGN', scope: { warZoneId: foreign.id } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toMatchObject([{ path: 'scope.warZoneId', message: expect.stringContaining('战区') }]);
  });

  it('edits the periods with the version read, checked again', async () => {
    const [current] = (await ok('GET', '/campaign/targets', admin)).items;
    const periods = [...current.definition.periods, { id: '2026Q4', labelZh: '2026年四季度', endDate: '2026-12-31', parcels: 1, areaMu: 40 }];
    const refused = await api('PUT', '/campaign/targets/CS-QUARTERS', admin, { version: current.version, active: true, periods });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0]).toMatchObject({ path: 'total', message: expect.stringContaining('「2026年四季度」1 宗 40 亩') });

    const saved = await ok('PUT', '/campaign/targets/CS-QUARTERS', admin, { version: current.version, active: true, periods, total: { parcels: 6, areaMu: 240 } });
    expect(saved).toMatchObject({ version: 2, definition: { total: { parcels: 6, areaMu: 240 } } });
    expect(saved.definition.periods).toHaveLength(3);
    expect((await api('PUT', '/campaign/targets/CS-QUARTERS', admin, { version: 1, active: false })).statusCode).toBe(409);
    const rate = await api('PUT', '/campaign/targets/CS-QUARTERS', admin, { version: 2, active: true, minSharePercent: 20 });
    expect(rate.json().errors).toMatchObject([{ path: 'minSharePercent' }]);
  });
});

describe('templates from the seeds', () => {
  it("copies Wuping's quarterly target for the county, its 42 宗 2 890 亩 and its wording kept, switched off until edited", async () => {
    const copied = await ok('POST', '/campaign/targets', admin, { fromBuiltIn: 'WP-QUARTERS' }, 201);
    expect(copied).toMatchObject({ id: 'WP-QUARTERS', kind: 'AMOUNT', active: false, definition: { jurisdiction: county.code, basis: 'INCREMENTAL', total: { parcels: 42, areaMu: 2890 } } });
    expect(copied.definition.periods.map((p: { parcels: number }) => p.parcels)).toEqual([7, 13, 12, 10]);
    expect(copied.definition.source.documentZh).toContain('武政办规〔2023〕7号');
    expect(copied.definition.source.wordingZh).toContain('完成 42 宗 2890 亩以上低效工业用地盘活');

    // the same seed again under another id, then moved to the county's own dates
    const again = await ok('POST', '/campaign/targets', admin, { fromBuiltIn: 'WP-QUARTERS', id: 'CS-FROM-WP' }, 201);
    const moved = await ok('PUT', '/campaign/targets/CS-FROM-WP', admin, { version: again.version, active: true, countingStart: '2026-07-01', periods: [
      { id: 'H2', labelZh: '2026年下半年', endDate: '2026-12-31', parcels: 20, areaMu: 1260 },
      { id: 'H1', labelZh: '2027年上半年', endDate: '2027-06-30', parcels: 22, areaMu: 1630 },
    ] });
    expect(moved).toMatchObject({ active: true, definition: { countingStart: '2026-07-01', total: { parcels: 42, areaMu: 2890 } } });
    // switched on, it counts on the dashboard beside the county's own target, and the seed's copy does not
    expect((await ok('GET', '/campaign/dashboard', leader)).targets.map((c: { id: string }) => c.id)).toEqual(['CS-QUARTERS', 'CS-FROM-WP']);
    expect((await api('POST', '/campaign/targets', admin, { fromBuiltIn: 'XX-NONE' })).statusCode).toBe(400);
    expect(await auditActions('CS-FROM-WP')).toEqual(['CREATE', 'UPDATE']);
  });

  it('deletes a target set up by mistake, audited with its definition', async () => {
    expect((await api('DELETE', '/campaign/targets/WP-QUARTERS?version=9', admin)).statusCode).toBe(409);
    await ok('DELETE', '/campaign/targets/WP-QUARTERS?version=1', admin, undefined, 204);
    expect((await ok('GET', '/campaign/targets', admin)).items.map((i: { id: string }) => i.id)).not.toContain('WP-QUARTERS');
    const { rows } = await t.db.query<{ before: { definition: { id: string } } }>(
      `SELECT before FROM audit_log WHERE jurisdiction_code = $1 AND entity_type = 'campaign_target' AND entity_id = 'WP-QUARTERS' AND action = 'DELETE'`,
      [county.code],
    );
    expect(rows[0]?.before.definition.id).toBe('WP-QUARTERS');
  });
});

describe('disposal rates and 增存挂钩', () => {
  it('counts a rate target against the denominator stored for the year', async () => {
    const bad = await api('PUT', '/campaign/rate-bases/2026/INEFFICIENT_INDUSTRIAL', admin, { area_m2: -1, source: '2026年1月1日存量台账' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toMatchObject([{ path: 'area_m2', message: expect.stringContaining('年初存量面积') }]);

    const base = await ok('PUT', '/campaign/rate-bases/2026/INEFFICIENT_INDUSTRIAL', admin, { area_m2: 400_000, source: '2026年1月1日低效工业用地台账' });
    expect(base).toMatchObject({ year: 2026, stockKind: 'INEFFICIENT_INDUSTRIAL', stockKindZh: '低效工业用地', area_m2: 400_000, areaMu: 600, area_ha: 40 });
    await ok('PUT', '/campaign/rate-bases/2026/INEFFICIENT_INDUSTRIAL', admin, { area_m2: 300_000, source: '2026年1月1日低效工业用地台账（更正）' });
    expect((await ok('GET', '/campaign/rate-bases', leader)).items).toMatchObject([{ year: 2026, area_m2: 300_000, source: '2026年1月1日低效工业用地台账（更正）' }]);
    expect(await auditActions('rate-base:2026:INEFFICIENT_INDUSTRIAL')).toEqual(['CREATE', 'UPDATE']);

    const rate = await ok('POST', '/campaign/targets', admin, {
      kind: 'DISPOSAL_RATE', id: 'CS-LOW-RATE', nameZh: '低效工业用地处置率', stockKind: 'INEFFICIENT_INDUSTRIAL', minSharePercent: 12.5,
      denominatorDescriptionZh: '年初低效工业用地存量面积', source,
    }, 201);
    expect(rate.definition).toMatchObject({ minShare: { num: 1, den: 8 }, denominator: { basis: 'STOCK_AT_YEAR_START' }, status: 'IN_FORCE' });

    const board = await ok('GET', '/campaign/dashboard', leader);
    expect(board.rates).toMatchObject([{ targetId: 'CS-LOW-RATE', year: 2026, denominator: { area_m2: 300_000, areaMu: 450, descriptionZh: '年初低效工业用地存量面积' }, minPercentZh: '12.5%', met: false }]);
  });

  it('decides the reward or penalty once a 增存挂钩 rule and next year\'s quota are set', async () => {
    const missing = await api('POST', '/campaign/targets', admin, {
      kind: 'LINKAGE', id: 'CS-LINKAGE', nameZh: '增存挂钩奖惩', rewardSharePercent: 10, penaltySharePercent: 20, taskTargetIds: ['CS-NONE'], quotaDescriptionZh: '下一年度新增建设用地计划指标', source,
    });
    expect(missing.json().errors).toMatchObject([{ path: 'taskTargetIds.0', message: expect.stringContaining('CS-NONE') }]);
    await ok('POST', '/campaign/targets', admin, {
      kind: 'LINKAGE', id: 'CS-LINKAGE', nameZh: '增存挂钩奖惩', rewardSharePercent: 10, penaltySharePercent: 20, taskTargetIds: ['CS-LOW-RATE'], quotaDescriptionZh: '下一年度新增建设用地计划指标', source,
    }, 201);
    expect((await ok('GET', '/campaign/dashboard', leader)).linkage).toEqual([]);

    const quota = await ok('PUT', '/campaign/quotas/2027', admin, { quota_m2: 200_000, source: '2027年度土地利用计划（测试）' });
    expect(quota).toMatchObject({ year: 2027, quota_m2: 200_000, quotaMu: 300, quota_ha: 20 });
    expect((await ok('GET', '/campaign/quotas', leader)).items).toMatchObject([{ year: 2027, quota_m2: 200_000 }]);

    const board = await ok('GET', '/campaign/dashboard', leader);
    expect(board.linkage).toMatchObject([{ ruleId: 'CS-LINKAGE', year: 2026, decision: 'PENALTY', final: false, adjustment: { adjustment_m2: -40_000, adjustedQuota_m2: 160_000 } }]);

    const refused = await api('DELETE', '/campaign/targets/CS-LOW-RATE?version=1', admin);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toContain('增存挂钩奖惩');
  });

  it("imports Qinzhou's rates and rule as templates, the rule only once its rates are there", async () => {
    const early = await api('POST', '/campaign/targets', admin, { fromBuiltIn: 'QZ-LINKAGE' });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors[0].message).toContain('QZ-APS-RATE');
    await ok('POST', '/campaign/targets', admin, { fromBuiltIn: 'QZ-APS-RATE' }, 201);
    await ok('POST', '/campaign/targets', admin, { fromBuiltIn: 'QZ-IDLE-RATE' }, 201);
    const rule = await ok('POST', '/campaign/targets', admin, { fromBuiltIn: 'QZ-LINKAGE' }, 201);
    expect(rule.definition).toMatchObject({ jurisdiction: county.code, rewardShare: { num: 10, den: 100 }, penaltyShare: { num: 20, den: 100 } });
    const schedule = await ok('POST', '/campaign/targets', admin, { fromBuiltIn: 'QZ-QUARTERLY' }, 201);
    expect(schedule.yearlyTasks.map((y: { year: number }) => y.year)).toEqual([2022, 2023]);
    const mine = await ok('PUT', '/campaign/targets/QZ-QUARTERLY', admin, { version: 1, active: true, yearlyTasks: [{ year: 2026, areaMu: 300, sourceZh: '县政府下达2026年任务' }] });
    expect(mine.yearlyTasks).toEqual([{ year: 2026, areaMu: 300, sourceZh: '县政府下达2026年任务' }]);
    const cards = (await ok('GET', '/campaign/dashboard', leader)).targets;
    expect(cards.map((c: { id: string }) => c.id)).toContain('QZ-QUARTERLY');
  });
});
