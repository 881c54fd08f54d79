import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import type { Settings } from '../config/settings.ts';
import { Problem } from './problems.ts';
import { authPlugin } from '../auth/plugin.ts';
import { registerFeatures } from '../features/index.ts';

z.config(z.locales.zhCN());

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export interface AppContext {
  db: Database;
  settings: Settings;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
}

export async function buildApp(ctx: AppContext, opts: { logger?: boolean } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger
      ? {
          level: 'info',
          // personal data never reaches the log: no bodies, no cookies
          redact: ['req.headers.cookie', 'req.headers.authorization'],
        }
      : false,
    genReqId: () => randomUUID(),
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.decorate('ctx', ctx);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.setErrorHandler((err, request, reply) => {
    const problem = toProblem(err);
    if (problem.status >= 500) {
      request.log.error({ err }, 'request failed');
      if (!opts.logger) console.error(err);
    }
    void reply.status(problem.status).type('application/problem+json').send(problem.toBody(request.id));
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/')) {
      void reply.status(404).type('application/problem+json').send(new Problem('NOT_FOUND', '接口不存在').toBody(request.id));
      return;
    }
    // a missing asset is a 404, not the app's page: after a rebuild the old hashes are gone
    if (request.url.startsWith('/assets/')) return reply.status(404).send('not found');
    if (existsSync(ctx.settings.webDist)) return reply.sendFile('index.html');
    void reply.status(404).send('web app not built: run npm run build');
  });

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });
  await app.register(swagger, {
    openapi: {
      info: { title: '盘活 panhuo API', version: '1', description: '闲置低效工业用地盘活平台接口' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'panhuo_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  await app.register(authPlugin);
  await registerFeatures(app);

  if (existsSync(ctx.settings.webDist)) {
    // wildcard: files are looked up per request, so a rebuilt app is served without a restart
    await app.register(fastifyStatic, { root: ctx.settings.webDist, wildcard: true });
  }
  return app;
}

function toProblem(err: unknown): Problem {
  if (err instanceof Problem) return err;
  if (hasZodFastifySchemaValidationErrors(err)) {
    const errors = err.validation.map((v) => ({
      path: v.instancePath.replace(/^\//, '').replace(/\//g, '.'),
      message: v.message ?? '取值无效',
    }));
    return new Problem('VALIDATION_FAILED', errors.map((e) => (e.path ? `${e.path}：${e.message}` : e.message)).join('；'), { errors });
  }
  const e = err as { code?: string; statusCode?: number; message?: string };
  if (e.code === 'FST_REQ_FILE_TOO_LARGE' || e.code === 'FST_FILES_LIMIT' || e.statusCode === 413) {
    return new Problem('FILE_TOO_LARGE', `文件不能超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);
  }
  if (e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || e.statusCode === 415) {
    return new Problem('UNSUPPORTED_FILE', '请求的内容类型不受支持');
  }
  if (e.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || e.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return new Problem('VALIDATION_FAILED', '请求体不是有效的 JSON');
  }
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
    return new Problem('VALIDATION_FAILED', e.message);
  }
  return new Problem('INTERNAL', '系统内部错误，请联系管理员并提供请求编号');
}
