import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../auth/plugin.ts';
import { earlyWarnings, whatIf } from './live-service.ts';
import { ensureBuiltInRuleSets } from './rule-set-repository.ts';
import { createVersion, getJurisdictionRuleSets, listRuleSets, putJurisdictionRuleSets } from './rule-set-service.ts';
import { getFactsToCollect, getResult, getResults, getRun, listRunsOf, startRun } from './run-service.ts';
import {
  factsToCollect,
  idParams,
  jurisdictionParams,
  jurisdictionRuleSets,
  jurisdictionRuleSetsInput,
  newVersionInput,
  resultDetail,
  resultItem,
  resultParams,
  resultsQuery,
  ruleSetParams,
  ruleSetSummary,
  ruleSetVersion,
  runDetail,
  runInput,
  runListQuery,
  runOut,
  warnings,
  warningsQuery,
  whatIf as whatIfOut,
  whatIfInput,
} from './schema.ts';

export async function identificationRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['闲置低效认定'];
  const db = app.ctx.db;
  // the six built-in rule sets are version 1 of their rule set, written once
  app.addHook('onReady', () => ensureBuiltInRuleSets(db));

  r.get(
    '/rule-sets',
    { config: { permission: 'ledger:read' }, schema: { tags, summary: '认定规则及其各版本（含阈值）', response: { 200: z.object({ items: z.array(ruleSetSummary) }) } } },
    (req) => listRuleSets({ db, actor: actorOf(req) }),
  );
  r.post(
    '/rule-sets/:id/versions',
    {
      config: { permission: 'rules:manage' },
      schema: { tags, summary: '新建规则版本（调整阈值，旧版本保留）', params: ruleSetParams, body: newVersionInput, response: { 201: ruleSetVersion } },
    },
    async (req, reply) => reply.status(201).send(await createVersion({ db, actor: actorOf(req) }, req.params.id, req.body)),
  );
  r.get(
    '/jurisdictions/:code/rule-sets',
    { config: { permission: 'ledger:read' }, schema: { tags, summary: '辖区执行的认定规则', params: jurisdictionParams, response: { 200: jurisdictionRuleSets } } },
    (req) => getJurisdictionRuleSets({ db, actor: actorOf(req) }, req.params.code),
  );
  r.put(
    '/jurisdictions/:code/rule-sets',
    {
      config: { permission: 'rules:manage' },
      schema: { tags, summary: '设置辖区执行的认定规则（可多套）', params: jurisdictionParams, body: jurisdictionRuleSetsInput, response: { 200: jurisdictionRuleSets } },
    },
    (req) => putJurisdictionRuleSets({ db, actor: actorOf(req), requestId: req.id }, req.params.code, req.body.ruleSetIds),
  );

  r.post(
    '/identification/runs',
    {
      config: { permission: 'identification:run' },
      schema: { tags, summary: '发起认定：按认定日期生效的规则版本评估辖区全部台账并保存结果', body: runInput, response: { 201: runDetail } },
    },
    async (req, reply) => reply.status(201).send(await startRun({ db, actor: actorOf(req) }, req.body)),
  );
  r.get(
    '/identification/runs',
    { config: { permission: 'ledger:read' }, schema: { tags, summary: '认定批次列表', querystring: runListQuery, response: { 200: z.object({ items: z.array(runOut) }) } } },
    (req) => listRunsOf({ db, actor: actorOf(req) }, req.query),
  );
  r.get(
    '/identification/runs/:id',
    { config: { permission: 'ledger:read' }, schema: { tags, summary: '认定批次汇总（分类、分标准的宗数与面积，与上次认定相比的变化）', params: idParams, response: { 200: runDetail } } },
    (req) => getRun({ db, actor: actorOf(req) }, req.params.id),
  );
  r.get(
    '/identification/runs/:id/results',
    {
      config: { permission: 'ledger:read' },
      schema: { tags, summary: '认定结果地块列表（筛选、分页）', params: idParams, querystring: resultsQuery, response: { 200: z.object({ items: z.array(resultItem), total: z.number() }) } },
    },
    (req) => getResults({ db, actor: actorOf(req) }, req.params.id, req.query),
  );
  r.get(
    '/identification/runs/:id/results/:parcelId',
    { config: { permission: 'ledger:read' }, schema: { tags, summary: '地块认定详情（逐项标准的状态、依据与缺少的信息）', params: resultParams, response: { 200: resultDetail } } },
    (req) => getResult({ db, actor: actorOf(req) }, req.params.id, req.params.parcelId),
  );
  r.get(
    '/identification/runs/:id/facts-to-collect',
    { config: { permission: 'ledger:read' }, schema: { tags, summary: '待补充信息清单（无法判断的标准及其缺少的信息，按地块）', params: idParams, response: { 200: factsToCollect } } },
    (req) => getFactsToCollect({ db, actor: actorOf(req) }, req.params.id),
  );
  r.get(
    '/identification/warnings',
    { config: { permission: 'ledger:read' }, schema: { tags, summary: '预警：预计在期限内将符合认定标准的地块', querystring: warningsQuery, response: { 200: warnings } } },
    (req) => earlyWarnings({ db, actor: actorOf(req) }, req.query),
  );
  r.post(
    '/identification/what-if',
    { config: { permission: 'ledger:read' }, schema: { tags, summary: '模拟：调整阈值后哪些地块的认定类别会变化（不保存）', body: whatIfInput, response: { 200: whatIfOut } } },
    (req) => whatIf({ db, actor: actorOf(req) }, req.body),
  );
}
