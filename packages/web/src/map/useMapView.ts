/**
 * Mounts a panhuo map into a div for the lifetime of a component, keeps the parcel
 * tiles' URL and the basemap in step with the props, and tells when the basemap gave up
 * (the plain background then shows).
 */
import { useEffect, useRef, useState } from 'react';
import type { Basemap, ZoneCollection } from '../api/map.ts';
import { basemapLayers, watchBasemap, type BasemapLayer } from './basemap.ts';
import { createMap, type PanhuoMap } from './createMap.ts';
import { defaultParcelState, type ParcelLayerState } from './parcelLayer.ts';
import { readFeatures } from './geojson.ts';

export function useMapView(opts: { tileUrl: string; basemap: Basemap | undefined; zones?: ZoneCollection; initial?: Partial<ParcelLayerState> }) {
  const ref = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<PanhuoMap | null>(null);
  const stateRef = useRef<ParcelLayerState>({ ...defaultParcelState(), ...opts.initial });
  const [basemapFailed, setBasemapFailed] = useState(false);

  useEffect(() => {
    if (!ref.current) return;
    const created = createMap(ref.current, { tileUrl: opts.tileUrl, state: stateRef.current });
    setView(created);
    return () => {
      created.map.setTarget(undefined);
      created.map.dispose();
    };
    // created once; the effects below follow the props
  }, []);

  useEffect(() => {
    const source = view?.parcels.getSource();
    if (source && source.getUrls()?.[0] !== opts.tileUrl) source.setUrl(opts.tileUrl);
  }, [view, opts.tileUrl]);

  useEffect(() => {
    if (!view) return;
    const source = view.zones.getSource();
    source?.clear();
    if (opts.zones) source?.addFeatures(readFeatures(opts.zones));
  }, [view, opts.zones]);

  useEffect(() => {
    if (!view || !opts.basemap) return;
    const controller = new AbortController();
    let layers: BasemapLayer[] = [];
    let unwatch = () => {};
    const remove = () => layers.forEach((l) => view.map.removeLayer(l));
    setBasemapFailed(false);
    basemapLayers(opts.basemap, controller.signal)
      .then((created) => {
        if (controller.signal.aborted) return;
        layers = created;
        created.forEach((layer, i) => view.map.getLayers().insertAt(i, layer));
        unwatch = watchBasemap(created, () => {
          remove();
          setBasemapFailed(true);
        });
      })
      .catch(() => {
        if (!controller.signal.aborted) setBasemapFailed(true);
      });
    return () => {
      controller.abort();
      unwatch();
      remove();
    };
  }, [view, opts.basemap]);

  /** Applies a change to the parcel styling and redraws. */
  const restyle = (patch: Partial<ParcelLayerState>) => {
    Object.assign(stateRef.current, patch);
    view?.parcels.changed();
  };

  return { ref, view, state: stateRef.current, restyle, basemapFailed };
}
