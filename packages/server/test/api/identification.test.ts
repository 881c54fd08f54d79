import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identifyFile, validateFactsFile, validateIdentificationDocument, type RuleSet } from '@panhuo/domain';
import { exportFacts } from '../../src/cli/export-facts.ts';
import { runCli } from '../../src/cli/main.ts';
import { catchUpNightlyIdentification, nextNightlyAt, runNightlyIdentification } from '../../src/jobs/nightly-identification.ts';
import { createTestContext, testUscc, type County, type TestContext } from '../helpers/context.ts';

let t: TestContext;
let a: County;
let b: County;
let staffA: string;
let admin: string;

const AS_OF = '2026-11-23';
const MU = 2000 / 3;

const producing = (code: string, area_m2: number, taxYuan: number, opts: { deductions?: boolean } = {}) => ({
  values: {
    code,
    name: `${code} 地块`,
    area_m2,
    plannedUse: '0601',
    started: true,
    actualStartDate: '2016-01-01',
    halted: false,
    completed: true,
    completionDate: '2017-06-01',
    operationsStatus: 'PRODUCING',
    productionStartDate: '2018-01-01',
  },
  contract: { agreedStartDate: '2015-12-01' },
  years: [2024, 2025].map((year) => ({
    year,
    taxPaid_yuan: taxYuan,
    ...(opts.deductions === false ? {} : { landUseTax_yuan: 50_000, propertyTax_yuan: 50_000 }),
  })),
});

const notStarted = (code: string, agreedStartDate: string, extra: Record<string, unknown> = {}) => ({
  values: { code, name: `${code} 地块`, area_m2: 20_000, plannedUse: '0601', started: false, idleCauseType: 'ENTERPRISE', landPrice_yuan: 1_000_000, ...extra },
  contract: { agreedStartDate },
  enterpriseUscc: testUscc(7),
  enterpriseName: '乙材料有限公司',
  zoneName: '东园',
});

beforeAll(async () => {
  t = await createTestContext();
  a = await t.createCounty();
  b = await t.createCounty();
  await t.seedParcels(a.code, [
    // not started more than two years after the agreed date, for the enterprise's own reasons
    notStarted('A-IDLE', '2024-03-01'),
    // 100 亩 paying (600 000 − 100 000) / 100 = 5 000 yuan a mu: under Jingde's 1 万元/亩
    producing('A-LOW', 100 * MU, 600_000),
    // 1.5 万元/亩: above 1, below 2
    producing('A-MID', 100 * MU, 1_600_000),
    // land-use and property tax unknown: the tax criterion cannot be decided
    producing('A-UNK', 100 * MU, 600_000, { deductions: false }),
    // one year after its agreed start on 2026-12-15: within 90 days of AS_OF
    notStarted('A-WARN', '2025-12-15'),
  ]);
  await t.seedParcels(b.code, [notStarted('B-IDLE', '2023-01-01')]);
  staffA = await t.loginAs('LAND_BUREAU', a.code);
  admin = await t.loginAs('ADMIN', '000000');
});
afterAll(() => t.close());

interface Run {
  id: string;
  ruleSetVersion: number;
  parcelCount: number;
  previousRunId: string | null;
  summary: {
    byCategory: Record<string, { count: number; area_m2: number }>;
    byCriterion: Array<{ criterionId: string; MET: { count: number; area_m2: number }; UNKNOWN: { count: number } }>;
    byClass: Array<{ classId: string; count: number }>;
    changes: Record<string, number> | null;
  };
  changedParcels: Array<{ parcelCode: string; change: string; categoryBefore: string | null; categoryAfter: string; criteriaMet: string[]; criteriaCleared: string[] }>;
}
interface ResultItem {
  parcelId: string;
  parcelCode: string;
  primaryCategory: string;
  metCriterionIds: string[];
  classes: string[];
  change: string | null;
  zoneName: string | null;
  enterpriseName: string | null;
}

