import { z } from 'zod';
import { MAX_TILE_ZOOM } from './tile-plan.ts';

const tileIndex = (what: string) => z.coerce.number({ error: `${what}应为整数` }).int(`${what}应为整数`).min(0, `${what}不能为负数`);

export const tileParams = z.object({
  z: tileIndex('缩放级别').max(MAX_TILE_ZOOM, `缩放级别不能超过 ${MAX_TILE_ZOOM}`),
  x: tileIndex('瓦片列号'),
  y: tileIndex('瓦片行号'),
});

export const tileQuerystring = z.object({
  jurisdictionCode: z.string().regex(/^\d{6}$/, '行政区划代码应为 6 位数字').optional(),
});
