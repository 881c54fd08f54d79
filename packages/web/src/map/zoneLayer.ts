/** Park (园区) boundaries with their names, drawn above the parcels and never hidden by a basemap. */
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import { Fill, Stroke, Style, Text } from 'ol/style.js';
import type { FeatureLike } from 'ol/Feature.js';
import type { ZoneCollection } from '../api/map.ts';
import { readFeatures } from './geojson.ts';

const stroke = new Stroke({ color: '#135200', width: 2, lineDash: [10, 6] });

/** The park's name, with the war zones (战区) it belongs to underneath. */
export function zoneLabel(name: unknown, warZones: unknown): string {
  const zones = Array.isArray(warZones) ? warZones.filter((z): z is string => typeof z === 'string' && z !== '') : [];
  return zones.length ? `${String(name ?? '')}\n${zones.join('、')}` : String(name ?? '');
}

function zoneStyle(feature: FeatureLike): Style {
  return new Style({
    stroke,
    text: new Text({
      text: zoneLabel(feature.get('name'), feature.get('warZones')),
      font: 'bold 14px sans-serif',
      fill: new Fill({ color: '#135200' }),
      stroke: new Stroke({ color: 'rgba(255,255,255,0.9)', width: 4 }),
      overflow: true,
    }),
  });
}

export function createZoneLayer(zones: ZoneCollection | undefined): VectorLayer<VectorSource> {
  const source = new VectorSource({ features: zones ? readFeatures(zones) : [] });
  return new VectorLayer({ source, style: zoneStyle, zIndex: 5, properties: { name: 'zones' } });
}
