/**
 * Basemap layers from the map settings. 天地图 is CGCS2000 and its `_w` services are
 * Web-Mercator tiles in the standard grid, so an XYZ template over its WMTS KVP URL
 * lines up with our EPSG:3857 view. A failing basemap (no network to the provider, a
 * wrong key) is reported so the page can fall back to the plain background.
 */
import TileLayer from 'ol/layer/Tile.js';
import XYZ from 'ol/source/XYZ.js';
import WMTS, { optionsFromCapabilities } from 'ol/source/WMTS.js';
import WMTSCapabilities from 'ol/format/WMTSCapabilities.js';
import type TileSource from 'ol/source/Tile.js';
import type { Basemap } from '../api/map.ts';

export type BasemapLayer = TileLayer<TileSource>;

const tiandituUrl = (layer: string, key: string) =>
  `https://t{0-7}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
  `&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`;

const xyzLayer = (url: string, attribution?: string) =>
  new TileLayer({ source: new XYZ({ url, attributions: attribution, crossOrigin: 'anonymous', maxZoom: 18 }) });

async function wmtsLayer(b: Extract<Basemap, { kind: 'WMTS' }>, signal?: AbortSignal): Promise<BasemapLayer[]> {
  const sep = b.url.includes('?') ? '&' : '?';
  const response = await fetch(`${b.url}${sep}SERVICE=WMTS&REQUEST=GetCapabilities`, { signal });
  if (!response.ok) throw new Error(`WMTS GetCapabilities ${response.status}`);
  const capabilities = new WMTSCapabilities().read(await response.text());
  const options = optionsFromCapabilities(capabilities, { layer: b.layer, matrixSet: b.matrixSet, format: b.format, style: b.style });
  if (!options) throw new Error(`WMTS layer ${b.layer} / ${b.matrixSet} not offered`);
  return [new TileLayer({ source: new WMTS({ ...options, attributions: b.attribution, crossOrigin: 'anonymous' }) })];
}

/** The layers that draw the basemap, bottom first; none for `NONE`. */
export async function basemapLayers(b: Basemap, signal?: AbortSignal): Promise<BasemapLayer[]> {
  switch (b.kind) {
    case 'NONE':
      return [];
    case 'XYZ':
      return [xyzLayer(b.url, b.attribution)];
    case 'TIANDITU': {
      const [base, labels] = b.layer === 'img' ? ['img', 'cia'] : ['vec', 'cva'];
      return [xyzLayer(tiandituUrl(base, b.key), '天地图'), xyzLayer(tiandituUrl(labels, b.key))];
    }
    case 'WMTS':
      return wmtsLayer(b, signal);
  }
}

/**
 * Whether tiles have failed enough to give up on the basemap: several failures and
 * none loaded, or most of the tiles tried. One flaky tile is not a reason.
 */
export function basemapFailed(loaded: number, failed: number): boolean {
  if (failed >= 4 && loaded === 0) return true;
  return failed + loaded >= 12 && failed / (failed + loaded) > 0.5;
}

/** Calls `onFailure` once when the layers' tiles keep failing (see basemapFailed). */
export function watchBasemap(layers: BasemapLayer[], onFailure: () => void): () => void {
  let loaded = 0;
  let failed = 0;
  let reported = false;
  const check = () => {
    if (!reported && basemapFailed(loaded, failed)) {
      reported = true;
      onFailure();
    }
  };
  const onLoad = () => {
    loaded++;
    check();
  };
  const onError = () => {
    failed++;
    check();
  };
  for (const layer of layers) {
    const source = layer.getSource();
    source?.on('tileloadend', onLoad);
    source?.on('tileloaderror', onError);
  }
  return () => {
    for (const layer of layers) {
      const source = layer.getSource();
      source?.un('tileloadend', onLoad);
      source?.un('tileloaderror', onError);
    }
  };
}
