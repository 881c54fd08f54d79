import { z } from 'zod';

/**
 * The map settings of a jurisdiction (docs/design/map.md): the basemap under the parcels,
 * the area tolerance of the checks page and the setback used when measuring vacant land.
 */

const httpUrl = (what: string) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .max(1000, `${what}不能超过 1000 个字符`)
    .regex(/^https?:\/\/\S+$/, `${what}须以 http:// 或 https:// 开头，且不含空格`);
const attribution = z.string().trim().max(200, '版权说明不能超过 200 个字符').optional();

const none = z.object({ kind: z.literal('NONE') });
const xyz = z.object({
  kind: z.literal('XYZ'),
  url: httpUrl('瓦片地址').refine((u) => u.includes('{z}') && u.includes('{x}') && (u.includes('{y}') || u.includes('{-y}')), {
    error: '瓦片地址须包含 {z}、{x} 和 {y}（或 {-y}）占位符',
  }),
  attribution,
});
// the web builds the 天地图 WMTS URLs (t0–t7.tianditu.gov.cn, vec_w / img_w) from the key
const tianditu = z.object({
  kind: z.literal('TIANDITU'),
  key: z.string({ error: '请填写天地图密钥（tk）' }).trim().regex(/^[0-9a-zA-Z]{16,64}$/, '天地图密钥应为 16–64 位字母或数字'),
  layer: z.enum(['vec', 'img'], { error: '天地图图层须为 vec（矢量）或 img（影像）' }),
});
const wmts = z.object({
  kind: z.literal('WMTS'),
  url: httpUrl('WMTS 服务地址'),
  layer: z.string({ error: '请填写 WMTS 图层名' }).trim().min(1, '请填写 WMTS 图层名').max(200, 'WMTS 图层名过长'),
  matrixSet: z.string({ error: '请填写 WMTS 矩阵集（TileMatrixSet）' }).trim().min(1, '请填写 WMTS 矩阵集（TileMatrixSet）').max(200, 'WMTS 矩阵集名过长'),
  format: z.string().trim().max(50, '图片格式过长').optional(),
  style: z.string().trim().max(100, '样式名过长').optional(),
  attribution,
});

export const basemap = z.discriminatedUnion('kind', [none, xyz, tianditu, wmts], {
  error: '底图类型 kind 须为 NONE（无底图）、XYZ（瓦片地址）、TIANDITU（天地图）或 WMTS 之一',
});
export type Basemap = z.infer<typeof basemap>;

export const mapSettingsOutput = z.object({
  jurisdictionCode: z.string(),
  // the 天地图 key is returned to every reader: the browser needs it to load the tiles
  basemap,
  areaTolerance: z.number(),
  vacantSetbackM: z.number(),
  /** the version of the jurisdiction's own row, 0 while it inherits */
  version: z.number(),
  /** the jurisdiction whose row applies when it is not the user's own; null for own row or defaults */
  inheritedFrom: z.string().nullable(),
});

export const mapSettingsInput = z.object({
  basemap,
  areaTolerance: z
    .number({ error: '面积容差须为数字' })
    .gt(0, '面积容差须大于 0')
    .max(0.5, '面积容差不能超过 50%'),
  vacantSetbackM: z.number({ error: '退让距离须为数字' }).min(0, '退让距离不能为负').max(100, '退让距离不能超过 100 米'),
  version: z.number({ error: '请提供读取时的版本号' }).int().min(0),
});
export type MapSettingsInput = z.infer<typeof mapSettingsInput>;

export const mapSettingsQuery = z.object({
  jurisdictionCode: z.string().regex(/^\d{6}$/, '行政区划代码应为 6 位数字').optional(),
});
