import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { todayInChina } from '@panhuo/domain';
import { actorOf } from '../../auth/plugin.ts';
import { idParams } from '../ledger/parcel-schema.ts';
import { checksOutput, checksQuery } from './checks-schema.ts';
import { mapChecks } from './checks-service.ts';
import { mapSettingsInput, mapSettingsOutput, mapSettingsQuery } from './settings-schema.ts';
import { getMapSettings, putMapSettings } from './settings-service.ts';
import { siteMeasurementBatchInput, siteMeasurementBatchOutput, siteMeasurementInput, siteMeasurementOutput } from './site-schema.ts';
import { measureParcelSite, measureSites, type SiteUseCase } from './site-service.ts';

/** 标图入库: map settings, the data checks and measuring site facts from footprints. Tiles: tile-routes.ts. */
export async function mapRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['标图入库'];
  const { db, settings } = app.ctx;
  const uc = (req: FastifyRequest): SiteUseCase => ({ db, actor: actorOf(req), requestId: req.id, today: settings.today ?? todayInChina() });

  r.get(
    '/map/settings',
    {
      config: { permission: 'ledger:read' },
      schema: { tags, summary: '地图设置（底图、面积容差、空闲土地退让距离）：本辖区的，未设置时沿用上级或默认值', querystring: mapSettingsQuery, response: { 200: mapSettingsOutput } },
    },
    (req) => getMapSettings(uc(req), req.query.jurisdictionCode),
  );
  r.put(
    '/map/settings',
    {
      config: { permission: 'users:manage' },
      schema: { tags, summary: '修改本辖区的地图设置（须带读取时的版本号，尚未单独设置时为 0；版本不符返回 409）', body: mapSettingsInput, response: { 200: mapSettingsOutput } },
    },
    (req) => putMapSettings(uc(req), req.body),
  );
  r.get(
    '/map/checks',
    {
      config: { permission: 'ledger:read' },
      schema: { tags, summary: '图形核查：图形面积与登记面积不符、地块图形重叠、尚未标图的地块', querystring: checksQuery, response: { 200: checksOutput } },
    },
    (req) => mapChecks(uc(req), req.query.jurisdictionCode),
  );
  r.post(
    '/parcels/:id/site-measurement',
    {
      config: { permission: 'ledger:write' },
      schema: {
        tags,
        summary: '依据建筑物基底图形测算地块的建筑占地面积、建筑系数和连片空闲土地面积，并写入台账',
        params: idParams,
        body: siteMeasurementInput,
        response: { 200: siteMeasurementOutput },
      },
    },
    (req) => measureParcelSite(uc(req), req.params.id, req.body ?? {}),
  );
  r.post(
    '/map/site-measurements',
    {
      config: { permission: 'ledger:write' },
      schema: {
        tags,
        summary: '批量测算：对所选地块（未选则为管辖范围内所有已有建筑物基底的地块）依据图形测算并写入台账，全部成功或全部不写入',
        body: siteMeasurementBatchInput,
        response: { 200: siteMeasurementBatchOutput },
      },
    },
    (req) => measureSites(uc(req), req.body ?? {}),
  );
}