async function run(cookie: string, jurisdictionCode: string, ruleSetId: string, asOf = AS_OF): Promise<Run> {
  const res = await t.request({ method: 'POST', url: '/api/v1/identification/runs', cookie, payload: { jurisdictionCode, ruleSetId, asOf } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Run;
}
async function results(cookie: string, runId: string, query = ''): Promise<{ items: ResultItem[]; total: number }> {
  const res = await t.request({ method: 'GET', url: `/api/v1/identification/runs/${runId}/results${query}`, cookie });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: ResultItem[]; total: number };
}
const byCode = (items: ResultItem[]) => Object.fromEntries(items.map((i) => [i.parcelCode, i]));

describe('an identification run', () => {
  let first: Run;
  let items: Record<string, ResultItem>;

  beforeAll(async () => {
    first = await run(staffA, a.code, 'jingde-2022');
    items = byCode((await results(staffA, first.id, '?pageSize=200')).items);
  });

  it('evaluates the whole ledger with version 1 and stores one result per parcel', async () => {
    expect(first.ruleSetVersion).toBe(1);
    expect(first.parcelCount).toBe(5);
    expect(first.previousRunId).toBeNull();
    expect(first.summary.changes).toBeNull();
    expect(Object.keys(items).sort()).toEqual(['A-IDLE', 'A-LOW', 'A-MID', 'A-UNK', 'A-WARN']);
    expect(items['A-IDLE']).toMatchObject({ primaryCategory: 'IDLE', zoneName: '东园', enterpriseName: '乙材料有限公司', change: null });
    expect(items['A-LOW']!.primaryCategory).toBe('INEFFICIENT');
    expect(items['A-LOW']!.metCriterionIds).toContain('JD-LOW-03');
    expect(items['A-MID']!.metCriterionIds).not.toContain('JD-LOW-03');
    expect(items['A-UNK']!.primaryCategory).toBe('INCONCLUSIVE');
    expect(items['A-WARN']!.primaryCategory).not.toBe('IDLE');
  });

  it('sums counts and areas by category and criterion', () => {
    const s = first.summary;
    expect(s.byCategory.IDLE).toEqual({ count: 1, area_m2: 20_000 });
    expect(s.byCategory.INEFFICIENT!.count).toBe(1);
    expect(s.byCategory.INEFFICIENT!.area_m2).toBeCloseTo(66_666.67, 2);
    const total = Object.values(s.byCategory).reduce((n, c) => n + c.count, 0);
    expect(total).toBe(5);
    const tax = s.byCriterion.find((c) => c.criterionId === 'JD-LOW-03')!;
    expect(tax.MET.count).toBe(1);
    // the not-started parcels have no production facts at all: undecidable too, never read as zero
    expect(tax.UNKNOWN.count).toBe(3);
  });

  it('shows a parcel’s criteria with evidence, sanctions and the missing facts’ labels', async () => {
    const idle = await t.request({ method: 'GET', url: `/api/v1/identification/runs/${first.id}/results/${items['A-IDLE']!.parcelId}`, cookie: staffA });
    expect(idle.statusCode, idle.body).toBe(200);
    const detail = idle.json();
    expect(detail.primaryCategory).toBe('IDLE');
    expect(detail.sanctions).toMatchObject({ idleFee_yuan: 200_000, recoveryWithoutCompensation: true, legalReviewRequired: false });
    expect(detail.candidateDisposals.length).toBeGreaterThan(0);
    const met = detail.criteria.find((c: { status: string; category: string }) => c.status === 'MET' && c.category === 'IDLE');
    expect(met.evidenceZh).toContain('2024');
    expect(met.wordingZh).not.toBe('');
    expect(detail.facts).toMatchObject({ id: 'A-IDLE', contract: { agreedStartDate: '2024-03-01' } });

    const unk = await t.request({ method: 'GET', url: `/api/v1/identification/runs/${first.id}/results/${items['A-UNK']!.parcelId}`, cookie: staffA });
    const tax = unk.json().criteria.find((c: { id: string }) => c.id === 'JD-LOW-03');
    expect(tax.status).toBe('UNKNOWN');
    expect(tax.missing).toContainEqual(
      expect.objectContaining({ path: 'finance.years[year=2024].landUseTax_yuan', labelZh: '2024 年其中：土地使用税（万元）', section: 'year', sectionZh: '年度经营数据' }),
    );
  });

  it('lists the facts to collect, by parcel', async () => {
    const res = await t.request({ method: 'GET', url: `/api/v1/identification/runs/${first.id}/facts-to-collect`, cookie: staffA });
    expect(res.statusCode).toBe(200);
    const unk = res.json().items.find((i: { parcelCode: string }) => i.parcelCode === 'A-UNK');
    expect(unk.criteria.map((c: { criterionId: string }) => c.criterionId)).toContain('JD-LOW-03');
    const labels = unk.criteria.flatMap((c: { missing: Array<{ labelZh: string }> }) => c.missing.map((m) => m.labelZh));
    expect(labels).toContain('2025 年其中：房产税（万元）');
  });

  it('filters results by category, criterion and text', async () => {
    expect((await results(staffA, first.id, '?category=IDLE')).items.map((i) => i.parcelCode)).toEqual(['A-IDLE']);
    expect((await results(staffA, first.id, '?criterionId=JD-LOW-03')).items.map((i) => i.parcelCode)).toEqual(['A-LOW']);
    expect((await results(staffA, first.id, '?criterionId=JD-LOW-03&status=UNKNOWN')).items.map((i) => i.parcelCode)).toEqual(['A-IDLE', 'A-UNK', 'A-WARN']);
    expect((await results(staffA, first.id, `?q=${encodeURIComponent('乙材料')}`)).total).toBe(2);
    expect((await results(staffA, first.id, '?pageSize=2&page=3')).items.map((i) => i.parcelCode)).toEqual(['A-WARN']);
  });

  it('warns of criteria to be met within 90 days, with the date, without a stored run', async () => {
    const res = await t.request({ method: 'GET', url: `/api/v1/identification/warnings?jurisdictionCode=${a.code}&ruleSetId=jingde-2022&asOf=${AS_OF}`, cookie: staffA });
    expect(res.statusCode, res.body).toBe(200);
    const w = res.json();
    expect(w.horizonDays).toBe(90);
    const warn = w.items.filter((i: { parcelCode: string }) => i.parcelCode === 'A-WARN');
    expect(warn.length).toBeGreaterThan(0);
    expect(warn[0]).toMatchObject({ willBeMetOn: '2026-12-15', daysLeft: 22, category: 'IDLE' });
    const dates = w.items.map((i: { willBeMetOn: string }) => i.willBeMetOn);
    expect([...dates].sort()).toEqual(dates);
    const short = await t.request({ method: 'GET', url: `/api/v1/identification/warnings?jurisdictionCode=${a.code}&ruleSetId=jingde-2022&asOf=${AS_OF}&horizonDays=10`, cookie: staffA });
    expect(short.json().items.filter((i: { parcelCode: string }) => i.parcelCode === 'A-WARN')).toEqual([]);
  });

  it('a second run after editing the ledger shows the newly flagged and the cleared', async () => {
    await t.seedParcels(a.code, [producing('A-LOW', 100 * MU, 2_600_000), notStarted('A-WARN', '2025-06-01')]);
    const second = await run(staffA, a.code, 'jingde-2022');
    expect(second.previousRunId).toBe(first.id);
    expect(second.summary.changes).toMatchObject({ NEW: 1, CLEARED: 1 });
    const changed = Object.fromEntries(second.changedParcels.map((c) => [c.parcelCode, c]));
    expect(changed['A-WARN']).toMatchObject({ change: 'NEW', categoryAfter: 'IDLE' });
    expect(changed['A-LOW']).toMatchObject({ change: 'CLEARED', categoryBefore: 'INEFFICIENT', criteriaCleared: ['JD-LOW-03'] });
    expect(changed['A-IDLE']).toBeUndefined();
    expect((await results(staffA, second.id, '?change=NEW')).items.map((i) => i.parcelCode)).toEqual(['A-WARN']);
    expect(byCode((await results(staffA, second.id)).items)['A-IDLE']!.change).toBe('SAME');
  });

  it('the exported facts validate and give the same results via the command line’s evaluation', async () => {
    const file = await exportFacts(t.db, a.code);
    expect(validateFactsFile(JSON.parse(JSON.stringify(file))).ok).toBe(true);
    const latest = await run(staffA, a.code, 'jingde-2022');
    const stored = byCode((await results(staffA, latest.id, '?pageSize=200')).items);
    const rules = await t.request({ method: 'GET', url: '/api/v1/rule-sets', cookie: staffA });
    const v1 = rules.json().items.find((r: { id: string }) => r.id === 'jingde-2022').versions[0];
    expect(v1.version).toBe(1);
    const { ruleSetById } = await import('@panhuo/domain');
    const doc = identifyFile(ruleSetById('jingde-2022') as RuleSet, file, AS_OF);
    expect(validateIdentificationDocument(JSON.parse(JSON.stringify(doc))).ok).toBe(true);
    expect(doc.results.length).toBe(5);
    for (const r of doc.results) {
      expect(stored[r.parcelId]!.primaryCategory).toBe(r.primaryCategory);
      expect(stored[r.parcelId]!.metCriterionIds).toEqual(r.criteria.filter((c) => c.status === 'MET').map((c) => c.id));
    }
  });
});

describe('rule-set versions, what-if and jurisdictions’ rule sets', () => {
  const raise = { criterionId: 'JD-LOW-03', params: { threshold_10kYuanPerMu: 2 } };

  it('what-if shows who would change category with a raised threshold, and writes nothing', async () => {
    const before = (await t.request({ method: 'GET', url: `/api/v1/identification/runs?jurisdictionCode=${a.code}`, cookie: staffA })).json().items.length;
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/identification/what-if',
      cookie: staffA,
      payload: { jurisdictionCode: a.code, ruleSetId: 'jingde-2022', basedOnVersion: 1, asOf: AS_OF, changes: [raise] },
    });
    expect(res.statusCode, res.body).toBe(200);
    const w = res.json();
    expect(w.parcelCount).toBe(5);
    expect(w.items.map((i: { parcelCode: string }) => i.parcelCode)).toEqual(['A-MID']);
    expect(w.items[0]).toMatchObject({ after: 'INEFFICIENT', parcelName: 'A-MID 地块' });
    expect(w.changedCount).toBe(1);
    expect(w.changedArea_m2).toBeCloseTo(66_666.67, 2);
    const after = (await t.request({ method: 'GET', url: `/api/v1/identification/runs?jurisdictionCode=${a.code}`, cookie: staffA })).json().items.length;
    expect(after).toBe(before);
    const versions = (await t.request({ method: 'GET', url: '/api/v1/rule-sets', cookie: staffA })).json().items.find((r: { id: string }) => r.id === 'jingde-2022').versions;
    expect(versions).toHaveLength(1);
  });

  it('refuses unknown parameters and out-of-range values in Chinese', async () => {
    const post = (changes: unknown[]) =>
      t.request({ method: 'POST', url: '/api/v1/rule-sets/jingde-2022/versions', cookie: admin, payload: { basedOnVersion: 1, effectiveFrom: '2026-01-01', changes } });
    const unknown = await post([{ criterionId: 'JD-LOW-03', params: { speed: 3 } }]);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().detail).toContain('没有参数 speed');
    const negative = await post([{ criterionId: 'JD-LOW-03', params: { threshold_10kYuanPerMu: -1 } }]);
    expect(negative.statusCode).toBe(400);
    expect(negative.json().errors[0]).toMatchObject({ path: 'changes[0].params.threshold_10kYuanPerMu' });
    expect(negative.json().detail).toContain('不能为负数');
    const noSuch = await post([{ criterionId: 'XX-99', params: { years: 1 } }]);
    expect(noSuch.json().detail).toContain('没有认定标准 XX-99');
    const wrongType = await post([{ criterionId: 'JD-LOW-03', params: { threshold_10kYuanPerMu: '2' } }]);
    expect(wrongType.json().detail).toContain('应为数字');
    const staff = await t.request({ method: 'POST', url: '/api/v1/rule-sets/jingde-2022/versions', cookie: staffA, payload: { basedOnVersion: 1, effectiveFrom: '2026-01-01', changes: [raise] } });
    expect(staff.statusCode).toBe(403);
  });

  it('a new version with a raised threshold flags more parcels, and the run records it', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/rule-sets/jingde-2022/versions',
      cookie: admin,
      payload: { basedOnVersion: 1, effectiveFrom: '2026-01-01', note: '景德镇提高亩均税收门槛', changes: [raise] },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ version: 2, effectiveFrom: '2026-01-01', note: '景德镇提高亩均税收门槛' });
    const rules = (await t.request({ method: 'GET', url: '/api/v1/rule-sets', cookie: staffA })).json().items.find((r: { id: string }) => r.id === 'jingde-2022');
    expect(rules.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect(rules.versions[0].criteria.find((c: { id: string }) => c.id === 'JD-LOW-03').params.threshold_10kYuanPerMu).toBe(1);

    const now = await run(staffA, a.code, 'jingde-2022');
    expect(now.ruleSetVersion).toBe(2);
    expect((await results(staffA, now.id, '?criterionId=JD-LOW-03')).items.map((i) => i.parcelCode)).toEqual(['A-MID']);
    // a date before the new version took effect still runs version 1
    const earlier = await run(staffA, a.code, 'jingde-2022', '2025-11-23');
    expect(earlier.ruleSetVersion).toBe(1);
  });

  it('an admin chooses the rule sets a county runs', async () => {
    const put = await t.request({ method: 'PUT', url: `/api/v1/jurisdictions/${a.code}/rule-sets`, cookie: admin, payload: { ruleSetIds: ['national-2012', 'jingde-2022'] } });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().ruleSetIds).toEqual(['jingde-2022', 'national-2012']);
    const get = await t.request({ method: 'GET', url: `/api/v1/jurisdictions/${a.code}/rule-sets`, cookie: staffA });
    expect(get.json().ruleSetIds).toEqual(['jingde-2022', 'national-2012']);
    const bad = await t.request({ method: 'PUT', url: `/api/v1/jurisdictions/${a.code}/rule-sets`, cookie: admin, payload: { ruleSetIds: ['nowhere-2099'] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toContain('没有编号为 nowhere-2099 的认定规则');
    const staff = await t.request({ method: 'PUT', url: `/api/v1/jurisdictions/${a.code}/rule-sets`, cookie: staffA, payload: { ruleSetIds: [] } });
    expect(staff.statusCode).toBe(403);
  });
});

