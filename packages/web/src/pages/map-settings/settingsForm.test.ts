import { describe, expect, it } from 'vitest';
import type { MapSettings } from '../../api/geometry.ts';
import { formFieldOfPath, looksGcj02, toFormValues, toSettingsInput } from './settingsForm.ts';

const settings = (over: Partial<MapSettings> = {}): MapSettings => ({
  jurisdictionCode: '350824',
  basemap: { kind: 'NONE' },
  areaTolerance: 0.035,
  vacantSetbackM: 3,
  version: 2,
  inheritedFrom: null,
  ...over,
});

describe('map settings form', () => {
  it('shows the tolerance in per cent without floating-point noise and sends it back as a fraction', () => {
    const v = toFormValues(settings());
    expect(v.tolerancePercent).toBe(3.5);
    expect(toSettingsInput(v, 2)).toEqual({ basemap: { kind: 'NONE' }, areaTolerance: 0.035, vacantSetbackM: 3, version: 2 });
  });

  it('sends only the fields of the chosen basemap', () => {
    const v = { ...toFormValues(settings()), kind: 'TIANDITU' as const, tiandituKey: ' abcdef0123456789abcdef0123456789 ', url: 'https://x/{z}/{x}/{y}' };
    expect(toSettingsInput(v, 0).basemap).toEqual({ kind: 'TIANDITU', key: 'abcdef0123456789abcdef0123456789', layer: 'vec' });
  });

  it('leaves blank optional WMTS fields out', () => {
    const v = { ...toFormValues(settings()), kind: 'WMTS' as const, url: 'https://w/wmts', layer: 'img', matrixSet: 'c', format: '  ', style: '' };
    expect(toSettingsInput(v, 1).basemap).toEqual({ kind: 'WMTS', url: 'https://w/wmts', layer: 'img', matrixSet: 'c', format: undefined, style: undefined, attribution: undefined });
  });

  it('round-trips a 天地图 basemap', () => {
    const s = settings({ basemap: { kind: 'TIANDITU', key: 'abcdef0123456789', layer: 'img' } });
    expect(toSettingsInput(toFormValues(s), s.version).basemap).toEqual(s.basemap);
  });

  it('puts server errors beside their field', () => {
    expect(formFieldOfPath('basemap.key')).toBe('tiandituKey');
    expect(formFieldOfPath('/areaTolerance')).toBe('tolerancePercent');
    expect(formFieldOfPath('version')).toBeNull();
  });

  it('recognises GCJ-02 tile hosts and not 天地图', () => {
    expect(looksGcj02('https://webrd01.is.autonavi.com/appmaptile?x={x}&y={y}&z={z}')).toBe(true);
    expect(looksGcj02('https://rt0.map.gtimg.com/tile?z={z}&x={x}&y={-y}')).toBe(true);
    expect(looksGcj02('https://t0.tianditu.gov.cn/vec_w/wmts?tk=abc')).toBe(false);
    expect(looksGcj02(undefined)).toBe(false);
  });
});
