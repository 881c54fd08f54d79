import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useSearchParams } from 'react-router-dom';
import { Alert, App, Card } from 'antd';
import Feature from 'ol/Feature.js';
import Overlay from 'ol/Overlay.js';
import type { Coordinate } from 'ol/coordinate.js';
import type { Pixel } from 'ol/pixel.js';
import type { FeatureLike } from 'ol/Feature.js';
import { getMapSettings, getZones, tileUrl as tileUrlOf } from '../../api/map.ts';
import { getParcel } from '../../api/parcels.ts';
import { JurisdictionSelect } from '../../components/JurisdictionSelect.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useJurisdictions } from '../../hooks/useJurisdictions.ts';
import { useRemote } from '../../hooks/useRemote.ts';
import { fitExtent, type PanhuoMap } from '../../map/createMap.ts';
import { anchorOf } from '../../map/geometryFocus.ts';
import { readGeometry, withinFilter } from '../../map/geojson.ts';
import { PLAIN_BACKGROUND, countBy, type ColourBy } from '../../map/palette.ts';
import { parcelIdOf } from '../../map/parcelLayer.ts';
import { renderedParcels } from '../../map/renderedParcels.ts';
import { addSelectionTools, type SelectionTool, type SelectionTools } from '../../map/selectionTools.ts';
import { exposeTestHook } from '../../map/testHook.ts';
import { useMapView } from '../../map/useMapView.ts';
import { MapControls, type LayerSwitches } from './MapControls.tsx';
import { MapLegend, type LegendCounts } from './MapLegend.tsx';
import { ParcelPopup, type TileFacts } from './ParcelPopup.tsx';
import { ParcelSearch } from './ParcelSearch.tsx';
import { SelectionPanel } from './SelectionPanel.tsx';
import './map.css';

interface PopupState {
  id: string;
  facts: TileFacts;
  coordinate: Coordinate;
}

const factsOf = (feature: FeatureLike): TileFacts => ({
  name: feature.get('name') as string | undefined,
  code: feature.get('code') as string | undefined,
  category: feature.get('category') as string | undefined,
  status: feature.get('status') as string | undefined,
});

/**
 * The parcel under a pixel. The layer's own pixel lookup, not map.forEachFeatureAtPixel:
 * the latter misses vector tile features here (OpenLayers 10.11).
 */
async function parcelAt(view: PanhuoMap, pixel: Pixel): Promise<FeatureLike | null> {
  const features = await view.parcels.getFeatures(pixel);
  return features.find((f) => parcelIdOf(f) !== null) ?? null;
}

