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
 * colours by, from `parcel_map_facts` (migration 0012, kept by triggers). Category: the
 * latest finished identification run of the parcel's jurisdiction. Status: an open plan is
 * 处置中; else an open case is 已认定待处置 in a determined state and 认定程序中 before;
 * else a closed plan with a revitalised measure is 已盘活. Points come from the facts rows
 * alone (their own centroid index); outlines from the parcels, each joined to its row.
 */
function parcelFactsSql(q: TileQuery, p: Param, params: unknown[]): string {
  const source = q.plan.parcelsAsPoints
    ? `FROM parcel_map_facts f
      WHERE ${parcelScopeSql('f', q.scope, q.jurisdictionCode, params)} AND f.centroid_3857 && ${envelope(q.plan, p, TILE_BUFFER / TILE_EXTENT)}`
    : `FROM parcels pa
       JOIN parcel_map_facts f ON f.jurisdiction_code = pa.jurisdiction_code AND f.parcel_id = pa.id
      WHERE ${parcelScopeSql('pa', q.scope, q.jurisdictionCode, params)} AND pa.geom_3857 && ${envelope(q.plan, p, TILE_BUFFER / TILE_EXTENT)}`;
  return `
    SELECT f.parcel_id::text AS id, f.code, f.name, f.category,
           CASE WHEN f.plan_open THEN 'DISPOSING'
                WHEN f.case_state = ANY(${p(determinedOpenStates)}::text[]) THEN 'DETERMINED'
                WHEN f.case_state IS NOT NULL THEN 'CASE_OPEN'
                WHEN f.revitalised THEN 'REVITALISED'
                ELSE 'NONE' END AS status,
           (f.category IN ('IDLE', 'INEFFICIENT') OR f.case_state IS NOT NULL OR f.plan_open) AS flagged,
           round(f.area_m2 * 0.0015, 2)::float8 AS "areaMu",
           ${q.plan.parcelsAsPoints ? 'f.centroid_3857' : 'pa.geom_3857'} AS g
      ${source}`;
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
  // the count's window is ordered as DISTINCT ON is (whole cell as its frame), so one sort serves both
  const urgency = `flagged DESC, ${rank('category', CATEGORY_URGENCY)}, ${rank('status', STATUS_URGENCY)}, code`;
  return `
    SELECT DISTINCT ON (cx, cy) id, code, name, category, status, flagged, "areaMu", count(*) OVER cell::int AS count, g
      FROM (SELECT f.*, floor((ST_X(f.g) - ST_XMin(e.env)) * ${scale}) AS cx, floor((ST_YMax(e.env) - ST_Y(f.g)) * ${scale}) AS cy
              FROM (${facts}) f, (SELECT ${envelope(q.plan, p)} AS env) e) cells
    WINDOW cell AS (PARTITION BY cx, cy ORDER BY ${urgency} ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
     ORDER BY cx, cy, ${urgency}`;
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
  // JIT: compiling took longer (≈ 40 ms) than running the query. work_mem: the sort of a
  // low-zoom tile's tens of thousands of points spilled to disk at the default 4 MB.
  return db.transaction(async (tx) => {
    await tx.query('SET LOCAL jit = off');
    await tx.query(`SET LOCAL work_mem = '32MB'`);
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
