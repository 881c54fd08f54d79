import type { Queryable } from '../../db/database.ts';
import type { Scope } from '../../auth/actor.ts';

/**
 * The SRID of the CGCS2000 3° Gauss-Krüger zone (central meridian only, EPSG:4534–4554)
 * of a geometry's centroid: DOMAIN.md §9.8, `4534 + (floor((lon + 1.5) / 3) − 25)`.
 */
export const gkSridSql = (geom: string) => `(4534 + floor((ST_X(ST_Centroid(${geom})) + 1.5) / 3)::int - 25)`;

/** The parcel's area in m², computed in its GK zone. */
export const gkAreaSql = (geom: string) => `ST_Area(ST_Transform(${geom}, ${gkSridSql(geom)}))`;

/** Open parcels of the actor's scope (∩ the jurisdiction asked for) under `alias`; pushes its parameters. */
export function parcelScopeSql(alias: string, scope: Scope, jurisdictionCode: string | undefined, params: unknown[]): string {
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where = [`${alias}.jurisdiction_code = ANY(${p(scope.codes)})`, `${alias}.closed_at IS NULL`];
  if (scope.zoneId) where.push(`${alias}.zone_id = ${p(scope.zoneId)}`);
  if (jurisdictionCode) {
    // a city or province asked for: every county below it
    where.push(`${alias}.jurisdiction_code IN (SELECT code FROM jurisdictions WHERE path LIKE (SELECT path FROM jurisdictions WHERE code = ${p(jurisdictionCode)}) || '%')`);
  }
  return where.join(' AND ');
}

export interface AreaMismatchRow {
  parcelId: string;
  code: string;
  name: string;
  recordedM2: number;
  computedM2: number;
  diffRatio: number;
}

export async function findAreaMismatches(db: Queryable, scope: Scope, jurisdictionCode: string | undefined, tolerance: number): Promise<AreaMismatchRow[]> {
  const params: unknown[] = [];
  const where = parcelScopeSql('p', scope, jurisdictionCode, params);
  params.push(tolerance);
  const { rows } = await db.query<AreaMismatchRow>(
    `SELECT * FROM (
       SELECT p.id AS "parcelId", p.code, p.name, p.area_m2::float8 AS "recordedM2",
              round(${gkAreaSql('p.geom')}::numeric, 2)::float8 AS "computedM2"
         FROM parcels p
        WHERE ${where} AND p.geom IS NOT NULL AND p.area_m2 > 0
     ) m
     CROSS JOIN LATERAL (SELECT round(((m."computedM2" - m."recordedM2") / m."recordedM2")::numeric, 6)::float8 AS "diffRatio") d
     WHERE abs(d."diffRatio") > $${params.length}
     ORDER BY abs(d."diffRatio") DESC, m.code`,
    params,
  );
  return rows;
}

export interface OverlapRow {
  aId: string;
  aCode: string;
  aName: string;
  bId: string;
  bCode: string;
  bName: string;
  overlapM2: number;
}

/** Pairs of parcels sharing more than `minM2` m² (shared edges and slivers below it are not overlaps), each pair once. */
export async function findOverlaps(db: Queryable, scope: Scope, jurisdictionCode: string | undefined, minM2: number): Promise<OverlapRow[]> {
  const params: unknown[] = [];
  const whereA = parcelScopeSql('a', scope, jurisdictionCode, params);
  const whereB = parcelScopeSql('b', scope, jurisdictionCode, params);
  params.push(minM2);
  // ST_Intersects on the two geometry columns uses the gist index; the area is only
  // computed for the few pairs whose outlines touch
  const { rows } = await db.query<OverlapRow>(
    `SELECT * FROM (
       SELECT a.id AS "aId", a.code AS "aCode", a.name AS "aName", b.id AS "bId", b.code AS "bCode", b.name AS "bName",
              round(ST_Area(ST_Transform(ST_CollectionExtract(ST_Intersection(ST_MakeValid(a.geom), ST_MakeValid(b.geom)), 3), ${gkSridSql('a.geom')}))::numeric, 2)::float8 AS "overlapM2"
         FROM parcels a
         JOIN parcels b ON ST_Intersects(a.geom, b.geom) AND (a.code, a.id) < (b.code, b.id)
        WHERE ${whereA} AND ${whereB} AND a.geom IS NOT NULL AND b.geom IS NOT NULL
     ) o
     WHERE o."overlapM2" > $${params.length}
     ORDER BY o."overlapM2" DESC, o."aCode", o."bCode"`,
    params,
  );
  return rows;
}

export interface MissingGeometryRow {
  id: string;
  code: string;
  name: string;
  areaM2: number;
}

export async function findMissingGeometry(db: Queryable, scope: Scope, jurisdictionCode: string | undefined): Promise<MissingGeometryRow[]> {
  const params: unknown[] = [];
  const where = parcelScopeSql('p', scope, jurisdictionCode, params);
  const { rows } = await db.query<MissingGeometryRow>(
    `SELECT p.id, p.code, p.name, p.area_m2::float8 AS "areaM2" FROM parcels p WHERE ${where} AND p.geom IS NULL ORDER BY p.code`,
    params,
  );
  return rows;
}
