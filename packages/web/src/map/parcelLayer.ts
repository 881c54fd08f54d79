/**
 * The parcels as vector tiles from /api/v1/tiles: `parcels` polygons, `parcel_points`
 * at low zoom, `buildings` at high zoom. One style function reads a mutable state, so a
 * switch on the page is a state change plus `layer.changed()`, not a new layer.
 */
import VectorTileLayer from 'ol/layer/VectorTile.js';
import VectorTileSource from 'ol/source/VectorTile.js';
import MVT from 'ol/format/MVT.js';
import { Circle as CircleStyle, Fill, Stroke, Style } from 'ol/style.js';
import type { FeatureLike } from 'ol/Feature.js';
import { FILL_OPACITY, SELECTED_STROKE, parcelColour, withAlpha, type ColourBy } from './palette.ts';

export interface ParcelLayerState {
  colourBy: ColourBy;
  flaggedOnly: boolean;
  showParcels: boolean;
  showBuildings: boolean;
  /** ids drawn with the selection outline (map selection, the parcel of a popup) */
  selected: ReadonlySet<string>;
  /** fainter fills: the mini map shows neighbours around the parcel itself */
  faded: boolean;
}

export const defaultParcelState = (): ParcelLayerState => ({
  colourBy: 'category',
  flaggedOnly: false,
  showParcels: true,
  showBuildings: true,
  selected: new Set(),
  faded: false,
});

const styleCache = new Map<string, Style>();

function cached(key: string, make: () => Style): Style {
  let style = styleCache.get(key);
  if (!style) {
    style = make();
    styleCache.set(key, style);
  }
  return style;
}

function polygonStyle(colour: string, selected: boolean, faded: boolean): Style {
  return cached(`p|${colour}|${selected}|${faded}`, () =>
    new Style({
      fill: new Fill({ color: withAlpha(colour, faded ? 0.3 : selected ? 0.8 : FILL_OPACITY) }),
      stroke: selected ? new Stroke({ color: SELECTED_STROKE, width: 3 }) : new Stroke({ color: colour, width: 1.2 }),
      zIndex: selected ? 2 : 1,
    }),
  );
}

function pointStyle(colour: string, selected: boolean): Style {
  return cached(`c|${colour}|${selected}`, () =>
    new Style({
      image: new CircleStyle({
        radius: selected ? 6 : 4,
        fill: new Fill({ color: colour }),
        stroke: new Stroke({ color: selected ? SELECTED_STROKE : '#fff', width: selected ? 2 : 1 }),
      }),
      zIndex: selected ? 2 : 1,
    }),
  );
}

const buildingStyle = new Style({
  fill: new Fill({ color: 'rgba(67,67,67,0.35)' }),
  stroke: new Stroke({ color: '#434343', width: 0.8 }),
  zIndex: 3,
});

export function parcelStyle(state: ParcelLayerState) {
  return (feature: FeatureLike): Style | undefined => {
    const layer = feature.get('layer') as string | undefined;
    if (layer === 'buildings') return state.showBuildings && state.showParcels ? buildingStyle : undefined;
    if (!state.showParcels) return undefined;
    if (state.flaggedOnly && !feature.get('flagged')) return undefined;
    const colour = parcelColour(state.colourBy, { category: feature.get('category'), status: feature.get('status') });
    const selected = state.selected.has(String(feature.get('id')));
    if (layer === 'parcel_points') return pointStyle(colour, selected);
    // no name labels: a parcel cut by tile edges would carry one per piece; the popup names it
    return polygonStyle(colour, selected, state.faded);
  };
}

export function createParcelLayer(url: string, state: ParcelLayerState): VectorTileLayer {
  const source = new VectorTileSource({ format: new MVT(), url, maxZoom: 18 });
  return new VectorTileLayer({
    source,
    style: parcelStyle(state),
    declutter: false,
    renderBuffer: 50,
    properties: { name: 'parcels' },
  });
}

/** The parcel a tile feature stands for, or null for buildings and anything else. */
export function parcelIdOf(feature: FeatureLike): string | null {
  const layer = feature.get('layer') as string | undefined;
  if (layer !== 'parcels' && layer !== 'parcel_points') return null;
  const id = feature.get('id');
  return id == null ? null : String(id);
}
