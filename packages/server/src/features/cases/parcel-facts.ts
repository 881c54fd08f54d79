import type { Queryable } from '../../db/database.ts';

/** The ledger facts a case page and the procedure need about the parcel and its enterprise. */

export interface CaseParcelFacts {
  id: string;
  code: string;
  name: string;
  location: string | null;
  zoneId: string | null;
  zoneName: string | null;
  enterpriseId: string | null;
  area_m2: number;
  plannedUse: string | null;
  stage: string;
  acquisitionMode: string | null;
  acquisitionDate: string | null;
  deliveryDate: string | null;
  landPriceYuan: number | null;
  /** exact decimal text of the land price, the base of the idle-land fee */
  landPriceText: string | null;
  agreedStartDate: string | null;
  agreedCompletionDate: string | null;
  started: boolean | null;
  actualStartDate: string | null;
  operationsStatus: string | null;
  idleCauseType: string | null;
}

export interface CaseEnterpriseFacts {
  id: string;
  name: string;
  uscc: string | null;
  legalRepresentative: string | null;
  phone: string | null;
  address: string | null;
}

export async function findParcelFacts(
  db: Queryable,
  jurisdictionCodes: string[],
  zoneId: string | null,
  parcelId: string,
  opts: { includeClosed?: boolean } = {},
): Promise<(CaseParcelFacts & { jurisdictionCode: string }) | undefined> {
  const { rows } = await db.query<CaseParcelFacts & { jurisdictionCode: string }>(
    `SELECT p.id, p.jurisdiction_code AS "jurisdictionCode", p.code, p.name, p.location, p.zone_id AS "zoneId", z.name AS "zoneName",
            p.enterprise_id AS "enterpriseId", p.area_m2, p.planned_use AS "plannedUse", p.stage,
            p.acquisition_mode AS "acquisitionMode", p.acquisition_date AS "acquisitionDate", p.delivery_date AS "deliveryDate",
            p.land_price_yuan AS "landPriceYuan", p.land_price_yuan::text AS "landPriceText",
            ct.agreed_start_date AS "agreedStartDate", ct.agreed_completion_date AS "agreedCompletionDate",
            p.started, p.actual_start_date AS "actualStartDate", p.operations_status AS "operationsStatus",
            p.idle_cause_type AS "idleCauseType"
       FROM parcels p
       LEFT JOIN zones z ON z.jurisdiction_code = p.jurisdiction_code AND z.id = p.zone_id
       LEFT JOIN parcel_contracts ct ON ct.jurisdiction_code = p.jurisdiction_code AND ct.parcel_id = p.id AND ct.superseded_at IS NULL
      WHERE p.jurisdiction_code = ANY($1) AND p.id = $2 AND ($4 OR p.closed_at IS NULL) AND ($3::uuid IS NULL OR p.zone_id = $3)`,
    [jurisdictionCodes, parcelId, zoneId, opts.includeClosed === true],
  );
  return rows[0];
}

export async function loadParcelFacts(db: Queryable, jurisdictionCode: string, parcelId: string, enterpriseId: string | null) {
  // a case keeps showing its parcel after the ledger closed it
  const parcel = await findParcelFacts(db, [jurisdictionCode], null, parcelId, { includeClosed: true });
  let enterprise: CaseEnterpriseFacts | null = null;
  if (enterpriseId) {
    const { rows } = await db.query<CaseEnterpriseFacts>(
      `SELECT id, name, uscc, legal_representative AS "legalRepresentative", phone, address
         FROM enterprises WHERE jurisdiction_code = $1 AND id = $2`,
      [jurisdictionCode, enterpriseId],
    );
    enterprise = rows[0] ?? null;
  }
  return { parcel: parcel ?? null, enterprise };
}
