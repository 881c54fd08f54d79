import { randomUUID } from 'node:crypto';
import { contractFields, parcelFields, yearFields, type FieldValue } from '@panhuo/domain';
import type { Queryable } from '../../db/database.ts';
import { geometryFromGeoJson, insertJsonRows, sqlTypeOf, type JsonColumn } from '../../db/sql.ts';
import type { Scope } from '../../auth/actor.ts';
import type { ParcelState } from './parcel-state.ts';

export interface StoredParcel {
  id: string;
  jurisdictionCode: string;
  version: number;
  stage: string;
  createdAt: string;
  updatedAt: string;
  /** when the site facts were last measured from geometry, and how (the map's site measurement) */
  siteMeasuredOn: string | null;
  siteMeasurement: Record<string, unknown> | null;
  state: ParcelState;
}

const parcelSelect = parcelFields.map((d) => `p.${d.column} AS "${d.key}"`).join(', ');
const contractSelect = contractFields.map((d) => `c.${d.column} AS "${d.key}"`).join(', ');
const yearSelect = yearFields.map((d) => `y.${d.column} AS "${d.key}"`).join(', ');

type ParcelRow = Record<string, FieldValue> & {
  _id: string;
  _jurisdiction: string;
  _version: number;
  _stage: string;
  _createdAt: string;
  _updatedAt: string;
  _zoneId: string | null;
  _zoneName: string | null;
  _enterpriseId: string | null;
  _enterpriseName: string | null;
  _geometry: string | null;
  _siteMeasuredOn: string | null;
  _siteMeasurement: Record<string, unknown> | null;
};

/** Loads parcels with everything they hold, by id or by code, within one jurisdiction set. */
export async function loadParcels(
  db: Queryable,
  where: { jurisdictionCodes: string[]; zoneId?: string | null; ids?: string[]; codes?: string[] },
): Promise<StoredParcel[]> {
  const { rows } = await db.query<ParcelRow>(
    `SELECT ${parcelSelect}, p.id AS "_id", p.jurisdiction_code AS "_jurisdiction", p.version AS "_version",
            p.stage AS "_stage", p.created_at AS "_createdAt", p.updated_at AS "_updatedAt",
            p.zone_id AS "_zoneId", z.name AS "_zoneName", p.enterprise_id AS "_enterpriseId",
            e.name AS "_enterpriseName", ST_AsGeoJSON(p.geom, 9, 0) AS "_geometry",
            p.site_measured_on AS "_siteMeasuredOn", p.site_measurement AS "_siteMeasurement"
       FROM parcels p
       LEFT JOIN zones z ON z.jurisdiction_code = p.jurisdiction_code AND z.id = p.zone_id
       LEFT JOIN enterprises e ON e.jurisdiction_code = p.jurisdiction_code AND e.id = p.enterprise_id
      WHERE p.jurisdiction_code = ANY($1) AND p.closed_at IS NULL
        AND ($2::uuid IS NULL OR p.zone_id = $2)
        AND ($3::uuid[] IS NULL OR p.id = ANY($3))
        AND ($4::text[] IS NULL OR p.code = ANY($4))`,
    [where.jurisdictionCodes, where.zoneId ?? null, where.ids ?? null, where.codes ?? null],
  );
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r._id);
  const codes = where.jurisdictionCodes;
  const contracts = await db.query<Record<string, FieldValue> & { _parcelId: string }>(
    `SELECT ${contractSelect}, c.parcel_id AS "_parcelId" FROM parcel_contracts c
      WHERE c.jurisdiction_code = ANY($1) AND c.parcel_id = ANY($2) AND c.superseded_at IS NULL`,
    [codes, ids],
  );
  const years = await db.query<Record<string, FieldValue> & { _parcelId: string }>(
    `SELECT ${yearSelect}, y.parcel_id AS "_parcelId" FROM parcel_years y
      WHERE y.jurisdiction_code = ANY($1) AND y.parcel_id = ANY($2) ORDER BY y.year`,
    [codes, ids],
  );
  const contractOf = new Map(contracts.rows.map(({ _parcelId, ...c }) => [_parcelId, c]));
  const yearsOf = new Map<string, Map<number, Record<string, FieldValue>>>();
  for (const { _parcelId, ...y } of years.rows) {
    if (!yearsOf.has(_parcelId)) yearsOf.set(_parcelId, new Map());
    yearsOf.get(_parcelId)!.set(y.year as number, y);
  }
  return rows.map((r) => {
    const fields: Record<string, FieldValue> = {};
    for (const d of parcelFields) fields[d.key] = r[d.key] ?? null;
    return {
      id: r._id,
      jurisdictionCode: r._jurisdiction,
      version: r._version,
      stage: r._stage,
      createdAt: r._createdAt,
      updatedAt: r._updatedAt,
      siteMeasuredOn: r._siteMeasuredOn,
      siteMeasurement: r._siteMeasurement ?? null,
      state: {
        fields,
        zoneId: r._zoneId,
        zoneName: r._zoneName,
        enterpriseId: r._enterpriseId,
        enterpriseName: r._enterpriseName,
        contract: contractOf.get(r._id) ?? null,
        years: yearsOf.get(r._id) ?? new Map(),
        geometry: r._geometry,
      },
    };
  });
}

