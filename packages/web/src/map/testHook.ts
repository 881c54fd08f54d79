/**
 * `window.__panhuoMap`: what the browser tests read to check the map really drew the
 * parcels (features, their pixels, the palette) and which polygon the selection sent.
 */
import type { PanhuoMap } from './createMap.ts';
import { CATEGORY_LEGEND, FILL_OPACITY, PLAIN_BACKGROUND, STATUS_LEGEND } from './palette.ts';
import { renderedParcels } from './renderedParcels.ts';

declare global {
  interface Window {
    __panhuoMap?: unknown;
  }
}

export function exposeTestHook(view: PanhuoMap, within: () => string | null): () => void {
  const hook = {
    map: view.map,
    renderedParcels: () => renderedParcels(view),
    palette: { category: CATEGORY_LEGEND, status: STATUS_LEGEND, background: PLAIN_BACKGROUND, fillOpacity: FILL_OPACITY },
    within,
  };
  window.__panhuoMap = hook;
  return () => {
    if (window.__panhuoMap === hook) delete window.__panhuoMap;
  };
}
