import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../auth/plugin.ts';
import { enterpriseFieldsInput, enterpriseFieldsOutput } from './field-schemas.ts';
import { idParams, parcelSummary } from './parcel-schema.ts';
import { createEnterprise, getEnterprise, listEnterprises, updateEnterprise } from './enterprise-service.ts';

const enterpriseSummary = z.object({
  id: z.string(),
  jurisdictionCode: z.string(),
  version: z.number(),
  name: z.string(),
  uscc: z.string().nullable(),
  fields: enterpriseFieldsOutput,
  usccWarnings: z.array(z.string()),
  parcelCount: z.number(),
  updatedAt: z.string(),
});
const enterpriseDetail = enterpriseSummary.extend({ parcels: z.array(parcelSummary) });

export async function enterpriseRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['企业'];
  const db = app.ctx.db;
  r.get(
    '/enterprises',
    {
      config: { permission: 'ledger:read' },
      schema: {
        tags,
        summary: '企业列表',
        querystring: z.object({
          q: z.string().trim().max(100).optional(),
          jurisdictionCode: z.string().regex(/^\d{6}$/).optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(20),
        }),
        response: { 200: z.object({ items: z.array(enterpriseSummary), total: z.number() }) },
      },
    },
    (req) => listEnterprises({ db, actor: actorOf(req) }, req.query),
  );
  r.get(
    '/enterprises/:id',
    { config: { permission: 'ledger:read' }, schema: { tags, summary: '企业详情及其地块', params: idParams, response: { 200: enterpriseDetail } } },
    (req) => getEnterprise({ db, actor: actorOf(req) }, req.params.id),
  );
  r.post(
    '/enterprises',
    {
      config: { permission: 'ledger:write' },
      schema: { tags, summary: '登记企业', body: z.object({ jurisdictionCode: z.string().regex(/^\d{6}$/).optional(), fields: enterpriseFieldsInput }), response: { 201: enterpriseDetail } },
    },
    async (req, reply) => reply.status(201).send(await createEnterprise({ db, actor: actorOf(req), requestId: req.id }, req.body)),
  );
  r.put(
    '/enterprises/:id',
    {
      config: { permission: 'ledger:write' },
      schema: { tags, summary: '修改企业信息', params: idParams, body: z.object({ fields: enterpriseFieldsInput, version: z.number().int().min(1) }), response: { 200: enterpriseDetail } },
    },
    (req) => updateEnterprise({ db, actor: actorOf(req), requestId: req.id }, req.params.id, req.body),
  );
}
