import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../auth/plugin.ts';
import { listJurisdictions, listZones } from './repository.ts';

const jurisdiction = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(['ROOT', 'PROVINCE', 'CITY', 'COUNTY']),
  parentCode: z.string().nullable(),
});
const zone = z.object({ id: z.string(), jurisdictionCode: z.string(), name: z.string(), kind: z.string() });

export async function jurisdictionRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/jurisdictions',
    {
      config: { permission: 'ledger:read' },
      schema: { tags: ['辖区'], summary: '本人管辖范围内的行政区划', response: { 200: z.object({ items: z.array(jurisdiction) }) } },
    },
    async (req) => ({ items: await listJurisdictions(app.ctx.db, actorOf(req).scope) }),
  );
  r.get(
    '/zones',
    {
      config: { permission: 'ledger:read' },
      schema: {
        tags: ['辖区'],
        summary: '园区与功能区',
        querystring: z.object({ jurisdictionCode: z.string().regex(/^\d{6}$/).optional() }),
        response: { 200: z.object({ items: z.array(zone) }) },
      },
    },
    async (req) => ({ items: await listZones(app.ctx.db, actorOf(req).scope, req.query.jurisdictionCode) }),
  );
}