describe('who may run and read', () => {
  it('county B can read neither A’s run nor its results (404); a leader reads but cannot run (403)', async () => {
    const r = await run(staffA, a.code, 'national-2012');
    const { items } = await results(staffA, r.id);
    const staffB = await t.loginAs('LAND_BUREAU', b.code);
    for (const url of [`/api/v1/identification/runs/${r.id}`, `/api/v1/identification/runs/${r.id}/results`, `/api/v1/identification/runs/${r.id}/results/${items[0]!.parcelId}`, `/api/v1/identification/runs/${r.id}/facts-to-collect`]) {
      expect((await t.request({ method: 'GET', url, cookie: staffB })).statusCode).toBe(404);
    }
    expect((await t.request({ method: 'GET', url: '/api/v1/identification/runs', cookie: staffB })).json().items).toEqual([]);
    const intoA = await t.request({ method: 'POST', url: '/api/v1/identification/runs', cookie: staffB, payload: { jurisdictionCode: a.code, ruleSetId: 'national-2012', asOf: AS_OF } });
    expect(intoA.statusCode).toBe(403);

    const leader = await t.loginAs('LEADER', a.code);
    expect((await t.request({ method: 'GET', url: `/api/v1/identification/runs/${r.id}`, cookie: leader })).statusCode).toBe(200);
    const refused = await t.request({ method: 'POST', url: '/api/v1/identification/runs', cookie: leader, payload: { jurisdictionCode: a.code, ruleSetId: 'national-2012', asOf: AS_OF } });
    expect(refused.statusCode).toBe(403);
  });

  it('rejects an unknown rule set and a bad date in Chinese', async () => {
    const res = await t.request({ method: 'POST', url: '/api/v1/identification/runs', cookie: staffA, payload: { jurisdictionCode: a.code, ruleSetId: 'nowhere', asOf: '2026-13' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('日期格式应为 YYYY-MM-DD');
  });
});

describe('nightly identification', () => {
  it('is due at 02:00 China time (18:00 UTC), the next one strictly after now', () => {
    expect(nextNightlyAt(new Date('2026-11-23T17:59:59Z')).toISOString()).toBe('2026-11-23T18:00:00.000Z');
    expect(nextNightlyAt(new Date('2026-11-23T18:00:00Z')).toISOString()).toBe('2026-11-24T18:00:00.000Z');
    expect(nextNightlyAt(new Date('2026-11-23T02:00:00Z')).toISOString()).toBe('2026-11-23T18:00:00.000Z');
  });

  it('runs each chosen rule set once a day, as of the China date: a second claim of the day is skipped', async () => {
    const c = await t.createCounty();
    await t.seedParcels(c.code, [notStarted('C-IDLE', '2024-01-01')]);
    const put = await t.request({ method: 'PUT', url: `/api/v1/jurisdictions/${c.code}/rule-sets`, cookie: admin, payload: { ruleSetIds: ['national-2012'] } });
    expect(put.statusCode).toBe(200);
    const at = new Date('2026-11-23T18:00:05Z');
    const first = await runNightlyIdentification(t.db, at);
    expect(first.asOf).toBe('2026-11-24');
    expect(first.failed).toEqual([]);
    expect(first.ran.filter((r) => r.jurisdictionCode === c.code).map((r) => r.ruleSetId)).toEqual(['national-2012']);
    const again = await runNightlyIdentification(t.db, new Date('2026-11-23T18:30:00Z'));
    expect(again.ran.filter((r) => r.jurisdictionCode === c.code)).toEqual([]);
    expect(again.skipped).toContainEqual({ jurisdictionCode: c.code, ruleSetId: 'national-2012' });
    const staffC = await t.loginAs('LAND_BUREAU', c.code);
    const runs = (await t.request({ method: 'GET', url: `/api/v1/identification/runs?jurisdictionCode=${c.code}`, cookie: staffC })).json().items;
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ trigger: 'NIGHTLY', asOf: '2026-11-24', actorName: '系统', parcelCount: 1 });
    expect(runs[0].summary.byCategory.IDLE.count).toBe(1);
    // the next night is a new day
    const next = await runNightlyIdentification(t.db, new Date('2026-11-24T18:00:01Z'));
    expect(next.ran.filter((r) => r.jurisdictionCode === c.code)).toHaveLength(1);
  });
});

describe('catching up nightly runs after a stop', () => {
  it('runs the day a stopped server missed, once it is past 02:00, only for rule sets that ran nightly before', async () => {
    const ran = await t.createCounty();
    const never = await t.createCounty();
    for (const c of [ran, never]) {
      await t.seedParcels(c.code, [notStarted(`${c.code}-IDLE`, '2024-01-01')]);
      const put = await t.request({ method: 'PUT', url: `/api/v1/jurisdictions/${c.code}/rule-sets`, cookie: admin, payload: { ruleSetIds: ['national-2012'] } });
      expect(put.statusCode).toBe(200);
    }
    // a nightly run of `ran` only: `never` is chosen after that night
    await t.request({ method: 'PUT', url: `/api/v1/jurisdictions/${never.code}/rule-sets`, cookie: admin, payload: { ruleSetIds: [] } });
    await runNightlyIdentification(t.db, new Date('2027-03-01T18:00:05Z'));
    await t.request({ method: 'PUT', url: `/api/v1/jurisdictions/${never.code}/rule-sets`, cookie: admin, payload: { ruleSetIds: ['national-2012'] } });
    const mine = (o: { ran: Array<{ jurisdictionCode: string }> }) => o.ran.filter((r) => r.jurisdictionCode === ran.code || r.jurisdictionCode === never.code);

    // the server was down on the night of 3 March and starts again at 01:30 China time on 4 March: the schedule will do it
    expect(mine(await catchUpNightlyIdentification(t.db, new Date('2027-03-03T17:30:00Z')))).toEqual([]);
    // started at 09:00 China time on 3 March: 3 March's run was missed
    const caught = await catchUpNightlyIdentification(t.db, new Date('2027-03-03T01:00:00Z'));
    expect(caught.asOf).toBe('2027-03-03');
    expect(mine(caught).map((r) => r.jurisdictionCode)).toEqual([ran.code]);
    // a second start the same day finds it done
    expect(mine(await catchUpNightlyIdentification(t.db, new Date('2027-03-03T02:00:00Z')))).toEqual([]);
  });
});

describe('the OpenAPI document', () => {
  it('lists every identification endpoint under 闲置低效认定 with a Chinese summary', async () => {
    const res = await t.request({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const paths = res.json().paths as Record<string, Record<string, { tags: string[]; summary: string }>>;
    const expected = [
      ['get', '/api/v1/rule-sets'],
      ['post', '/api/v1/rule-sets/{id}/versions'],
      ['get', '/api/v1/jurisdictions/{code}/rule-sets'],
      ['put', '/api/v1/jurisdictions/{code}/rule-sets'],
      ['post', '/api/v1/identification/runs'],
      ['get', '/api/v1/identification/runs'],
      ['get', '/api/v1/identification/runs/{id}'],
      ['get', '/api/v1/identification/runs/{id}/results'],
      ['get', '/api/v1/identification/runs/{id}/results/{parcelId}'],
      ['get', '/api/v1/identification/runs/{id}/facts-to-collect'],
      ['get', '/api/v1/identification/warnings'],
      ['post', '/api/v1/identification/what-if'],
    ] as const;
    for (const [method, path] of expected) {
      const op = paths[path]?.[method];
      expect(op, `${method} ${path}`).toBeDefined();
      expect(op!.tags).toEqual(['闲置低效认定']);
      expect(op!.summary).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('npx panhuo export facts', () => {
  it('refuses bad arguments with exit 2, a Chinese message and nothing on stdout', async () => {
    for (const args of [['export'], ['export', 'facts', '--jurisdiction', '12'], ['export', 'facts', '--bogus']]) {
      let out = '';
      let err = '';
      const code = await runCli(args, {
        stdout: { write: (s: string) => ((out += s), true) } as unknown as NodeJS.WritableStream,
        stderr: { write: (s: string) => ((err += s), true) } as unknown as NodeJS.WritableStream,
      });
      expect(code, args.join(' ')).toBe(2);
      expect(out).toBe('');
      expect(err).toMatch(/用法：npx panhuo export facts/);
    }
  });
});
