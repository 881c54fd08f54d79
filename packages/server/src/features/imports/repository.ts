import { contractFields, enterpriseFields, yearFields, type FieldDef, type FieldValue } from '@panhuo/domain';
import type { Queryable } from '../../db/database.ts';
import type { Scope } from '../../auth/actor.ts';
import { parcelFilterSql, parcelSortColumns, type ParcelFilter } from '../ledger/parcel-repository.ts';

/** The SQL of the import's look-ups and of the export. */

export async function activeZones(db: Queryable, jurisdictionCode: string): Promise<Array<{ id: string; name: string }>> {
  const { rows } = await db.query<{ id: string; name: string }>(
    'SELECT id, name FROM zones WHERE jurisdiction_code = $1 AND closed_at IS NULL ORDER BY name',
    [jurisdictionCode],
  );
  return rows;
}

export async function existingParcelCodes(db: Queryable, jurisdictionCode: string, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const { rows } = await db.query<{ code: string }>(
    'SELECT code FROM parcels WHERE jurisdiction_code = $1 AND code = ANY($2::text[]) AND closed_at IS NULL',
    [jurisdictionCode, codes],
  );
  return new Set(rows.map((r) => r.code));
}

export interface JurisdictionRow {
  code: string;
  name: string;
  level: string;
}

export async function findJurisdiction(db: Queryable, code: string): Promise<JurisdictionRow | undefined> {
  const { rows } = await db.query<JurisdictionRow>('SELECT code, name, level FROM jurisdictions WHERE code = $1', [code]);
  return rows[0];
}

export async function countyJurisdictions(db: Queryable): Promise<JurisdictionRow[]> {
  const { rows } = await db.query<JurisdictionRow>(`SELECT code, name, level FROM jurisdictions WHERE level = 'COUNTY' ORDER BY code`);
  return rows;
}

// ---- export -----------------------------------------------------------------------

export interface ExportedParcel {
  id: string;
  jurisdictionCode: string;
}

const FROM_FILTERED = `FROM parcels p
    LEFT JOIN enterprises e ON e.jurisdiction_code = p.jurisdiction_code AND e.id = p.enterprise_id
    LEFT JOIN parcel_contracts c ON c.jurisdiction_code = p.jurisdiction_code AND c.parcel_id = p.id AND c.superseded_at IS NULL`;

/** The parcels of a list filter, in the list's order. */
export async function filteredParcels(
  db: Queryable,
  scope: Scope,
  filter: ParcelFilter,
  sort: keyof typeof parcelSortColumns,
  order: 'asc' | 'desc',
): Promise<ExportedParcel[]> {
  const params: unknown[] = [];
  const where = parcelFilterSql(scope, filter, params);
  const { rows } = await db.query<ExportedParcel>(
    `SELECT p.id, p.jurisdiction_code AS "jurisdictionCode" ${FROM_FILTERED} WHERE ${where}
      ORDER BY ${parcelSortColumns[sort]} ${order === 'desc' ? 'DESC' : 'ASC'} NULLS LAST, p.code ASC, p.jurisdiction_code ASC`,
    params,
  );
  return rows;
}

/** The enterprises using the parcels of a list filter, by name. */
export async function filteredEnterprises(db: Queryable, scope: Scope, filter: ParcelFilter): Promise<Array<Record<string, FieldValue>>> {
  const params: unknown[] = [];
  const where = parcelFilterSql(scope, filter, params);
  const { rows } = await db.query<Record<string, FieldValue>>(
    `SELECT ${selectList('ent', enterpriseFields)} FROM enterprises ent
      WHERE ent.closed_at IS NULL AND EXISTS (
        SELECT 1 ${FROM_FILTERED} WHERE ${where} AND p.jurisdiction_code = ent.jurisdiction_code AND p.enterprise_id = ent.id)
      ORDER BY ent.name, ent.uscc NULLS LAST`,
    params,
  );
  return rows;
}

const selectList = (alias: string, defs: FieldDef[]) => defs.map((d) => `${alias}.${d.column} AS "${d.key}"`).join(', ');

/** Rows keyed by catalogue key; `_id` is the parcel's id, used to keep the list's order. */
type IdRow = Record<string, FieldValue> & { _id: string };

const chunkWhere = 'p.jurisdiction_code = ANY($1) AND p.id = ANY($2)';
const chunkParams = (chunk: ExportedParcel[]) => [[...new Set(chunk.map((p) => p.jurisdictionCode))], chunk.map((p) => p.id)];

/** The given parcel fields of a chunk of parcels, with the zone, the enterprise and the jurisdiction. */
export async function parcelRows(db: Queryable, chunk: ExportedParcel[], defs: FieldDef[]): Promise<IdRow[]> {
  const { rows } = await db.query<IdRow>(
    `SELECT p.id AS "_id", p.code AS "parcelCode", ${selectList('p', defs)}, z.name AS "zoneName",
            e.uscc AS "enterpriseUscc", e.name AS "enterpriseName", p.jurisdiction_code AS "jurisdictionCode"
       FROM parcels p
       LEFT JOIN zones z ON z.jurisdiction_code = p.jurisdiction_code AND z.id = p.zone_id
       LEFT JOIN enterprises e ON e.jurisdiction_code = p.jurisdiction_code AND e.id = p.enterprise_id
      WHERE ${chunkWhere}`,
    chunkParams(chunk),
  );
  return inChunkOrder(chunk, rows);
}

export async function contractRows(db: Queryable, chunk: ExportedParcel[]): Promise<IdRow[]> {
  const { rows } = await db.query<IdRow>(
    `SELECT p.id AS "_id", p.code AS "parcelCode", ${selectList('c', contractFields)}
       FROM parcels p JOIN parcel_contracts c
         ON c.jurisdiction_code = p.jurisdiction_code AND c.parcel_id = p.id AND c.superseded_at IS NULL
      WHERE ${chunkWhere}`,
    chunkParams(chunk),
  );
  return inChunkOrder(chunk, rows);
}

export async function yearRows(db: Queryable, chunk: ExportedParcel[]): Promise<IdRow[]> {
  const { rows } = await db.query<IdRow>(
    `SELECT p.id AS "_id", p.code AS "parcelCode", ${selectList('y', yearFields)}
       FROM parcels p JOIN parcel_years y ON y.jurisdiction_code = p.jurisdiction_code AND y.parcel_id = p.id
      WHERE ${chunkWhere}
      ORDER BY y.year`,
    chunkParams(chunk),
  );
  return inChunkOrder(chunk, rows);
}

/** Puts rows in the order of the chunk (stable, so a parcel's years stay in year order). */
function inChunkOrder(chunk: ExportedParcel[], rows: IdRow[]): IdRow[] {
  const position = new Map(chunk.map((p, i) => [p.id, i]));
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => position.get(a.row._id)! - position.get(b.row._id)! || a.i - b.i)
    .map((x) => x.row);
}
