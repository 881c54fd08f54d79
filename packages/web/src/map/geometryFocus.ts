import type Geometry from 'ol/geom/Geometry.js';
import MultiPolygon from 'ol/geom/MultiPolygon.js';
import Polygon from 'ol/geom/Polygon.js';
import { getCenter } from 'ol/extent.js';
import type { Coordinate } from 'ol/coordinate.js';

/** Where to anchor a popup for a parcel outline: a point inside it, not just its box centre. */
export function anchorOf(geometry: Geometry): Coordinate {
  if (geometry instanceof Polygon) return geometry.getInteriorPoint().getCoordinates().slice(0, 2);
  if (geometry instanceof MultiPolygon && geometry.getPolygons().length > 0) {
    const largest = geometry.getPolygons().reduce((a, b) => (b.getArea() > a.getArea() ? b : a));
    return largest.getInteriorPoint().getCoordinates().slice(0, 2);
  }
  return getCenter(geometry.getExtent());
}
