import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { todayInChina } from '@panhuo/domain';
import { z } from 'zod';
import { actorOf } from '../../auth/plugin.ts';
import { FileStore } from '../../files/file-store.ts';
import { receiveUpload } from '../../files/upload.ts';
import { MAX_UPLOAD_BYTES } from '../../http/app.ts';
import type { DisposalUseCase } from './context.ts';
import { uploadFile } from './file-service.ts';
import { planParams } from './plan-schema.ts';
import { createReport, createTasks, listReports, listTasks, planTasks, updateTaskOf } from './task-service.ts';
import { reportInput, taskInput, taskItems, taskList, taskListQuery, taskParams, taskReport, taskUpdate, uploadedFile, task } from './task-schema.ts';

/** 任务调度: tasks of plans by position, progress reports, and uploads outside a case. */
export async function taskRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['任务调度'];
  const { db, settings } = app.ctx;
  const store = FileStore.inDataDir(settings.dataDir);
  const uc = (req: FastifyRequest): DisposalUseCase => ({ db, actor: actorOf(req), requestId: req.id, today: settings.today ?? todayInChina() });
  const read = { permission: 'cases:read' } as const;

  r.get(
    '/disposal/plans/:id/tasks',
    { config: read, schema: { tags, summary: '处置方案的任务（未完成的在前，按完成日期）', params: planParams, response: { 200: taskItems } } },
    async (req) => ({ items: await planTasks(uc(req), req.params.id) }),
  );
  r.post(
    '/disposal/plans/:id/tasks',
    {
      config: { permission: 'disposal:write' },
      schema: {
        tags,
        summary: '分解任务：单项任务，或按周分解（weekly：第1周…，每周一项，相隔 7 天）；任务落实到本辖区的席位',
        params: planParams,
        body: taskInput,
        response: { 201: taskItems },
      },
    },
    async (req, reply) => reply.status(201).send({ items: await createTasks(uc(req), req.params.id, req.body) }),
  );
  r.put(
    '/tasks/:id',
    {
      config: { permission: 'disposal:write' },
      schema: { tags, summary: '修改任务（未完成的；须带读取时的版本号，版本不符返回 409）', params: taskParams, body: taskUpdate, response: { 200: task } },
    },
    (req) => updateTaskOf(uc(req), req.params.id, req.body),
  );
  r.get(
    '/tasks',
    {
      config: read,
      schema: {
        tags,
        summary: '任务列表：mine=true 为本人今日所任席位的任务；status=OVERDUE 为逾期未完成（完成日期次日起）；overdueCount 为其中逾期数',
        querystring: taskListQuery,
        response: { 200: taskList },
      },
    },
    (req) => listTasks(uc(req), req.query),
  );
  r.get(
    '/tasks/:id/reports',
    { config: read, schema: { tags, summary: '任务的进展报告', params: taskParams, response: { 200: z.object({ items: z.array(taskReport) }) } } },
    async (req) => ({ items: await listReports(uc(req), req.params.id) }),
  );
  r.post(
    '/tasks/:id/reports',
    {
      config: { permission: 'tasks:report' },
      schema: { tags, summary: '报告进展（done=true 即于报告日期完成该任务；已完成的任务不再接受报告）', params: taskParams, body: reportInput, response: { 201: taskReport } },
    },
    async (req, reply) => reply.status(201).send(await createReport(uc(req), req.params.id, req.body)),
  );

  r.post(
    '/files',
    {
      config: { permission: 'tasks:report' },
      schema: {
        tags,
        summary: '上传文件（multipart：file；≤ 20 MB；JPG、PNG、PDF、.docx、.xlsx，按文件内容识别），用于盘活证明材料和进展报告，返回的 id 填入 fileIds',
        consumes: ['multipart/form-data'],
        response: { 201: uploadedFile },
      },
    },
    async (req, reply) => {
      const upload = await receiveUpload(req, { fileField: 'file', maxBytes: MAX_UPLOAD_BYTES });
      return reply.status(201).send(await uploadFile({ ...uc(req), store, maxBytes: MAX_UPLOAD_BYTES }, upload));
    },
  );
}
