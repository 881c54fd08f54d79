/**
 * 发文字号 and Chinese-numeral dates (GB/T 9704-2012, DOMAIN §9.5): the year in full inside
 * 六角括号, the sequence number without 第 and without leading zeros.
 */
import { parseIsoDate } from '../units/dates.ts';

export function formatDocumentNumber(issuerCode: string, year: number, n: number): string {
  const code = issuerCode.trim();
  if (code.length === 0 || /[〔〕[\]]/.test(code)) throw new RangeError(`not an issuer code: ${issuerCode}`);
  if (!Number.isInteger(year) || year < 1900 || year > 2200) throw new RangeError(`not a year: ${year}`);
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`not a document sequence number: ${n}`);
  return `${code}〔${year}〕${n}号`;
}

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

function digit(d: number): string {
  return DIGITS[d] ?? '';
}

/** 1–31 the way dates are written: 十, 十一, 二十, 二十一, 三十一. */
function smallNumber(n: number): string {
  if (n < 10) return digit(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : digit(tens)}十${ones === 0 ? '' : digit(ones)}`;
}

/** 二〇二三年八月二十八日 — the GB/T 9704-1999 style, for legacy or ceremonial documents. */
export function formatChineseNumeralDate(iso: string): string {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`not a calendar date: ${iso}`);
  const year = String(d.year)
    .split('')
    .map((c) => digit(Number(c)))
    .join('');
  return `${year}年${smallNumber(d.month)}月${smallNumber(d.day)}日`;
}
