/**
 * How a stored value reads on screen, by field type: dates as 2023年8月28日, money in
 * 万元, areas in 平方米 with 亩, percentages as %, enums by their Chinese label.
 * `null` means "not filled in"; callers show it as 「—」.
 */
import dayjs from 'dayjs';
import {
  allLedgerFields,
  enumLabel,
  formatChineseDate,
  formatMu,
  formatSquareMetres,
  formatTenThousandYuan,
  isIsoDate,
  type FieldDef,
} from '@panhuo/domain';

export const EMPTY_TEXT = '—';

const grouped = (value: number, maxDigits: number, minDigits = 0) =>
  value.toLocaleString('zh-CN', { minimumFractionDigits: minDigits, maximumFractionDigits: maxDigits });

export const isBlank = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

export function formatPercent(fraction: number): string {
  return `${grouped(fraction * 100, 2)}%`;
}

export function formatDate(iso: string): string {
  return isIsoDate(iso) ? formatChineseDate(iso) : iso;
}

/** "2024年3月5日 14:02", in the browser's time zone (the users' own). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return EMPTY_TEXT;
  const t = dayjs(iso);
  return t.isValid() ? t.format('YYYY年M月D日 HH:mm') : iso;
}

export function formatFieldValue(def: FieldDef, value: unknown): string | null {
  if (isBlank(value)) return null;
  switch (def.type) {
    case 'string':
    case 'text':
      return String(value);
    case 'date':
      return formatDate(String(value));
    case 'boolean':
      return value === true ? '是' : value === false ? '否' : String(value);
    case 'enum':
      return def.enumId ? enumLabel(def.enumId, String(value)) : String(value);
    case 'money':
      return typeof value === 'number' ? formatTenThousandYuan(value) : String(value);
    case 'area':
      return typeof value === 'number' ? `${formatSquareMetres(value)}（${formatMu(value)}）` : String(value);
    case 'percent':
      return typeof value === 'number' ? formatPercent(value) : String(value);
    case 'decimal':
      return typeof value === 'number' ? grouped(value, 4) : String(value);
    case 'integer':
      return typeof value === 'number' ? grouped(value, 0) : String(value);
  }
}

/**
 * The catalogue entry behind a change's key. Keys may be plain (`area_m2`) or carry the
 * record they belong to (`contract.agreedStartDate`, `years.2023.taxPaid_yuan`).
 */
export function fieldForChangeKey(key: string): FieldDef | undefined {
  const last = key.split(/[.[\]]/).filter(Boolean).pop() ?? key;
  const entity = key.startsWith('contract') ? 'contract' : key.startsWith('year') ? 'year' : undefined;
  return (
    allLedgerFields.find((d) => d.key === last && (entity === undefined || d.entity === entity)) ??
    allLedgerFields.find((d) => d.key === last)
  );
}

/** A value from a change record: formatted by the field's type when the key is a catalogue field. */
export function formatChangeValue(key: string, value: unknown): string {
  if (isBlank(value)) return EMPTY_TEXT;
  const def = fieldForChangeKey(key);
  if (def) return formatFieldValue(def, value) ?? EMPTY_TEXT;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'object' && value !== null) {
    const named = value as { name?: unknown };
    if (typeof named.name === 'string') return named.name;
    return JSON.stringify(value);
  }
  return String(value);
}
