import { determinedOpenStates } from '@panhuo/domain';
import type { Queryable } from '../../db/database.ts';
import type { Scope } from '../../auth/actor.ts';
import { parcelScopeSql } from './checks-repository.ts';
import type { TileGeometry, TileValue } from './tile-encoder.ts';
import { TILE_BUFFER, TILE_EXTENT, type TilePlan } from './tile-plan.ts';

/** Where the tile's features come from: the actor's scope ∩ the jurisdiction asked for. */
export interface TileQuery {
  plan: TilePlan;
  scope: Scope;
  jurisdictionCode: string | undefined;
}

/** Pushes a parameter and returns its placeholder. */
type Param = (v: unknown) => string;

function placeholder(params: unknown[]): Param {
  return (v) => {
    params.push(v);
    return `$${params.length}`;
  };
}

const envelope = (plan: TilePlan, p: Param, margin = 0) =>
  `ST_TileEnvelope(${p(plan.z)}::int, ${p(plan.x)}::int, ${p(plan.y)}::int, margin => ${p(margin)}::float8)`;

/**
 * The parcels of the tile (outline or centroid in EPSG:3857 as `g`) with the facts the map
 * colours by. Category: the latest finished identification run of the parcel's
 * jurisdiction. Status: an open plan is 处置中; else an open case is 已认定待处置 in a
 * determined state and 认定程序中 before; else a closed plan with a revitalised measure
 * is 已盘活.
 */
function parcelFeaturesSql(q: TileQuery, p: Param, params: unknown[]): string {
  const column = q.plan.parcelsAsPoints ? 'p.centroid_3857' : 'p.geom_3857';
  const scope = parcelScopeSql('p', q.scope, q.jurisdictionCode, params);
  return `
    WITH tp AS MATERIALIZED (
      SELECT p.jurisdiction_code, p.id, p.code, p.name, p.area_m2, ${column} AS g
        FROM parcels p
       WHERE ${scope} AND ${column} && ${envelope(q.plan, p, TILE_BUFFER / TILE_EXTENT)}
    ),
    runs AS (
      SELECT j.jurisdiction_code,
             (SELECT r.id FROM identification_runs r
               WHERE r.jurisdiction_code = j.jurisdiction_code AND r.finished_at IS NOT NULL
               ORDER BY r.finished_at DESC LIMIT 1) AS run_id
        FROM (SELECT DISTINCT jurisdiction_code FROM tp) j
    )
    SELECT tp.id::text AS id, tp.code, tp.name,
           coalesce(res.primary_category, 'UNIDENTIFIED') AS category,
           CASE WHEN pl.id IS NOT NULL THEN 'DISPOSING'
                WHEN c.id IS NOT NULL AND c.state = ANY(${p(determinedOpenStates)}::text[]) THEN 'DETERMINED'
                WHEN c.id IS NOT NULL THEN 'CASE_OPEN'
                WHEN EXISTS (
                  SELECT 1 FROM disposal_plans dp
                    JOIN disposal_measures m ON m.jurisdiction_code = dp.jurisdiction_code AND m.plan_id = dp.id AND m.status = 'REVITALISED'
                   WHERE dp.jurisdiction_code = tp.jurisdiction_code AND dp.parcel_id = tp.id AND dp.status = 'CLOSED'
                ) THEN 'REVITALISED'
                ELSE 'NONE' END AS status,
           (coalesce(res.primary_category IN ('IDLE', 'INEFFICIENT'), false) OR c.id IS NOT NULL OR pl.id IS NOT NULL) AS flagged,
           round(tp.area_m2 * 0.0015, 2)::float8 AS "areaMu",
           tp.g
      FROM tp
      JOIN runs ON runs.jurisdiction_code = tp.jurisdiction_code
      LEFT JOIN identification_results res
        ON res.jurisdiction_code = tp.jurisdiction_code AND res.run_id = runs.run_id AND res.parcel_id = tp.id
      LEFT JOIN cases c ON c.jurisdiction_code = tp.jurisdiction_code AND c.parcel_id = tp.id AND c.closed_on IS NULL
      LEFT JOIN disposal_plans pl ON pl.jurisdiction_code = tp.jurisdiction_code AND pl.parcel_id = tp.id AND pl.status <> 'CLOSED'`;
}

