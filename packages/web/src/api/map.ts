/** The map's endpoints (docs/design/map.md): settings, park boundaries, tiles and exports. */
import { API_BASE, api, downloadFile, withQuery } from './client.ts';

export type Basemap =
  | { kind: 'NONE' }
  | { kind: 'XYZ'; url: string; attribution?: string }
  | { kind: 'TIANDITU'; key: string; layer: 'vec' | 'img' }
  | { kind: 'WMTS'; url: string; layer: string; matrixSet: string; format?: string; style?: string; attribution?: string };

export interface MapSettings {
  jurisdictionCode: string;
  basemap: Basemap;
  areaTolerance: number;
  vacantSetbackM: number;
  /** the version of the jurisdiction's own row, 0 while it inherits */
  version: number;
  /** the jurisdiction whose row applies when not the user's own; null for own row or defaults */
  inheritedFrom: string | null;
}

export interface ZoneProperties {
  id: string;
  name: string;
  kind: string;
  warZones: string[];
}

export interface Polygon {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: unknown;
}

export interface ZoneCollection {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: ZoneProperties; geometry: Polygon | null }[];
}

export const getMapSettings = () => api.get<MapSettings>('/map/settings');

export const getZones = (jurisdictionCode?: string) => api.get<ZoneCollection>('/map/zones', { jurisdictionCode });

/** The vector tile URL template for OpenLayers (same origin, so the session cookie goes along). */
export const tileUrl = (jurisdictionCode?: string) => API_BASE + withQuery('/tiles/{z}/{x}/{y}', { jurisdictionCode });

/** Parcels whose geometry intersects `within` (a GeoJSON Polygon in EPSG:4490, as JSON text). */
export const exportWithinGeoJson = (within: string, jurisdictionCode?: string) =>
  downloadFile('/parcels/export.geojson', { within, jurisdictionCode }, '地图选区地块.geojson');

/** The same parcels as a zipped Shapefile (CGCS2000, .prj and .cpg included). */
export const exportWithinShapefile = (within: string, jurisdictionCode?: string) =>
  downloadFile('/parcels/export.shp.zip', { within, jurisdictionCode }, '地图选区地块.zip');
