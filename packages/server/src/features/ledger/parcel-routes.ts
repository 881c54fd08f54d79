import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../auth/plugin.ts';
import { historyEntry, idParams, parcelDetail, parcelInput, parcelListQuery, parcelSummary, parcelUpdate } from './parcel-schema.ts';
import { createParcel, getParcel, listParcels, parcelHistory, updateParcel } from './parcel-service.ts';

export async function parcelRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['地块台账'];
  const db = app.ctx.db;

  r.get(
    '/parcels',
    {
      config: { permission: 'ledger:read' },
      schema: { tags, summary: '地块列表（检索、筛选、排序、分页）', querystring: parcelListQuery, response: { 200: z.object({ items: z.array(parcelSummary), total: z.number() }) } },
    },
    (req) => listParcels({ db, actor: actorOf(req) }, req.query),
  );
  r.get(
    '/parcels/:id',
    { config: { permission: 'ledger:read' }, schema: { tags, summary: '地块详情', params: idParams, response: { 200: parcelDetail } } },
    (req) => getParcel({ db, actor: actorOf(req) }, req.params.id),
  );
  r.post(
    '/parcels',
    { config: { permission: 'ledger:write' }, schema: { tags, summary: '新增地块', body: parcelInput, response: { 201: parcelDetail } } },
    async (req, reply) => {
      const parcel = await createParcel({ db, actor: actorOf(req), requestId: req.id }, req.body);
      return reply.status(201).send(parcel);
    },
  );
  r.put(
    '/parcels/:id',
    {
      config: { permission: 'ledger:write' },
      schema: { tags, summary: '修改地块（须带上读取时的版本号，版本不符返回 409）', params: idParams, body: parcelUpdate, response: { 200: parcelDetail } },
    },
    (req) => updateParcel({ db, actor: actorOf(req), requestId: req.id }, req.params.id, req.body),
  );
  r.get(
    '/parcels/:id/history',
    { config: { permission: 'ledger:read' }, schema: { tags, summary: '地块变更记录', params: idParams, response: { 200: z.object({ items: z.array(historyEntry) }) } } },
    async (req) => ({ items: await parcelHistory({ db, actor: actorOf(req) }, req.params.id) }),
  );
}