export interface ParcelWrite {
  id: string;
  state: ParcelState;
  stage: string;
  /** the version the row has after this write */
  version: number;
}

const parcelColumns: JsonColumn[] = [
  { name: 'jurisdiction_code', type: 'text' },
  { name: 'id', type: 'uuid' },
  ...parcelFields.map((d) => ({ name: d.column, type: sqlTypeOf(d.type) })),
  { name: 'zone_id', type: 'uuid' },
  { name: 'enterprise_id', type: 'uuid' },
  { name: 'geom', type: 'text', wrap: geometryFromGeoJson },
  { name: 'stage', type: 'text' },
  { name: 'version', type: 'integer' },
  { name: 'created_by', type: 'uuid' },
  { name: 'updated_by', type: 'uuid' },
];
const parcelUpdateSet = parcelColumns
  .filter((c) => !['jurisdiction_code', 'id', 'created_by'].includes(c.name))
  .map((c) => `${c.name} = excluded.${c.name}`)
  .concat('updated_at = now()')
  .join(', ');

const contractColumns: JsonColumn[] = [
  { name: 'jurisdiction_code', type: 'text' },
  { name: 'id', type: 'uuid' },
  { name: 'parcel_id', type: 'uuid' },
  ...contractFields.map((d) => ({ name: d.column, type: sqlTypeOf(d.type) })),
];
const yearColumns: JsonColumn[] = [
  { name: 'jurisdiction_code', type: 'text' },
  { name: 'parcel_id', type: 'uuid' },
  ...yearFields.map((d) => ({ name: d.column, type: sqlTypeOf(d.type) })),
];

/** Inserts new parcels and overwrites changed ones (their version already incremented). */
export async function writeParcels(tx: Queryable, jurisdictionCode: string, writes: ParcelWrite[], actorId: string | null): Promise<void> {
  await insertJsonRows(
    tx,
    'parcels',
    parcelColumns,
    writes.map((w) => [
      jurisdictionCode,
      w.id,
      ...parcelFields.map((d) => w.state.fields[d.key] ?? null),
      w.state.zoneId,
      w.state.enterpriseId,
      w.state.geometry,
      w.stage,
      w.version,
      actorId,
      actorId,
    ]),
    `ON CONFLICT (jurisdiction_code, id) DO UPDATE SET ${parcelUpdateSet}`,
  );
  await insertJsonRows(
    tx,
    'parcel_contracts',
    contractColumns,
    writes
      .filter((w) => w.state.contract !== null)
      .map((w) => [jurisdictionCode, randomUUID(), w.id, ...contractFields.map((d) => w.state.contract![d.key] ?? null)]),
    `ON CONFLICT (jurisdiction_code, parcel_id) WHERE superseded_at IS NULL
     DO UPDATE SET ${contractFields.map((d) => `${d.column} = excluded.${d.column}`).join(', ')}`,
  );
  await insertJsonRows(
    tx,
    'parcel_years',
    yearColumns,
    writes.flatMap((w) => [...w.state.years.values()].map((y) => [jurisdictionCode, w.id, ...yearFields.map((d) => y[d.key] ?? null)])),
    `ON CONFLICT (jurisdiction_code, parcel_id, year)
     DO UPDATE SET ${yearFields.filter((d) => d.key !== 'year').map((d) => `${d.column} = excluded.${d.column}`).join(', ')}`,
  );
}

/** Removes the yearly figures of one parcel that are no longer in its state (an edit removed them). */
export async function deleteYearsNotIn(tx: Queryable, jurisdictionCode: string, parcelId: string, keep: number[]): Promise<void> {
  await tx.query(
    `DELETE FROM parcel_years WHERE jurisdiction_code = $1 AND parcel_id = $2 AND NOT (year = ANY($3::int[]))`,
    [jurisdictionCode, parcelId, keep],
  );
}

