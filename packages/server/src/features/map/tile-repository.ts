import { determinedOpenStates } from '@panhuo/domain';
import type { Database, Queryable } from '../../db/database.ts';
import type { Scope } from '../../auth/actor.ts';
import { parcelScopeSql } from './checks-repository.ts';
import type { TileGeometry, TileValue } from './tile-encoder.ts';
import { CATEGORY_URGENCY, POINT_CELL, STATUS_URGENCY, TILE_BUFFER, TILE_EXTENT, type TilePlan } from './tile-plan.ts';

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
 * is 已盘活. Each fact is a LATERAL … LIMIT 1 probe of an index: as plain joins the
 * planner hashes a whole table (1M identification results) for a tile of a few thousand.
 */
function parcelFactsSql(q: TileQuery, p: Param, params: unknown[]): string {
  const column = q.plan.parcelsAsPoints ? 'p.centroid_3857' : 'p.geom_3857';
  const scope = parcelScopeSql('p', q.scope, q.jurisdictionCode, params);
  return `
    WITH tp AS MATERIALIZED (
      SELECT p.jurisdiction_code, p.id, p.code, p.name, p.area_m2, ${column} AS g
        FROM parcels p
       WHERE ${scope} AND ${column} && ${envelope(q.plan, p, TILE_BUFFER / TILE_EXTENT)}
    ),
    runs AS MATERIALIZED (
      SELECT j.jurisdiction_code,
             (SELECT r.id FROM identification_runs r
               WHERE r.jurisdiction_code = j.jurisdiction_code AND r.finished_at IS NOT NULL
               ORDER BY r.finished_at DESC LIMIT 1) AS run_id
        FROM (SELECT DISTINCT jurisdiction_code FROM tp) j
    )
    SELECT tp.id::text AS id, tp.code, tp.name,
           coalesce(res.category, 'UNIDENTIFIED') AS category,
           CASE WHEN pl.open THEN 'DISPOSING'
                WHEN c.state = ANY(${p(determinedOpenStates)}::text[]) THEN 'DETERMINED'
                WHEN c.state IS NOT NULL THEN 'CASE_OPEN'
                WHEN rv.revitalised THEN 'REVITALISED'
                ELSE 'NONE' END AS status,
           (coalesce(res.category IN ('IDLE', 'INEFFICIENT'), false) OR c.state IS NOT NULL OR pl.open IS NOT NULL) AS flagged,
           round(tp.area_m2 * 0.0015, 2)::float8 AS "areaMu",
           tp.g
      FROM tp
      JOIN runs ON runs.jurisdiction_code = tp.jurisdiction_code
      LEFT JOIN LATERAL (
        SELECT r.primary_category AS category FROM identification_results r
         WHERE r.jurisdiction_code = tp.jurisdiction_code AND r.run_id = runs.run_id AND r.parcel_id = tp.id LIMIT 1
      ) res ON true
      LEFT JOIN LATERAL (
        SELECT c.state FROM cases c WHERE c.jurisdiction_code = tp.jurisdiction_code AND c.parcel_id = tp.id AND c.closed_on IS NULL LIMIT 1
      ) c ON true
      LEFT JOIN LATERAL (
        SELECT true AS open FROM disposal_plans pl
         WHERE pl.jurisdiction_code = tp.jurisdiction_code AND pl.parcel_id = tp.id AND pl.status <> 'CLOSED' LIMIT 1
      ) pl ON true
      LEFT JOIN LATERAL (
        SELECT true AS revitalised FROM disposal_plans dp
          JOIN disposal_measures m ON m.jurisdiction_code = dp.jurisdiction_code AND m.plan_id = dp.id AND m.status = 'REVITALISED'
         WHERE dp.jurisdiction_code = tp.jurisdiction_code AND dp.parcel_id = tp.id AND dp.status = 'CLOSED'
         LIMIT 1
      ) rv ON true`;
}

const rank = (column: string, order: readonly string[]) => `array_position(ARRAY[${order.map((v) => `'${v}'`).join(', ')}], ${column})`;

/**
 * The parcels as the tile carries them: outlines, or below PARCEL_POLYGON_MIN_ZOOM one
 * centroid per POINT_CELL-unit cell of the tile, the most urgent parcel of the cell
 * (flagged first, then by category, then by status, then code) with `count`, the number
 * of parcels it stands for. Parks of hundreds of parcels are a few cells wide there.
 */
function parcelFeaturesSql(q: TileQuery, p: Param, params: unknown[]): string {
  const facts = parcelFactsSql(q, p, params);
  if (!q.plan.parcelsAsPoints) return facts;
  const scale = `(${TILE_EXTENT} / (ST_XMax(e.env) - ST_XMin(e.env)) / ${POINT_CELL})`;
  return `
    SELECT DISTINCT ON (cx, cy) id, code, name, category, status, flagged, "areaMu", count(*) OVER (PARTITION BY cx, cy)::int AS count, g
      FROM (SELECT f.*, floor((ST_X(f.g) - ST_XMin(e.env)) * ${scale}) AS cx, floor((ST_YMax(e.env) - ST_Y(f.g)) * ${scale}) AS cy
              FROM (${facts}) f, (SELECT ${envelope(q.plan, p)} AS env) e) cells
     ORDER BY cx, cy, flagged DESC, ${rank('category', CATEGORY_URGENCY)}, ${rank('status', STATUS_URGENCY)}, code`;
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

const parcelProperties = (plan: TilePlan) => `id, code, name, category, status, flagged, "areaMu"${plan.parcelsAsPoints ? ', count' : ''}`;

/** PostgreSQL: the whole tile from ST_AsMVT, layers concatenated. */
export async function tileWithAsMvt(db: Database, q: TileQuery): Promise<Uint8Array> {
  const params: unknown[] = [];
  const p = placeholder(params);
  const bounds = `${envelope(q.plan, p)}::box2d`;
  const mvt = (layer: string, columns: string, source: string) =>
    `(SELECT coalesce(ST_AsMVT(t, '${layer}', ${TILE_EXTENT}, 'geom'), ''::bytea)
        FROM (SELECT ${columns}, ST_AsMVTGeom(f.g, ${bounds}, ${TILE_EXTENT}, ${TILE_BUFFER}, true) AS geom
                FROM (${source}) f) t
       WHERE t.geom IS NOT NULL)`;
  const layers = [mvt(q.plan.parcelLayer, parcelProperties(q.plan), parcelFeaturesSql(q, p, params))];
  if (q.plan.buildings) layers.push(mvt('buildings', `id, "parcelId"`, buildingFeaturesSql(q, p, params)));
  // the planner's cost of a few thousand index probes passes jit_above_cost, and compiling
  // the query took longer (≈ 40 ms) than running it
  return db.transaction(async (tx) => {
    await tx.query('SET LOCAL jit = off');
    const { rows } = await tx.query<{ tile: Uint8Array }>(`SELECT ${layers.join(' || ')} AS tile`, params);
    return rows[0]!.tile;
  });
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
  const layers: Array<{ name: string; rows: TileRow[] }> = [{ name: q.plan.parcelLayer, rows: await layerRows(db, q, parcelProperties(q.plan), (p, params) => parcelFeaturesSql(q, p, params)) }];
  if (q.plan.buildings) layers.push({ name: 'buildings', rows: await layerRows(db, q, `id, "parcelId"`, (p, params) => buildingFeaturesSql(q, p, params)) });
  return layers;
}
