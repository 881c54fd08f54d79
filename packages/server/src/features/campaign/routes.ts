import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { todayInChina } from '@panhuo/domain';
import { actorOf } from '../../auth/plugin.ts';
import type { CampaignUseCase } from './context.ts';
import { campaignDashboard } from './dashboard-service.ts';
import { dashboard, dashboardQuery, targetList, targetsQuery } from './schema.ts';
import { listCampaignTargets } from './target-service.ts';
import { reportRoutes } from './report-routes.ts';
import { targetRoutes } from './target-routes.ts';

/** 攻坚调度: the headquarters' dashboard, the targets as data, and the reports. */
export async function campaignRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['攻坚调度'];
  const { db, settings } = app.ctx;
  const uc = (req: FastifyRequest): CampaignUseCase => ({ db, actor: actorOf(req), requestId: req.id, today: settings.today ?? todayInChina() });
  const read = { permission: 'cases:read' } as const;

  r.get(
    '/campaign/dashboard',
    { config: read, schema: { tags, summary: '指挥部驾驶舱：目标完成情况、战区、责任单位排名、各阶段地块、逾期任务', querystring: dashboardQuery, response: { 200: dashboard } } },
    (req) => campaignDashboard(uc(req), req.query),
  );
  r.get('/campaign/targets', { config: read, schema: { tags, summary: '攻坚目标（数据）', querystring: targetsQuery, response: { 200: targetList } } }, (req) =>
    listCampaignTargets(uc(req), req.query),
  );
  await targetRoutes(app, uc);
  await reportRoutes(app, uc);
}
