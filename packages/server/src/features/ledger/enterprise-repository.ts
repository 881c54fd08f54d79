import { enterpriseFields, type FieldValue } from '@panhuo/domain';
import type { Queryable } from '../../db/database.ts';
import { insertJsonRows, sqlTypeOf, type JsonColumn } from '../../db/sql.ts';
import type { Scope } from '../../auth/actor.ts';

export interface StoredEnterprise {
  id: string;
  jurisdictionCode: string;
  version: number;
  fields: Record<string, FieldValue>;
  parcelCount: number;
  updatedAt: string;
}

const select = enterpriseFields.map((d) => `e.${d.column} AS "${d.key}"`).join(', ');

type Row = Record<string, FieldValue> & { _id: string; _jurisdiction: string; _version: number; _parcels: number; _updatedAt: string };

const toStored = (r: Row): StoredEnterprise => ({
  id: r._id,
  jurisdictionCode: r._jurisdiction,
  version: r._version,
  parcelCount: r._parcels,
  updatedAt: r._updatedAt,
  fields: Object.fromEntries(enterpriseFields.map((d) => [d.key, r[d.key] ?? null])),
});

const baseQuery = `SELECT ${select}, e.id AS "_id", e.jurisdiction_code AS "_jurisdiction", e.version AS "_version",
    e.updated_at AS "_updatedAt",
    (SELECT count(*)::int FROM parcels p WHERE p.jurisdiction_code = e.jurisdiction_code
        AND p.enterprise_id = e.id AND p.closed_at IS NULL) AS "_parcels"
  FROM enterprises e`;

export async function loadEnterprises(
  db: Queryable,
  where: { jurisdictionCodes: string[]; ids?: string[]; usccs?: string[]; names?: string[] },
): Promise<StoredEnterprise[]> {
  const { rows } = await db.query<Row>(
    `${baseQuery} WHERE e.jurisdiction_code = ANY($1) AND e.closed_at IS NULL
       AND (($2::uuid[] IS NULL AND $3::text[] IS NULL AND $4::text[] IS NULL)
            OR e.id = ANY($2) OR e.uscc = ANY($3) OR e.name = ANY($4))`,
    [where.jurisdictionCodes, where.ids ?? null, where.usccs ?? null, where.names ?? null],
  );
  return rows.map(toStored);
}

export async function searchEnterprises(
  db: Queryable,
  scope: Scope,
  filter: { q?: string; jurisdictionCode?: string },
  page: { page: number; pageSize: number },
): Promise<{ items: StoredEnterprise[]; total: number }> {
  const params: unknown[] = [scope.codes];
  const where = ['e.jurisdiction_code = ANY($1)', 'e.closed_at IS NULL'];
  if (scope.zoneId) {
    params.push(scope.zoneId);
    where.push(`EXISTS (SELECT 1 FROM parcels p WHERE p.jurisdiction_code = e.jurisdiction_code
                 AND p.enterprise_id = e.id AND p.zone_id = $${params.length})`);
  }
  if (filter.jurisdictionCode) {
    params.push(filter.jurisdictionCode);
    where.push(`e.jurisdiction_code = $${params.length}`);
  }
  if (filter.q) {
    params.push(`%${filter.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`);
    where.push(`(e.name ILIKE $${params.length} OR e.uscc ILIKE $${params.length})`);
  }
  const w = where.join(' AND ');
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM enterprises e WHERE ${w}`, params);
  const { rows } = await db.query<Row>(
    `${baseQuery} WHERE ${w} ORDER BY e.name LIMIT ${Number(page.pageSize)} OFFSET ${(Number(page.page) - 1) * Number(page.pageSize)}`,
    params,
  );
  return { items: rows.map(toStored), total: total.rows[0]!.n };
}

const columns: JsonColumn[] = [
  { name: 'jurisdiction_code', type: 'text' },
  { name: 'id', type: 'uuid' },
  ...enterpriseFields.map((d) => ({ name: d.column, type: sqlTypeOf(d.type) })),
  { name: 'version', type: 'integer' },
  { name: 'created_by', type: 'uuid' },
  { name: 'updated_by', type: 'uuid' },
];
const updateSet = columns
  .filter((c) => !['jurisdiction_code', 'id', 'created_by'].includes(c.name))
  .map((c) => `${c.name} = excluded.${c.name}`)
  .concat('updated_at = now()')
  .join(', ');

export interface EnterpriseWrite {
  id: string;
  fields: Record<string, FieldValue>;
  version: number;
}

export async function writeEnterprises(tx: Queryable, jurisdictionCode: string, writes: EnterpriseWrite[], actorId: string | null): Promise<void> {
  await insertJsonRows(
    tx,
    'enterprises',
    columns,
    writes.map((w) => [jurisdictionCode, w.id, ...enterpriseFields.map((d) => w.fields[d.key] ?? null), w.version, actorId, actorId]),
    `ON CONFLICT (jurisdiction_code, id) DO UPDATE SET ${updateSet}`,
  );
}