/** Open building footprints of the tile whose parcel is in scope. */
function buildingFeaturesSql(q: TileQuery, p: Param, params: unknown[]): string {
  const scope = parcelScopeSql('p', q.scope, q.jurisdictionCode, params);
  return `
    SELECT b.id::text AS id, b.parcel_id::text AS "parcelId", b.geom_3857 AS g
      FROM building_footprints b
      JOIN parcels p ON p.jurisdiction_code = b.jurisdiction_code AND p.id = b.parcel_id
     WHERE b.closed_at IS NULL AND ${scope} AND b.geom_3857 && ${envelope(q.plan, p, TILE_BUFFER / TILE_EXTENT)}`;
}

const PARCEL_PROPERTIES = `id, code, name, category, status, flagged, "areaMu"`;

/** PostgreSQL: the whole tile from ST_AsMVT, layers concatenated. */
export async function tileWithAsMvt(db: Queryable, q: TileQuery): Promise<Uint8Array> {
  const params: unknown[] = [];
  const p = placeholder(params);
  const bounds = `${envelope(q.plan, p)}::box2d`;
  const mvt = (layer: string, columns: string, source: string) =>
    `(SELECT coalesce(ST_AsMVT(t, '${layer}', ${TILE_EXTENT}, 'geom'), ''::bytea)
        FROM (SELECT ${columns}, ST_AsMVTGeom(f.g, ${bounds}, ${TILE_EXTENT}, ${TILE_BUFFER}, true) AS geom
                FROM (${source}) f) t
       WHERE t.geom IS NOT NULL)`;
  const layers = [mvt(q.plan.parcelLayer, PARCEL_PROPERTIES, parcelFeaturesSql(q, p, params))];
  if (q.plan.buildings) layers.push(mvt('buildings', `id, "parcelId"`, buildingFeaturesSql(q, p, params)));
  const { rows } = await db.query<{ tile: Uint8Array }>(`SELECT ${layers.join(' || ')} AS tile`, params);
  return rows[0]!.tile;
}

export interface TileRow {
  properties: Record<string, TileValue | null>;
  geometry: TileGeometry;
}

/**
 * The tile-space geometry ST_AsMVTGeom would give, in plain PostGIS: clipped to the
 * buffered tile, scaled to the extent with y down, snapped to whole units; geometries
 * that collapse are left out.
 */
function tileGeometrySql(plan: TilePlan, p: Param): string {
  const scale = `(${TILE_EXTENT} / (ST_XMax(e.env) - ST_XMin(e.env)))`;
  return `(SELECT ST_SnapToGrid(ST_Affine(ST_ClipByBox2D(f.g, e.buffered), ${scale}, 0, 0, -${scale}, -ST_XMin(e.env) * ${scale}, ST_YMax(e.env) * ${scale}), 1)
             FROM (SELECT ${envelope(plan, p)} AS env, ${envelope(plan, p, TILE_BUFFER / TILE_EXTENT)}::box2d AS buffered) e)`;
}

async function layerRows(db: Queryable, q: TileQuery, columns: string, source: (p: Param, params: unknown[]) => string): Promise<TileRow[]> {
  const params: unknown[] = [];
  const p = placeholder(params);
  const sourceSql = source(p, params);
  const { rows } = await db.query<Record<string, TileValue | null> & { geometry: string }>(
    `SELECT ${columns}, ST_AsGeoJSON(t.tg, 0) AS geometry
       FROM (SELECT f.*, ${tileGeometrySql(q.plan, p)} AS tg FROM (${sourceSql}) f) t
      WHERE t.tg IS NOT NULL AND NOT ST_IsEmpty(t.tg)`,
    params,
  );
  return rows.map(({ geometry, ...properties }) => ({ properties, geometry: JSON.parse(geometry) as TileGeometry }));
}

/** PGlite (no protobuf-c): the features of each layer with tile-space geometry, for the Node encoder. */
export async function tileLayerRows(db: Queryable, q: TileQuery): Promise<Array<{ name: string; rows: TileRow[] }>> {
  const layers: Array<{ name: string; rows: TileRow[] }> = [{ name: q.plan.parcelLayer, rows: await layerRows(db, q, PARCEL_PROPERTIES, (p, params) => parcelFeaturesSql(q, p, params)) }];
  if (q.plan.buildings) layers.push({ name: 'buildings', rows: await layerRows(db, q, `id, "parcelId"`, (p, params) => buildingFeaturesSql(q, p, params)) });
  return layers;
}
