import { z } from 'zod';

export const zonesQuery = z.object({
  jurisdictionCode: z.string().regex(/^\d{6}$/, '行政区划代码应为 6 位数字').optional(),
});

/** GET /map/zones (docs/design/map.md): the park boundaries the map draws, in EPSG:4490. */
export const zonesOutput = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ id: z.string(), name: z.string(), kind: z.string(), warZones: z.array(z.string()) }),
      geometry: z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(z.array(z.number())))) }),
    }),
  ),
});
