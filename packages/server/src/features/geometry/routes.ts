import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { todayInChina } from '@panhuo/domain';
import { actorOf } from '../../auth/plugin.ts';
import { Problem } from '../../http/problems.ts';
import { exportQuery } from '../imports/schema.ts';
import { attachment } from '../imports/routes.ts';
import { resolveImportJurisdiction } from '../imports/service.ts';
import { exportGeoJson, exportShapefileZip } from './export-service.ts';
import { importGeometry, listGeometryImports } from './import-service.ts';
import { geometryImportList, geometryImportQuery, geometryImportResult } from './schema.ts';

/** The uploaded file, whole, with its name; a file cut off at the size limit is a 413. */
async function receiveFile(app: FastifyInstance, req: FastifyRequest): Promise<{ fileName: string; buffer: Buffer }> {
  if (!req.isMultipart()) throw new Problem('UNSUPPORTED_FILE', '请以 multipart/form-data 方式上传空间数据文件（字段名 file）');
  try {
    const part = await req.file();
    if (!part) throw new Problem('VALIDATION_FAILED', '请选择要导入的 Shapefile（.zip）、GeoJSON 或 KML 文件（字段名 file）');
    const buffer = await part.toBuffer();
    if (part.file.truncated) throw new app.multipartErrors.RequestFileTooLargeError();
    return { fileName: part.filename || 'upload', buffer };
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (err instanceof Problem || code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_FILES_LIMIT') throw err;
    throw new Problem('VALIDATION_FAILED', '上传的内容不完整或无法解析，请重新上传');
  }
}

export async function geometryRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['标图入库'];
  const db = app.ctx.db;

  r.post(
    '/geometry/imports',
    {
      config: { permission: 'ledger:import' },
      schema: {
        tags,
        summary: '导入宗地空间范围或建筑物基底（multipart 字段 file：Shapefile .zip、GeoJSON、KML；dryRun=true 只检查；有问题时 422 附报告、不写入）',
        consumes: ['multipart/form-data'],
        querystring: geometryImportQuery,
        response: { 200: geometryImportResult },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const jurisdictionCode = await resolveImportJurisdiction(db, actor, req.query.jurisdictionCode);
      const { fileName, buffer } = await receiveFile(app, req);
      return importGeometry({
        db,
        actor,
        requestId: req.id,
        jurisdictionCode,
        kind: req.query.kind,
        fileName,
        buffer,
        chosenSrid: req.query.srid ?? null,
        acceptRepairs: req.query.acceptRepairs ?? false,
        dryRun: req.query.dryRun ?? false,
      });
    },
  );

  r.get(
    '/geometry/imports',
    { config: { permission: 'ledger:read' }, schema: { tags, summary: '已导入的空间数据文件', response: { 200: geometryImportList } } },
    async (req) => ({ items: await listGeometryImports(db, actorOf(req)) }),
  );

  r.get(
    '/parcels/export.geojson',
    {
      config: { permission: 'ledger:read' },
      schema: { tags, summary: '按列表的筛选条件导出宗地空间范围（GeoJSON，EPSG:4490）', querystring: exportQuery },
    },
    async (req, reply) => {
      const body = await exportGeoJson(db, actorOf(req), req.query);
      return reply
        .header('content-type', 'application/geo+json; charset=utf-8')
        .header('content-disposition', attachment(`宗地空间范围_${todayInChina()}.geojson`, `parcels-${todayInChina()}.geojson`))
        .send(body);
    },
  );

  r.get(
    '/parcels/export.shp.zip',
    {
      config: { permission: 'ledger:read' },
      schema: { tags, summary: '按列表的筛选条件导出宗地空间范围（Shapefile 压缩包，EPSG:4490，属性 UTF-8）', querystring: exportQuery },
    },
    async (req, reply) => {
      const zip = await exportShapefileZip(db, actorOf(req), req.query);
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', attachment(`宗地空间范围_${todayInChina()}.zip`, `parcels-${todayInChina()}.zip`))
        .send(zip);
    },
  );
}
