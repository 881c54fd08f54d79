import { formatChineseDate, type ReportColumn, type ReportTable, type ReportCellValue } from '@panhuo/domain';

/**
 * What both renderers need to know about a report table: how a cell reads as text (the
 * .docx prints text; the .xlsx keeps numbers and uses the same places as a number format)
 * and how wide a table is, in CJK characters, to choose the page orientation.
 */

/** A cell as printed: numbers to the column's places, shares as percentages, dates in Arabic numerals. */
export function cellText(column: ReportColumn, value: ReportCellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return column.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatChineseDate(value) : value;
  switch (column.type) {
    case 'integer':
      return String(Math.round(value));
    case 'decimal':
      return value.toFixed(column.decimals ?? 2);
    case 'percent':
      return `${(value * 100).toFixed(column.decimals ?? 2)}%`;
    case 'text':
    case 'date':
      return String(value);
  }
}

export const isNumeric = (c: ReportColumn): boolean => c.type === 'integer' || c.type === 'decimal' || c.type === 'percent';

/** The table's width in CJK characters, as the builder apportioned it. */
export const tableWidth = (t: ReportTable): number => t.columns.reduce((s, c) => s + c.width, 0);

/** Display width in half-width units: a CJK character takes two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x2e80 ? 1 : 2;
  return w;
}

/**
 * A worksheet name Excel accepts: at most 31 characters, none of []:*?/\, not starting or
 * ending with an apostrophe, and not already used in the workbook (a （2） is added).
 */
export function sheetName(title: string, taken: ReadonlySet<string>): string {
  const clean = title.replace(/[[\]:*?/\\]/g, '_').replace(/^'+|'+$/g, '').trim() || '表';
  const cut = (s: string, max: number) => [...s].slice(0, max).join('');
  let name = cut(clean, 31);
  for (let n = 2; [...taken].some((t) => t.toLowerCase() === name.toLowerCase()); n += 1) {
    const suffix = `（${n}）`;
    name = cut(clean, 31 - suffix.length) + suffix;
  }
  return name;
}
