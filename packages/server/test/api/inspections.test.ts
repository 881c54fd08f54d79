import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, testUscc, type County, type TestContext } from '../helpers/context.ts';

let t: TestContext;
let a: County;
let b: County;
let staffA: string;
let staffB: string;
let leaderA: string;

let parcelNo = 0;
let caseOpener: string;

const post = (cookie: string, url: string, payload: unknown) => t.request({ method: 'POST', url: `/api/v1${url}`, cookie, payload: payload as object });
const get = (cookie: string, url: string) => t.request({ method: 'GET', url: `/api/v1${url}`, cookie });

/** A parcel of its own (east park, with an enterprise unless told otherwise) and a case opened on it by hand. */
async function newCase(county: County, values: Record<string, string | number | boolean> = {}, opts: { enterprise?: boolean } = {}) {
  const code = `I-${String(++parcelNo).padStart(3, '0')}`;
  await t.seedParcels(county.code, [
    {
      values: { code, name: `核查地块${parcelNo}`, area_m2: 30000, started: false, ...values },
      zoneName: '东园',
      ...(opts.enterprise === false ? {} : { enterpriseUscc: testUscc(500 + parcelNo), enterpriseName: `丙制造有限公司${parcelNo}` }),
      contract: { agreedStartDate: '2023-03-01' },
    },
  ]);
  const parcelId = (await get(caseOpener, `/parcels?q=${code}`)).json().items[0].id as string;
  const opened = await post(caseOpener, '/cases', { parcelId, category: 'INEFFICIENT', profileId: 'JD-2022' });
  if (opened.statusCode !== 201) throw new Error(`opening a case failed: ${opened.statusCode} ${opened.body}`);
  return { caseId: opened.json().id as string, caseNo: opened.json().caseNo as string, parcelId, code };
}

const record = (findings: Array<{ field: string; observed: unknown; note?: string }>) => ({
  inspectedOn: '2026-11-20',
  inspectors: ['王工', '李工'],
  location: '厂区及北侧空地',
  summary: '现场已打完全部基础桩，北侧约 8 亩空地未利用。',
  findings,
});

beforeAll(async () => {
  t = await createTestContext();
  a = await t.createCounty();
  b = await t.createCounty();
  staffA = await t.loginAs('TASK_FORCE', a.code);
  staffB = await t.loginAs('LAND_BUREAU', b.code);
  leaderA = await t.loginAs('LEADER', a.code);
  caseOpener = await t.loginAs('LAND_BUREAU', a.code);
});
afterAll(() => t.close());

describe('recording an inspection', () => {
  it('keeps the findings as a draft with their labels and what the ledger holds', async () => {
    const { caseId, parcelId } = await newCase(a);
    const res = await post(staffA, `/cases/${caseId}/inspections`, record([{ field: 'started', observed: true, note: '桩基已完成' }, { field: 'contract.agreedStartDate', observed: '2023-03-01' }]));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      caseId,
      parcelId,
      status: 'DRAFT',
      version: 1,
      inspectors: ['王工', '李工'],
      location: '厂区及北侧空地',
      findings: [
        { field: 'started', label: '是否已动工开发', observed: true, ledgerValue: false, note: '桩基已完成' },
        { field: 'contract.agreedStartDate', label: '合同指标·约定动工日期', observed: '2023-03-01', ledgerValue: '2023-03-01', note: null },
      ],
    });
    const list = await get(leaderA, `/cases/${caseId}/inspections`);
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([res.json().id]);
    // the case page lists it too
    const page = await get(leaderA, `/cases/${caseId}`);
    expect(page.statusCode).toBe(200);
    expect(page.json().inspections.map((i: { id: string }) => i.id)).toEqual([res.json().id]);
  });

  it('refuses an unknown field, an identity field and a bad value, naming the field in Chinese', async () => {
    const { caseId } = await newCase(a, {}, { enterprise: false });
    const unknown = await post(staffA, `/cases/${caseId}/inspections`, record([{ field: 'construction.stage', observed: 'X' }]));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().detail).toContain('「construction.stage」不是台账中的字段');
    const code = await post(staffA, `/cases/${caseId}/inspections`, record([{ field: 'code', observed: 'NEW-1' }]));
    expect(code.statusCode).toBe(400);
    expect(code.json().detail).toContain('宗地编号');
    const bad = await post(staffA, `/cases/${caseId}/inspections`, record([
      { field: 'started', observed: '是' },
      { field: 'startEvidence', observed: 'FENCE_BUILT' },
      { field: 'developedArea_m2', observed: -5 },
    ]));
    expect(bad.statusCode).toBe(400);
    const messages = bad.json().errors.map((e: { message: string }) => e.message);
    expect(messages[0]).toContain('「是否已动工开发」');
    expect(messages[1]).toContain('「动工认定依据」');
    expect(messages[2]).toContain('「已动工开发建设用地面积（平方米）」');
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['findings.0.observed', 'findings.1.observed', 'findings.2.observed']);
    // no enterprise on this parcel: its facts cannot be observed
    const noEnterprise = await post(staffA, `/cases/${caseId}/inspections`, record([{ field: 'enterprise.judicialStatus', observed: 'SEIZED' }]));
    expect(noEnterprise.statusCode).toBe(400);
    const future = await post(staffA, `/cases/${caseId}/inspections`, { ...record([]), inspectedOn: '2999-01-01' });
    expect(future.statusCode).toBe(400);
    expect((await get(staffA, `/cases/${caseId}/inspections`)).json().items).toEqual([]);
  });

  it('is edited while a draft, with the version it was read at', async () => {
    const { caseId } = await newCase(a);
    const created = (await post(staffA, `/cases/${caseId}/inspections`, record([{ field: 'started', observed: true }]))).json();
    const put = (version: number) =>
      t.request({ method: 'PUT', url: `/api/v1/inspections/${created.id}`, cookie: staffA, payload: { ...record([{ field: 'halted', observed: false }]), summary: '复核后修改', version } });
    const edited = await put(1);
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, summary: '复核后修改', findings: [{ field: 'halted', observed: false }] });
    const stale = await put(1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 2 });
  });
});

