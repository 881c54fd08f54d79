import type { Queryable } from '../../db/database.ts';
import { gkSridSql } from './checks-repository.ts';

/**
 * Removes strips narrower than 2 cm (a morphological opening, square corners kept): the
 * floating-point slivers an overlay leaves along shared edges would otherwise join two
 * pieces a building separates.
 */
const openedSql = (g: string) => `ST_Buffer(ST_Buffer(${g}, -0.01, 'join=mitre'), 0.01, 'join=mitre')`;

export interface MeasuredAreas {
  srid: number;
  recordedParcelAreaM2: number;
  computedParcelAreaM2: number;
  footprintM2: number;
  largestVacantM2: number;
  footprintCount: number;
}

/**
 * Measures one parcel from its open building footprints, in metres of its GK zone: the
 * footprints' union clipped to the parcel, and the largest piece of the parcel left once
 * the footprints grown by `setbackM` are cut out. Null when the parcel has no outline.
 */
export async function measureSite(db: Queryable, jurisdictionCode: string, parcelId: string, setbackM: number): Promise<MeasuredAreas | null> {
  const { rows } = await db.query<MeasuredAreas>(
    `WITH p AS (
       SELECT ST_Transform(ST_MakeValid(geom), ${gkSridSql('geom')}) AS parcel, ${gkSridSql('geom')} AS srid, area_m2::float8 AS recorded
         FROM parcels WHERE jurisdiction_code = $1 AND id = $2 AND geom IS NOT NULL
     ), f AS (
       SELECT ST_Union(ST_Transform(ST_MakeValid(b.geom), p.srid)) AS footprints, count(*)::int AS n
         FROM building_footprints b, p
        WHERE b.jurisdiction_code = $1 AND b.parcel_id = $2 AND b.closed_at IS NULL
     ), built AS (
       SELECT p.*, f.n,
              CASE WHEN f.footprints IS NULL THEN NULL ELSE ST_CollectionExtract(ST_Intersection(f.footprints, p.parcel), 3) END AS built
         FROM p, f
     )
     SELECT srid, recorded AS "recordedParcelAreaM2", ST_Area(parcel) AS "computedParcelAreaM2",
            coalesce(ST_Area(built), 0) AS "footprintM2", n AS "footprintCount",
            coalesce((SELECT max(ST_Area(d.geom))
                        FROM ST_Dump(CASE WHEN built IS NULL OR ST_IsEmpty(built) THEN parcel
                                          ELSE ${openedSql('ST_Difference(parcel, ST_Buffer(built, $3))')} END) d), 0) AS "largestVacantM2"
       FROM built`,
    [jurisdictionCode, parcelId, setbackM],
  );
  return rows[0] ?? null;
}

export async function writeMeasurementRecord(tx: Queryable, jurisdictionCode: string, parcelId: string, measuredOn: string, record: unknown): Promise<void> {
  await tx.query(
    'UPDATE parcels SET site_measured_on = $3, site_measurement = $4::jsonb WHERE jurisdiction_code = $1 AND id = $2',
    [jurisdictionCode, parcelId, measuredOn, JSON.stringify(record)],
  );
}

/** Parcels of the scope that have at least one open footprint, for the batch measurement. */
export async function parcelsWithFootprints(db: Queryable, where: { jurisdictionCodes: string[]; zoneId: string | null; ids: string[] | null }): Promise<Array<{ id: string; jurisdictionCode: string }>> {
  const { rows } = await db.query<{ id: string; jurisdictionCode: string }>(
    `SELECT p.id, p.jurisdiction_code AS "jurisdictionCode" FROM parcels p
      WHERE p.jurisdiction_code = ANY($1) AND p.closed_at IS NULL AND p.geom IS NOT NULL
        AND ($2::uuid IS NULL OR p.zone_id = $2) AND ($3::uuid[] IS NULL OR p.id = ANY($3))
        AND EXISTS (SELECT 1 FROM building_footprints b
                     WHERE b.jurisdiction_code = p.jurisdiction_code AND b.parcel_id = p.id AND b.closed_at IS NULL)
      ORDER BY p.code`,
    [where.jurisdictionCodes, where.zoneId, where.ids],
  );
  return rows;
}
