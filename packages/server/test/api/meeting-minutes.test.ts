import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, testUscc, type County, type TestContext } from '../helpers/context.ts';
import { steps } from './cases-steps.ts';

/** The minutes of a batch review belong to no case: found again through GET /meeting-minutes, then issued. */

let t: TestContext;
let a: County;
let b: County;
let bureau: string;
let leader: string;
let otherBureau: string;
let s: ReturnType<typeof steps>;
let parcelId: string;

type Minutes = { id: string; kind: string; caseId: string | null; jurisdictionCode: string; status: string; docNo: string | null; pendingFacts: string[]; content: { title: string } };

beforeAll(async () => {
  t = await createTestContext();
  s = steps(t);
  a = await t.createCounty();
  b = await t.createCounty();
  await t.seedParcels(a.code, [
    {
      values: {
        code: 'M-1', name: 'M-1 地块', area_m2: 66_667, plannedUse: '0601', started: true, actualStartDate: '2016-01-01', halted: false,
        completed: true, completionDate: '2017-06-01', operationsStatus: 'PRODUCING', productionStartDate: '2018-01-01',
      },
      contract: { agreedStartDate: '2015-12-01' },
      years: [2024, 2025].map((year) => ({ year, taxPaid_yuan: 600_000, landUseTax_yuan: 50_000, propertyTax_yuan: 50_000 })),
      enterpriseUscc: testUscc(701),
      enterpriseName: '测试M-1科技有限公司',
      zoneName: '西园',
    },
  ]);
  parcelId = (await t.db.query<{ id: string }>('SELECT id FROM parcels WHERE jurisdiction_code = $1', [a.code])).rows[0]!.id;
  bureau = await t.loginAs('LAND_BUREAU', a.code);
  leader = await t.loginAs('LEADER', a.code);
  otherBureau = await t.loginAs('LAND_BUREAU', b.code);
  await s.ensureIssuingUnit(bureau, a.code, '测纪要');
});
afterAll(() => t.close());

describe('meeting minutes', () => {
  it('lists the minutes of a batch review for its county only, and issues them', async () => {
    s.setToday('2026-12-01');
    const c = await s.openCase(bureau, { parcelId, category: 'INEFFICIENT' });
    await s.act(bureau, c.id, 'startVerification');
    await s.act(bureau, c.id, 'submitForm', { proposedCriteria: ['JD-I1'], proposedDisposal: ['D-JD02'] });

    const empty = await s.api('GET', '/meeting-minutes', leader);
    expect(empty.statusCode, empty.body).toBe(200);
    expect(empty.json()).toEqual({ items: [], total: 0 });

    const meeting = { heldOn: '2026-12-01', place: '县政府三楼会议室', attendees: ['组长甲', '副组长乙'], topics: '闲置低效工业用地认定' };
    const review = await s.api('POST', '/cases/batch-review', leader, { caseIds: [c.id], outcome: 'CONFIRM', meeting });
    expect(review.statusCode, review.body).toBe(200);
    const minutesId = (review.json() as { minutesDocumentId: string }).minutesDocumentId;

    for (const cookie of [leader, bureau]) {
      const list = await s.api('GET', '/meeting-minutes?page=1&pageSize=10', cookie);
      expect(list.statusCode, list.body).toBe(200);
      const body = list.json() as { items: Minutes[]; total: number };
      expect(body.total).toBe(1);
      expect(body.items).toHaveLength(1);
      expect(body.items[0]).toMatchObject({ id: minutesId, kind: 'MEETING_MINUTES', caseId: null, jurisdictionCode: a.code, status: 'DRAFT', docNo: null });
    }

    const other = await s.api('GET', '/meeting-minutes', otherBureau);
    expect(other.statusCode, other.body).toBe(200);
    expect(other.json()).toEqual({ items: [], total: 0 });
    expect((await s.api('GET', '/meeting-minutes?pageSize=0', bureau)).statusCode).toBe(400);

    // the leading group reviews but does not issue; the bureau issues under its 文号
    expect((await s.api('POST', `/documents/${minutesId}/issue`, leader, { issuerCode: '测纪要' })).statusCode).toBe(403);
    const issued = await s.api('POST', `/documents/${minutesId}/issue`, bureau, { issuerCode: '测纪要' });
    expect(issued.statusCode, issued.body).toBe(200);
    expect(issued.json()).toMatchObject({ status: 'ISSUED', docNo: '测纪要〔2026〕1号', issuedOn: '2026-12-01' });

    const after = (await s.api('GET', '/meeting-minutes', leader)).json() as { items: Minutes[]; total: number };
    expect(after.items[0]).toMatchObject({ id: minutesId, status: 'ISSUED', docNo: '测纪要〔2026〕1号' });
  });
});
