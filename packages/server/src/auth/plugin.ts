import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Permission } from '@panhuo/domain';
import { can } from '@panhuo/domain';
import { Problem } from '../http/problems.ts';
import type { Actor } from './actor.ts';
import { actorOfSession, SESSION_COOKIE } from './sessions.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** routes are authenticated by default; a public route says so */
    public?: boolean;
    /** the permission a route needs beyond being logged in */
    permission?: Permission;
  }
}

/** Deny by default: every /api route needs a live session unless it is marked public. */
export const authPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('actor', null);
  app.addHook('preHandler', async (request) => {
    if (!request.url.startsWith('/api/v1/')) return;
    const config = request.routeOptions.config;
    const token = request.cookies[SESSION_COOKIE];
    if (token) request.actor = await actorOfSession(app.ctx.db, token, app.ctx.settings.sessionIdleMinutes);
    if (config.public) return;
    if (!request.actor) throw new Problem('UNAUTHENTICATED');
    if (config.permission && !can(request.actor.role, config.permission)) throw new Problem('FORBIDDEN');
  });
});

/** The logged-in actor of an authenticated route. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new Problem('UNAUTHENTICATED');
  return request.actor;
}
