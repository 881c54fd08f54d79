import { z } from 'zod';

const parcelRef = z.object({ id: z.string(), code: z.string(), name: z.string() });

export const checksQuery = z.object({
  jurisdictionCode: z.string().regex(/^\d{6}$/, '行政区划代码应为 6 位数字').optional(),
});

/** GET /map/checks (docs/design/map.md): what the map shows that the ledger should not hold. */
export const checksOutput = z.object({
  areaMismatches: z.array(
    z.object({ parcelId: z.string(), code: z.string(), name: z.string(), recordedM2: z.number(), computedM2: z.number(), diffRatio: z.number() }),
  ),
  overlaps: z.array(z.object({ a: parcelRef, b: parcelRef, overlapM2: z.number() })),
  missingGeometry: z.array(z.object({ id: z.string(), code: z.string(), name: z.string(), areaM2: z.number() })),
  /** the relative area difference above which a parcel is listed (0.01 = 1 %) */
  tolerance: z.number(),
});
