import { squareMetresToMu } from '../units/area.ts';
import { formatChineseDate, isIsoDate } from '../units/dates.ts';
import { pending } from './model.ts';
import { idleLandFee } from '../cases/fees.ts';

/**
 * How facts are written in a document: dates in Arabic numerals (GB/T 9704-2012),
 * money in 元 with two decimals, areas in 亩 and m². A missing fact becomes a visible
 * （待补充：label） so a draft can be completed before it is issued.
 */
type Maybe<T> = T | null | undefined;

const grouped = (value: number, digits: number): string =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function text(value: Maybe<string>, label: string): string {
  return value != null && value.trim() !== '' ? value.trim() : pending(label);
}

export function date(value: Maybe<string>, label: string): string {
  return value && isIsoDate(value) ? formatChineseDate(value) : pending(label);
}

/** "12.50亩（8,333.33平方米）" */
export function area(m2: Maybe<number>, label: string): string {
  if (m2 == null) return pending(label);
  return `${grouped(squareMetresToMu(m2), 2)}亩（${grouped(m2, 2)}平方米）`;
}

export function squareMetres(m2: Maybe<number>, label: string): string {
  return m2 == null ? pending(label) : `${grouped(m2, 2)}平方米`;
}

export function mu(m2: Maybe<number>, label: string): string {
  return m2 == null ? pending(label) : `${grouped(squareMetresToMu(m2), 2)}亩`;
}

/** "1,234,567.00元" */
export function yuan(amount: Maybe<number | string>, label: string): string {
  if (amount == null || amount === '') return pending(label);
  return `${grouped(Number(amount), 2)}元`;
}

/** "123.46万元" — where a form states its unit as 万元 */
export function tenThousandYuan(amount: Maybe<number>, label: string): string {
  return amount == null ? pending(label) : `${grouped(amount / 10_000, 2)}万元`;
}

/** "20%" from "0.20" */
export function percent(fraction: Maybe<string>, label: string): string {
  if (fraction == null || fraction === '') return pending(label);
  return `${String(Number((Number(fraction) * 100).toFixed(4)))}%`;
}

/**
 * price × rate, exact to the fen and rounded half up — the case machine's own arithmetic
 * (`idleLandFee`), so the decision states what the case recorded.
 */
export function feeAmount(priceYuan: number | string, rate: string): string {
  return idleLandFee(typeof priceYuan === 'number' ? priceYuan.toFixed(2) : priceYuan, rate);
}

/** A period counted from receipt, or a fixed date: "2026年12月1日前" / "自收到本通知书之日起30日内". */
export function deadline(opts: { on?: Maybe<string>; days?: Maybe<number>; working?: boolean; from: string; label: string }): string {
  if (opts.on && isIsoDate(opts.on)) return `${formatChineseDate(opts.on)}前（含当日）`;
  if (opts.days != null) return `自${opts.from}之日起${opts.days}${opts.working ? '个工作日' : '日'}内`;
  return pending(opts.label);
}
