import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/database.ts';
import { insertJsonRows } from '../../db/sql.ts';
import type { ImportReport } from './report.ts';

/** The SQL of an applied geometry import. */

export interface CurrentOutline {
  id: string;
  version: number;
  geometry: string | null;
}

/** Locks the parcels to be redrawn and reads their outline and version. */
export async function lockParcels(tx: Queryable, jurisdictionCode: string, ids: string[]): Promise<CurrentOutline[]> {
  const { rows } = await tx.query<CurrentOutline>(
    `SELECT id, version, ST_AsGeoJSON(geom, 9, 0) AS geometry FROM parcels
      WHERE jurisdiction_code = $1 AND id = ANY($2::uuid[]) AND closed_at IS NULL
      ORDER BY id FOR UPDATE`,
    [jurisdictionCode, ids],
  );
  return rows;
}

export async function writeOutlines(
  tx: Queryable,
  jurisdictionCode: string,
  writes: Array<{ id: string; geometry: string; version: number }>,
  actorId: string | null,
): Promise<void> {
  if (writes.length === 0) return;
  await tx.query(
    `UPDATE parcels p SET geom = ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(w.geometry), 4490)), version = w.version,
            updated_at = now(), updated_by = $3
       FROM json_to_recordset($2::json) AS w(id uuid, geometry text, version int)
      WHERE p.jurisdiction_code = $1 AND p.id = w.id`,
    [jurisdictionCode, JSON.stringify(writes), actorId],
  );
}

/** Closes the open footprints of the parcels touched, so that a re-import replaces rather than doubles them. */
export async function closeFootprints(tx: Queryable, jurisdictionCode: string, parcelIds: string[]): Promise<number> {
  const { rows } = await tx.query<{ n: number }>(
    `WITH closed AS (
       UPDATE building_footprints SET closed_at = now()
        WHERE jurisdiction_code = $1 AND parcel_id = ANY($2::uuid[]) AND closed_at IS NULL RETURNING 1)
     SELECT count(*)::int AS n FROM closed`,
    [jurisdictionCode, parcelIds],
  );
  return rows[0]!.n;
}

export async function insertFootprints(
  tx: Queryable,
  jurisdictionCode: string,
  importId: string,
  footprints: Array<{ parcelId: string; sourceRef: string | null; geometry: string }>,
  actorId: string | null,
): Promise<void> {
  await insertJsonRows(
    tx,
    'building_footprints',
    [
      { name: 'jurisdiction_code', type: 'text' },
      { name: 'id', type: 'uuid' },
      { name: 'parcel_id', type: 'uuid' },
      { name: 'source_ref', type: 'text' },
      { name: 'import_id', type: 'uuid' },
      { name: 'geom', type: 'text', wrap: (v) => `ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${v}), 4490))` },
      { name: 'created_by', type: 'uuid' },
    ],
    footprints.map((f) => [jurisdictionCode, randomUUID(), f.parcelId, f.sourceRef, importId, f.geometry, actorId]),
  );
}

export async function insertImport(
  tx: Queryable,
  row: { jurisdictionCode: string; id: string; report: ImportReport; actorId: string | null },
): Promise<void> {
  const r = row.report;
  await tx.query(
    `INSERT INTO geometry_imports (jurisdiction_code, id, kind, file_name, format, source_srid, feature_count, report, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9)`,
    [row.jurisdictionCode, row.id, r.kind, r.fileName, r.format, r.srid, r.featureCount, JSON.stringify(r), row.actorId],
  );
}

export interface ImportListRow {
  id: string;
  jurisdictionCode: string;
  kind: string;
  fileName: string;
  format: string;
  sourceSrid: number;
  featureCount: number;
  matchedCount: number;
  crsReason: string;
  createdAt: string;
  createdByName: string | null;
}

export async function listImports(db: Queryable, jurisdictionCodes: string[]): Promise<ImportListRow[]> {
  const { rows } = await db.query<ImportListRow>(
    `SELECT g.id, g.jurisdiction_code AS "jurisdictionCode", g.kind, g.file_name AS "fileName", g.format,
            g.source_srid AS "sourceSrid", g.feature_count AS "featureCount",
            jsonb_array_length(coalesce(g.report->'matched', '[]'::jsonb)) AS "matchedCount",
            coalesce(g.report->>'crsReason', '') AS "crsReason",
            g.created_at AS "createdAt", u.display_name AS "createdByName"
       FROM geometry_imports g LEFT JOIN users u ON u.id = g.created_by
      WHERE g.jurisdiction_code = ANY($1)
      ORDER BY g.created_at DESC, g.id
      LIMIT 500`,
    [jurisdictionCodes],
  );
  return rows;
}
