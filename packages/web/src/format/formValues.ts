/**
 * Between stored values (m², yuan, fractions, ISO dates) and what a form holds (m²,
 * 万元, %, dayjs). Going back, the domain's parseFieldInput does the work, so a form
 * checks a value with exactly the rules and Chinese messages an Excel import uses.
 */
import dayjs, { type Dayjs } from 'dayjs';
import { parseFieldInput, yuanToTenThousandYuan, type FieldDef, type FieldValue, type ParsedValue } from '@panhuo/domain';
import type { FieldValues } from '../api/types.ts';

export type FormValue = string | number | boolean | Dayjs | null | undefined;

export function toFormValue(def: FieldDef, stored: FieldValue | undefined): FormValue {
  if (stored === null || stored === undefined) return def.type === 'boolean' ? null : undefined;
  switch (def.type) {
    case 'date':
      return typeof stored === 'string' ? dayjs(stored) : undefined;
    case 'money':
      return typeof stored === 'number' ? yuanToTenThousandYuan(stored) : undefined;
    case 'percent':
      // fractions keep 4 decimals of a percent (0.123456 → 12.3456 %)
      return typeof stored === 'number' ? Math.round(stored * 1_000_000) / 10_000 : undefined;
    case 'string':
    case 'text':
    case 'area':
    case 'decimal':
    case 'integer':
    case 'boolean':
    case 'enum':
      return stored;
  }
}

function rawInput(value: FormValue): unknown {
  if (dayjs.isDayjs(value)) return value.isValid() ? value.format('YYYY-MM-DD') : 'invalid';
  return value;
}

export function parseFormValue(def: FieldDef, value: FormValue): ParsedValue {
  return parseFieldInput(def, rawInput(value));
}

export function toFormValues(defs: FieldDef[], stored: FieldValues | null | undefined): Record<string, FormValue> {
  return Object.fromEntries(defs.map((def) => [def.key, toFormValue(def, stored?.[def.key])]));
}

/** Stored values of every field; assumes the form has validated them. */
export function fromFormValues(defs: FieldDef[], values: Record<string, FormValue> | undefined): FieldValues {
  const out: FieldValues = {};
  for (const def of defs) {
    const parsed = parseFormValue(def, values?.[def.key]);
    out[def.key] = parsed.ok ? parsed.value : null;
  }
  return out;
}

export const allBlank = (values: FieldValues) => Object.values(values).every((v) => v === null);
