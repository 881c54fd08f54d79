/** Refusals of plan and measure steps: a stable code and a Chinese message naming what is missing. */
import { compareIsoDates, formatChineseDate, isIsoDate } from '../units/dates.ts';
import type { IsoDate } from './types.ts';

export type DisposalRefusalCode =
  | 'ACTION_NOT_ALLOWED'
  | 'ALREADY_CONCLUDED'
  | 'UNKNOWN_METHOD'
  | 'INVALID_INPUT'
  | 'DATE_IN_FUTURE'
  | 'DATE_BEFORE_APPROVAL'
  | 'PLAN_NOT_APPROVED'
  | 'PLAN_INCOMPLETE'
  | 'DEADLINE_PASSED'
  | 'MEASURES_OPEN'
  | 'AGREEMENT_NOT_APPLICABLE'
  | 'AGREEMENT_REQUIRED'
  | 'EVIDENCE_REQUIRED'
  | 'EVIDENCE_MISMATCH'
  | 'AREA_INVALID'
  | 'REASON_REQUIRED'
  | 'OPINION_REQUIRED';

export interface DisposalRefusal {
  ok: false;
  code: DisposalRefusalCode;
  messageZh: string;
}

export function refuse(code: DisposalRefusalCode, messageZh: string): DisposalRefusal {
  return { ok: false, code, messageZh };
}

export const zh = formatChineseDate;

export function nonEmptyText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** A date the user records: a real date, not after today. `field` is its Chinese name. */
export function checkPastDate(value: unknown, field: string, today: IsoDate): DisposalRefusal | undefined {
  if (typeof value !== 'string' || !isIsoDate(value)) return refuse('INVALID_INPUT', `请填写有效的${field}（年-月-日）。`);
  if (compareIsoDates(value, today) > 0) {
    return refuse('DATE_IN_FUTURE', `${field}${zh(value)}晚于今天（${zh(today)}），不能登记将来的日期。`);
  }
  return undefined;
}
