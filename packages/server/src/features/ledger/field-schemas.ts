import { z } from 'zod';
import { contractFields, enterpriseFields, enums, isIsoDate, parcelFields, yearFields, type FieldDef } from '@panhuo/domain';

/**
 * zod schemas of the ledger records, generated from the field catalogue so that the API,
 * its OpenAPI document and the forms agree on every field. Messages name the field in Chinese.
 */
function valueSchema(d: FieldDef): z.ZodType {
  const label = `「${d.labelZh}」`;
  switch (d.type) {
    case 'string':
      return z.string({ error: `${label}应为文字` }).trim().max(200, `${label}不能超过 200 个字符`);
    case 'text':
      return z.string({ error: `${label}应为文字` }).max(4000, `${label}不能超过 4000 个字符`);
    case 'date':
      return z.string({ error: `${label}应为日期` }).refine(isIsoDate, `${label}不是有效日期（YYYY-MM-DD）`);
    case 'boolean':
      return z.boolean({ error: `${label}应为是或否` });
    case 'enum':
      return z.enum(Object.keys(enums[d.enumId!]) as [string, ...string[]], { error: `${label}不在可选范围内` });
    case 'percent':
      return z.number({ error: `${label}应为数字` }).min(0, `${label}不能为负数`).max(1, `${label}不能超过 100%`);
    case 'integer': {
      const s = z.number({ error: `${label}应为整数` }).int(`${label}应为整数`).min(d.min ?? 0, d.min ? `${label}不能小于 ${d.min}` : `${label}不能为负数`);
      return s.max(d.max ?? 1e9, `${label}不能大于 ${d.max ?? 1e9}`);
    }
    case 'area':
    case 'money':
    case 'decimal': {
      const upper = d.max ?? (d.type === 'money' ? 1e14 : d.type === 'area' ? 1e10 : 1e9);
      const min = d.min ?? 0;
      return z
        .number({ error: `${label}应为数字` })
        .min(min, min > 0 ? `${label}必须大于 0` : `${label}不能为负数`)
        .max(upper, `${label}数值过大`);
    }
  }
}

function recordSchema(defs: FieldDef[], requiredKeys: string[] = []) {
  const shape: Record<string, z.ZodType> = {};
  for (const d of defs) {
    const v = valueSchema(d);
    shape[d.key] = requiredKeys.includes(d.key) ? v : v.nullable().optional();
  }
  return z.object(shape);
}

export const parcelFieldsInput = recordSchema(parcelFields, ['code', 'name', 'area_m2']);
export const contractInput = recordSchema(contractFields);
export const yearInput = recordSchema(yearFields, ['year']);
export const enterpriseFieldsInput = recordSchema(enterpriseFields, ['name']);

/** Output records: every key present, null when unknown. */
function outputSchema(defs: FieldDef[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const d of defs) {
    const base =
      d.type === 'boolean' ? z.boolean() : ['string', 'text', 'date', 'enum'].includes(d.type) ? z.string() : z.number();
    shape[d.key] = base.nullable();
  }
  return z.object(shape);
}

export const parcelFieldsOutput = outputSchema(parcelFields);
export const contractOutput = outputSchema(contractFields);
export const yearOutput = outputSchema(yearFields);
export const enterpriseFieldsOutput = outputSchema(enterpriseFields);
