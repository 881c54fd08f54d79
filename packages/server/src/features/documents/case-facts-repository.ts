import type { ParcelFacts, RuleSet } from '@panhuo/domain';
import type { Queryable } from '../../db/database.ts';
import type { Scope } from '../../auth/actor.ts';

/** What a draft is generated from: the case, its parcel and enterprise, and its latest identification result. */

export interface CaseRowForDocument {
  id: string;
  jurisdictionCode: string;
  jurisdictionName: string;
  caseNo: string;
  parcelId: string;
  enterpriseId: string | null;
  profileId: string;
  state: string;
  snapshot: Record<string, unknown>;
  origin: Record<string, unknown>;
}

export async function findCaseForDocument(db: Queryable, scope: Scope, caseId: string): Promise<CaseRowForDocument | undefined> {
  const { rows } = await db.query<CaseRowForDocument>(
    `SELECT c.id, c.jurisdiction_code AS "jurisdictionCode", j.name AS "jurisdictionName", c.case_no AS "caseNo",
            c.parcel_id AS "parcelId", c.enterprise_id AS "enterpriseId", c.profile_id AS "profileId", c.state,
            c.snapshot, c.origin
       FROM cases c
       JOIN jurisdictions j ON j.code = c.jurisdiction_code
       JOIN parcels p ON p.jurisdiction_code = c.jurisdiction_code AND p.id = c.parcel_id
      WHERE c.id = $1 AND c.jurisdiction_code = ANY($2) AND ($3::uuid IS NULL OR p.zone_id = $3)`,
    [caseId, scope.codes, scope.zoneId],
  );
  return rows[0];
}

export interface ParcelRowForDocument {
  code: string;
  name: string;
  location: string | null;
  area_m2: number;
  grantedArea_m2: number | null;
  plannedUse: string | null;
  acquisitionDate: string | null;
  landPrice_yuan: number | null;
  actualStartDate: string | null;
  developedArea_m2: number | null;
  investedAmount_yuan: number | null;
  haltStartDate: string | null;
  floorArea_m2: number | null;
  buildingFootprint_m2: number | null;
  productionStartDate: string | null;
  haltProductionStartDate: string | null;
  employees: number | null;
  safetyNonCompliant: boolean | null;
  environmentNonCompliant: boolean | null;
  fireNonCompliant: boolean | null;
  contractNo: string | null;
  agreedStartDate: string | null;
  agreedCompletionDate: string | null;
  requiredDevelopmentArea_m2: number | null;
  totalInvestment_yuan: number | null;
}

export async function loadParcel(db: Queryable, jurisdictionCode: string, parcelId: string): Promise<ParcelRowForDocument | undefined> {
  const { rows } = await db.query<ParcelRowForDocument>(
    `SELECT p.code, p.name, p.location, p.area_m2, p.granted_area_m2 AS "grantedArea_m2", p.planned_use AS "plannedUse",
            p.acquisition_date AS "acquisitionDate", p.land_price_yuan AS "landPrice_yuan", p.actual_start_date AS "actualStartDate",
            p.developed_area_m2 AS "developedArea_m2", p.invested_amount_yuan AS "investedAmount_yuan", p.halt_start_date AS "haltStartDate",
            p.floor_area_m2 AS "floorArea_m2", p.building_footprint_m2 AS "buildingFootprint_m2",
            p.production_start_date AS "productionStartDate", p.halt_production_start_date AS "haltProductionStartDate",
            p.employees, p.safety_non_compliant AS "safetyNonCompliant", p.environment_non_compliant AS "environmentNonCompliant",
            p.fire_non_compliant AS "fireNonCompliant",
            ct.contract_no AS "contractNo", ct.agreed_start_date AS "agreedStartDate", ct.agreed_completion_date AS "agreedCompletionDate",
            ct.required_development_area_m2 AS "requiredDevelopmentArea_m2", ct.total_investment_yuan AS "totalInvestment_yuan"
       FROM parcels p
       LEFT JOIN parcel_contracts ct ON ct.jurisdiction_code = p.jurisdiction_code AND ct.parcel_id = p.id AND ct.superseded_at IS NULL
      WHERE p.jurisdiction_code = $1 AND p.id = $2`,
    [jurisdictionCode, parcelId],
  );
  return rows[0];
}

export interface EnterpriseRowForDocument {
  name: string;
  uscc: string | null;
  address: string | null;
  legalRepresentative: string | null;
  phone: string | null;
  catalogueClass: string | null;
  judicialStatus: string | null;
}

export async function loadEnterprise(db: Queryable, jurisdictionCode: string, enterpriseId: string): Promise<EnterpriseRowForDocument | undefined> {
  const { rows } = await db.query<EnterpriseRowForDocument>(
    `SELECT name, uscc, address, legal_representative AS "legalRepresentative", phone,
            catalogue_class AS "catalogueClass", judicial_status AS "judicialStatus"
       FROM enterprises WHERE jurisdiction_code = $1 AND id = $2`,
    [jurisdictionCode, enterpriseId],
  );
  return rows[0];
}

export interface YearRowForDocument {
  year: number;
  taxPaid_yuan: number | null;
  landUseTax_yuan: number | null;
  propertyTax_yuan: number | null;
  industrialOutput_yuan: number | null;
}

/** The two latest years of figures, newest first. */
export async function loadLatestYears(db: Queryable, jurisdictionCode: string, parcelId: string): Promise<YearRowForDocument[]> {
  const { rows } = await db.query<YearRowForDocument>(
    `SELECT year, tax_paid_yuan AS "taxPaid_yuan", land_use_tax_yuan AS "landUseTax_yuan", property_tax_yuan AS "propertyTax_yuan",
            industrial_output_yuan AS "industrialOutput_yuan"
       FROM parcel_years WHERE jurisdiction_code = $1 AND parcel_id = $2 ORDER BY year DESC LIMIT 2`,
    [jurisdictionCode, parcelId],
  );
  return rows;
}

export interface IdentificationForDocument {
  asOf: string;
  definition: RuleSet;
  facts: ParcelFacts;
  metCriteria: string[];
}

/**
 * The result the case was opened from, else the parcel's latest finished run; with the rule
 * set's definition so that the evidence sentences can be reproduced (they are not stored).
 */
export async function loadIdentification(db: Queryable, jurisdictionCode: string, parcelId: string, runId: string | null): Promise<IdentificationForDocument | undefined> {
  const { rows } = await db.query<IdentificationForDocument>(
    `SELECT r.as_of AS "asOf", v.definition, res.facts, res.met_criteria AS "metCriteria"
       FROM identification_results res
       JOIN identification_runs r ON r.jurisdiction_code = res.jurisdiction_code AND r.id = res.run_id
       JOIN rule_set_versions v ON v.rule_set_id = r.rule_set_id AND v.version = r.rule_set_version
      WHERE res.jurisdiction_code = $1 AND res.parcel_id = $2 AND r.finished_at IS NOT NULL
        AND ($3::uuid IS NULL OR r.id = $3)
      ORDER BY (cardinality(res.met_criteria) > 0) DESC, r.as_of DESC, r.finished_at DESC LIMIT 1`,
    [jurisdictionCode, parcelId, runId],
  );
  return rows[0];
}
