/**
 * The plain facts a document is built from. The server fills this from the case, its
 * parcel, enterprise and identification result; every field a document needs but that
 * is absent shows as a visible （待补充：…） in the draft.
 */
export interface DocumentEnterprise {
  name?: string | null;
  uscc?: string | null;
  address?: string | null;
  legalRepresentative?: string | null;
  phone?: string | null;
}

export interface DocumentParcel {
  code?: string | null;
  name?: string | null;
  location?: string | null;
  area_m2?: number | null;
  grantedArea_m2?: number | null;
  /** the planned use as words (e.g. 工业用地), not a code */
  plannedUse?: string | null;
  acquisitionDate?: string | null;
  agreedStartDate?: string | null;
  agreedCompletionDate?: string | null;
  landPrice_yuan?: number | null;
  /** 出让合同（划拨决定书）编号 */
  contractNo?: string | null;
}

export interface DocumentCriterion {
  id: string;
  /** the criterion's Chinese wording as its rule set states it */
  wordingZh: string;
  evidence: string[];
}

export interface DocumentIdentification {
  ruleSetName?: string | null;
  evaluatedOn?: string | null;
  criteria: DocumentCriterion[];
}

/** Order 53 Art. 8 items 1–6; 7 stands for force majeure (Art. 8 ¶2). */
export type GovernmentCauseItem = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface CaseFacts {
  caseNo?: string | null;
  discoveredOn?: string | null;
  /** a fixed date when known, else the period counted from receipt */
  materialsDeadline?: string | null;
  materialsDays?: number | null;
  cause?: 'ENTERPRISE' | 'GOVERNMENT' | null;
  governmentCauseItem?: GovernmentCauseItem | null;
  causeNote?: string | null;
  idleSince?: string | null;
  sanction?: 'FEE' | 'RECOVERY' | null;
  /** exact decimal string in yuan, as the case machine computes it */
  feeAmountYuan?: string | null;
  /** fraction as a decimal string, e.g. "0.20" */
  feeRate?: string | null;
  paymentDeadline?: string | null;
  paymentDays?: number | null;
  hearingRequestDeadline?: string | null;
  hearingRequestWorkingDays?: number | null;
  /** disposal method ids of DOMAIN §4 (D-N07, D-JD01…) */
  proposedDisposal?: string[] | null;
  proposedDisposalNote?: string | null;
  objectionWindowEnd?: string | null;
  objectionWorkingDays?: number | null;
  /** the government approval of a fee or recovery decision */
  approval?: { body: string; decidedOn: string; docNo?: string | null } | null;
  hearingHeldOn?: string | null;
  mortgagees?: string[] | null;
  /** 行政复议机关 and the court for litigation, named in decisions */
  reviewBody?: string | null;
  court?: string | null;
  /** the leading group's review (Jingde) */
  reviewedOn?: string | null;
  reviewOutcome?: 'CONFIRM' | 'REJECT' | null;
  reverificationUpheld?: boolean | null;
  /** 联系人 and phone of the bureau printed at the end of notices */
  contact?: { name?: string | null; phone?: string | null } | null;
}

/** The extra figures of the enterprise form (DOMAIN §8.1 and the fields the rules need). */
export interface EnterpriseFormFacts {
  employees?: number | null;
  previousYear?: number | null;
  industrialOutput_yuan?: number | null;
  taxPaid_yuan?: number | null;
  landUseTax_yuan?: number | null;
  propertyTax_yuan?: number | null;
  /** two-year average tax excluding land-use and property tax (JD-LOW-03) */
  twoYearAverageTaxExcl_yuan?: number | null;
  floorArea_m2?: number | null;
  buildingFootprint_m2?: number | null;
  productionHaltedOn?: string | null;
  productionStartDate?: string | null;
  actualStartDate?: string | null;
  developedArea_m2?: number | null;
  requiredDevelopmentArea_m2?: number | null;
  investedAmount_yuan?: number | null;
  totalInvestment_yuan?: number | null;
  haltStartDate?: string | null;
  judicialStatus?: string | null;
  catalogueClass?: string | null;
  complianceNote?: string | null;
}

export interface MeetingCase {
  caseNo: string;
  enterpriseName: string;
  parcelCode: string;
  parcelName?: string | null;
  proposedCriteria?: string[] | null;
  proposedDisposal?: string[] | null;
  outcome: 'CONFIRM' | 'REJECT';
  conclusion?: string | null;
}

export interface MeetingFacts {
  heldOn: string;
  place?: string | null;
  host?: string | null;
  attendees: string[];
  topics?: string | null;
  cases: MeetingCase[];
}

export interface DocumentInput {
  /** 发文机关 */
  issuer: string;
  /** 落款 when it differs from the issuer (e.g. the leading group's office) */
  signer?: string | null;
  enterprise?: DocumentEnterprise | null;
  parcel?: DocumentParcel | null;
  identification?: DocumentIdentification | null;
  facts?: CaseFacts | null;
  form?: EnterpriseFormFacts | null;
  meeting?: MeetingFacts | null;
}
