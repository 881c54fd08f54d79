import { bboxOf, touchingBoxPairs } from '@panhuo/domain';
import type { Queryable } from '../../db/database.ts';

/**
 * The SQL of a geometry import's checks. Geometry travels as GeoJSON text in one JSON
 * parameter per statement (json_to_recordset), never as one parameter per feature.
 */

export interface TransformedRow {
  i: number;
  valid: boolean;
  reason: string | null;
  /** MultiPolygon in EPSG:4490 */
  geojson: string;
  /** ST_MakeValid's polygons in EPSG:4490, only for an invalid feature; null when nothing polygonal is left */
  repaired: string | null;
  lon: number;
  lat: number;
  repairedLon: number | null;
  repairedLat: number | null;
}

/** Transforms the source polygons to 4490 and checks and repairs them where they were drawn. */
export async function transformFeatures(db: Queryable, srid: number, features: Array<{ i: number; g: string }>): Promise<TransformedRow[]> {
  if (features.length === 0) return [];
  const { rows } = await db.query<TransformedRow>(
    `WITH f AS (
       SELECT r.i, ST_SetSRID(ST_GeomFromGeoJSON(r.g), $2::int) AS src
         FROM json_to_recordset($1::json) AS r(i int, g text)
     ), v AS (
       SELECT i, src, ST_IsValid(src) AS valid FROM f
     ), t AS (
       SELECT i, valid, CASE WHEN valid THEN NULL ELSE ST_IsValidReason(src) END AS reason,
              ST_Transform(src, 4490) AS g,
              CASE WHEN valid THEN NULL ELSE ST_Transform(ST_Multi(ST_CollectionExtract(ST_MakeValid(src), 3)), 4490) END AS fixed
         FROM v
     )
     SELECT i, valid, reason, ST_AsGeoJSON(ST_Multi(g), 9, 0) AS geojson,
            CASE WHEN fixed IS NULL OR ST_IsEmpty(fixed) THEN NULL ELSE ST_AsGeoJSON(fixed, 9, 0) END AS repaired,
            ST_X(ST_Centroid(g)) AS lon, ST_Y(ST_Centroid(g)) AS lat,
            CASE WHEN ST_IsEmpty(fixed) THEN NULL ELSE ST_X(ST_Centroid(fixed)) END AS "repairedLon",
            CASE WHEN ST_IsEmpty(fixed) THEN NULL ELSE ST_Y(ST_Centroid(fixed)) END AS "repairedLat"
       FROM t ORDER BY i`,
    [JSON.stringify(features), srid],
  );
  return rows;
}

/** A feature ready for the spatial checks: 4490 GeoJSON and the CM-only GK zone of its centroid. */
export interface PlacedFeature {
  i: number;
  g: string;
  srid: number;
}

const placed = `placed AS (
  SELECT r.i, r.srid, ST_SetSRID(ST_GeomFromGeoJSON(r.g), 4490) AS g
    FROM json_to_recordset($1::json) AS r(i int, g text, srid int)
)`;

export async function areasInZone(db: Queryable, features: PlacedFeature[]): Promise<Map<number, number>> {
  if (features.length === 0) return new Map();
  const { rows } = await db.query<{ i: number; area: number }>(
    `WITH ${placed} SELECT i, ST_Area(ST_Transform(g, srid)) AS area FROM placed`,
    [JSON.stringify(features)],
  );
  return new Map(rows.map((r) => [r.i, Number(r.area)]));
}

export interface FileOverlap {
  a: number;
  b: number;
  overlapM2: number;
}

/**
 * Pairs of features of the file that overlap by more than `minM2`, measured in the first
 * one's zone. Only pairs whose bounding boxes meet go to PostGIS (found in Node: a CTE has
 * no spatial index, and comparing every pair there took 2 s for 5 000 outlines).
 */
export async function overlapsWithinFile(db: Queryable, features: PlacedFeature[], minM2: number): Promise<FileOverlap[]> {
  if (features.length < 2) return [];
  const boxes = features.map((f) => bboxOf((JSON.parse(f.g) as { coordinates: unknown }).coordinates));
  const candidates = touchingBoxPairs(boxes);
  if (candidates.length === 0) return [];
  const { rows } = await db.query<FileOverlap>(
    `WITH ${placed}, pairs AS (
       SELECT a.i AS a, b.i AS b, ST_Area(ST_Transform(ST_Intersection(a.g, b.g), a.srid)) AS m2
         FROM unnest($3::int[], $4::int[]) AS c(a, b)
         JOIN placed a ON a.i = c.a
         JOIN placed b ON b.i = c.b
        WHERE ST_Intersects(a.g, b.g)
     )
     SELECT a, b, m2 AS "overlapM2" FROM pairs WHERE m2 > $2 ORDER BY a, b`,
    [
      JSON.stringify(features),
      minM2,
      candidates.map(([x, y]) => Math.min(features[x]!.i, features[y]!.i)),
      candidates.map(([x, y]) => Math.max(features[x]!.i, features[y]!.i)),
    ],
  );
  return rows.map((r) => ({ ...r, overlapM2: Number(r.overlapM2) }));
}

