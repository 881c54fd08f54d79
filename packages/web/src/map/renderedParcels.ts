/**
 * The parcels drawn in the current view, one entry per parcel (a parcel cut by tile
 * edges comes as several tile features). Feeds the legend's counts and the browser
 * test hook.
 */
import type RenderFeature from 'ol/render/Feature.js';
import type { Pixel } from 'ol/pixel.js';
import type { PanhuoMap } from './createMap.ts';
import { parcelIdOf } from './parcelLayer.ts';

export interface RenderedParcel {
  id: string;
  code: string;
  name: string;
  category: string;
  status: string;
  flagged: boolean;
  /** below zoom 13 a point stands for the parcels of its cell (the most urgent one's facts) */
  asPoint: boolean;
  /** how many parcels the feature stands for: 1 for an outline */
  count: number;
  /** a point inside the parcel, in CSS pixels of the map's viewport */
  pixel: Pixel | null;
}

function innerPoint(feature: RenderFeature): number[] | null {
  const type = feature.getType();
  if (type === 'Point') return feature.getFlatCoordinates().slice(0, 2);
  if (type === 'Polygon') return feature.getFlatInteriorPoint().slice(0, 2);
  return null;
}

export function renderedParcels(view: PanhuoMap): RenderedParcel[] {
  const { map, parcels } = view;
  const size = map.getSize();
  if (!size) return [];
  const extent = map.getView().calculateExtent(size);
  const byId = new Map<string, RenderedParcel>();
  for (const feature of parcels.getFeaturesInExtent(extent) as RenderFeature[]) {
    const id = parcelIdOf(feature);
    if (!id || byId.has(id)) continue;
    const point = innerPoint(feature);
    byId.set(id, {
      id,
      code: String(feature.get('code') ?? ''),
      name: String(feature.get('name') ?? ''),
      category: String(feature.get('category') ?? ''),
      status: String(feature.get('status') ?? ''),
      flagged: Boolean(feature.get('flagged')),
      asPoint: feature.getType() === 'Point',
      count: Number(feature.get('count') ?? 1),
      pixel: point ? map.getPixelFromCoordinate(point) : null,
    });
  }
  return [...byId.values()];
}
