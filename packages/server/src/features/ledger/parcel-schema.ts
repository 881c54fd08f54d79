import { z } from 'zod';
import { enums } from '@panhuo/domain';
import { contractInput, contractOutput, parcelFieldsInput, parcelFieldsOutput, yearInput, yearOutput, enterpriseFieldsOutput } from './field-schemas.ts';
import { parcelSortColumns } from './parcel-repository.ts';

const ref = z.object({ id: z.string(), name: z.string() });
const jurisdictionCode = z.string().regex(/^\d{6}$/, '行政区划代码应为 6 位数字');

export const parcelSummary = z.object({
  id: z.string(),
  jurisdictionCode: z.string(),
  code: z.string(),
  name: z.string(),
  location: z.string().nullable(),
  plannedUse: z.string().nullable(),
  area_m2: z.number(),
  stage: z.string(),
  zone: ref.nullable(),
  enterprise: z.object({ id: z.string(), name: z.string(), uscc: z.string().nullable() }).nullable(),
  agreedStartDate: z.string().nullable(),
  operationsStatus: z.string().nullable(),
  version: z.number(),
  updatedAt: z.string(),
});

export const parcelDetail = z.object({
  id: z.string(),
  jurisdictionCode: z.string(),
  version: z.number(),
  stage: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  zone: ref.nullable(),
  enterprise: z
    .object({ id: z.string(), name: z.string(), uscc: z.string().nullable(), fields: enterpriseFieldsOutput, usccWarnings: z.array(z.string()) })
    .nullable(),
  fields: parcelFieldsOutput,
  contract: contractOutput.nullable(),
  years: z.array(yearOutput),
  geometry: z.unknown().nullable(),
  /** when 建筑占地面积、建筑系数、连片空闲土地面积 were last measured from the map, and how */
  siteMeasuredOn: z.string().nullable(),
  siteMeasurement: z.record(z.string(), z.unknown()).nullable(),
});

export const parcelInput = z.object({
  jurisdictionCode: jurisdictionCode.optional(),
  zoneId: z.uuid('所属园区无效').nullable(),
  enterpriseId: z.uuid('用地企业无效').nullable(),
  fields: parcelFieldsInput,
  contract: contractInput.nullable(),
  years: z.array(yearInput).max(100),
  geometry: z.unknown().optional(),
});
export type ParcelInput = z.infer<typeof parcelInput>;

export const parcelUpdate = parcelInput.extend({ version: z.number().int().min(1) });
export type ParcelUpdate = z.infer<typeof parcelUpdate>;

const MAX_WITHIN_VERTICES = 500;

/** Why `text` is not a closed GeoJSON Polygon in lon/lat of at most 500 vertices; null when it is. */
export function withinProblem(text: string): string | null {
  let g: unknown;
  try {
    g = JSON.parse(text);
  } catch {
    return '选区（within）须为 GeoJSON 格式的多边形';
  }
  const polygon = g as { type?: unknown; coordinates?: unknown };
  if (typeof g !== 'object' || g === null || polygon.type !== 'Polygon') return '选区（within）须为 GeoJSON 多边形（Polygon）';
  const rings = polygon.coordinates;
  if (!Array.isArray(rings) || rings.length === 0) return '选区多边形没有坐标';
  let vertices = 0;
  for (const ring of rings as unknown[]) {
    if (!Array.isArray(ring) || ring.length < 4) return '选区多边形的每个环至少须有 4 个点（首末点相同）';
    for (const pt of ring as unknown[]) {
      if (!Array.isArray(pt) || pt.length < 2 || !pt.every((c) => typeof c === 'number' && Number.isFinite(c))) return '选区多边形的坐标须为 [经度, 纬度] 数值';
      const [lon, lat] = pt as number[];
      if (Math.abs(lon!) > 180 || Math.abs(lat!) > 90) return '选区坐标超出经纬度范围（须为 CGCS2000 经纬度，经度在前）';
    }
    const first = ring[0] as number[];
    const last = ring[ring.length - 1] as number[];
    if (first[0] !== last[0] || first[1] !== last[1]) return '选区多边形未闭合（首末点须相同）';
    vertices += ring.length - 1;
  }
  if (vertices > MAX_WITHIN_VERTICES) return `选区多边形顶点过多（${vertices} 个），最多 ${MAX_WITHIN_VERTICES} 个`;
  return null;
}

const within = z
  .string()
  .max(100_000, '选区多边形过大')
  .superRefine((text, ctx) => {
    const problem = withinProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const parcelListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  jurisdictionCode: jurisdictionCode.optional(),
  zoneId: z.uuid('园区参数无效').optional(),
  enterpriseId: z.uuid('企业参数无效').optional(),
  plannedUse: z.enum(Object.keys(enums.plannedUse) as [string, ...string[]]).optional(),
  stage: z.enum(Object.keys(enums.stage) as [string, ...string[]]).optional(),
  areaMin: z.coerce.number().min(0).optional(),
  areaMax: z.coerce.number().min(0).optional(),
  /** a GeoJSON Polygon (EPSG:4490 lon/lat), URL-encoded: parcels whose outline intersects it */
  within: within.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  sort: z.enum(Object.keys(parcelSortColumns) as [keyof typeof parcelSortColumns]).default('code'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type ParcelListQuery = z.infer<typeof parcelListQuery>;

export const historyEntry = z.object({
  id: z.number(),
  at: z.string(),
  actorName: z.string(),
  action: z.string(),
  reason: z.string().nullable(),
  version: z.number().nullable(),
  changes: z.array(z.object({ key: z.string(), labelZh: z.string(), before: z.unknown(), after: z.unknown() })),
});

export const idParams = z.object({ id: z.uuid('记录编号无效') });
