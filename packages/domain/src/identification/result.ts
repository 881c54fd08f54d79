/**
 * The `panhuo.identification/1` result format as TypeScript types
 * (contracts/identification-result.v1.schema.json).
 */
export const RESULT_FORMAT = 'panhuo.identification/1';

export type CriterionStatus = 'MET' | 'NOT_MET' | 'UNKNOWN' | 'MANUAL';
export type CriterionCategory = 'IDLE' | 'INEFFICIENT';
export type PrimaryCategory = 'IDLE' | 'INEFFICIENT' | 'NONE' | 'INCONCLUSIVE';

export interface CriterionResult {
  id: string;
  category: CriterionCategory;
  status: CriterionStatus;
  /** one Chinese sentence: the facts, the computed numbers, the threshold and the source wording */
  evidence: string;
  /** for UNKNOWN: the parcel-facts paths that are missing */
  missing?: string[];
  /** for a NOT_MET time-based criterion: the date it becomes MET if nothing else changes, or null */
  willBeMetOn?: string | null;
  /** the numbers the criterion computed (rounded to 4 decimals) */
  computed?: Record<string, number>;
}

export interface Sanctions {
  idleFee_yuan: number | null;
  recoveryWithoutCompensation: boolean | null;
  legalReviewRequired: boolean;
  /** why, in one Chinese sentence */
  evidence: string;
}

export interface ParcelResult {
  parcelId: string;
  primaryCategory: PrimaryCategory;
  /** sub-classes such as WP-C1 (only for rule sets that define classes) */
  classes?: string[];
  criteria: CriterionResult[];
  candidateDisposals: string[];
  /** Order 53 sanctions; null unless the parcel is idle */
  sanctions: Sanctions | null;
}

export interface IdentificationDocument {
  format: typeof RESULT_FORMAT;
  ruleSet: { id: string; version: string; nameZh: string; status: 'IN_FORCE' | 'DRAFT' };
  asOf: string;
  jurisdiction?: string;
  results: ParcelResult[];
}
