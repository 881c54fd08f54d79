import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { todayInChina } from '@panhuo/domain';
import { actorOf } from '../../auth/plugin.ts';
import { Problem } from '../../http/problems.ts';
import { exportQuery, importQuery, importSummary } from './schema.ts';
import { importLedger, prepareExport, resolveImportJurisdiction } from './service.ts';
import { writeTemplate, XLSX_MIME } from './template.ts';

/** `attachment; filename*=UTF-8''…` with an ASCII fallback for old clients. */
export function attachment(filename: string, asciiFallback: string): string {
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

let templateBytes: Promise<Buffer> | undefined;

/** The template depends only on the catalogue: built once per process. */
function templateBuffer(): Promise<Buffer> {
  templateBytes ??= (async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const ended = new Promise((resolve, reject) => out.on('end', resolve).on('error', reject));
    await writeTemplate(out);
    await ended;
    return Buffer.concat(chunks);
  })();
  templateBytes.catch(() => (templateBytes = undefined));
  return templateBytes;
}

export async function importRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['台账导入导出'];
  const db = app.ctx.db;

  /** The uploaded file, whole (at most MAX_UPLOAD_BYTES); a file cut off at the limit is a 413. */
  const receiveUpload = async (req: FastifyRequest): Promise<Buffer> => {
    if (!req.isMultipart()) throw new Problem('UNSUPPORTED_FILE', '请以 multipart/form-data 方式上传 Excel 文件（字段名 file）');
    let buffer: Buffer;
    try {
      const part = await req.file();
      if (!part) throw new Problem('VALIDATION_FAILED', '请选择要导入的 Excel 文件（字段名 file）');
      buffer = await part.toBuffer();
      if (part.file.truncated) throw new app.multipartErrors.RequestFileTooLargeError();
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (err instanceof Problem || code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_FILES_LIMIT') throw err;
      throw new Problem('VALIDATION_FAILED', '上传的内容不完整或无法解析，请重新上传');
    }
    return buffer;
  };

  r.get(
    '/imports/ledger/template',
    { config: { permission: 'ledger:read' }, schema: { tags, summary: '下载台账导入模板（.xlsx）' } },
    async (_req, reply) => {
      const bytes = await templateBuffer();
      return reply.header('content-type', XLSX_MIME).header('content-disposition', attachment('台账导入模板.xlsx', 'ledger-template.xlsx')).send(bytes);
    },
  );

  r.post(
    '/imports/ledger',
    {
      config: { permission: 'ledger:import' },
      schema: {
        tags,
        summary: '从 Excel 导入台账（multipart 字段 file；全部无误才写入，否则 422 列出每处问题）',
        consumes: ['multipart/form-data'],
        querystring: importQuery,
        response: { 200: importSummary },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const jurisdictionCode = await resolveImportJurisdiction(db, actor, req.query.jurisdictionCode);
      const buffer = await receiveUpload(req);
      return importLedger({
        db,
        jurisdictionCode,
        actorId: actor.userId,
        actorName: actor.displayName,
        requestId: req.id,
        restrictToZoneId: actor.scope.zoneId,
        source: { buffer },
      });
    },
  );

  r.get(
    '/parcels/export',
    {
      config: { permission: 'ledger:read' },
      schema: { tags, summary: '按列表的筛选条件导出台账（.xlsx，与导入模板格式相同，可修改后重新导入）', querystring: exportQuery },
    },
    async (req, reply) => {
      const prepared = await prepareExport(db, actorOf(req), req.query);
      const out = new PassThrough();
      prepared.write(out).catch((err: unknown) => {
        req.log.error({ err }, 'ledger export failed while streaming');
        out.destroy(err instanceof Error ? err : new Error(String(err)));
      });
      const filename = `台账导出_${todayInChina()}.xlsx`;
      return reply
        .header('content-type', XLSX_MIME)
        .header('content-disposition', attachment(filename, `ledger-export-${todayInChina()}.xlsx`))
        .send(out);
    },
  );
}
