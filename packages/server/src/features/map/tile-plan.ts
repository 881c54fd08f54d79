/**
 * What a tile at a zoom level holds (docs/design/map.md, "Tiles (as built)"): parcel
 * outlines from PARCEL_POLYGON_MIN_ZOOM, their centroids below it, where a parcel is a
 * few pixels at most; building footprints from BUILDING_MIN_ZOOM.
 */
export const TILE_EXTENT = 4096;
/** Tile units drawn beyond the edge, so outlines and point symbols do not break at tile seams. */
export const TILE_BUFFER = 64;
export const PARCEL_POLYGON_MIN_ZOOM = 13;
export const BUILDING_MIN_ZOOM = 15;
export const MAX_TILE_ZOOM = 22;
/**
 * Below PARCEL_POLYGON_MIN_ZOOM one point per cell of this many tile units: 8 px where
 * OpenLayers draws a tile at 512 px, the width of a point symbol.
 */
export const POINT_CELL = 64;
/** Which parcel of a cell the point shows: the first of these, most urgent first. */
export const CATEGORY_URGENCY = ['IDLE', 'INEFFICIENT', 'INCONCLUSIVE', 'NONE', 'UNIDENTIFIED'] as const;
export const STATUS_URGENCY = ['DETERMINED', 'CASE_OPEN', 'DISPOSING', 'REVITALISED', 'NONE'] as const;

export interface TilePlan {
  z: number;
  x: number;
  y: number;
  parcelsAsPoints: boolean;
  parcelLayer: 'parcels' | 'parcel_points';
  buildings: boolean;
}

/** The plan of tile z/x/y, or null when x or y lies outside the zoom level's grid. */
export function planTile(z: number, x: number, y: number): TilePlan | null {
  const size = 2 ** z;
  if (x >= size || y >= size) return null;
  const parcelsAsPoints = z < PARCEL_POLYGON_MIN_ZOOM;
  return { z, x, y, parcelsAsPoints, parcelLayer: parcelsAsPoints ? 'parcel_points' : 'parcels', buildings: z >= BUILDING_MIN_ZOOM };
}
