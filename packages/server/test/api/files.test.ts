import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.ts';
import { createTestContext, testUscc, type County, type TestContext } from '../helpers/context.ts';

// A 1×1 PNG and the smallest PDF a reader opens: enough for the content sniffing.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n', 'latin1');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let t: TestContext;
let app: FastifyInstance;
let dataDir: string;
let a: County;
let b: County;
let staffA: string;
let staffB: string;
let leaderA: string;
let caseEast: string;
let caseWest: string;

/** A case opened by hand on the parcel with that code. */
async function openCase(cookie: string, parcelCode: string): Promise<string> {
  const parcelId = (await t.request({ method: 'GET', url: `/api/v1/parcels?q=${parcelCode}`, cookie })).json().items[0].id as string;
  const opened = await t.request({ method: 'POST', url: '/api/v1/cases', cookie, payload: { parcelId, category: 'IDLE', profileId: 'JD-2022' } });
  if (opened.statusCode !== 201) throw new Error(`opening a case failed: ${opened.statusCode} ${opened.body}`);
  return opened.json().id as string;
}

function multipart(fields: Record<string, string>, file?: { name: string; bytes: Buffer; type?: string }) {
  const boundary = `----panhuo${randomUUID()}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  if (file) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`),
      file.bytes,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const request = ({ cookie, headers, ...opts }: InjectOptions & { cookie?: string }) =>
  app.inject({ ...opts, headers: { ...(headers ?? {}), ...(cookie ? { cookie } : {}) } });

const upload = (cookie: string, caseId: string, file: { name: string; bytes: Buffer; type?: string }, fields: Record<string, string> = {}) =>
  request({ method: 'POST', url: `/api/v1/cases/${caseId}/attachments`, cookie, ...multipart(fields, file) });

