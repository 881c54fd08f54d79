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
