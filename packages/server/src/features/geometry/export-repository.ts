import type { Queryable } from '../../db/database.ts';
import type { Scope } from '../../auth/actor.ts';
import { parcelFilterSql, parcelSortColumns, type ParcelFilter } from '../ledger/parcel-repository.ts';

export interface ExportedOutline {
  code: string;
  name: string;
  enterprise: string | null;
  areaM2: number | null;
  stage: string;
  /** MultiPolygon GeoJSON in EPSG:4490, rings in the requested orientation */
  geometry: string | null;
}

/**
 * The parcels of a ledger list filter with their outlines, in the list's order.
 * GeoJSON (RFC 7946) wants outer rings counter-clockwise, shapefiles clockwise.
 */
export async function filteredOutlines(
  db: Queryable,
  scope: Scope,
  filter: ParcelFilter,
  sort: keyof typeof parcelSortColumns,
  order: 'asc' | 'desc',
  rings: 'CCW' | 'CW',
): Promise<ExportedOutline[]> {
  const params: unknown[] = [];
  const where = parcelFilterSql(scope, filter, params);
  const force = rings === 'CCW' ? 'ST_ForcePolygonCCW' : 'ST_ForcePolygonCW';
  const { rows } = await db.query<ExportedOutline>(
    `SELECT p.code, p.name, e.name AS enterprise, p.area_m2 AS "areaM2", p.stage,
            ST_AsGeoJSON(${force}(p.geom), 9, 0) AS geometry
       FROM parcels p
       LEFT JOIN enterprises e ON e.jurisdiction_code = p.jurisdiction_code AND e.id = p.enterprise_id
       LEFT JOIN parcel_contracts c ON c.jurisdiction_code = p.jurisdiction_code AND c.parcel_id = p.id AND c.superseded_at IS NULL
      WHERE ${where}
      ORDER BY ${parcelSortColumns[sort]} ${order === 'desc' ? 'DESC' : 'ASC'} NULLS LAST, p.code ASC, p.jurisdiction_code ASC`,
    params,
  );
  return rows.map((r) => ({ ...r, areaM2: r.areaM2 === null ? null : Number(r.areaM2) }));
}
