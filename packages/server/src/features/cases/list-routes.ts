import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth/plugin.ts';
import { attachment } from '../imports/routes.ts';
import { XLSX_MIME } from '../imports/template.ts';
import { todayOf } from './context.ts';
import { listPublications, listRestrictions, restrictionsWorkbook } from './restriction-service.ts';
import { publicationList, publicationQuery, restrictionList, restrictionListQuery, restrictionQuery } from './schema.ts';

/** Lists for other departments and the public: restriction flags (P-JD04) and publications. */
export async function listRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['认定程序'];
  const uc = (req: FastifyRequest) => ({ db: app.ctx.db, actor: actorOf(req), today: todayOf(app.ctx.settings) });

  r.get(
    '/restrictions',
    { config: { permission: 'cases:read' }, schema: { tags, summary: '限制措施清单（按责任部门、是否生效）', querystring: restrictionListQuery, response: { 200: restrictionList } } },
    (req) => listRestrictions(uc(req), req.query),
  );
  r.get(
    '/restrictions/export.xlsx',
    { config: { permission: 'cases:read' }, schema: { tags, summary: '导出限制措施清单（.xlsx）', querystring: restrictionQuery } },
    async (req, reply) => {
      const bytes = await restrictionsWorkbook(uc(req), req.query);
      const day = todayOf(app.ctx.settings);
      const who = req.query.department ? `_${req.query.department}` : '';
      return reply
        .header('content-type', XLSX_MIME)
        .header('content-disposition', attachment(`限制措施清单${who}_${day}.xlsx`, `restrictions-${day}.xlsx`))
        .send(bytes);
    },
  );
  r.get(
    '/publications',
    { config: { permission: 'cases:read' }, schema: { tags, summary: '闲置土地认定公示', querystring: publicationQuery, response: { 200: publicationList } } },
    (req) => listPublications(uc(req), req.query),
  );
}
