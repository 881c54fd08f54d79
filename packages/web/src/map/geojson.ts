/**
 * GeoJSON in and out of the map: the server speaks EPSG:4490 lon/lat, the map draws
 * in EPSG:3857.
 */
import GeoJSON from 'ol/format/GeoJSON.js';
import type Feature from 'ol/Feature.js';
import type Geometry from 'ol/geom/Geometry.js';
import type Polygon from 'ol/geom/Polygon.js';
import { CGCS2000, registerCgcs2000 } from './crs.ts';

const format = () => {
  registerCgcs2000();
  return new GeoJSON({ dataProjection: CGCS2000, featureProjection: 'EPSG:3857' });
};

/** A GeoJSON geometry (4490) as an OpenLayers geometry in the map's projection, or null. */
export function readGeometry(geometry: unknown): Geometry | null {
  if (!geometry || typeof geometry !== 'object' || !('type' in geometry)) return null;
  try {
    return format().readGeometry(geometry) as Geometry;
  } catch {
    return null;
  }
}

export function readFeatures(collection: unknown): Feature[] {
  return format().readFeatures(collection);
}

/** 7 decimals of a degree ≈ 1 cm: precise enough, and the URL stays short. */
export const COORDINATE_DECIMALS = 7;

/** A drawn polygon (map projection) as the `within` filter: GeoJSON Polygon text in 4490. */
export function withinFilter(polygon: Polygon): string {
  const geojson = format().writeGeometryObject(polygon, { decimals: COORDINATE_DECIMALS, rightHanded: true });
  return JSON.stringify(geojson);
}
