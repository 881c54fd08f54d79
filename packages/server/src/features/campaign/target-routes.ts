import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CampaignUseCase } from './context.ts';
import {
  basesQuery,
  campaign,
  campaignInput,
  quota,
  quotaInput,
  quotaList,
  quotaParams,
  rateBase,
  rateBaseInput,
  rateBaseList,
  rateBaseParams,
  target,
  targetChange,
  targetCreate,
  targetParams,
  targetWriteQuery,
} from './schema.ts';
import { listCampaignQuotas, listCampaignRateBases, saveCampaign, saveQuota, saveRateBase } from './setup-service.ts';
import { createCampaignTarget, deleteCampaignTarget, updateCampaignTarget } from './target-service.ts';

/**
 * 攻坚目标设置: the campaign, its targets, the rates' denominators and the 增存挂钩 quota,
 * set up by the jurisdiction's administrator as data (campaign:manage). Reads of the
 * denominators and quotas are open to whoever reads the dashboard they feed.
 */
export async function targetRoutes(app: FastifyInstance, uc: (req: FastifyRequest) => CampaignUseCase): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['攻坚调度'];
  const manage = { permission: 'campaign:manage' } as const;
  const read = { permission: 'cases:read' } as const;

  r.put('/campaign', { config: manage, schema: { tags, summary: '设立或修改攻坚行动（名称、发文机关）', body: campaignInput, response: { 200: campaign } } }, (req) =>
    saveCampaign(uc(req), req.body),
  );

  r.post(
    '/campaign/targets',
    {
      config: manage,
      // `{ fromBuiltIn }` alone names a template: give it its kind so one discriminated schema checks every shape
      preValidation: async (req) => {
        const body = req.body as Record<string, unknown> | null;
        if (body && typeof body === 'object' && body.fromBuiltIn !== undefined && body.kind === undefined) body.kind = 'BUILT_IN';
      },
      schema: { tags, summary: '新增攻坚目标：分期数量、处置率、增存挂钩，或以示例方案为模板（fromBuiltIn）', body: targetCreate, response: { 201: target } },
    },
    async (req, reply) => reply.status(201).send(await createCampaignTarget(uc(req), req.body)),
  );
  r.put(
    '/campaign/targets/:id',
    {
      config: manage,
      schema: { tags, summary: '修改攻坚目标（须带版本号）：启用状态、名称、来源及该类目标的数字', params: targetParams, querystring: targetWriteQuery, body: targetChange, response: { 200: target } },
    },
    (req) => updateCampaignTarget(uc(req), req.params.id, req.body, req.query.jurisdictionCode),
  );
  r.delete(
    '/campaign/targets/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: '删除误设的攻坚目标（须带版本号；停用请改用修改接口）',
        params: targetParams,
        querystring: targetWriteQuery.extend({ version: z.coerce.number({ error: '请提供读取时的版本号' }).int().min(1, '请提供读取时的版本号') }),
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await deleteCampaignTarget(uc(req), req.params.id, req.query.version, req.query.jurisdictionCode);
      return reply.status(204).send(null);
    },
  );

  r.get('/campaign/rate-bases', { config: read, schema: { tags, summary: '处置率分母：各年度各类存量土地的年初面积及来源', querystring: basesQuery, response: { 200: rateBaseList } } }, (req) =>
    listCampaignRateBases(uc(req), req.query),
  );
  r.put(
    '/campaign/rate-bases/:year/:stockKind',
    { config: manage, schema: { tags, summary: '设置某年度某类存量土地的年初面积（平方米）及来源', params: rateBaseParams, body: rateBaseInput, response: { 200: rateBase } } },
    (req) => saveRateBase(uc(req), req.params, req.body),
  );
  r.get('/campaign/quotas', { config: read, schema: { tags, summary: '增存挂钩：各年度新增建设用地计划指标及来源', querystring: basesQuery, response: { 200: quotaList } } }, (req) =>
    listCampaignQuotas(uc(req), req.query),
  );
  r.put(
    '/campaign/quotas/:year',
    { config: manage, schema: { tags, summary: '设置某年度新增建设用地计划指标（平方米）及来源', params: quotaParams, body: quotaInput, response: { 200: quota } } },
    (req) => saveQuota(uc(req), req.params.year, req.body),
  );
}
