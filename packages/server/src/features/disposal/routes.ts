import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { todayInChina } from '@panhuo/domain';
import { z } from 'zod';
import { actorOf } from '../../auth/plugin.ts';
import type { DisposalUseCase } from './context.ts';
import { actOnMeasure, addMeasure, listBlacklistOf, updateMeasureOf } from './measure-service.ts';
import { blacklistEntry, measure, measureActionInput, measureActionResult, measureInput, measureParams, measureUpdate } from './measure-schema.ts';
import { actOnPlan, createPlan, getPlan, listPlans, methodsForParcel, updatePlanOf } from './plan-service.ts';
import { methodList, methodsQuery, plan, planActionInput, planInput, planList, planListQuery, planParams, planUpdate } from './plan-schema.ts';
import { taskRoutes } from './task-routes.ts';

/** 处置方案: plans, their measures and the credit blacklist. Tasks and uploads: task-routes.ts. */
export async function disposalRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['处置方案'];
  const { db, settings } = app.ctx;
  const uc = (req: FastifyRequest): DisposalUseCase => ({ db, actor: actorOf(req), requestId: req.id, today: settings.today ?? todayInChina() });
  const read = { permission: 'cases:read' } as const;
  const write = { permission: 'disposal:write' } as const;
  const versioned = '（须带读取时的版本号，版本不符返回 409）';

  r.get(
    '/disposal/methods',
    {
      config: read,
      schema: {
        tags,
        summary: '地块可选的处置方式：按地块情形（案件认定结论或台账认定分类）逐项说明是否适用及理由，适用的在前',
        querystring: methodsQuery,
        response: { 200: methodList },
      },
    },
    (req) => methodsForParcel(uc(req), req.query),
  );

  r.get(
    '/disposal/plans',
    { config: read, schema: { tags, summary: '处置方案列表（状态、园区、处置阶段、关键词）', querystring: planListQuery, response: { 200: planList } } },
    (req) => listPlans(uc(req), req.query),
  );
  r.post(
    '/disposal/plans',
    {
      config: write,
      schema: {
        tags,
        summary: '制定处置方案（一地一策）：从已认定的案件，或按最近一次认定分类从台账制定；每宗地只能有一个未结案方案',
        body: planInput,
        response: { 201: plan },
      },
    },
    async (req, reply) => reply.status(201).send(await createPlan(uc(req), req.body)),
  );
  r.get(
    '/disposal/plans/:id',
    { config: read, schema: { tags, summary: '处置方案详情：措施及其办理过程、任务数、方案变更记录', params: planParams, response: { 200: plan } } },
    (req) => getPlan(uc(req), req.params.id),
  );
  r.put(
    '/disposal/plans/:id',
    { config: write, schema: { tags, summary: `修改处置方案（仅编制中）${versioned}`, params: planParams, body: planUpdate, response: { 200: plan } } },
    (req) => updatePlanOf(uc(req), req.params.id, req.body),
  );
  r.post(
    '/disposal/plans/:id/actions',
    {
      // submit and close need disposal:write, approve and return disposal:approve: the service checks which
      config: read,
      schema: {
        tags,
        summary: '方案报批（submit）、批准（approve）、退回修改（return）、结案（close）；不允许时返回 422 及原因',
        params: planParams,
        body: planActionInput,
        response: { 200: plan },
      },
    },
    (req) => actOnPlan(uc(req), req.params.id, req.body),
  );

  r.post(
    '/disposal/plans/:id/measures',
    { config: write, schema: { tags, summary: '增加处置措施（仅编制中的方案；处置方式须适用于该地块）', params: planParams, body: measureInput, response: { 201: measure } } },
    async (req, reply) => reply.status(201).send(await addMeasure(uc(req), req.params.id, req.body)),
  );
  r.put(
    '/disposal/measures/:id',
    { config: write, schema: { tags, summary: `修改处置措施（未办结的）${versioned}`, params: measureParams, body: measureUpdate, response: { 200: measure } } },
    (req) => updateMeasureOf(uc(req), req.params.id, req.body),
  );
  r.post(
    '/disposal/measures/:id/actions',
    {
      config: write,
      schema: {
        tags,
        summary:
          '办理措施：开始协商、登记签订协议、开始实施、转入跟踪监管、确认盘活（附证明材料及文件）、升级处置（按依据自动列入后续措施或信用黑名单）、认定未能盘活、撤销',
        params: measureParams,
        body: measureActionInput,
        response: { 200: measureActionResult },
      },
    },
    (req) => actOnMeasure(uc(req), req.params.id, req.body),
  );

  r.get(
    '/credit-blacklist',
    { config: read, schema: { tags, summary: '全县社会信用黑名单（限期开发协议未履行而列入）', response: { 200: z.object({ items: z.array(blacklistEntry) }) } } },
    async (req) => ({ items: await listBlacklistOf(uc(req)) }),
  );

  await app.register(taskRoutes);
}
