/** A feature as read from an uploaded file, coordinates untouched in the file's own CRS. */
export interface SourceFeature {
  /** position in the file, counted from 1 as the messages say it */
  index: number;
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates?: unknown; geometries?: unknown[] } | null;
  /** a KML Placemark's <name>: its code when no code attribute is present */
  name?: string;
}

export type GeometryFormat = 'SHAPEFILE' | 'GEOJSON' | 'KML';

export interface SourceFile {
  format: GeometryFormat;
  features: SourceFeature[];
  /** the .prj text of a shapefile */
  prj: string | null;
  /** a GeoJSON `crs` member */
  crsMember: unknown;
  /** how the attributes were decoded, for the report */
  encodingZh: string | null;
}

/** Polygon and MultiPolygon as one MultiPolygon's coordinates; anything else is not a parcel outline. */
export function polygonsOf(geometry: SourceFeature['geometry']): unknown[] | null {
  if (!geometry) return null;
  switch (geometry.type) {
    case 'Polygon':
      return [geometry.coordinates];
    case 'MultiPolygon':
      return Array.isArray(geometry.coordinates) ? geometry.coordinates : null;
    case 'GeometryCollection': {
      const parts = (geometry.geometries ?? []).map((g) => polygonsOf(g as SourceFeature['geometry']));
      return parts.length > 0 && parts.every((p) => p !== null) ? parts.flat() : null;
    }
    default:
      return null;
  }
}
