import type { Basemap, MapSettings, MapSettingsInput } from '../../api/geometry.ts';

export type BasemapKind = Basemap['kind'];

/** The flat form of the settings: every basemap field present, the tolerance in per cent. */
export interface SettingsFormValues {
  kind: BasemapKind;
  tiandituKey?: string;
  tiandituLayer: 'vec' | 'img';
  url?: string;
  layer?: string;
  matrixSet?: string;
  format?: string;
  style?: string;
  attribution?: string;
  tolerancePercent: number;
  vacantSetbackM: number;
}

export function toFormValues(s: MapSettings): SettingsFormValues {
  const b = s.basemap;
  return {
    kind: b.kind,
    tiandituKey: b.kind === 'TIANDITU' ? b.key : undefined,
    tiandituLayer: b.kind === 'TIANDITU' ? b.layer : 'vec',
    url: b.kind === 'XYZ' || b.kind === 'WMTS' ? b.url : undefined,
    layer: b.kind === 'WMTS' ? b.layer : undefined,
    matrixSet: b.kind === 'WMTS' ? b.matrixSet : undefined,
    format: b.kind === 'WMTS' ? b.format : undefined,
    style: b.kind === 'WMTS' ? b.style : undefined,
    attribution: b.kind === 'XYZ' || b.kind === 'WMTS' ? b.attribution : undefined,
    // 0.01 → 1 (per cent), rounded so that 0.035 does not show as 3.5000000000000004
    tolerancePercent: Math.round(s.areaTolerance * 1_000_000) / 10_000,
    vacantSetbackM: s.vacantSetbackM,
  };
}

const optional = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);

/** Only the fields of the chosen basemap go to the server; blank optional fields are left out. */
export function toSettingsInput(v: SettingsFormValues, version: number): MapSettingsInput {
  const basemap: Basemap = (() => {
    switch (v.kind) {
      case 'NONE':
        return { kind: 'NONE' };
      case 'TIANDITU':
        return { kind: 'TIANDITU', key: (v.tiandituKey ?? '').trim(), layer: v.tiandituLayer };
      case 'XYZ':
        return { kind: 'XYZ', url: (v.url ?? '').trim(), attribution: optional(v.attribution) };
      case 'WMTS':
        return {
          kind: 'WMTS',
          url: (v.url ?? '').trim(),
          layer: (v.layer ?? '').trim(),
          matrixSet: (v.matrixSet ?? '').trim(),
          format: optional(v.format),
          style: optional(v.style),
          attribution: optional(v.attribution),
        };
    }
  })();
  return { basemap, areaTolerance: Math.round(v.tolerancePercent * 10_000) / 1_000_000, vacantSetbackM: v.vacantSetbackM, version };
}

/** The form field a server error path ("basemap.key") belongs to. */
export function formFieldOfPath(path: string): keyof SettingsFormValues | null {
  const map: Record<string, keyof SettingsFormValues> = {
    'basemap.kind': 'kind',
    'basemap.key': 'tiandituKey',
    'basemap.layer': 'layer',
    'basemap.url': 'url',
    'basemap.matrixSet': 'matrixSet',
    'basemap.format': 'format',
    'basemap.style': 'style',
    'basemap.attribution': 'attribution',
    areaTolerance: 'tolerancePercent',
    vacantSetbackM: 'vacantSetbackM',
  };
  return map[path.replace(/\//g, '.').replace(/^\./, '')] ?? null;
}

/**
 * Tile hosts known to serve GCJ-02 ("火星坐标") tiles: parcels in CGCS2000 would sit
 * hundreds of metres off on them. 天地图 is CGCS2000 and needs no correction.
 */
const GCJ02_HOSTS = [/autonavi\.com/i, /amap\.com/i, /gaode/i, /map\.qq\.com/i, /gtimg\.com/i, /tencent/i, /google\.cn/i, /baidu(map)?\.com/i, /bdimg\.com/i];

export function looksGcj02(url: string | undefined): boolean {
  return !!url && GCJ02_HOSTS.some((re) => re.test(url));
}