const countFiles = async () => Number((await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM files')).rows[0]!.n);

beforeAll(async () => {
  t = await createTestContext();
  dataDir = mkdtempSync(join(tmpdir(), 'panhuo-files-'));
  // the same database behind an app whose data folder is this test's own
  app = await buildApp({ db: t.db, settings: { ...t.app.ctx.settings, dataDir } });
  await app.ready();
  a = await t.createCounty();
  b = await t.createCounty();
  await t.seedParcels(a.code, [
    { values: { code: 'F-001', name: '东园地块', area_m2: 10000 }, zoneName: '东园', enterpriseUscc: testUscc(41), enterpriseName: '甲公司' },
    { values: { code: 'F-002', name: '西园地块', area_m2: 10000 }, zoneName: '西园' },
  ]);
  await t.seedParcels(b.code, [{ values: { code: 'F-101', name: '乙县地块', area_m2: 10000 } }]);
  staffA = await t.loginAs('LAND_BUREAU', a.code);
  staffB = await t.loginAs('LAND_BUREAU', b.code);
  caseEast = await openCase(staffA, 'F-001');
  caseWest = await openCase(staffA, 'F-002');
  await openCase(staffB, 'F-101');
  leaderA = await t.loginAs('LEADER', a.code);
});

afterAll(async () => {
  await app.close();
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('uploading attachments', () => {
  it('stores a PNG by its hash with its row, and answers the attachment', async () => {
    const res = await upload(staffA, caseEast, { name: '现场照片.png', bytes: PNG, type: 'image/png' }, { caption: '厂区北侧' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ caseId: caseEast, fileSha256: sha(PNG), originalName: '现场照片.png', mediaType: 'image/png', size: PNG.length, caption: '厂区北侧', inspectionId: null });
    expect(body.uploadedBy).toMatch(/测试用户/);
    expect(existsSync(join(dataDir, 'files', sha(PNG).slice(0, 2), sha(PNG)))).toBe(true);
    const audit = await t.db.query<{ action: string; after: { caseId: string; fileSha256: string } }>(
      `SELECT action, after FROM audit_log WHERE entity_type = 'attachment' AND entity_id = $1`,
      [body.id],
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({ action: 'CREATE', after: { caseId: caseEast, fileSha256: sha(PNG) } });
  });

  it('recognises a PDF, an .xlsx, a JPEG and a .docx by their content and lists them with the case', async () => {
    const pdf = await upload(staffA, caseEast, { name: '询问笔录.pdf', bytes: PDF });
    expect(pdf.statusCode).toBe(201);
    expect(pdf.json().mediaType).toBe('application/pdf');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('核查').addRow(['面积', 100]);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const sheet = await upload(staffA, caseEast, { name: '测量表.xlsx', bytes: xlsx });
    expect(sheet.statusCode).toBe(201);
    expect(sheet.json().mediaType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    // the start of a JFIF photo is what identifies it, whatever the browser claims
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0', 'latin1'), Buffer.alloc(64), Buffer.from([0xff, 0xd9])]);
    const photo = await upload(staffA, caseEast, { name: '东门.JPEG', bytes: jpeg, type: 'application/octet-stream' });
    expect(photo.json()).toMatchObject({ mediaType: 'image/jpeg', originalName: '东门.JPEG' });
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('核查情况说明')] }] }));
    const word = await upload(staffA, caseEast, { name: '情况说明', bytes: docx });
    expect(word.statusCode).toBe(201);
    // a name without extension gets the one of its content
    expect(word.json()).toMatchObject({ originalName: '情况说明.docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    const list = await request({ method: 'GET', url: `/api/v1/cases/${caseEast}/attachments`, cookie: leaderA });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((i: { originalName: string }) => i.originalName)).toEqual(['现场照片.png', '询问笔录.pdf', '测量表.xlsx', '东门.JPEG', '情况说明.docx']);
  });

  it('keeps an identical upload once, on disk and in the files table', async () => {
    const before = await countFiles();
    const res = await upload(staffA, caseWest, { name: 'copy.png', bytes: PNG });
    expect(res.statusCode).toBe(201);
    expect(res.json().fileSha256).toBe(sha(PNG));
    expect(await countFiles()).toBe(before);
    expect(readdirSync(join(dataDir, 'files', sha(PNG).slice(0, 2))).filter((f) => f === sha(PNG))).toHaveLength(1);
  });

  it('refuses an executable or a text file renamed .jpg, naming the file and the allowed types', async () => {
    const before = await countFiles();
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(200)]);
    for (const [name, bytes] of [['setup.jpg', exe], ['notes.jpg', Buffer.from('这不是图片，只是文字')]] as const) {
      const res = await upload(staffA, caseEast, { name, bytes, type: 'image/jpeg' });
      expect(res.statusCode).toBe(415);
      expect(res.json().code).toBe('UNSUPPORTED_FILE');
      expect(res.json().detail).toContain(`「${name}」`);
      expect(res.json().detail).toContain('PNG');
      expect(res.json().detail).toContain('PDF');
    }
    // a zip that is neither a Word nor an Excel file is refused too
    const zip = Buffer.from('UEsDBAoAAAAAAAAAIQAAAAAAAAAAAAAAAAAFAAAAYS50eHRQSwECFAAKAAAAAAAAACEAAAAAAAAAAAAAAAAABQAAAAAAAAAAAAAAAAAAAAAAYS50eHRQSwUGAAAAAAEAAQAzAAAAIwAAAAAA', 'base64');
    expect((await upload(staffA, caseEast, { name: 'a.docx', bytes: zip })).statusCode).toBe(415);
    expect(await countFiles()).toBe(before);
  });

  it('answers 413 with a Chinese message for a file over 20 MB', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024 + 1);
    PNG.copy(big);
    const res = await upload(staffA, caseEast, { name: '航拍原图.png', bytes: big });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('FILE_TOO_LARGE');
    expect(res.json().detail).toContain('「航拍原图.png」');
    expect(res.json().detail).toContain('20 MB');
  });

  it('needs cases:write, a file and an inspection of the same case', async () => {
    expect((await upload(leaderA, caseEast, { name: 'x.png', bytes: PNG })).statusCode).toBe(403);
    const noFile = await request({ method: 'POST', url: `/api/v1/cases/${caseEast}/attachments`, cookie: staffA, ...multipart({ caption: '无文件' }) });
    expect(noFile.statusCode).toBe(400);
    const foreign = await upload(staffA, caseEast, { name: 'x.png', bytes: PNG }, { inspectionId: randomUUID() });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().detail).toContain('核查记录');
  });
});

