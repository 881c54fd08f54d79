import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth/plugin.ts';
import { deleteCalendarDay, getCalendar, getCaseSettings, putCalendarDay, putCaseSettings } from './settings-service.ts';
import { calendarDay, calendarDayInput, calendarOutput, calendarQuery, caseSettingsInput, caseSettingsOutput, caseSettingsQuery, dateParams } from './schema.ts';
import type { JurisdictionCaseSettings } from './context.ts';

/** Settings of the procedure per county and the national working-day calendar. */
export async function settingsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['认定程序'];
  const uc = (req: FastifyRequest) => ({ db: app.ctx.db, actor: actorOf(req), requestId: req.id });

  r.get(
    '/case-settings',
    { config: { permission: 'cases:read' }, schema: { tags, summary: '认定程序设置（适用程序、异议期、闲置费比例等）', querystring: caseSettingsQuery, response: { 200: caseSettingsOutput } } },
    (req) => getCaseSettings(uc(req), req.query.jurisdictionCode),
  );
  r.put(
    '/case-settings',
    { config: { permission: 'rules:manage' }, schema: { tags, summary: '修改认定程序设置', body: caseSettingsInput, response: { 200: caseSettingsOutput } } },
    (req) => putCaseSettings(uc(req), { ...req.body, settings: req.body.settings as JurisdictionCaseSettings }),
  );
  r.get(
    '/calendar',
    { config: { permission: 'cases:read' }, schema: { tags, summary: '工作日历：法定节假日与调休上班日', querystring: calendarQuery, response: { 200: calendarOutput } } },
    (req) => getCalendar(uc(req), req.query.year),
  );
  r.put(
    '/calendar/days/:date',
    { config: { permission: 'calendar:manage' }, schema: { tags, summary: '设置某日为节假日或调休上班日', params: dateParams, body: calendarDayInput, response: { 200: calendarDay } } },
    (req) => putCalendarDay(uc(req), req.params.date, req.body),
  );
  r.delete(
    '/calendar/days/:date',
    { config: { permission: 'calendar:manage' }, schema: { tags, summary: '删除某日的设置（恢复按周末计）', params: dateParams } },
    async (req, reply) => {
      await deleteCalendarDay(uc(req), req.params.date);
      return reply.status(204).send();
    },
  );
}
