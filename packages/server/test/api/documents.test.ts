import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyLedgerBatch } from '../../src/features/ledger/apply-batch.ts';
import { createDraftDocument } from '../../src/features/documents/service.ts';
import { actorOfSession } from '../../src/auth/sessions.ts';
import { createTestContext, testUscc, type County, type TestContext } from '../helpers/context.ts';

/**
 * The documents of a case through HTTP: draft, edit, issue (文号 per unit and year), frozen
 * once issued, corrected by superseding, downloaded as .docx and PDF.
 * Cases are inserted with SQL: the cases API was not committed when this was written.
 */
let t: TestContext;
let county: County;
let bureau: string;
let caseId: string;
const dir = mkdtempSync(join(tmpdir(), 'panhuo-docs-'));

async function insertCase(code: string, parcelCode: string, snapshot: Record<string, unknown>): Promise<string> {
  const id = randomUUID();
  await t.db.query(
    `INSERT INTO cases (jurisdiction_code, id, case_no, parcel_id, enterprise_id, profile_id, state, category, snapshot, opened_on, origin)
     SELECT p.jurisdiction_code, $2, $3, p.id, p.enterprise_id, 'NAT-IDLE-2012', $5, 'IDLE', $4::jsonb, '2026-10-08', '{"kind":"MANUAL"}'::jsonb
       FROM parcels p WHERE p.jurisdiction_code = $1 AND p.code = $6`,
    [code, id, `AJ-${parcelCode}`, JSON.stringify(snapshot), snapshot.state, parcelCode],
  );
  return id;
}

beforeAll(async () => {
  t = await createTestContext();
  county = await t.createCounty();
  await t.db.transaction((tx) =>
    applyLedgerBatch(tx, { jurisdictionCode: county.code, actorId: null, actorName: '测试', requestId: null }, {
      enterprises: [{ values: { name: '青岚示例机械有限公司', uscc: testUscc(47), address: '测试县东环路1号', legalRepresentative: '张示例', phone: '0597-0000000' } }],
      parcels: [
        {
          values: { code: 'QL-XC-047', name: '东园机械厂地块', location: '测试县经济开发区东园', area_m2: 20000, plannedUse: '0601', landPrice_yuan: 1234567.89, started: false },
          zoneName: '东园',
          enterpriseUscc: testUscc(47),
          contract: { contractNo: '测试出让〔2020〕12号', agreedStartDate: '2021-03-01', agreedCompletionDate: '2023-03-01' },
        },
      ],
    }),
  );
  caseId = await insertCase(county.code, 'QL-XC-047', {
    profile: 'NAT-IDLE-2012', state: 'HEARING_NOTICE', category: 'IDLE', openedOn: '2026-10-08', discoveredOn: '2026-10-08',
    cause: 'ENTERPRISE', idleSince: '2021-03-01', sanction: 'FEE', approval: { body: '测试县人民政府', decidedOn: '2026-11-26' },
    reverificationCount: 0, documents: [],
  });
  bureau = await t.loginAs('LAND_BUREAU', county.code);
  t.app.ctx.settings.today = '2026-12-01';
});
afterAll(() => t.close());

type Doc = { id: string; status: string; version: number; docNo: string | null; issuedOn: string | null; pendingFacts: string[]; supersedes: string | null; supersededBy: string | null; content: Record<string, unknown> & { blocks: unknown[]; docNo?: string; date?: string } };

const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, cookie = bureau) =>
  t.request({ method, url: `/api/v1${url}`, cookie, ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}) });

/** What a task-force member types in for every 待补充 of a draft. */
const completed = (content: Doc['content']) => JSON.parse(JSON.stringify(content).replace(/（待补充：([^）]*)）/g, '$1已核实')) as Doc['content'];

