import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ActionId } from '@panhuo/domain';
import { actorOf } from '../../auth/plugin.ts';
import { Problem } from '../../http/problems.ts';
import { todayOf, type CaseUseCase } from './context.ts';
import { actionInputSchemas } from './action-schemas.ts';
import { assignCase, performAction } from './action-service.ts';
import { batchReview } from './batch-review.ts';
import { openCaseByHand, openCasesFromResults } from './open-service.ts';
import { caseSummary, getCase, listCases, todo } from './read-service.ts';
import {
  actionBody,
  assignBody,
  batchReviewInput,
  batchReviewOutput,
  caseDetail,
  caseList,
  caseListQuery,
  idParams,
  openCaseInput,
  openFromResultsInput,
  openFromResultsOutput,
  summaryOutput,
  summaryQuery,
  todoOutput,
} from './schema.ts';
import { settingsRoutes } from './settings-routes.ts';
import { listRoutes } from './list-routes.ts';

/** The determination procedure's API: cases and their steps (认定程序). */
export async function caseRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['认定程序'];
  const uc = (req: FastifyRequest): CaseUseCase => ({ db: app.ctx.db, actor: actorOf(req), requestId: req.id, today: todayOf(app.ctx.settings) });

  r.get(
    '/cases',
    { config: { permission: 'cases:read' }, schema: { tags, summary: '案件列表（状态、下一期限、是否逾期）', querystring: caseListQuery, response: { 200: caseList } } },
    (req) => listCases(uc(req), req.query),
  );
  r.get(
    '/cases/summary',
    { config: { permission: 'cases:read' }, schema: { tags, summary: '案件统计：各状态数量、逾期期限', querystring: summaryQuery, response: { 200: summaryOutput } } },
    (req) => caseSummary(uc(req), req.query.jurisdictionCode),
  );
  r.get(
    '/todo',
    { config: { permission: 'cases:read' }, schema: { tags, summary: '我的待办：有期限的在办案件，逾期在前', response: { 200: todoOutput } } },
    (req) => todo(uc(req)),
  );
  r.post(
    '/cases',
    { config: { permission: 'cases:write' }, schema: { tags, summary: '手工立案', body: openCaseInput, response: { 201: caseDetail } } },
    async (req, reply) => {
      const id = await openCaseByHand(uc(req), req.body);
      return reply.status(201).send(await getCase(uc(req), id));
    },
  );
  r.post(
    '/cases/from-results',
    {
      config: { permission: 'cases:write' },
      schema: { tags, summary: '按认定结果批量立案（已有在办案件的地块跳过并列出）', body: openFromResultsInput, response: { 201: openFromResultsOutput } },
    },
    async (req, reply) => reply.status(201).send(await openCasesFromResults(uc(req), req.body)),
  );
  r.post(
    '/cases/batch-review',
    {
      config: { permission: 'cases:review' },
      schema: { tags, summary: '领导小组会议批量审定（全部成功或全部不写入），并生成会议纪要草稿', body: batchReviewInput, response: { 200: batchReviewOutput } },
    },
    async (req) => {
      const out = await batchReview(uc(req), req.body);
      const reviewed = await listCases(uc(req), { ids: out.caseIds, page: 1, pageSize: out.caseIds.length });
      return { minutesDocumentId: out.minutesDocumentId, cases: reviewed.items };
    },
  );
  r.get(
    '/cases/:id',
    { config: { permission: 'cases:read' }, schema: { tags, summary: '案件详情：地块、企业、办理过程、期限、文书、附件、核查、限制措施、公示、可办理操作', params: idParams, response: { 200: caseDetail } } },
    (req) => getCase(uc(req), req.params.id),
  );
  r.post(
    '/cases/:id/actions',
    {
      // groupReview needs cases:review, every other step cases:write; the service checks which
      config: { permission: 'cases:read' },
      schema: {
        tags,
        summary: '办理一个步骤（按案件所属程序判断是否允许；不允许时返回 422 及原因）',
        params: idParams,
        body: actionBody,
        response: { 200: caseDetail },
      },
    },
    async (req) => {
      const body = req.body;
      // the opinion may come beside the input or in it; `clear` requires it either way
      const input = parseActionInput(body.action, { ...(body.opinion !== undefined ? { opinion: body.opinion } : {}), ...body.input });
      await performAction(uc(req), req.params.id, { action: body.action, version: body.version, input, opinion: body.opinion });
      return getCase(uc(req), req.params.id);
    },
  );
  r.put(
    '/cases/:id/assignee',
    { config: { permission: 'cases:write' }, schema: { tags, summary: '指定承办人', params: idParams, body: assignBody, response: { 200: caseDetail } } },
    async (req) => {
      await assignCase(uc(req), req.params.id, req.body);
      return getCase(uc(req), req.params.id);
    },
  );

  await app.register(settingsRoutes);
  await app.register(listRoutes);
}

function parseActionInput(action: ActionId, input: Record<string, unknown>): Record<string, unknown> {
  const parsed = actionInputSchemas[action].safeParse(input);
  if (parsed.success) return parsed.data as Record<string, unknown>;
  const errors = parsed.error.issues.map((i) => ({ path: ['input', ...i.path.map(String)].join('.'), message: i.message }));
  throw new Problem('VALIDATION_FAILED', errors.map((e) => `${e.path}：${e.message}`).join('；'), { errors });
}