export default function MapPage() {
  const { message } = App.useApp();
  const { counties } = useJurisdictions();
  const [jurisdictionCode, setJurisdictionCode] = useState<string>();
  const settings = useRemote(() => getMapSettings(), []);
  const zones = useRemote(() => getZones(jurisdictionCode), [jurisdictionCode]);
  const tileUrl = useMemo(() => tileUrlOf(jurisdictionCode), [jurisdictionCode]);
  const { ref, view, state, restyle, basemapFailed } = useMapView({ tileUrl, basemap: settings.data?.basemap, zones: zones.data });

  const [colourBy, setColourBy] = useState<ColourBy>('category');
  const [layers, setLayers] = useState<LayerSwitches>({ zones: true, parcels: true, buildings: true, flaggedOnly: false });
  const [tool, setTool] = useState<SelectionTool>('none');
  const [within, setWithin] = useState<string | null>(null);
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [popup, setPopup] = useState<PopupState | null>(null);
  const [counts, setCounts] = useState<LegendCounts | null>(null);
  const tools = useRef<SelectionTools | null>(null);
  const toolRef = useRef(tool);
  toolRef.current = tool;
  const popupElement = useMemo(() => document.createElement('div'), []);
  const overlay = useRef<Overlay | null>(null);

  // Styling follows the switches.
  useEffect(() => {
    restyle({ colourBy, flaggedOnly: layers.flaggedOnly, showParcels: layers.parcels, showBuildings: layers.buildings });
    view?.zones.setVisible(layers.zones);
  }, [view, colourBy, layers]);

  useEffect(() => {
    restyle({ selected: new Set(popup ? [...selectedIds, popup.id] : selectedIds) });
  }, [view, selectedIds, popup?.id]);

  // Fit to the parks once they are known, again after the jurisdiction changes; a parcel
  // named in the address (from its page) is shown instead, once.
  const [params, setParams] = useSearchParams();
  const linkedParcel = params.get('parcel');
  useEffect(() => {
    if (!view || !zones.data) return;
    fitExtent(view.map, view.zones.getSource()?.getExtent(), 16);
    if (linkedParcel) {
      void focusParcel(linkedParcel);
      setParams({}, { replace: true });
    }
  }, [view, zones.data]);

  useEffect(() => {
    if (!view) return;
    const element = popupElement;
    const created = new Overlay({ element, positioning: 'bottom-center', offset: [0, -10], autoPan: { animation: { duration: 200 } } });
    view.map.addOverlay(created);
    overlay.current = created;
    return () => {
      view.map.removeOverlay(created);
    };
  }, [view, popupElement]);

  useEffect(() => overlay.current?.setPosition(popup?.coordinate), [popup]);

  // Clicks open the popup; selection tools draw the `within` polygon.
  useEffect(() => {
    if (!view) return;
    const onClick = (e: { pixel: Pixel; coordinate: Coordinate }) => {
      if (toolRef.current !== 'none') return;
      void parcelAt(view, e.pixel).then((feature) => {
        const id = feature && parcelIdOf(feature);
        setPopup(feature && id ? { id, facts: factsOf(feature), coordinate: e.coordinate } : null);
      });
    };
    view.map.on('singleclick', onClick);
    tools.current = addSelectionTools(view.map, (polygon) => {
      const source = view.drawn.getSource();
      source?.clear();
      source?.addFeature(new Feature(polygon));
      setPopup(null);
      setWithin(withinFilter(polygon));
      setTool('none');
    });
    return () => {
      view.map.un('singleclick', onClick);
      tools.current?.dispose();
    };
  }, [view]);

  useEffect(() => tools.current?.setTool(tool), [tool]);

  // Legend counts: the parcels drawn in view, recounted whenever the map settles. A point
  // of the low zooms carries the facts of its cell's most urgent parcel only, so there the
  // legend gives the total it stands for, not a count per colour.
  useEffect(() => {
    if (!view) return;
    const recount = () => {
      const shown = renderedParcels(view).filter((p) => !state.flaggedOnly || p.flagged);
      const total = shown.reduce((n, p) => n + p.count, 0);
      if (!shown.some((p) => p.asPoint)) setCounts({ total, byValue: countBy(state.colourBy, shown) });
      // a point's count holds the cell's other parcels too, flagged or not
      else setCounts({ total: state.flaggedOnly ? null : total, byValue: null });
    };
    view.map.on('rendercomplete', recount);
    return () => view.map.un('rendercomplete', recount);
  }, [view]);

  useEffect(() => {
    if (view) return exposeTestHook(view, () => within);
  }, [view, within]);

  const clearSelection = () => {
    view?.drawn.getSource()?.clear();
    setWithin(null);
    setSelectedIds([]);
  };

  /** Zooms to a parcel and opens its popup (search, or /map?parcel=<id> from the parcel page). */
  const focusParcel = async (id: string) => {
    if (!view) return;
    try {
      const parcel = await getParcel(id);
      const code = String(parcel.fields.code ?? '');
      const name = String(parcel.fields.name ?? '');
      const geometry = readGeometry(parcel.geometry);
      if (!geometry) {
        void message.warning(`地块 ${code} 尚未标图入库，无法在地图上定位`);
        return;
      }
      fitExtent(view.map, geometry.getExtent(), 18);
      const coordinate = anchorOf(geometry);
      setPopup({ id, facts: { name, code }, coordinate });
      // the colouring facts come with the tiles: read them once the parcel is drawn
      view.map.once('rendercomplete', () => {
        const found = renderedParcels(view).find((p) => p.id === id);
        if (found) setPopup((p) => (p?.id === id ? { ...p, facts: found } : p));
      });
    } catch {
      void message.error('地块定位失败，请稍后重试');
    }
  };

  return (
    <div className="ph-page ph-map-page">
      <PageTitle
        title="一张图"
        extra={
          <>
            {counties.length > 1 && (
              <JurisdictionSelect
                jurisdictions={counties}
                allowClear
                placeholder="全部行政区"
                style={{ width: 220 }}
                value={jurisdictionCode}
                onChange={(code) => {
                  setJurisdictionCode(code);
                  clearSelection();
                  setPopup(null);
                }}
              />
            )}
            <ParcelSearch jurisdictionCode={jurisdictionCode} onChoose={(p) => void focusParcel(p.id)} />
          </>
        }
      />
      <Card variant="borderless" styles={{ body: { paddingBottom: 0 } }} style={{ marginBottom: 12 }}>
        <MapControls
          colourBy={colourBy}
          onColourBy={setColourBy}
          layers={layers}
          onLayers={(patch) => setLayers((l) => ({ ...l, ...patch }))}
          tool={tool}
          onTool={setTool}
        />
      </Card>
      <div className="ph-map-frame">
        <div ref={ref} className="ph-map-canvas" data-testid="parcel-map" style={{ background: PLAIN_BACKGROUND }} />
        {(settings.error || zones.error) && (
          <Alert className="ph-map-notice" type="error" showIcon title="地图数据加载失败" description={(settings.error ?? zones.error)?.userMessage} />
        )}
        {basemapFailed && <Alert className="ph-map-notice" type="warning" showIcon closable title="底图加载失败，已改为纯色背景" />}
        <MapLegend colourBy={colourBy} counts={layers.parcels ? counts : null} />
        {within && (
          <SelectionPanel within={within} jurisdictionCode={jurisdictionCode} onParcels={setSelectedIds} onClear={clearSelection} />
        )}
      </div>
      {createPortal(popup && <ParcelPopup id={popup.id} facts={popup.facts} onClose={() => setPopup(null)} />, popupElement)}
    </div>
  );
}
