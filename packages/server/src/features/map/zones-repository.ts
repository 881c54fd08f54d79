import type { Queryable } from '../../db/database.ts';
import type { Scope } from '../../auth/actor.ts';

export interface ZoneBoundaryRow {
  id: string;
  name: string;
  kind: string;
  warZones: string[];
  geometry: { type: 'MultiPolygon'; coordinates: number[][][][] };
}

/**
 * Open zones of the scope that have a boundary drawn, with the names of the war zones
 * (战区, org_bodies of kind WAR_ZONE) that list them. A park user sees only their park.
 */
export async function findZoneBoundaries(db: Queryable, scope: Scope, jurisdictionCode: string | undefined): Promise<ZoneBoundaryRow[]> {
  const { rows } = await db.query<ZoneBoundaryRow>(
    `SELECT z.id::text AS id, z.name, z.kind,
            coalesce((SELECT json_agg(b.name ORDER BY b.name) FROM org_bodies b
                       WHERE b.jurisdiction_code = z.jurisdiction_code AND b.kind = 'WAR_ZONE' AND b.zone_ids ? z.id::text), '[]'::json) AS "warZones",
            ST_AsGeoJSON(z.boundary, 9, 0)::json AS geometry
       FROM zones z
      WHERE z.jurisdiction_code = ANY($1) AND z.closed_at IS NULL AND z.boundary IS NOT NULL
        AND ($2::uuid IS NULL OR z.id = $2)
        AND ($3::text IS NULL OR z.jurisdiction_code IN (
              SELECT code FROM jurisdictions WHERE path LIKE (SELECT path FROM jurisdictions WHERE code = $3) || '%'))
      ORDER BY z.jurisdiction_code, z.name`,
    [scope.codes, scope.zoneId, jurisdictionCode ?? null],
  );
  return rows;
}
