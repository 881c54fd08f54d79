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

export const parcelListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  jurisdictionCode: jurisdictionCode.optional(),
  zoneId: z.uuid('园区参数无效').optional(),
  enterpriseId: z.uuid('企业参数无效').optional(),
  plannedUse: z.enum(Object.keys(enums.plannedUse) as [string, ...string[]]).optional(),
  stage: z.enum(Object.keys(enums.stage) as [string, ...string[]]).optional(),
  areaMin: z.coerce.number().min(0).optional(),
  areaMax: z.coerce.number().min(0).optional(),
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
