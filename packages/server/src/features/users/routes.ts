import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../auth/plugin.ts';
import { listUsers } from './repository.ts';
import { createUserBody, updateUserBody, userView } from './schema.ts';
import { createUser, resetPassword, toUserView, updateUser } from './service.ts';

const idParams = z.object({ id: z.uuid('用户编号无效') });

export async function userRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['用户管理'];
  const db = app.ctx.db;
  const config = { permission: 'users:manage' as const };
  r.get(
    '/users',
    {
      config,
      schema: {
        tags,
        summary: '用户列表',
        querystring: z.object({ page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(200).default(50) }),
        response: { 200: z.object({ items: z.array(userView), total: z.number() }) },
      },
    },
    async (req) => {
      const r = await listUsers(db, actorOf(req).scope, req.query);
      return { total: r.total, items: r.items.map(toUserView) };
    },
  );
  r.post('/users', { config, schema: { tags, summary: '新增用户', body: createUserBody, response: { 201: userView } } }, async (req, reply) =>
    reply.status(201).send(await createUser(db, actorOf(req), req.body, req.id)),
  );
  r.put('/users/:id', { config, schema: { tags, summary: '修改用户（含停用/启用）', params: idParams, body: updateUserBody, response: { 200: userView } } }, (req) =>
    updateUser(db, actorOf(req), req.params.id, req.body, req.id),
  );
  r.post(
    '/users/:id/password',
    { config, schema: { tags, summary: '重置用户密码', params: idParams, body: z.object({ password: z.string().max(200) }), response: { 204: z.null() } } },
    async (req, reply) => {
      await resetPassword(db, actorOf(req), req.params.id, req.body.password, req.id);
      return reply.status(204).send(null);
    },
  );
}
