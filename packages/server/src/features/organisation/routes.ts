import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { todayInChina } from '@panhuo/domain';
import { actorOf } from '../../auth/plugin.ts';
import { createBody, listBodiesOf, updateBodyOf } from './body-service.ts';
import {
  assignment,
  assignmentInput,
  assignmentResult,
  body,
  bodyInput,
  bodyUpdate,
  idParams,
  items,
  listQuery,
  person,
  personInput,
  personUpdate,
  position,
  positionInput,
  positionListQuery,
  positionUpdate,
  unit,
  unitInput,
  unitUpdate,
} from './schema.ts';
import {
  assignPosition,
  assignmentHistory,
  createPerson,
  createPosition,
  createUnit,
  listPeopleOf,
  listPositionsOf,
  listUnitsOf,
  updatePersonOf,
  updatePositionOf,
  updateUnitOf,
} from './service.ts';

/** 组织架构: reads for everyone who reads cases, writes for the admin (organisation:manage). */
export async function organisationRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['组织架构'];
  const { db, settings } = app.ctx;
  const uc = (req: FastifyRequest) => ({ db, actor: actorOf(req), requestId: req.id, today: settings.today ?? todayInChina() });
  const read = { permission: 'cases:read' } as const;
  const manage = { permission: 'organisation:manage' } as const;
  const versioned = '（须带读取时的版本号，版本不符返回 409）';

  r.get('/org/units', { config: read, schema: { tags, summary: '单位列表', querystring: listQuery, response: { 200: items(unit) } } }, async (req) => ({
    items: await listUnitsOf(uc(req), req.query),
  }));
  r.post('/org/units', { config: manage, schema: { tags, summary: '新增单位', body: unitInput, response: { 201: unit } } }, async (req, reply) =>
    reply.status(201).send(await createUnit(uc(req), req.body)),
  );
  r.put('/org/units/:id', { config: manage, schema: { tags, summary: `修改单位${versioned}`, params: idParams, body: unitUpdate, response: { 200: unit } } }, (req) =>
    updateUnitOf(uc(req), req.params.id, req.body),
  );

  r.get(
    '/org/positions',
    { config: read, schema: { tags, summary: '席位列表，含指定日期（默认今天）的任职人员', querystring: positionListQuery, response: { 200: items(position) } } },
    async (req) => ({ items: await listPositionsOf(uc(req), req.query) }),
  );
  r.post('/org/positions', { config: manage, schema: { tags, summary: '新增席位', body: positionInput, response: { 201: position } } }, async (req, reply) =>
    reply.status(201).send(await createPosition(uc(req), req.body)),
  );
  r.put(
    '/org/positions/:id',
    { config: manage, schema: { tags, summary: `修改席位${versioned}`, params: idParams, body: positionUpdate, response: { 200: position } } },
    (req) => updatePositionOf(uc(req), req.params.id, req.body),
  );
  r.get(
    '/org/positions/:id/assignments',
    { config: read, schema: { tags, summary: '席位的任职记录（按开始日期）', params: idParams, response: { 200: items(assignment) } } },
    async (req) => ({ items: await assignmentHistory(uc(req), req.params.id) }),
  );
  r.post(
    '/org/positions/:id/assignments',
    {
      config: manage,
      schema: {
        tags,
        summary: '任命：某人自某日起担任该席位；原任职人员的任职于前一日结束（同一事务），与其他任职期间重叠的予以拒绝',
        params: idParams,
        body: assignmentInput,
        response: { 201: assignmentResult },
      },
    },
    async (req, reply) => reply.status(201).send(await assignPosition(uc(req), req.params.id, req.body)),
  );

  r.get('/org/people', { config: read, schema: { tags, summary: '人员列表', querystring: listQuery.omit({ on: true }), response: { 200: items(person) } } }, async (req) => ({
    items: await listPeopleOf(uc(req), req.query),
  }));
  r.post('/org/people', { config: manage, schema: { tags, summary: '新增人员', body: personInput, response: { 201: person } } }, async (req, reply) =>
    reply.status(201).send(await createPerson(uc(req), req.body)),
  );
  r.put('/org/people/:id', { config: manage, schema: { tags, summary: `修改人员${versioned}`, params: idParams, body: personUpdate, response: { 200: person } } }, (req) =>
    updatePersonOf(uc(req), req.params.id, req.body),
  );

  r.get(
    '/org/bodies',
    { config: read, schema: { tags, summary: '议事协调机构（指挥部、领导小组、办公室、战区、专班）及其成员席位和任职人员', querystring: listQuery, response: { 200: items(body) } } },
    async (req) => ({ items: await listBodiesOf(uc(req), req.query) }),
  );
  r.post('/org/bodies', { config: manage, schema: { tags, summary: '新增议事协调机构（成员按席位）', body: bodyInput, response: { 201: body } } }, async (req, reply) =>
    reply.status(201).send(await createBody(uc(req), req.body)),
  );
  r.put(
    '/org/bodies/:id',
    { config: manage, schema: { tags, summary: `修改议事协调机构，成员整体替换${versioned}`, params: idParams, body: bodyUpdate, response: { 200: body } } },
    (req) => updateBodyOf(uc(req), req.params.id, req.body),
  );
}
