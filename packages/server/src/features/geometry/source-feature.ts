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

const isPosition = (p: unknown): p is number[] =>
  Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number' && Number.isFinite(p[0]) && Number.isFinite(p[1]);

/**
 * Why the outline cannot even be handed to PostGIS (a ring of fewer than four points,
 * not closed, or not numbers), in Chinese; null when it can.
 */
export function malformedOutline(polygons: unknown[]): string | null {
  for (const polygon of polygons) {
    if (!Array.isArray(polygon) || polygon.length === 0) return '多边形没有边界环';
    for (const ring of polygon as unknown[]) {
      if (!Array.isArray(ring) || !ring.every(isPosition)) return '坐标不是数值';
      if (ring.length < 4) return '边界环少于 4 个点';
      const [first, last] = [ring[0]!, ring[ring.length - 1]!];
      if (first[0] !== last[0] || first[1] !== last[1]) return '边界环未闭合（首末点不同）';
    }
  }
  return null;
}

/** What the user will recognise a footprint by: its name, else its code. */
export function sourceRefOf(f: SourceFeature, code: string | null): string | null {
  const named = f.name ?? f.properties.name ?? f.properties.NAME ?? f.properties['名称'] ?? f.properties['建筑名称'];
  if (typeof named === 'string' && named.trim()) return named.trim();
  if (typeof named === 'number') return String(named);
  return code;
}
