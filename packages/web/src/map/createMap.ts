/**
 * The OpenLayers map both map views use: Web Mercator view, optional basemap, the parcel
 * tiles, the park boundaries and a layer for outlines drawn by the page (the selection
 * polygon, a parcel's own outline).
 */
import 'ol/ol.css';
import OlMap from 'ol/Map.js';
import View from 'ol/View.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import { defaults as defaultControls } from 'ol/control/defaults.js';
import ScaleLine from 'ol/control/ScaleLine.js';
import { Fill, Stroke, Style } from 'ol/style.js';
import { isEmpty, type Extent } from 'ol/extent.js';
import { fromLonLat } from 'ol/proj.js';
import type VectorTileLayer from 'ol/layer/VectorTile.js';
import { registerCgcs2000 } from './crs.ts';
import { createParcelLayer, type ParcelLayerState } from './parcelLayer.ts';
import { createZoneLayer } from './zoneLayer.ts';
import { SELECTED_STROKE } from './palette.ts';
import type { ZoneCollection } from '../api/map.ts';

export interface PanhuoMap {
  map: OlMap;
  parcels: VectorTileLayer;
  zones: VectorLayer<VectorSource>;
  /** outlines the page draws: the selection polygon, the parcel of the mini map */
  drawn: VectorLayer<VectorSource>;
}

const drawnStyle = new Style({
  fill: new Fill({ color: 'rgba(29,57,196,0.06)' }),
  stroke: new Stroke({ color: SELECTED_STROKE, width: 2.5, lineDash: [6, 4] }),
});

/** China, for a county without park boundaries yet. */
const CHINA_CENTRE = fromLonLat([108, 34]);

export function createMap(target: HTMLElement, opts: { tileUrl: string; state: ParcelLayerState; zones?: ZoneCollection }): PanhuoMap {
  registerCgcs2000();
  const parcels = createParcelLayer(opts.tileUrl, opts.state);
  const zones = createZoneLayer(opts.zones);
  const drawn = new VectorLayer({ source: new VectorSource(), style: drawnStyle, zIndex: 6 });
  const map = new OlMap({
    target,
    layers: [parcels, zones, drawn],
    controls: defaultControls({ attributionOptions: { collapsible: true } }).extend([new ScaleLine()]),
    view: new View({ center: CHINA_CENTRE, zoom: 4, maxZoom: 20 }),
  });
  return { map, parcels, zones, drawn };
}

export function fitExtent(map: OlMap, extent: Extent | null | undefined, maxZoom = 17): boolean {
  if (!extent || isEmpty(extent) || !extent.every(Number.isFinite)) return false;
  map.getView().fit(extent, { padding: [40, 40, 40, 40], maxZoom, duration: 0 });
  return true;
}
