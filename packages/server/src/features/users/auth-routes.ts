import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../auth/plugin.ts';
import { SESSION_COOKIE } from '../../auth/sessions.ts';
import { loginBody, me } from './schema.ts';
import { changeOwnPassword, login, logout, me as currentUser } from './service.ts';

export async function authRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['登录'];
  const db = app.ctx.db;
  r.post(
    '/auth/login',
    { config: { public: true }, schema: { tags, summary: '用户名密码登录，成功后设置会话 Cookie', security: [], body: loginBody, response: { 200: z.object({ user: me }) } } },
    async (req, reply) => {
      const { token, user } = await login(db, req.body, req.id);
      void reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: req.protocol === 'https',
      });
      return { user };
    },
  );
  r.post(
    '/auth/logout',
    { config: { public: true }, schema: { tags, summary: '退出登录', response: { 204: z.null() } } },
    async (req, reply) => {
      await logout(db, req.cookies[SESSION_COOKIE]);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );
  r.get('/auth/me', { schema: { tags, summary: '当前登录用户', response: { 200: z.object({ user: me }) } } }, async (req) => ({
    user: await currentUser(db, actorOf(req)),
  }));
  r.post(
    '/auth/password',
    {
      schema: {
        tags,
        summary: '修改本人密码',
        body: z.object({ currentPassword: z.string().min(1, '请输入当前密码').max(200), newPassword: z.string().max(200) }),
        response: { 204: z.null() },
      },
    },
    async (req, reply) => {
      await changeOwnPassword(db, actorOf(req), req.body, req.id);
      return reply.status(204).send(null);
    },
  );
}