async function draft(kind: string): Promise<Doc> {
  const res = await call('POST', `/cases/${caseId}/documents`, { kind });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function completeAndIssue(kind: string): Promise<Doc> {
  const d = await draft(kind);
  const put = await call('PUT', `/documents/${d.id}`, { content: completed(d.content), version: d.version });
  expect(put.statusCode, put.body).toBe(200);
  const res = await call('POST', `/documents/${d.id}/issue`, { issuerCode: '测自然资闲' });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('issuing units', () => {
  it('the land bureau registers a 机关代字; a task force member may not', async () => {
    const res = await call('POST', '/issuing-units', { code: '测自然资闲', name: `测试县${county.code}自然资源局` });
    expect(res.statusCode, res.body).toBe(201);
    const taskForce = await t.loginAs('TASK_FORCE', county.code);
    expect((await call('POST', '/issuing-units', { code: '测专班', name: '专班' }, taskForce)).statusCode).toBe(403);
    expect((await call('POST', '/issuing-units', { code: '测自然资闲', name: '重复' })).statusCode).toBe(409);
    const list = (await call('GET', '/issuing-units', undefined, taskForce)).json() as { items: Array<{ code: string }> };
    expect(list.items.map((u) => u.code)).toEqual(['测自然资闲']);
  });
});

describe('a document from draft to issue', () => {
  let fee: Doc;

  it('generates a draft from the case with the parcel, enterprise and fee facts', async () => {
    fee = await draft('FEE_DECISION');
    expect(fee.status).toBe('DRAFT');
    const text = JSON.stringify(fee.content);
    for (const s of ['青岚示例机械有限公司', 'QL-XC-047', '30.00亩（20,000.00平方米）', '1,234,567.89元×征缴比例20%＝246,913.58元', '测试县人民政府于2026年11月26日批准', '自收到本决定书之日起30日内']) expect(text).toContain(s);
    // no identification result for this parcel: the draft says what is missing
    expect(fee.pendingFacts).toEqual(['认定依据的标准及核查事实']);
  });

  it('refuses to issue while a fact is pending', async () => {
    const res = await call('POST', `/documents/${fee.id}/issue`, { issuerCode: '测自然资闲' });
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toContain('认定依据的标准及核查事实');
  });

  it('edits the draft with optimistic concurrency', async () => {
    const content = completed(fee.content);
    const res = await call('PUT', `/documents/${fee.id}`, { content, version: 1 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().version).toBe(2);
    expect(res.json().pendingFacts).toEqual([]);
    const stale = await call('PUT', `/documents/${fee.id}`, { content, version: 1 });
    expect(stale.statusCode).toBe(409);
    fee = res.json();
  });

  it('issues with the unit’s next 文号 of the year and the date; the next document gets 2', async () => {
    const res = await call('POST', `/documents/${fee.id}/issue`, { issuerCode: '测自然资闲' });
    expect(res.statusCode, res.body).toBe(200);
    fee = res.json();
    expect(fee).toMatchObject({ status: 'ISSUED', docNo: '测自然资闲〔2026〕1号', issuedOn: '2026-12-01' });
    expect(fee.content).toMatchObject({ docNo: '测自然资闲〔2026〕1号', date: '2026-12-01' });
    const second = await completeAndIssue('HEARING_NOTICE');
    expect(second.docNo).toBe('测自然资闲〔2026〕2号');
    expect((await call('POST', `/documents/${fee.id}/issue`, { issuerCode: '测自然资闲' })).statusCode).toBe(422);
  });

  it('a new year starts again at 1', async () => {
    t.app.ctx.settings.today = '2027-01-04';
    try {
      const next = await completeAndIssue('INVESTIGATION_NOTICE');
      expect(next.docNo).toBe('测自然资闲〔2027〕1号');
      expect(next.issuedOn).toBe('2027-01-04');
    } finally {
      t.app.ctx.settings.today = '2026-12-01';
    }
  });

  it('an issued document can never be edited', async () => {
    const res = await call('PUT', `/documents/${fee.id}`, { content: { ...fee.content, title: '改过的标题' }, version: fee.version });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('ACTION_REFUSED');
    const again = (await call('GET', `/documents/${fee.id}`)).json() as Doc;
    expect(again.content).toEqual(fee.content);
  });

  it('downloads a well-formed .docx with the facts, the 文号 and the date', async () => {
    const res = await call('GET', `/documents/${fee.id}/file.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('征缴土地闲置费决定书（测自然资闲〔2026〕1号）.docx')}`);
    const file = join(dir, 'fee.docx');
    writeFileSync(file, res.rawPayload);
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml']).toString('utf8');
    const parser = new SaxesParser();
    expect(() => parser.write(xml).close()).not.toThrow();
    expect(xml).toContain('<w:document');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const s of ['征缴土地闲置费决定书', '测自然资闲〔2026〕1号', '2026年12月1日', '青岚示例机械有限公司', '246,913.58元']) expect(text).toContain(s);
  });

  it('downloads a PDF whose text has the title, the 文号 and the enterprise, and renders a page', async () => {
    const res = await call('GET', `/documents/${fee.id}/file.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const file = join(dir, 'fee.pdf');
    writeFileSync(file, res.rawPayload);
    const text = execFileSync('pdftotext', [file, '-']).toString('utf8').replace(/\s+/g, '');
    for (const s of ['征缴土地闲置费决定书', '测自然资闲〔2026〕1号', '青岚示例机械有限公司', '2026年12月1日']) expect(text).toContain(s);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, join(dir, 'fee')]);
    expect(execFileSync('ls', [dir]).toString()).toMatch(/fee-1\.png/);
  });

  it('supersede: a new draft copy, the old document keeps its content and 文号', async () => {
    const res = await call('POST', `/documents/${fee.id}/supersede`);
    expect(res.statusCode, res.body).toBe(201);
    const copy = res.json() as Doc;
    expect(copy).toMatchObject({ status: 'DRAFT', supersedes: fee.id, docNo: null });
    expect(copy.content.docNo).toBeUndefined();
    const old = (await call('GET', `/documents/${fee.id}`)).json() as Doc;
    expect(old).toMatchObject({ status: 'SUPERSEDED', supersededBy: copy.id, docNo: '测自然资闲〔2026〕1号' });
    expect(old.content).toEqual(fee.content);
    expect((await call('POST', `/documents/${fee.id}/supersede`)).statusCode).toBe(422);
  });

  it('every change is in the audit trail', async () => {
    const { rows } = await t.db.query<{ action: string; after: { status?: string } | null }>(
      `SELECT action, after FROM audit_log WHERE jurisdiction_code = $1 AND entity_type = 'document' AND entity_id = $2 ORDER BY id`,
      [county.code, fee.id],
    );
    expect(rows.map((r) => [r.action, r.after?.status ?? null])).toEqual([
      ['CREATE', 'DRAFT'],
      ['UPDATE', null],
      ['UPDATE', 'ISSUED'],
      ['UPDATE', 'SUPERSEDED'],
    ]);
  });

  it('another county’s user gets 404, a reader may download but not draft', async () => {
    const other = await t.createCounty();
    const stranger = await t.loginAs('LAND_BUREAU', other.code);
    expect((await call('GET', `/documents/${fee.id}`, undefined, stranger)).statusCode).toBe(404);
    expect((await call('POST', `/cases/${caseId}/documents`, { kind: 'FEE_DECISION' }, stranger)).statusCode).toBe(404);
    const department = await t.loginAs('DEPARTMENT', county.code);
    expect((await call('GET', `/documents/${fee.id}/file.docx`, undefined, department)).statusCode).toBe(200);
    expect((await call('POST', `/cases/${caseId}/documents`, { kind: 'FEE_DECISION' }, department)).statusCode).toBe(403);
  });

  it('refuses a document of another procedure, naming the ones this case produces', async () => {
    const res = await call('POST', `/cases/${caseId}/documents`, { kind: 'JD_REVIEW_FEEDBACK' });
    expect(res.statusCode).toBe(422);
    expect(res.json().reason).toMatch(/^本案件的认定程序不出具「审定结果书面反馈」；可生成的文书：闲置土地调查通知书、.*征缴土地闲置费决定书/);
  });
});

describe('numbering under concurrency and the minutes', () => {
  it('documents issued at the same time get consecutive numbers, none twice', async () => {
    const drafts: Doc[] = [];
    for (const kind of ['IDLE_DETERMINATION', 'RECOVERY_DECISION', 'ENTERPRISE_FORM', 'HEARING_NOTICE']) {
      const d = await draft(kind);
      const put = await call('PUT', `/documents/${d.id}`, { content: completed(d.content), version: d.version });
      expect(put.statusCode, put.body).toBe(200);
      drafts.push(put.json());
    }
    const results = await Promise.all(drafts.map((d) => call('POST', `/documents/${d.id}/issue`, { issuerCode: '测自然资闲' })));
    const numbers = results.map((r) => Number(/〔2026〕(\d+)号/.exec((r.json() as Doc).docNo ?? '')?.[1])).sort((a, b) => a - b);
    // 1 and 2 were taken above
    expect(numbers).toEqual([3, 4, 5, 6]);
  });

  it('createDraftDocument writes the minutes of a meeting as a draft of no case', async () => {
    const actor = (await actorOfSession(t.db, bureau.replace('panhuo_session=', ''), 30))!;
    const minutes = await t.db.transaction((tx) =>
      createDraftDocument(tx, actor, {
        kind: 'MEETING_MINUTES',
        meeting: { heldOn: '2026-11-25', place: '县政府第一会议室', attendees: ['县自然资源局', '经开区管委会'], cases: [{ caseNo: 'AJ-QL-XC-047', enterpriseName: '青岚示例机械有限公司', parcelCode: 'QL-XC-047', outcome: 'CONFIRM' }] },
      }),
    );
    expect(minutes).toMatchObject({ caseId: null, kind: 'MEETING_MINUTES', status: 'DRAFT' });
    const res = await call('GET', `/documents/${minutes.id}`);
    expect(res.statusCode).toBe(200);
    expect(JSON.stringify(res.json().content)).toContain('AJ-QL-XC-047');
    expect(res.json().content.issuer).toBe(`测试县${county.code}闲置低效工业用地盘活处置工作领导小组`);
  });
});

describe('facts from identification, and served documents', () => {
  it('a draft quotes the met criteria of the parcel’s identification result with their evidence', async () => {
    await t.seedParcels(county.code, [
      { values: { code: 'QL-XC-060', name: '西园空地', location: '测试县西园路2号', area_m2: 10000, plannedUse: '0601', started: false }, zoneName: '西园', enterpriseName: '青岚示例包装有限公司', contract: { agreedStartDate: '2022-06-01' } },
    ]);
    const run = await call('POST', '/identification/runs', { jurisdictionCode: county.code, ruleSetId: 'national-2012', asOf: '2026-11-20' });
    expect(run.statusCode, run.body).toBe(201);
    const id = await insertCase(county.code, 'QL-XC-060', { profile: 'NAT-IDLE-2012', state: 'CAUSE_ASSESSED', category: 'IDLE', openedOn: '2026-11-20', cause: 'ENTERPRISE', idleSince: '2022-06-01', reverificationCount: 0, documents: [] });
    const res = await call('POST', `/cases/${id}/documents`, { kind: 'IDLE_DETERMINATION' });
    expect(res.statusCode, res.body).toBe(201);
    const doc = res.json() as Doc;
    const text = JSON.stringify(doc.content);
    expect(text).toContain('截至2026年11月20日');
    expect(text).toContain('依照《闲置土地处置办法》（国土资源部令第53号），经核查');
    expect(text).toContain('核查情况：约定动工日期2022年6月1日，截至2026年11月20日未动工开发');
    expect(text).not.toContain('依据：“');
    expect(text).toContain('该宗地自2022年6月1日起闲置');
    expect(doc.pendingFacts).not.toContain('认定依据的标准及核查事实');
  });

  it('a served document can never be edited either', async () => {
    await t.db.query(`INSERT INTO issuing_units (jurisdiction_code, code, name) VALUES ($1, '测自然资闲', '测试县自然资源局') ON CONFLICT DO NOTHING`, [county.code]);
    const d = await completeAndIssue('HEARING_NOTICE');
    await t.db.query(`UPDATE case_documents SET status = 'SERVED', served_on = '2026-12-02', served_method = 'DIRECT' WHERE jurisdiction_code = $1 AND id = $2`, [county.code, d.id]);
    const res = await call('PUT', `/documents/${d.id}`, { content: d.content, version: d.version });
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toContain('已送达');
  });
});

describe('OpenAPI', () => {
  it('lists the document endpoints under 认定文书', async () => {
    const res = await t.request({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const paths = res.json().paths as Record<string, Record<string, { tags?: string[] }>>;
    for (const [path, method] of [['/api/v1/cases/{id}/documents', 'post'], ['/api/v1/documents/{id}', 'put'], ['/api/v1/documents/{id}/issue', 'post'], ['/api/v1/documents/{id}/file.pdf', 'get'], ['/api/v1/issuing-units', 'post']] as const) {
      expect(paths[path]?.[method]?.tags, path).toEqual(['认定文书']);
    }
  });
});