describe('confirming an inspection', () => {
  it('writes contract and yearly figures too, into the contract in force and that year', async () => {
    const { caseId, parcelId } = await newCase(a, {}, { enterprise: false });
    const findings = [
      { field: 'contract.requiredDevelopmentArea_m2', observed: 24000 },
      { field: 'years.2025.electricity_kwh', observed: 1200 },
    ];
    const created = (await post(staffA, `/cases/${caseId}/inspections`, record(findings))).json();
    expect((await post(staffA, `/inspections/${created.id}/confirm`, { version: 1 })).statusCode).toBe(200);
    const parcel = (await get(staffA, `/parcels/${parcelId}`)).json();
    expect(parcel.contract).toMatchObject({ agreedStartDate: '2023-03-01', requiredDevelopmentArea_m2: 24000 });
    expect(parcel.years).toEqual([expect.objectContaining({ year: 2025, electricity_kwh: 1200 })]);
  });

  it('is refused, with its recording, on a closed case', async () => {
    const { caseId } = await newCase(a);
    const created = (await post(staffA, `/cases/${caseId}/inspections`, record([{ field: 'started', observed: true }]))).json();
    await t.db.query(`UPDATE cases SET state = 'CLEARED', closed_on = '2026-11-25' WHERE id = $1`, [caseId]);
    const confirm = await post(staffA, `/inspections/${created.id}/confirm`, { version: 1 });
    expect(confirm.statusCode).toBe(422);
    expect(confirm.json().detail).toContain('2026年11月25日办结');
    expect((await post(staffA, `/cases/${caseId}/inspections`, record([]))).statusCode).toBe(422);
  });

  it('writes the findings to the parcel and its enterprise in one step, with the inspection as the reason', async () => {
    const { caseId, caseNo, parcelId } = await newCase(a);
    const before = (await get(staffA, `/parcels/${parcelId}`)).json();
    const created = (
      await post(staffA, `/cases/${caseId}/inspections`, record([
        { field: 'started', observed: true },
        { field: 'actualStartDate', observed: '2026-10-15' },
        { field: 'startEvidence', observed: 'ALL_PILES_DRIVEN' },
        { field: 'vacantContiguousArea_m2', observed: 5333.33 },
        { field: 'enterprise.judicialStatus', observed: 'SEIZED' },
      ]))
    ).json();
    expect((await post(staffA, `/inspections/${created.id}/confirm`, { version: 2 })).statusCode).toBe(409);
    expect((await post(staffA, `/inspections/${created.id}/confirm`, { version: 1, parcelVersion: before.version + 1 })).statusCode).toBe(409);

    const res = await post(staffA, `/inspections/${created.id}/confirm`, { version: 1, parcelVersion: before.version });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'CONFIRMED', version: 2, parcelVersion: before.version + 1 });
    expect(res.json().confirmedBy).toMatch(/测试用户/);
    expect(res.json().confirmedAt).toBeTruthy();

    const after = (await get(staffA, `/parcels/${parcelId}`)).json();
    expect(after.version).toBe(before.version + 1);
    expect(after.fields).toMatchObject({ started: true, actualStartDate: '2026-10-15', startEvidence: 'ALL_PILES_DRIVEN', vacantContiguousArea_m2: 5333.33 });
    expect(after.enterprise.fields.judicialStatus).toBe('SEIZED');

    const history = (await get(staffA, `/parcels/${parcelId}/history`)).json().items;
    expect(history[0].version).toBe(before.version + 1);
    expect(history[0].reason).toMatch(/^核查记录确认：案件 .+实地核查$/);
    expect(history[1].reason).toBeNull();
    expect(Object.fromEntries(history[0].changes.map((c: { key: string; before: unknown; after: unknown }) => [c.key, [c.before, c.after]]))).toEqual({
      started: [false, true],
      actualStartDate: [null, '2026-10-15'],
      startEvidence: [null, 'ALL_PILES_DRIVEN'],
      vacantContiguousArea_m2: [null, 5333.33],
    });
    const audit = await t.db.query<{ entity_type: string; reason: string | null }>(
      `SELECT entity_type, reason FROM audit_log
        WHERE (entity_type = 'parcel' AND entity_id = $1 AND entity_version = $2)
           OR (entity_type = 'enterprise' AND entity_id = $3 AND action = 'UPDATE')
           OR (entity_type = 'inspection' AND entity_id = $4 AND entity_version = 2)
        ORDER BY entity_type`,
      [parcelId, before.version + 1, after.enterprise.id, created.id],
    );
    expect(audit.rows.map((r) => r.entity_type)).toEqual(['enterprise', 'inspection', 'parcel']);
    for (const r of audit.rows) expect(r.reason).toBe(`核查记录确认：案件 ${caseNo}，2026年11月20日实地核查`);
    // the ledger value each finding replaced stays on the record
    expect(res.json().findings.find((f: { field: string }) => f.field === 'enterprise.judicialStatus').ledgerValue).toBeNull();
    expect(res.json().findings.find((f: { field: string }) => f.field === 'started').ledgerValue).toBe(false);
  });

  it('refuses to confirm twice or to edit a confirmed record', async () => {
    const { caseId, parcelId } = await newCase(a);
    const created = (await post(staffA, `/cases/${caseId}/inspections`, record([{ field: 'operationsStatus', observed: 'HALTED' }]))).json();
    expect((await post(staffA, `/inspections/${created.id}/confirm`, { version: 1 })).statusCode).toBe(200);
    const version = (await get(staffA, `/parcels/${parcelId}`)).json().version;
    const again = await post(staffA, `/inspections/${created.id}/confirm`, { version: 2 });
    expect(again.statusCode).toBe(422);
    expect(again.json().code).toBe('ACTION_REFUSED');
    expect(again.json().detail).toContain('已由');
    const edit = await t.request({ method: 'PUT', url: `/api/v1/inspections/${created.id}`, cookie: staffA, payload: { ...record([]), version: 2 } });
    expect(edit.statusCode).toBe(422);
    expect((await get(staffA, `/parcels/${parcelId}`)).json().version).toBe(version);
  });

  it('leaves everything as it was when the ledger refuses the findings', async () => {
    const { caseId, parcelId } = await newCase(a);
    const before = (await get(staffA, `/parcels/${parcelId}`)).json();
    // a parcel not started cannot be halted: the ledger's own consistency rule
    const created = (await post(staffA, `/cases/${caseId}/inspections`, record([{ field: 'halted', observed: true }, { field: 'employees', observed: 12 }]))).json();
    const res = await post(staffA, `/inspections/${created.id}/confirm`, { version: 1 });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('「是否停工」');
    expect(res.json().detail).toContain('未动工的地块不能标记为停工');
    const after = (await get(staffA, `/parcels/${parcelId}`)).json();
    expect(after.version).toBe(before.version);
    expect(after.fields.employees).toBeNull();
    expect((await get(staffA, `/cases/${caseId}/inspections`)).json().items[0]).toMatchObject({ status: 'DRAFT', version: 1 });
  });

  it('needs cases:write and answers 404 outside the user’s scope', async () => {
    const { caseId } = await newCase(a);
    const created = (await post(staffA, `/cases/${caseId}/inspections`, record([{ field: 'started', observed: true }]))).json();
    expect((await post(leaderA, `/inspections/${created.id}/confirm`, { version: 1 })).statusCode).toBe(403);
    expect((await post(leaderA, `/cases/${caseId}/inspections`, record([]))).statusCode).toBe(403);
    expect((await post(staffB, `/inspections/${created.id}/confirm`, { version: 1 })).statusCode).toBe(404);
    expect((await post(staffB, `/cases/${caseId}/inspections`, record([]))).statusCode).toBe(404);
    expect((await get(staffB, `/cases/${caseId}/inspections`)).statusCode).toBe(404);
    const westPark = await t.loginAs('PARK_STAFF', a.code, { zoneId: a.zones['西园'] });
    expect((await post(westPark, `/inspections/${created.id}/confirm`, { version: 1 })).statusCode).toBe(404);
    expect((await get(staffA, `/cases/${caseId}/inspections`)).json().items[0].status).toBe('DRAFT');
  });
});
