/**
 * The ledger as records in stored units, keyed the way people key it: a parcel by its
 * code, an enterprise by its credit code (or its name when it has none). The Excel
 * import and the demo data both produce a LedgerBatch, and one service writes it.
 *
 * Update semantics: what a record leaves out (an absent key, an undefined property)
 * stays as it is; what it gives — null included — is written.
 */
export type FieldValue = string | number | boolean | null;

export interface RecordSource {
  sheet: string;
  row: number;
}

export interface EnterpriseRecord {
  /** keys and values as in `enterpriseFields` */
  values: Record<string, FieldValue>;
  /** where it came from, for error messages: sheet and row of an import */
  source?: RecordSource;
}

export interface ParcelRecord {
  /** keys and values as in `parcelFields`; `code` is required */
  values: Record<string, FieldValue>;
  /** the zone (park) by name; must exist in the jurisdiction */
  zoneName?: string | null;
  /** the enterprise using the land, by credit code or else by name (created if unknown) */
  enterpriseUscc?: string | null;
  enterpriseName?: string | null;
  /** keys and values as in `contractFields`, merged into the contract in force */
  contract?: Record<string, FieldValue> | null;
  /** keys and values as in `yearFields`, one per year, merged into that year */
  years?: Array<Record<string, FieldValue>>;
  /** GeoJSON MultiPolygon or Polygon in EPSG:4490 (lon, lat) */
  geometry?: unknown;
  source?: RecordSource;
  /** sources of the parts that came from other sheets, for error messages */
  contractSource?: RecordSource;
}

export interface LedgerBatch {
  enterprises: EnterpriseRecord[];
  parcels: ParcelRecord[];
}

export interface LedgerProblem {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

export interface ImportSummary {
  jurisdictionCode: string;
  enterprisesCreated: number;
  enterprisesUpdated: number;
  parcelsCreated: number;
  parcelsUpdated: number;
  parcelsUnchanged: number;
  warnings: LedgerProblem[];
}
