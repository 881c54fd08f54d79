import { describe, expect, it } from 'vitest';
import { sridForZone, ZONE_OPTIONS } from './zoneChoice.ts';

describe('zone choice', () => {
  it('offers zones 25 to 45 with their central meridians', () => {
    expect(ZONE_OPTIONS[0]).toMatchObject({ zone: 25, centralMeridian: 75 });
    expect(ZONE_OPTIONS.at(-1)).toMatchObject({ zone: 45, centralMeridian: 135 });
    expect(ZONE_OPTIONS).toHaveLength(21);
  });

  // DOMAIN.md §9.8: 4527 is zone 39 with prefix, 4548 is CM 117°E without; public snippets mix them up
  it('maps zone 39 to EPSG:4527 with the prefix and EPSG:4548 without', () => {
    expect(sridForZone(39, true)).toBe(4527);
    expect(sridForZone(39, false)).toBe(4548);
    expect(sridForZone(40, false)).toBe(4549);
  });

  it('refuses zones outside China', () => {
    expect(sridForZone(24, true)).toBeNull();
    expect(sridForZone(46, false)).toBeNull();
  });
});