export interface ParcelFilter {
  q?: string;
  jurisdictionCode?: string;
  zoneId?: string;
  enterpriseId?: string;
  plannedUse?: string;
  stage?: string;
  areaMin?: number;
  areaMax?: number;
  /** GeoJSON Polygon text in EPSG:4490, already checked by the list query's schema */
  within?: string;
}

/**
 * The WHERE clause of a parcel search over `parcels p` (joined with `enterprises e`),
 * always restricted to the actor's scope. Pushes its parameters onto `params`.
 */
export function parcelFilterSql(scope: Scope, filter: ParcelFilter, params: unknown[]): string {
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where = [`p.jurisdiction_code = ANY(${p(scope.codes)})`, 'p.closed_at IS NULL'];
  if (scope.zoneId) where.push(`p.zone_id = ${p(scope.zoneId)}`);
  if (filter.jurisdictionCode) where.push(`p.jurisdiction_code = ${p(filter.jurisdictionCode)}`);
  if (filter.zoneId) where.push(`p.zone_id = ${p(filter.zoneId)}`);
  if (filter.enterpriseId) where.push(`p.enterprise_id = ${p(filter.enterpriseId)}`);
  if (filter.plannedUse) where.push(`p.planned_use = ${p(filter.plannedUse)}`);
  if (filter.stage) where.push(`p.stage = ${p(filter.stage)}`);
  if (filter.areaMin !== undefined) where.push(`p.area_m2 >= ${p(filter.areaMin)}`);
  if (filter.areaMax !== undefined) where.push(`p.area_m2 <= ${p(filter.areaMax)}`);
  // MakeValid: a hand-drawn selection may cross itself; the gist index still serves p.geom
  if (filter.within) where.push(`ST_Intersects(p.geom, ST_MakeValid(ST_SetSRID(ST_GeomFromGeoJSON(${p(filter.within)}::text), 4490)))`);
  if (filter.q) {
    const like = p(`%${filter.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`);
    where.push(`(p.code ILIKE ${like} OR p.name ILIKE ${like} OR p.location ILIKE ${like} OR e.name ILIKE ${like})`);
  }
  return where.join(' AND ');
}

export interface ParcelSummaryRow {
  id: string;
  jurisdictionCode: string;
  code: string;
  name: string;
  location: string | null;
  plannedUse: string | null;
  area_m2: number;
  stage: string;
  zoneId: string | null;
  zoneName: string | null;
  enterpriseId: string | null;
  enterpriseName: string | null;
  enterpriseUscc: string | null;
  agreedStartDate: string | null;
  operationsStatus: string | null;
  version: number;
  updatedAt: string;
}

export const parcelSortColumns = {
  code: 'p.code',
  name: 'p.name',
  area_m2: 'p.area_m2',
  stage: 'p.stage',
  updatedAt: 'p.updated_at',
  agreedStartDate: 'c.agreed_start_date',
} as const;

export async function searchParcels(
  db: Queryable,
  scope: Scope,
  filter: ParcelFilter,
  page: { page: number; pageSize: number; sort: keyof typeof parcelSortColumns; order: 'asc' | 'desc' },
): Promise<{ items: ParcelSummaryRow[]; total: number }> {
  const params: unknown[] = [];
  const where = parcelFilterSql(scope, filter, params);
  const from = `FROM parcels p
    LEFT JOIN enterprises e ON e.jurisdiction_code = p.jurisdiction_code AND e.id = p.enterprise_id
    LEFT JOIN zones z ON z.jurisdiction_code = p.jurisdiction_code AND z.id = p.zone_id
    LEFT JOIN parcel_contracts c ON c.jurisdiction_code = p.jurisdiction_code AND c.parcel_id = p.id AND c.superseded_at IS NULL`;
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n ${from} WHERE ${where}`, params);
  const order = `${parcelSortColumns[page.sort]} ${page.order === 'desc' ? 'DESC' : 'ASC'} NULLS LAST, p.code ASC`;
  const { rows } = await db.query<ParcelSummaryRow>(
    `SELECT p.id, p.jurisdiction_code AS "jurisdictionCode", p.code, p.name, p.location,
            p.planned_use AS "plannedUse", p.area_m2, p.stage, p.zone_id AS "zoneId", z.name AS "zoneName",
            p.enterprise_id AS "enterpriseId", e.name AS "enterpriseName", e.uscc AS "enterpriseUscc",
            c.agreed_start_date AS "agreedStartDate", p.operations_status AS "operationsStatus",
            p.version, p.updated_at AS "updatedAt"
       ${from} WHERE ${where} ORDER BY ${order}
      LIMIT ${Number(page.pageSize)} OFFSET ${(Number(page.page) - 1) * Number(page.pageSize)}`,
    params,
  );
  return { items: rows, total: total.rows[0]!.n };
}
