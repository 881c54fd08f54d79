/** Small guard helpers shared by the profiles; every refusal reason is Chinese. */
import { compareIsoDates, formatChineseDate, isIsoDate } from '../units/dates.ts';
import type { DecisionContext, IsoDate, Refusal, RefusalCode } from './types.ts';

export function refuse(code: RefusalCode, reason: string): Refusal {
  return { ok: false, code, reason };
}

export function isRefusal(x: unknown): x is Refusal {
  return typeof x === 'object' && x !== null && (x as { ok?: unknown }).ok === false;
}

export const zh = formatChineseDate;

/** A date the actor enters: a real date and not after today. `field` is the Chinese field name. */
export function checkPastDate(value: unknown, field: string, ctx: DecisionContext): Refusal | undefined {
  if (typeof value !== 'string' || !isIsoDate(value)) return refuse('INVALID_INPUT', `请填写有效的${field}（年-月-日）。`);
  if (compareIsoDates(value, ctx.today) > 0) {
    return refuse('DATE_IN_FUTURE', `${field}${zh(value)}晚于今天（${zh(ctx.today)}），不能登记将来的日期。`);
  }
  return undefined;
}

export function nonEmptyText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

export function nonEmptyList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length > 0 && value.every((v) => nonEmptyText(v));
}

export function isAfter(a: IsoDate, b: IsoDate): boolean {
  return compareIsoDates(a, b) > 0;
}

export function isBefore(a: IsoDate, b: IsoDate): boolean {
  return compareIsoDates(a, b) < 0;
}
