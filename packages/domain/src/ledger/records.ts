/**
 * The ledger as records in stored units, keyed the way people key it: a parcel by its
 * code, an enterprise by its credit code (or its name when it has none). The Excel
 * import and the demo data both produce a LedgerBatch, and one service writes it.
 */
export type FieldValue = string | number | boolean | null;

export interface EnterpriseRecord {
  /** keys and values as in `enterpriseFields` */
  values: Record<string, FieldValue>;
  /** where it came from, for error messages: sheet and row of an import */
  source?: RecordSource;
}

export interface ParcelRecord {
  /** keys and values as in `parcelFields` (code, name, area_m2, …) */
  values: Record<string, FieldValue>;
  /** the zone (park) by name; must exist in the jurisdiction */
  zoneName: string | null;
  /** the enterprise using the land, by credit code or else by name */
  enterpriseUscc: string | null;
  enterpriseName: string | null;
  /** keys and values as in `contractFields`; null when the file says nothing of it */
  contract: Record<string, FieldValue> | null;
  /** keys and values as in `yearFields`, one per year */
  years: Array<Record<string, FieldValue>>;
  /** GeoJSON MultiPolygon or Polygon in EPSG:4490 (lon, lat), if known */
  geometry?: unknown;
  source?: RecordSource;
}

export interface RecordSource {
  sheet: string;
  row: number;
}

export interface LedgerBatch {
  enterprises: EnterpriseRecord[];
  parcels: ParcelRecord[];
}
