/**
 * The `panhuo.parcel-facts/1` exchange format as TypeScript types
 * (contracts/parcel-facts.v1.schema.json). Absent or null means unknown, never zero.
 */
export const FACTS_FORMAT = 'panhuo.parcel-facts/1';

export type CatalogueClass = 'ENCOURAGED' | 'PERMITTED' | 'RESTRICTED' | 'ELIMINATED' | 'PROHIBITED';
export type JudicialStatus = 'NONE' | 'SEIZED' | 'AUCTION' | 'BANKRUPTCY' | 'REORGANISATION' | 'LIQUIDATION';
export type AcquisitionMode = 'GRANT' | 'ALLOCATION' | 'LEASE' | 'OTHER';
export type HaltReason = 'FUNDS' | 'OPERATIONS' | 'MANAGEMENT' | 'OTHER';
export type OperationsStatus = 'NOT_STARTED' | 'PRODUCING' | 'SEMI_HALTED' | 'HALTED';
export type IdleCauseType = 'ENTERPRISE' | 'GOVERNMENT' | 'FORCE_MAJEURE' | 'JUDICIAL' | 'MIXED';

export interface ComplianceFacts {
  nonCompliant?: boolean | null;
  rectificationFailed?: boolean | null;
  closureRequired?: boolean | null;
}

export interface YearFacts {
  year: number;
  taxPaid_yuan?: number | null;
  landUseTax_yuan?: number | null;
  propertyTax_yuan?: number | null;
  taxDue_yuan?: number | null;
  industrialOutput_yuan?: number | null;
  valueAdded_yuan?: number | null;
  mainBusinessRevenue_yuan?: number | null;
  energy_tce?: number | null;
  electricity_kwh?: number | null;
  rdExpense_yuan?: number | null;
  averageEmployees?: number | null;
}

export interface ManualFinding {
  criterionId: string;
  met: boolean;
  note?: string | null;
  recordedOn?: string | null;
}

export interface ParcelFacts {
  id: string;
  parcelCode?: string | null;
  name?: string | null;
  zone?: string | null;
  plannedUse?: string | null;
  area_m2: number;
  grantedArea_m2?: number | null;
  enterprise?: {
    name?: string | null;
    uscc?: string | null;
    industryCode?: string | null;
    catalogueClass?: CatalogueClass | null;
    parkCatalogueClass?: CatalogueClass | null;
    judicialStatus?: JudicialStatus | null;
  } | null;
  right?: {
    acquisitionMode?: AcquisitionMode | null;
    acquisitionDate?: string | null;
    deliveryDate?: string | null;
    landPrice_yuan?: number | null;
  } | null;
  contract?: {
    agreedStartDate?: string | null;
    agreedCompletionDate?: string | null;
    constructionPeriodEnd?: string | null;
    requiredDevelopmentArea_m2?: number | null;
    totalInvestment_yuan?: number | null;
    investmentIntensity_10kYuanPerMu?: number | null;
    taxPerMu_10kYuanPerMu?: number | null;
    outputPerMu_10kYuanPerMu?: number | null;
    plotRatioMin?: number | null;
  } | null;
  construction?: {
    started?: boolean | null;
    actualStartDate?: string | null;
    developedArea_m2?: number | null;
    investedAmount_yuan?: number | null;
    halted?: boolean | null;
    haltStartDate?: string | null;
    haltReason?: HaltReason | null;
    completed?: boolean | null;
    completionDate?: string | null;
    abandonedWorks?: boolean | null;
  } | null;
  site?: {
    floorArea_m2?: number | null;
    buildingCoverage?: number | null;
    plotRatio?: number | null;
    vacantContiguousArea_m2?: number | null;
    vacantIndependentlyDevelopable?: boolean | null;
  } | null;
  operations?: {
    status?: OperationsStatus | null;
    productionReadyDate?: string | null;
    productionStartDate?: string | null;
    haltProductionStartDate?: string | null;
    lastTaxPaymentDate?: string | null;
    employees?: number | null;
    sublet?: boolean | null;
    tenantConformsToPlan?: boolean | null;
  } | null;
  finance?: {
    fixedAssetInvestment_yuan?: number | null;
    years?: YearFacts[];
  } | null;
  compliance?: {
    safety?: ComplianceFacts | null;
    environment?: ComplianceFacts | null;
    fire?: ComplianceFacts | null;
  } | null;
  idleCause?: {
    type?: IdleCauseType | null;
    governmentItem?: number | null;
    verified?: boolean | null;
  } | null;
  manualFindings?: ManualFinding[];
}

export interface FactsFile {
  format: typeof FACTS_FORMAT;
  jurisdiction?: string;
  parcels: ParcelFacts[];
}
