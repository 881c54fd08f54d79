import { describe, expect, it } from 'vitest';
import Polygon from 'ol/geom/Polygon.js';
import { fromLonLat } from 'ol/proj.js';
import { readGeometry, withinFilter } from './geojson.ts';

describe('the within filter', () => {
  it('sends a drawn box as a GeoJSON Polygon in EPSG:4490 lon/lat', () => {
    const ring = [
      [116.1, 25.1],
      [116.2, 25.1],
      [116.2, 25.2],
      [116.1, 25.2],
      [116.1, 25.1],
    ];
    const drawn = new Polygon([ring.map((c) => fromLonLat(c))]);
    const within = JSON.parse(withinFilter(drawn)) as { type: string; coordinates: number[][][] };
    expect(within.type).toBe('Polygon');
    const [first] = within.coordinates;
    expect(first).toHaveLength(5);
    // lon/lat back to within a centimetre; 7 decimals at most
    for (const [i, [lon, lat]] of first!.entries()) {
      const expected = ring.find(([x, y]) => Math.abs(x! - lon!) < 1e-7 && Math.abs(y! - lat!) < 1e-7);
      expect(expected, `corner ${i} ${lon},${lat}`).toBeDefined();
      expect(String(lon).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(7);
    }
  });

  it('reads a parcel outline and refuses what is not geometry', () => {
    const outline = readGeometry({ type: 'MultiPolygon', coordinates: [[[[116, 25], [116.01, 25], [116.01, 25.01], [116, 25]]]] });
    expect(outline?.getType()).toBe('MultiPolygon');
    expect(readGeometry(null)).toBeNull();
    expect(readGeometry({ foo: 1 })).toBeNull();
  });
});