export interface ParcelOverlap {
  i: number;
  parcelId: string;
  zoneId: string | null;
  code: string;
  name: string;
  overlapM2: number;
}

/**
 * Overlaps of the features with the county's parcels already drawn, except the parcels
 * the file redraws (their old outline is being replaced). For buildings, the same query
 * finds the parcel each footprint lies on.
 */
export async function overlapsWithParcels(
  db: Queryable,
  features: PlacedFeature[],
  where: { jurisdictionCode: string; zoneId: string | null; exceptIds: string[] },
): Promise<ParcelOverlap[]> {
  if (features.length === 0) return [];
  const { rows } = await db.query<ParcelOverlap>(
    `WITH ${placed}
     SELECT f.i, p.id AS "parcelId", p.zone_id AS "zoneId", p.code, p.name, ST_Area(ST_Transform(ST_Intersection(f.g, p.geom), f.srid)) AS "overlapM2"
       FROM placed f
       JOIN parcels p ON p.jurisdiction_code = $2 AND p.closed_at IS NULL AND p.geom IS NOT NULL
                     AND ($3::uuid IS NULL OR p.zone_id = $3) AND NOT (p.id = ANY($4::uuid[]))
                     AND p.geom && f.g AND ST_Intersects(p.geom, f.g)
      ORDER BY f.i, "overlapM2" DESC`,
    [JSON.stringify(features), where.jurisdictionCode, where.zoneId, where.exceptIds],
  );
  return rows.map((r) => ({ ...r, overlapM2: Number(r.overlapM2) }));
}

/**
 * Metres from each feature's centroid to the nearest parcel or park boundary already
 * drawn in the county; none when the county has nothing drawn yet.
 */
export async function distancesToJurisdiction(
  db: Queryable,
  features: PlacedFeature[],
  where: { jurisdictionCode: string; exceptIds: string[] },
): Promise<Map<number, number>> {
  if (features.length === 0) return new Map();
  const { rows } = await db.query<{ i: number; d: number | null }>(
    `WITH ${placed}, c AS (SELECT i, ST_Centroid(g) AS c FROM placed)
     SELECT c.i, LEAST(
       (SELECT ST_DistanceSphere(c.c, ST_ClosestPoint(p.geom, c.c)) FROM parcels p
         WHERE p.jurisdiction_code = $2 AND p.closed_at IS NULL AND p.geom IS NOT NULL AND NOT (p.id = ANY($3::uuid[]))
         ORDER BY p.geom <-> c.c LIMIT 1),
       (SELECT ST_DistanceSphere(c.c, ST_ClosestPoint(z.boundary, c.c)) FROM zones z
         WHERE z.jurisdiction_code = $2 AND z.closed_at IS NULL AND z.boundary IS NOT NULL
         ORDER BY z.boundary <-> c.c LIMIT 1)) AS d
       FROM c`,
    [JSON.stringify(features), where.jurisdictionCode, where.exceptIds],
  );
  return new Map(rows.filter((r) => r.d !== null).map((r) => [r.i, Number(r.d)]));
}

export interface CandidateParcel {
  id: string;
  code: string;
  name: string;
  areaM2: number | null;
}

/** The parcels of the county (and the user's park) with these codes. */
export async function parcelsByCode(
  db: Queryable,
  where: { jurisdictionCode: string; zoneId: string | null; codes: string[] },
): Promise<CandidateParcel[]> {
  if (where.codes.length === 0) return [];
  const { rows } = await db.query<CandidateParcel>(
    `SELECT id, code, name, area_m2 AS "areaM2" FROM parcels
      WHERE jurisdiction_code = $1 AND closed_at IS NULL AND ($2::uuid IS NULL OR zone_id = $2) AND code = ANY($3::text[])`,
    [where.jurisdictionCode, where.zoneId, where.codes],
  );
  return rows.map((r) => ({ ...r, areaM2: r.areaM2 === null ? null : Number(r.areaM2) }));
}
