import { enumFromInput, enums } from './enums.ts';
import type { FieldDef } from './fields.ts';
import { formatIsoDate, parseIsoDate } from '../units/dates.ts';
import { parseTenThousandYuan } from '../units/money.ts';

/**
 * Turns what a person typed (a form value, an Excel cell) into the stored value of a
 * field, in stored units (m², yuan, fraction), or a Chinese message saying what is wrong.
 * An empty input is null: unknown, never zero.
 */
export type ParsedValue = { ok: true; value: string | number | boolean | null } | { ok: false; messageZh: string };

const MAX_STRING = 200;
const MAX_TEXT = 4000;

/** Upper bounds that keep a value inside its column (and inside reason). */
const UPPER_BOUND: Partial<Record<FieldDef['type'], number>> = {
  area: 1e10, // 10 000 km²
  money: 1e14, // 100 亿万元
  decimal: 1e9,
  integer: 1e9,
};

/** Decimal places each kind of number is stored with; inputs are rounded to them. */
export const STORED_SCALE: Partial<Record<FieldDef['type'], number>> = {
  area: 2,
  money: 2,
  percent: 6,
  decimal: 4,
  integer: 0,
};

export function roundToScale(value: number, scale: number): number {
  const f = 10 ** scale;
  return Math.round(value * f) / f;
}

const isEmpty = (raw: unknown) => raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');

function parseDateInput(raw: unknown): string | undefined {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return undefined;
    // Spreadsheet dates arrive as midnight UTC of the calendar day.
    return formatIsoDate({ year: raw.getUTCFullYear(), month: raw.getUTCMonth() + 1, day: raw.getUTCDate() });
  }
  const s = String(raw).trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s);
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return parseIsoDate(iso) ? iso : undefined;
}

function parseNumberInput(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  const s = String(raw).trim().replace(/,/g, '');
  if (!/^[+-]?\d+(\.\d+)?$/.test(s)) return undefined;
  return Number(s);
}

const BOOLEAN_WORDS: Record<string, boolean> = {
  是: true, 否: false, 有: true, 无: false, true: true, false: false, y: true, n: false, yes: true, no: false, '1': true, '0': false,
};

export function parseFieldInput(def: FieldDef, raw: unknown): ParsedValue {
  if (isEmpty(raw)) {
    return def.required ? { ok: false, messageZh: `「${def.labelZh}」为必填项` } : { ok: true, value: null };
  }
  const shown = raw instanceof Date ? raw.toISOString().slice(0, 10) : String(raw).trim();
  switch (def.type) {
    case 'string':
    case 'text': {
      const max = def.type === 'string' ? MAX_STRING : MAX_TEXT;
      const s = String(raw).trim();
      if (s.length > max) return { ok: false, messageZh: `「${def.labelZh}」不能超过 ${max} 个字符` };
      return { ok: true, value: s };
    }
    case 'date': {
      const iso = parseDateInput(raw);
      if (!iso) return { ok: false, messageZh: `「${def.labelZh}」的值「${shown}」不是有效日期，应为 YYYY-MM-DD 格式的真实日期` };
      return { ok: true, value: iso };
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return { ok: true, value: raw };
      const b = BOOLEAN_WORDS[shown.toLowerCase()];
      if (b === undefined) return { ok: false, messageZh: `「${def.labelZh}」应填写「是」或「否」，实际为「${shown}」` };
      return { ok: true, value: b };
    }
    case 'enum': {
      const code = enumFromInput(def.enumId!, shown);
      if (code === undefined) {
        const allowed = Object.values(enums[def.enumId!] as Record<string, string>).join('、');
        return { ok: false, messageZh: `「${def.labelZh}」的值「${shown}」不在可选范围内（${allowed}）` };
      }
      return { ok: true, value: code };
    }
    case 'money': {
      const n = parseNumberInput(raw);
      const yuan = n === undefined ? undefined : parseTenThousandYuan(String(Math.round(n * 1e6) / 1e6));
      if (yuan === undefined) return { ok: false, messageZh: `「${def.labelZh}」的值「${shown}」不是数字（单位：万元）` };
      if (yuan < 0) return { ok: false, messageZh: `「${def.labelZh}」不能为负数` };
      if (yuan > UPPER_BOUND.money!) return { ok: false, messageZh: `「${def.labelZh}」数值过大，请核对单位（万元）` };
      return { ok: true, value: yuan };
    }
    case 'percent': {
      const n = parseNumberInput(shown.endsWith('%') ? shown.slice(0, -1) : raw);
      if (n === undefined) return { ok: false, messageZh: `「${def.labelZh}」的值「${shown}」不是百分数` };
      if (n < 0 || n > 100) return { ok: false, messageZh: `「${def.labelZh}」应在 0 到 100 之间（单位：%）` };
      return { ok: true, value: Math.round(n * 10_000) / 1_000_000 };
    }
    case 'area':
    case 'decimal':
    case 'integer': {
      const n = parseNumberInput(raw);
      if (n === undefined) return { ok: false, messageZh: `「${def.labelZh}」的值「${shown}」不是数字` };
      if (def.type === 'integer' && !Number.isInteger(n)) return { ok: false, messageZh: `「${def.labelZh}」应为整数` };
      if (n < 0) return { ok: false, messageZh: `「${def.labelZh}」不能为负数` };
      if (def.min !== undefined && n < def.min) return { ok: false, messageZh: `「${def.labelZh}」不能小于 ${def.min}` };
      if (def.max !== undefined && n > def.max) return { ok: false, messageZh: `「${def.labelZh}」不能大于 ${def.max}` };
      if (n > UPPER_BOUND[def.type]!) return { ok: false, messageZh: `「${def.labelZh}」数值过大，请核对单位` };
      return { ok: true, value: roundToScale(n, STORED_SCALE[def.type]!) };
    }
  }
}
