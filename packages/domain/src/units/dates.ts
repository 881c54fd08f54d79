/**
 * Calendar dates as ISO strings (YYYY-MM-DD). Periods are calendar periods that clamp
 * to the end of the month (2023-08-31 + 6 months = 2024-02-29); a year is never 365 days.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a real calendar date; 2023-02-30 and 2023-13-01 are not dates. */
export function parseIsoDate(input: string): YearMonthDay | undefined {
  const m = ISO_DATE.exec(input);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1900 || year > 2200 || month < 1 || month > 12) return undefined;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isIsoDate(input: string): boolean {
  return parseIsoDate(input) !== undefined;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatIsoDate(d: YearMonthDay): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

function requireDate(iso: string): YearMonthDay {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`not a calendar date: ${iso}`);
  return d;
}

export function addMonths(iso: string, months: number): string {
  const d = requireDate(iso);
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return formatIsoDate({ year, month, day: Math.min(d.day, daysInMonth(year, month)) });
}

export function addYears(iso: string, years: number): string {
  return addMonths(iso, years * 12);
}

export function addDays(iso: string, days: number): string {
  const d = requireDate(iso);
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return formatIsoDate({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() });
}

/** Calendar days from `from` to `to` (negative when `to` is earlier): 2023-12-31 → 2024-01-01 is 1. */
export function daysBetween(from: string, to: string): number {
  const a = requireDate(from);
  const b = requireDate(to);
  return (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000;
}

/** ISO dates compare correctly as strings; this names the intent. */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** "2023年8月28日" — Arabic numerals without leading zeros (GB/T 9704-2012). */
export function formatChineseDate(iso: string): string {
  const d = requireDate(iso);
  return `${d.year}年${d.month}月${d.day}日`;
}

/** Today's calendar date in China Standard Time (UTC+8), where the product's users are. */
export function todayInChina(now: Date = new Date()): string {
  const t = new Date(now.getTime() + 8 * 3600_000);
  return formatIsoDate({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() });
}
