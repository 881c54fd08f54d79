import { isIsoDate } from '@panhuo/domain';
import { z } from 'zod';

/**
 * Request and response schemas of field verification (核查记录) and case attachments.
 * Finding values are checked against the ledger's field catalogue in the service (the
 * schema of a value depends on its field), so here they are any ledger value.
 */

export const caseParams = z.object({ id: z.uuid('案件编号无效') });
export const inspectionParams = z.object({ id: z.uuid('核查记录编号无效') });
export const fileParams = z.object({ sha256: z.string().regex(/^[0-9a-fA-F]{64}$/, '文件编号应为 64 位十六进制 SHA-256') });

const fieldValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const findingInput = z.object({
  field: z.string({ error: '请选择核查的台账字段' }).min(1, '请选择核查的台账字段').max(100),
  observed: fieldValue,
  note: z.string().max(1000, '备注不能超过 1000 个字符').nullish(),
});

export const inspectionInput = z.object({
  inspectedOn: z.string({ error: '请填写核查日期' }).refine(isIsoDate, '核查日期不是有效日期（YYYY-MM-DD）'),
  inspectors: z
    .array(z.string().trim().min(1, '核查人员姓名不能为空').max(50, '核查人员姓名不能超过 50 个字符'), { error: '请填写核查人员' })
    .min(1, '请至少填写一名核查人员')
    .max(20, '核查人员不能超过 20 名'),
  location: z.string().max(200, '核查地点不能超过 200 个字符').nullish(),
  summary: z.string({ error: '请填写核查情况' }).trim().min(1, '请填写核查情况').max(4000, '核查情况不能超过 4000 个字符'),
  findings: z.array(findingInput).max(100, '一份核查记录最多 100 项核查结果').default([]),
});

export const inspectionUpdate = inspectionInput.extend({
  version: z.number({ error: '请提供读取时的版本号' }).int().min(1),
});

export const confirmInput = z.object({
  version: z.number({ error: '请提供核查记录读取时的版本号' }).int().min(1),
  /** the parcel version the findings were checked against; a later change is a 409 */
  parcelVersion: z.number().int().min(1).optional(),
});

export const finding = z.object({
  field: z.string(),
  label: z.string(),
  observed: fieldValue,
  note: z.string().nullable(),
  ledgerValue: fieldValue,
});

export const inspection = z.object({
  id: z.string(),
  caseId: z.string(),
  parcelId: z.string(),
  inspectedOn: z.string(),
  inspectors: z.array(z.string()),
  location: z.string().nullable(),
  summary: z.string(),
  findings: z.array(finding),
  status: z.enum(['DRAFT', 'CONFIRMED']),
  version: z.number(),
  confirmedBy: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const confirmedInspection = inspection.extend({ parcelVersion: z.number() });

export const attachment = z.object({
  id: z.string(),
  caseId: z.string(),
  fileSha256: z.string(),
  originalName: z.string(),
  mediaType: z.string(),
  size: z.number(),
  caption: z.string().nullable(),
  eventSeq: z.number().nullable(),
  inspectionId: z.string().nullable(),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
});

export const attachmentListQuery = z.object({ inspectionId: z.uuid('核查记录编号无效').optional() });

/** The text fields sent beside the file of an upload (multipart), checked once read. */
export const attachmentFields = z.object({
  caption: z.string().trim().max(200, '说明不能超过 200 个字符').default(''),
  inspectionId: z.union([z.uuid('核查记录编号无效'), z.literal('').transform(() => undefined)]).optional(),
  eventSeq: z
    .string()
    .regex(/^\d{1,6}$/, '办理步骤序号应为正整数')
    .transform(Number)
    .optional(),
});