describe('downloading files', () => {
  it('streams the file with its media type and original name', async () => {
    const res = await request({ method: 'GET', url: `/api/v1/files/${sha(PNG)}`, cookie: leaderA });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('现场照片.png')}`);
    expect(res.rawPayload.equals(PNG)).toBe(true);
    expect(res.headers['cache-control']).toBe('private, no-cache');
    const again = await request({ method: 'GET', url: `/api/v1/files/${sha(PNG)}`, cookie: leaderA, headers: { 'if-none-match': res.headers.etag as string } });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    const pdf = await request({ method: 'GET', url: `/api/v1/files/${sha(PDF)}`, cookie: staffA });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('询问笔录.pdf')}`);
  });

  it('answers 404 outside the user’s scope, for unknown hashes and to park staff of another park', async () => {
    expect((await request({ method: 'GET', url: `/api/v1/files/${sha(PDF)}`, cookie: staffB })).statusCode).toBe(404);
    // knowing the hash and its tag grants nothing either
    expect((await request({ method: 'GET', url: `/api/v1/files/${sha(PDF)}`, cookie: staffB, headers: { 'if-none-match': `"${sha(PDF)}"` } })).statusCode).toBe(404);
    expect((await request({ method: 'GET', url: `/api/v1/files/${sha(Buffer.from('x'))}`, cookie: staffA })).statusCode).toBe(404);
    expect((await request({ method: 'GET', url: `/api/v1/cases/${caseEast}/attachments`, cookie: staffB })).statusCode).toBe(404);
    expect((await upload(staffB, caseEast, { name: 'x.png', bytes: PNG })).statusCode).toBe(404);
    // the PDF hangs only on the east park's case; the PNG also on the west park's
    const west = await t.loginAs('PARK_STAFF', a.code, { zoneId: a.zones['西园'] });
    expect((await request({ method: 'GET', url: `/api/v1/files/${sha(PDF)}`, cookie: west })).statusCode).toBe(404);
    expect((await request({ method: 'GET', url: `/api/v1/files/${sha(PNG)}`, cookie: west })).statusCode).toBe(200);
    expect((await request({ method: 'GET', url: `/api/v1/cases/${caseEast}/attachments`, cookie: west })).statusCode).toBe(404);
  });
});

describe('photos of an inspection', () => {
  it('are attached to the inspection until it is confirmed', async () => {
    const created = await request({
      method: 'POST',
      url: `/api/v1/cases/${caseWest}/inspections`,
      cookie: staffA,
      payload: { inspectedOn: '2026-11-20', inspectors: ['王工'], summary: '厂房空置', findings: [{ field: 'operationsStatus', observed: 'HALTED' }] },
    });
    expect(created.statusCode).toBe(201);
    const inspectionId = created.json().id as string;
    const photo = await upload(staffA, caseWest, { name: '车间.png', bytes: PNG }, { inspectionId, caption: '车间内景' });
    expect(photo.statusCode).toBe(201);
    expect(photo.json().inspectionId).toBe(inspectionId);
    const listed = await request({ method: 'GET', url: `/api/v1/cases/${caseWest}/attachments?inspectionId=${inspectionId}`, cookie: staffA });
    expect(listed.json().items.map((i: { caption: string }) => i.caption)).toEqual(['车间内景']);

    expect((await request({ method: 'POST', url: `/api/v1/inspections/${inspectionId}/confirm`, cookie: staffA, payload: { version: 1 } })).statusCode).toBe(200);
    const late = await upload(staffA, caseWest, { name: '补拍.png', bytes: PNG }, { inspectionId });
    expect(late.statusCode).toBe(422);
    expect(late.json().detail).toContain('已确认');
  });
});

describe('the OpenAPI document', () => {
  it('lists the endpoints under 核查与附件', async () => {
    const res = await request({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const paths = res.json().paths as Record<string, Record<string, { tags: string[]; summary: string }>>;
    for (const [method, path] of [
      ['post', '/api/v1/cases/{id}/attachments'],
      ['get', '/api/v1/cases/{id}/attachments'],
      ['get', '/api/v1/files/{sha256}'],
      ['post', '/api/v1/cases/{id}/inspections'],
      ['get', '/api/v1/cases/{id}/inspections'],
      ['put', '/api/v1/inspections/{id}'],
      ['post', '/api/v1/inspections/{id}/confirm'],
    ] as const) {
      expect(paths[path]?.[method]?.tags, `${method} ${path}`).toEqual(['核查与附件']);
      expect(paths[path]![method]!.summary).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});
