import { z } from 'zod';
import { GEOMETRY_PROBLEM_KINDS, isAcceptedSrid } from '@panhuo/domain';

/** Request and response shapes of the geometry import (标图入库). */

const bool = (name: string) =>
  z
    .enum(['true', 'false'], `${name} 应为 true 或 false`)
    .transform((v) => v === 'true')
    .optional();

export const geometryImportQuery = z.object({
  kind: z.enum(['PARCELS', 'BUILDINGS'], '导入类型（kind）应为 PARCELS（宗地）或 BUILDINGS（建筑物基底）').default('PARCELS'),
  dryRun: bool('dryRun'),
  acceptRepairs: bool('acceptRepairs'),
  srid: z.coerce
    .number('坐标系（srid）应为 EPSG 代码')
    .int('坐标系（srid）应为 EPSG 代码')
    .refine(isAcceptedSrid, '坐标系（srid）只能是 4490（CGCS2000 经纬度）或 4513–4554（CGCS2000 3 度带高斯-克吕格投影）')
    .optional(),
  jurisdictionCode: z.string().regex(/^\d{6}$/, '行政区划代码应为 6 位数字').optional(),
});

const matched = z.object({
  featureIndex: z.number().int(),
  code: z.string(),
  parcelId: z.string(),
  parcelName: z.string(),
  computedAreaM2: z.number(),
  recordedAreaM2: z.number().nullable(),
  diffRatio: z.number().nullable(),
  repaired: z.boolean(),
});

const problem = z.object({
  featureIndex: z.number().int().nullable(),
  code: z.string().nullable(),
  kind: z.enum(GEOMETRY_PROBLEM_KINDS),
  messageZh: z.string(),
  repaired: z.unknown().optional(),
});

export const importReport = z.object({
  kind: z.enum(['PARCELS', 'BUILDINGS']),
  format: z.enum(['SHAPEFILE', 'GEOJSON', 'KML']),
  fileName: z.string(),
  featureCount: z.number().int(),
  srid: z.number().int().nullable(),
  crsReason: z.string(),
  encodingReason: z.string().nullable(),
  codeAttributes: z.array(z.string()),
  matched: z.array(matched),
  problems: z.array(problem),
  ok: z.boolean(),
});

export const geometryImportResult = z.object({
  applied: z.boolean(),
  importId: z.string().nullable(),
  report: importReport,
});

export const geometryImportList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      jurisdictionCode: z.string(),
      kind: z.string(),
      fileName: z.string(),
      format: z.string(),
      sourceSrid: z.number().int(),
      featureCount: z.number().int(),
      matchedCount: z.number().int(),
      crsReason: z.string(),
      createdAt: z.string(),
      createdByName: z.string().nullable(),
    }),
  ),
});
