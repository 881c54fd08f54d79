import { contractFields, enterpriseFields, ledgerRecordToFacts, parcelFields, yearFields, type FieldValue, type ParcelFacts } from '@panhuo/domain';
import type { Queryable } from '../../db/database.ts';

/**
 * The ledger of one jurisdiction as `panhuo.parcel-facts/1` parcels: every open parcel
 * with its contract in force, its yearly figures, its enterprise and its zone, mapped
 * through the catalogue's `factsPath` by the domain's `ledgerRecordToFacts`. Two queries
 * over the whole jurisdiction (no geometry, no per-parcel lookups) so that a run over
 * 100,000 parcels reads fast.
 */
export interface LedgerParcel {
  parcelId: string;
  code: string;
  name: string;
  zoneId: string | null;
  zoneName: string | null;
  enterpriseName: string | null;
  area_m2: number;
  facts: ParcelFacts;
}

const parcelSelect = parcelFields.map((d) => `p.${d.column} AS "p_${d.key}"`).join(', ');
const contractSelect = contractFields.map((d) => `c.${d.column} AS "c_${d.key}"`).join(', ');
const enterpriseSelect = enterpriseFields.map((d) => `e.${d.column} AS "e_${d.key}"`).join(', ');
const yearSelect = yearFields.map((d) => `y.${d.column} AS "${d.key}"`).join(', ');

type Row = Record<string, FieldValue> & { _id: string; _zoneId: string | null; _zoneName: string | null; _hasContract: boolean; _hasEnterprise: boolean };

function pick(row: Row, prefix: string, keys: Array<{ key: string }>): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const { key } of keys) out[key] = row[prefix + key] ?? null;
  return out;
}

export async function loadLedgerFacts(db: Queryable, jurisdictionCode: string, zoneId: string | null = null): Promise<LedgerParcel[]> {
  const { rows } = await db.query<Row>(
    `SELECT ${parcelSelect}, ${contractSelect}, ${enterpriseSelect},
            p.id AS "_id", p.zone_id AS "_zoneId", z.name AS "_zoneName",
            c.parcel_id IS NOT NULL AS "_hasContract", e.id IS NOT NULL AS "_hasEnterprise"
       FROM parcels p
       LEFT JOIN zones z ON z.jurisdiction_code = p.jurisdiction_code AND z.id = p.zone_id
       LEFT JOIN enterprises e ON e.jurisdiction_code = p.jurisdiction_code AND e.id = p.enterprise_id
       LEFT JOIN parcel_contracts c ON c.jurisdiction_code = p.jurisdiction_code AND c.parcel_id = p.id AND c.superseded_at IS NULL
      WHERE p.jurisdiction_code = $1 AND p.closed_at IS NULL AND ($2::uuid IS NULL OR p.zone_id = $2)
      ORDER BY p.code`,
    [jurisdictionCode, zoneId],
  );
  const years = await db.query<Record<string, FieldValue> & { _parcelId: string }>(
    `SELECT ${yearSelect}, y.parcel_id AS "_parcelId" FROM parcel_years y
       JOIN parcels p ON p.jurisdiction_code = y.jurisdiction_code AND p.id = y.parcel_id AND p.closed_at IS NULL
      WHERE y.jurisdiction_code = $1 AND ($2::uuid IS NULL OR p.zone_id = $2)
      ORDER BY y.parcel_id, y.year`,
    [jurisdictionCode, zoneId],
  );
  const yearsOf = new Map<string, Array<Record<string, FieldValue>>>();
  for (const { _parcelId, ...y } of years.rows) {
    let list = yearsOf.get(_parcelId);
    if (!list) yearsOf.set(_parcelId, (list = []));
    list.push(y);
  }
  return rows.map((r) => {
    const values = pick(r, 'p_', parcelFields);
    const enterprise = r._hasEnterprise ? { values: pick(r, 'e_', enterpriseFields) } : null;
    const facts = ledgerRecordToFacts(
      {
        values,
        zoneName: r._zoneName,
        contract: r._hasContract ? pick(r, 'c_', contractFields) : null,
        years: yearsOf.get(r._id) ?? [],
      },
      enterprise,
    );
    return {
      parcelId: r._id,
      code: String(values.code),
      name: String(values.name),
      zoneId: r._zoneId,
      zoneName: r._zoneName,
      enterpriseName: enterprise ? (enterprise.values.name as string | null) : null,
      area_m2: Number(values.area_m2),
      facts,
    };
  });
}
