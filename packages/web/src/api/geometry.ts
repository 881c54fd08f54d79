/**
 * 标图入库 endpoints other than the map itself (docs/design/map.md): geometry imports,
 * the data checks, map settings (writing) and measuring a site from its footprints.
 */
import type { Basemap, MapSettings } from './map.ts';
import { api, request } from './client.ts';

export type GeometryImportKind = 'PARCELS' | 'BUILDINGS';
export type GeometryFormat = 'SHAPEFILE' | 'GEOJSON' | 'KML';

export type GeometryProblemKind =
  | 'NO_CODE'
  | 'UNKNOWN_CODE'
  | 'DUPLICATE_CODE'
  | 'NOT_POLYGON'
  | 'INVALID_POLYGON'
  | 'WRONG_CRS'
  | 'NEEDS_SRID'
  | 'OVERLAP'
  | 'OUTSIDE_PARCELS';

export interface MatchedFeature {
  featureIndex: number;
  code: string;
  parcelId: string;
  parcelName: string;
  computedAreaM2: number;
  recordedAreaM2: number | null;
  diffRatio: number | null;
  repaired: boolean;
}

export interface GeometryProblem {
  /** null: the whole file */
  featureIndex: number | null;
  code: string | null;
  kind: GeometryProblemKind;
  messageZh: string;
  repaired?: unknown;
}

export interface ImportReport {
  kind: GeometryImportKind;
  format: GeometryFormat;
  fileName: string;
  featureCount: number;
  srid: number | null;
  crsReason: string;
  encodingReason: string | null;
  codeAttributes: string[];
  matched: MatchedFeature[];
  problems: GeometryProblem[];
  ok: boolean;
}

export interface GeometryImportResult {
  applied: boolean;
  importId: string | null;
  report: ImportReport;
}

export interface GeometryImportOptions {
  kind: GeometryImportKind;
  dryRun: boolean;
  /** the EPSG code the user chose when the file could not tell */
  srid?: number;
  acceptRepairs?: boolean;
  jurisdictionCode?: string;
}

export function importGeometry(file: File, o: GeometryImportOptions): Promise<GeometryImportResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.post<GeometryImportResult>('/geometry/imports', form, {
    kind: o.kind,
    dryRun: o.dryRun,
    srid: o.srid,
    acceptRepairs: o.acceptRepairs ? true : undefined,
    jurisdictionCode: o.jurisdictionCode,
  });
}

export interface GeometryImportRow {
  id: string;
  jurisdictionCode: string;
  kind: GeometryImportKind;
  fileName: string;
  format: GeometryFormat;
  sourceSrid: number;
  featureCount: number;
  matchedCount: number;
  crsReason: string;
  createdAt: string;
  createdByName: string | null;
}

export const listGeometryImports = (signal?: AbortSignal) =>
  api.get<{ items: GeometryImportRow[] }>('/geometry/imports', undefined, signal).then((r) => r.items);

export interface ParcelRef {
  id: string;
  code: string;
  name: string;
}

export interface MapChecks {
  areaMismatches: { parcelId: string; code: string; name: string; recordedM2: number; computedM2: number; diffRatio: number }[];
  overlaps: { a: ParcelRef; b: ParcelRef; overlapM2: number }[];
  missingGeometry: { id: string; code: string; name: string; areaM2: number }[];
  tolerance: number;
}

export const getMapChecks = (jurisdictionCode?: string, signal?: AbortSignal) =>
  api.get<MapChecks>('/map/checks', { jurisdictionCode }, signal);

export type { Basemap, MapSettings };

export interface MapSettingsInput {
  basemap: Basemap;
  areaTolerance: number;
  vacantSetbackM: number;
  version: number;
}

/** The settings in force for the user's jurisdiction, or for `jurisdictionCode` (e.g. a parcel's county). */
export const getEffectiveMapSettings = (signal?: AbortSignal, jurisdictionCode?: string) =>
  api.get<MapSettings>('/map/settings', jurisdictionCode ? { jurisdictionCode } : undefined, signal);
export const putMapSettings = (input: MapSettingsInput) => api.put<MapSettings>('/map/settings', input);

export interface SiteMeasurementRecord {
  method: string;
  coverageBasis: string;
  setbackM: number;
  footprintCount: number;
  srid: number;
  parcelAreaM2: number;
  computedParcelAreaM2: number;
  largestVacantM2: number;
  largestVacantMu: number;
}

export interface SiteMeasurementResult {
  parcelId: string;
  code: string;
  name: string;
  measuredOn: string;
  buildingFootprint_m2: number;
  buildingCoverage: number;
  vacantContiguousArea_m2: number;
  measurement: SiteMeasurementRecord;
  parcelVersion: number;
}

export const measureSite = (parcelId: string, setbackM: number | undefined) =>
  request<SiteMeasurementResult>(`/parcels/${encodeURIComponent(parcelId)}/site-measurement`, {
    method: 'POST',
    body: setbackM === undefined ? {} : { setbackM },
  });

/** Every parcel of the user's scope that has building footprints, measured and written in one transaction. */
export const measureAllSites = (setbackM: number | undefined) =>
  request<{ items: SiteMeasurementResult[] }>('/map/site-measurements', {
    method: 'POST',
    body: setbackM === undefined ? {} : { setbackM },
  });
