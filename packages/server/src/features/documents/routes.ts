import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../auth/plugin.ts';
import { renderDocx } from '../../documents/render-docx.ts';
import { renderPdf } from '../../documents/render-pdf.ts';
import { caseDocument, generateBody, idParams, issueBody, issuingUnit, issuingUnitBody, meetingMinutesList, meetingMinutesQuery, updateBody } from './schema.ts';
import { documentContent, generateDraft, getDocument, issueDocument, listMeetingMinutes, supersedeDocument, updateDraft } from './service.ts';
import { createUnit, listUnits } from './issuing-unit-service.ts';
import type { StoredDocument } from './repository.ts';

/** 认定文书: drafts from a case, editing, issuing with a 文号, correcting, .docx and PDF downloads. */

/** 征缴土地闲置费决定书（青自然资闲〔2026〕3号）.pdf — a draft says 草稿 so it is never mistaken for the issued one. */
export function fileName(d: StoredDocument, ext: 'docx' | 'pdf'): string {
  return `${d.content.title}（${d.docNo ?? '草稿'}）.${ext}`;
}

function sendFile(reply: FastifyReply, d: StoredDocument, ext: 'docx' | 'pdf', body: Buffer) {
  const type = ext === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  return reply
    .header('content-type', type)
    .header('content-disposition', `attachment; filename="${d.kind.toLowerCase()}.${ext}"; filename*=UTF-8''${encodeURIComponent(fileName(d, ext))}`)
    .header('cache-control', 'no-store')
    .send(body);
}

export async function documentRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['认定文书'];
  const db = app.ctx.db;
  const uc = (req: { id: string }, actor: ReturnType<typeof actorOf>) => ({ db, actor, requestId: req.id, today: app.ctx.settings.today });

  r.post(
    '/cases/:id/documents',
    { config: { permission: 'cases:write' }, schema: { tags, summary: '由案件生成文书草稿', params: idParams, body: generateBody, response: { 201: caseDocument } } },
    async (req, reply) => reply.status(201).send(await generateDraft(uc(req, actorOf(req)), req.params.id, req.body.kind)),
  );
  r.get(
    '/meeting-minutes',
    { config: { permission: 'cases:read' }, schema: { tags, summary: '领导小组会议纪要（新的在前）', querystring: meetingMinutesQuery, response: { 200: meetingMinutesList } } },
    (req) => listMeetingMinutes(uc(req, actorOf(req)), req.query),
  );
  r.get(
    '/documents/:id',
    { config: { permission: 'cases:read' }, schema: { tags, summary: '文书详情', params: idParams, response: { 200: caseDocument } } },
    (req) => getDocument(uc(req, actorOf(req)), req.params.id),
  );
  r.put(
    '/documents/:id',
    { config: { permission: 'cases:write' }, schema: { tags, summary: '修改文书草稿（仅限草稿）', params: idParams, body: updateBody, response: { 200: caseDocument } } },
    (req) => updateDraft(uc(req, actorOf(req)), req.params.id, req.body),
  );
  r.post(
    '/documents/:id/issue',
    { config: { permission: 'documents:issue' }, schema: { tags, summary: '签发文书（取文号、定成文日期、内容锁定）', params: idParams, body: issueBody, response: { 200: caseDocument } } },
    (req) => issueDocument(uc(req, actorOf(req)), req.params.id, req.body),
  );
  r.post(
    '/documents/:id/supersede',
    { config: { permission: 'documents:issue' }, schema: { tags, summary: '更正文书（生成新草稿，原文书标记为已被更正）', params: idParams, response: { 201: caseDocument } } },
    async (req, reply) => reply.status(201).send(await supersedeDocument(uc(req, actorOf(req)), req.params.id)),
  );
  for (const ext of ['docx', 'pdf'] as const) {
    r.get(
      `/documents/:id/file.${ext}`,
      {
        config: { permission: 'cases:read' },
        schema: { tags, summary: ext === 'pdf' ? '下载文书 PDF' : '下载文书 Word 文件', params: idParams, produces: [ext === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'] },
      },
      async (req, reply) => {
        const d = await documentContent(uc(req, actorOf(req)), req.params.id);
        const body = ext === 'pdf' ? await renderPdf(d.content) : await renderDocx(d.content);
        return sendFile(reply, d, ext, body);
      },
    );
  }
  r.get(
    '/issuing-units',
    { config: { permission: 'cases:read' }, schema: { tags, summary: '发文机关及机关代字', response: { 200: z.object({ items: z.array(issuingUnit) }) } } },
    (req) => listUnits(uc(req, actorOf(req))),
  );
  r.post(
    '/issuing-units',
    { config: { permission: 'documents:issue' }, schema: { tags, summary: '登记发文机关代字', body: issuingUnitBody, response: { 201: issuingUnit } } },
    async (req, reply) => reply.status(201).send(await createUnit(uc(req, actorOf(req)), req.body)),
  );
}
