import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FileStore } from '../../files/file-store.ts';
import { Problem } from '../../http/problems.ts';
import type { CampaignUseCase } from './context.ts';
import { generateReportOnDemand, listCampaignReports, reportFile } from './report-service.ts';
import { report, reportInput, reportList, reportParams, targetsQuery } from './schema.ts';

/** 调度报表: generated reports, and their .docx / .xlsx as they were made. */
export async function reportRoutes(app: FastifyInstance, uc: (req: FastifyRequest) => CampaignUseCase): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['攻坚调度'];
  const store = FileStore.inDataDir(app.ctx.settings.dataDir);
  const read = { permission: 'cases:read' } as const;

  r.get('/campaign/reports', { config: read, schema: { tags, summary: '已生成的调度报表（含定时生成）', querystring: targetsQuery, response: { 200: reportList } } }, (req) =>
    listCampaignReports(uc(req), req.query),
  );
  r.post(
    '/campaign/reports',
    { config: read, schema: { tags, summary: '按需生成报表：统计日期所在的周、半月或季度', body: reportInput, response: { 201: report } } },
    async (req, reply) => reply.status(201).send(await generateReportOnDemand(uc(req), store, req.body)),
  );
  for (const format of ['docx', 'xlsx'] as const) {
    r.get(
      `/campaign/reports/:id/${format}`,
      { config: read, schema: { tags, summary: `下载报表（.${format}）`, params: reportParams, response: { 200: z.any() } } },
      async (req, reply) => {
        const { row, sha256, mediaType } = await reportFile(uc(req), req.params.id, format);
        const stream = await store.open(sha256);
        if (!stream) throw new Problem('NOT_FOUND', '报表文件已不在文件库中，请重新生成');
        const name = `${row.titleZh}（${row.periodFrom}至${row.periodTo}）.${format}`;
        return reply
          .header('content-type', mediaType)
          .header('content-disposition', `attachment; filename="report-${row.id.slice(0, 8)}.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`)
          .header('x-content-type-options', 'nosniff')
          .send(stream);
      },
    );
  }
}
