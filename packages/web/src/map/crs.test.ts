import { describe, expect, it } from 'vitest';
import proj4 from 'proj4';
import { transform } from 'ol/proj.js';
import { cgcs2000Definitions, gaussKrugerCmOnlySrid, registerCgcs2000 } from './crs.ts';

registerCgcs2000();

// Reference values from PROJ's EPSG database (gdaltransform -s_srs EPSG:4490 -t_srs …).
const cases = [
  { srid: 'EPSG:4527', lonLat: [116.1, 25.1], xy: [39_409_216.1864585, 2_777_434.00911259] },
  { srid: 'EPSG:4548', lonLat: [116.1, 25.1], xy: [409_216.186458454, 2_777_434.00911259] },
  { srid: 'EPSG:4527', lonLat: [117, 30], xy: [39_500_000, 3_320_113.39784502] },
  { srid: 'EPSG:4524', lonLat: [109.0, 21.9], xy: [36_603_338.2021554, 2_423_063.90020249] },
];

describe('CGCS2000 Gauss-Krüger definitions', () => {
  it.each(cases)('$srid matches PROJ to the millimetre and round-trips', ({ srid, lonLat, xy }) => {
    const [x, y] = transform(lonLat, 'EPSG:4490', srid);
    expect(Math.abs(x! - xy[0]!)).toBeLessThan(0.001);
    expect(Math.abs(y! - xy[1]!)).toBeLessThan(0.001);
    const [lon, lat] = proj4(srid, 'EPSG:4490', xy);
    expect(lon).toBeCloseTo(lonLat[0]!, 9);
    expect(lat).toBeCloseTo(lonLat[1]!, 9);
  });

  it('defines 4490 and the 42 3° zones', () => {
    const codes = cgcs2000Definitions().map(([code]) => code);
    expect(codes).toHaveLength(43);
    expect(codes).toContain('EPSG:4513');
    expect(codes).toContain('EPSG:4554');
  });

  it('picks the CM-only zone of a longitude like the server', () => {
    expect(gaussKrugerCmOnlySrid(116.1)).toBe(4548);
    expect(gaussKrugerCmOnlySrid(118.49)).toBe(4548);
    expect(gaussKrugerCmOnlySrid(118.5)).toBe(4549);
    expect(gaussKrugerCmOnlySrid(106.2)).toBe(4544);
  });
});
