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

const parcelSelect = parcelFields.map((d) => `p.${d.column} AS "${d.key}"`).join(', ');
const contractSelect = contractFields.map((d) => `c.${d.column} AS "${d.key}"`).join(', ');
const enterpriseSelect = enterpriseFields.map((d) => `e.${d.column} AS "${d.key}"`).join(', ');
const yearSelect = yearFields.map((d) => `y.${d.column} AS "${d.key}"`).join(', ');

type Values = Record<string, FieldValue>;

// One scan per table, joined here by id: no plan can turn into a nested loop over
// 100,000 rows when the planner's statistics are stale (as right after an import).
export async function loadLedgerFacts(db: Queryable, jurisdictionCode: string, zoneId: string | null = null): Promise<LedgerParcel[]> {
  const parcels = await db.query<Values & { _id: string; _zoneId: string | null; _enterpriseId: string | null }>(
    `SELECT ${parcelSelect}, p.id AS "_id", p.zone_id AS "_zoneId", p.enterprise_id AS "_enterpriseId"
       FROM parcels p WHERE p.jurisdiction_code = $1 AND p.closed_at IS NULL AND ($2::uuid IS NULL OR p.zone_id = $2)
      ORDER BY p.code`,
    [jurisdictionCode, zoneId],
  );
  const zones = await db.query<{ id: string; name: string }>('SELECT id, name FROM zones WHERE jurisdiction_code = $1', [jurisdictionCode]);
  const enterprises = await db.query<Values & { _id: string }>(
    `SELECT ${enterpriseSelect}, e.id AS "_id" FROM enterprises e WHERE e.jurisdiction_code = $1`,
    [jurisdictionCode],
  );
  const contracts = await db.query<Values & { _parcelId: string }>(
    `SELECT ${contractSelect}, c.parcel_id AS "_parcelId" FROM parcel_contracts c WHERE c.jurisdiction_code = $1 AND c.superseded_at IS NULL`,
    [jurisdictionCode],
  );
  const years = await db.query<Values & { _parcelId: string }>(
    `SELECT ${yearSelect}, y.parcel_id AS "_parcelId" FROM parcel_years y WHERE y.jurisdiction_code = $1 ORDER BY y.year`,
    [jurisdictionCode],
  );
  const zoneName = new Map(zones.rows.map((z) => [z.id, z.name]));
  const enterpriseOf = new Map(enterprises.rows.map(({ _id, ...e }) => [_id, e as Values]));
  const contractOf = new Map(contracts.rows.map(({ _parcelId, ...c }) => [_parcelId, c as Values]));
  const yearsOf = new Map<string, Values[]>();
  for (const { _parcelId, ...y } of years.rows) {
    let list = yearsOf.get(_parcelId);
    if (!list) yearsOf.set(_parcelId, (list = []));
    list.push(y);
  }
  return parcels.rows.map(({ _id, _zoneId, _enterpriseId, ...values }) => {
    const zone = _zoneId === null ? null : (zoneName.get(_zoneId) ?? null);
    const enterprise = _enterpriseId === null ? undefined : enterpriseOf.get(_enterpriseId);
    const facts = ledgerRecordToFacts(
      { values, zoneName: zone, contract: contractOf.get(_id) ?? null, years: yearsOf.get(_id) ?? [] },
      enterprise ? { values: enterprise } : null,
    );
    return {
      parcelId: _id,
      code: String(values.code),
      name: String(values.name),
      zoneId: _zoneId,
      zoneName: zone,
      enterpriseName: enterprise ? ((enterprise.name as string | null) ?? null) : null,
      area_m2: Number(values.area_m2),
      facts,
    };
  });
}
