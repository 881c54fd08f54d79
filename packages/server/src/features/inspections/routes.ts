import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { todayInChina } from '@panhuo/domain';
import { z } from 'zod';
import { actorOf } from '../../auth/plugin.ts';
import { FileStore } from '../../files/file-store.ts';
import { receiveUpload } from '../../files/upload.ts';
import { MAX_UPLOAD_BYTES } from '../../http/app.ts';
import { Problem } from '../../http/problems.ts';
import { listCaseAttachments, openFile, uploadAttachment } from './attachment-service.ts';
import { confirmInspection, createInspection, listInspections, updateInspection } from './inspection-service.ts';
import {
  attachment,
  attachmentFields,
  attachmentListQuery,
  caseParams,
  confirmedInspection,
  confirmInput,
  fileParams,
  inspection,
  inspectionInput,
  inspectionParams,
  inspectionUpdate,
} from './schema.ts';

/** Photos and PDFs open in the browser; office files download. */
const INLINE_TYPES = new Set(['image/jpeg', 'image/png', 'application/pdf']);

export async function inspectionRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['核查与附件'];
  const { db, settings } = app.ctx;
  const store = FileStore.inDataDir(settings.dataDir);
  const uc = (req: FastifyRequest) => ({ db, actor: actorOf(req), requestId: req.id, today: settings.today ?? todayInChina() });

  r.post(
    '/cases/:id/attachments',
    {
      config: { permission: 'cases:write' },
      schema: {
        tags,
        summary: '上传案件附件（multipart：file 文件，caption 说明，inspectionId 核查记录，eventSeq 办理步骤；≤ 20 MB；JPG、PNG、PDF、.docx、.xlsx，按文件内容识别）',
        consumes: ['multipart/form-data'],
        params: caseParams,
        response: { 201: attachment },
      },
    },
    async (req, reply) => {
      const upload = await receiveUpload(req, { fileField: 'file', maxBytes: MAX_UPLOAD_BYTES });
      const fields = attachmentFields.safeParse(upload.fields);
      if (!fields.success) {
        const errors = fields.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
        throw new Problem('VALIDATION_FAILED', errors.map((e) => e.message).join('；'), { errors });
      }
      const created = await uploadAttachment({ ...uc(req), store, maxBytes: MAX_UPLOAD_BYTES }, req.params.id, {
        bytes: upload.bytes,
        filename: upload.filename,
        caption: fields.data.caption,
        inspectionId: fields.data.inspectionId ?? null,
        eventSeq: fields.data.eventSeq ?? null,
      });
      return reply.status(201).send(created);
    },
  );

  r.get(
    '/cases/:id/attachments',
    {
      config: { permission: 'cases:read' },
      schema: { tags, summary: '案件附件列表（可按核查记录筛选）', params: caseParams, querystring: attachmentListQuery, response: { 200: z.object({ items: z.array(attachment) }) } },
    },
    async (req) => ({ items: await listCaseAttachments(uc(req), req.params.id, req.query.inspectionId) }),
  );

  r.get(
    '/files/:sha256',
    {
      config: { permission: 'cases:read' },
      schema: { tags, summary: '下载文件（仅限附在您管辖范围内案件上的文件）', params: fileParams },
    },
    async (req, reply) => {
      const { file, stream } = await openFile({ ...uc(req), store }, req.params.sha256);
      const etag = `"${file.sha256}"`;
      // revalidated on every view (a user may lose the case from their scope), but not re-sent
      reply.header('cache-control', 'private, no-cache').header('etag', etag);
      if (req.headers['if-none-match'] === etag) {
        stream.destroy();
        return reply.status(304).send();
      }
      const extension = /\.[A-Za-z0-9]{1,5}$/.exec(file.originalName)?.[0] ?? '';
      const disposition = INLINE_TYPES.has(file.mediaType) ? 'inline' : 'attachment';
      return reply
        .header('content-type', file.mediaType)
        .header('content-length', String(file.size))
        .header('content-disposition', `${disposition}; filename="${file.sha256.slice(0, 16)}${extension}"; filename*=UTF-8''${encodeURIComponent(file.originalName)}`)
        .header('x-content-type-options', 'nosniff')
        .send(stream);
    },
  );

  r.post(
    '/cases/:id/inspections',
    {
      config: { permission: 'cases:write' },
      schema: { tags, summary: '登记核查记录（草稿；核查结果按台账字段填写）', params: caseParams, body: inspectionInput, response: { 201: inspection } },
    },
    async (req, reply) => reply.status(201).send(await createInspection(uc(req), req.params.id, req.body)),
  );

  r.get(
    '/cases/:id/inspections',
    { config: { permission: 'cases:read' }, schema: { tags, summary: '案件的核查记录', params: caseParams, response: { 200: z.object({ items: z.array(inspection) }) } } },
    async (req) => ({ items: await listInspections(uc(req), req.params.id) }),
  );

  r.put(
    '/inspections/:id',
    {
      config: { permission: 'cases:write' },
      schema: { tags, summary: '修改核查记录（仅草稿；须带读取时的版本号，版本不符返回 409）', params: inspectionParams, body: inspectionUpdate, response: { 200: inspection } },
    },
    (req) => updateInspection(uc(req), req.params.id, req.body),
  );

  r.post(
    '/inspections/:id/confirm',
    {
      config: { permission: 'cases:write' },
      schema: {
        tags,
        summary: '确认核查记录：核查结果写入地块台账（变更记录注明依据），记录随即锁定',
        params: inspectionParams,
        body: confirmInput,
        response: { 200: confirmedInspection },
      },
    },
    (req) => confirmInspection(uc(req), req.params.id, req.body),
  );
}
