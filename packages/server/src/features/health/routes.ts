import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/health',
    {
      config: { public: true },
      schema: {
        tags: ['系统'],
        summary: '运行状态',
        security: [],
        response: {
          200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgresql']), version: z.string(), time: z.string() }),
        },
      },
    },
    async () => {
      const { rows } = await app.ctx.db.query<{ now: string }>('SELECT now() AS now');
      return { status: 'ok' as const, database: app.ctx.db.kind, version: '0.1.0', time: rows[0]!.now };
    },
  );
}
