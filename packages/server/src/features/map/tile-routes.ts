import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../auth/plugin.ts';
import { tileParams, tileQuerystring } from './tile-schema.ts';
import { renderTile } from './tile-service.ts';
import { zonesOutput, zonesQuery } from './zones-schema.ts';
import { zoneBoundaries } from './zones-service.ts';

export const TILE_CONTENT_TYPE = 'application/vnd.mapbox-vector-tile';
/** Statuses change with cases and plans: a browser may reuse a tile briefly, then revalidates by ETag. */
const TILE_CACHE_CONTROL = 'private, max-age=60';

/** 一张图: the parcels as vector tiles and the park boundaries. */
export async function tileRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['标图入库'];
  const { db } = app.ctx;

  r.get(
    '/tiles/:z/:x/:y',
    {
      config: { permission: 'ledger:read' },
      schema: {
        tags,
        summary: '地块矢量瓦片（Mapbox Vector Tile，Web 墨卡托 XYZ）：13 级起为地块图形（parcels），以下为地块中心点（parcel_points），15 级起另有建筑物基底（buildings）；无内容时返回 204',
        params: tileParams,
        querystring: tileQuerystring,
      },
    },
    async (req, reply) => {
      const tile = await renderTile({ db, actor: actorOf(req) }, { ...req.params, jurisdictionCode: req.query.jurisdictionCode });
      reply.header('cache-control', TILE_CACHE_CONTROL).header('vary', 'cookie');
      if (tile.byteLength === 0) return reply.code(204).send();
      const etag = `"${createHash('sha1').update(tile).digest('base64url')}"`;
      reply.header('etag', etag);
      if (req.headers['if-none-match'] === etag) return reply.code(304).send();
      return reply.header('content-type', TILE_CONTENT_TYPE).send(Buffer.from(tile.buffer, tile.byteOffset, tile.byteLength));
    },
  );

  r.get(
    '/map/zones',
    {
      config: { permission: 'ledger:read' },
      schema: { tags, summary: '园区边界（GeoJSON，EPSG:4490），附所属战区名称', querystring: zonesQuery, response: { 200: zonesOutput } },
    },
    (req) => zoneBoundaries({ db, actor: actorOf(req) }, req.query.jurisdictionCode),
  );
}
