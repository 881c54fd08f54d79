import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemo, COUNTY_CODE, DEMO_AS_OF } from '../../src/demo/index.ts';
import { loadDemoIfEmpty } from '../../src/config/demo.ts';
import { createTestContext, type TestContext } from '../helpers/context.ts';

let t: TestContext;
let staff: string;
const situations = buildDemo().situations;

beforeAll(async () => {
  t = await createTestContext();
  await loadDemoIfEmpty(t.db);
  staff = await t.loginAs('LAND_BUREAU', COUNTY_CODE);
});
afterAll(() => t.close());

async function runOn(ruleSetId: string) {
  const res = await t.request({ method: 'POST', url: '/api/v1/identification/runs', cookie: staff, payload: { jurisdictionCode: COUNTY_CODE, ruleSetId, asOf: DEMO_AS_OF } });
  expect(res.statusCode, res.body).toBe(201);
  const run = res.json();
  const all = await t.request({ method: 'GET', url: `/api/v1/identification/runs/${run.id}/results?pageSize=200`, cookie: staff });
  const items = all.json().items as Array<{ parcelCode: string; primaryCategory: string; classes: string[] }>;
  expect(items.length).toBe(run.parcelCount);
  return { run, category: new Map(items.map((i) => [i.parcelCode, i.primaryCategory])), classes: new Map(items.map((i) => [i.parcelCode, i.classes])) };
}

describe('identification on the demo county 青岚县', () => {
  it('runs Wuping and Order 53 by default', async () => {
    const res = await t.request({ method: 'GET', url: `/api/v1/jurisdictions/${COUNTY_CODE}/rule-sets`, cookie: staff });
    expect(res.json().ruleSetIds).toEqual(['national-2012', 'wuping-2023']);
  });

  it('Wuping flags idle parcels, inefficient ones and its contract-indicator class', async () => {
    const { run, category, classes } = await runOn('wuping-2023');
    expect(run.summary.byCategory.IDLE.count).toBeGreaterThan(0);
    expect(run.summary.byCategory.INEFFICIENT.count).toBeGreaterThan(0);
    // classes are reported for parcels that are not idle: the demo's WP-C1 parcels (overdue
    // for the enterprise's reasons) are all idle too, and WP-C3 needs a person's finding
    expect(run.summary.byClass.map((c: { classId: string }) => c.classId)).toContain('WP-C2');
    const criterion = (id: string) => run.summary.byCriterion.find((c: { criterionId: string }) => c.criterionId === id);
    expect(criterion('WP-C1').MET.count).toBeGreaterThan(0);
    expect(criterion('WP-C3').MANUAL.count).toBe(run.parcelCount);
    for (const code of situations.IDLE_NOT_STARTED_2Y) expect(category.get(code), code).toBe('IDLE');
    // a producing parcel may still fall short of its contract's indicators (WP-C2), never idle
    for (const code of situations.HEALTHY) expect(category.get(code), code).not.toBe('IDLE');
    const flaggedClasses = [...classes.values()].flat();
    expect(flaggedClasses).toContain('WP-C2');
  });

  it('Jingde flags idle parcels and the low-tax ones as inefficient', async () => {
    const { run, category } = await runOn('jingde-2022');
    expect(run.summary.byCategory.IDLE.count).toBeGreaterThan(0);
    expect(run.summary.byCategory.INEFFICIENT.count).toBeGreaterThan(0);
    for (const code of situations.IDLE_NOT_STARTED_1Y) expect(category.get(code), code).toBe('IDLE');
    for (const code of situations.LOW_TAX) expect(category.get(code), code).toMatch(/IDLE|INEFFICIENT/);
    for (const code of situations.TAX_JUST_ABOVE) expect(category.get(code), code).not.toBe('INEFFICIENT');
  });
});
