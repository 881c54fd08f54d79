/**
 * How the reports write figures and dates in their text: dates in Arabic numerals without
 * leading zeros (GB/T 9704-2012), 亩 to at most two decimals, shares as percentages.
 * Tables carry the numbers themselves; these are for sentences.
 */
import type { IsoDate } from '../../cases/types.ts';
import { num, pctZh } from '../../identification/support.ts';
import { formatChineseDate, isIsoDate, parseIsoDate } from '../../units/dates.ts';
import { ReportInputError, type ReportBlock, type ReportSection } from './model.ts';

export const dateZh = formatChineseDate;

/** 2024-03-05 → 3月5日, for dates inside a period whose year is stated already. */
export function monthDayZh(iso: IsoDate): string {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`日期无效：${iso}`);
  return `${d.month}月${d.day}日`;
}

/** 2024年3月4日—3月10日; a period across years names both years. */
export function periodZh(from: IsoDate, to: IsoDate): string {
  return from.slice(0, 4) === to.slice(0, 4) ? `${dateZh(from)}—${monthDayZh(to)}` : `${dateZh(from)}—${dateZh(to)}`;
}

/** 2890 → "2890 亩", 46510.068 → "46510.07 亩" */
export const muZh = (mu: number): string => `${num(mu)} 亩`;

export const parcelsMuZh = (parcels: number, mu: number): string => `${parcels} 宗 ${muZh(mu)}`;

/** 0.27683 → "27.68%" */
export const shareZh = (share: number): string => pctZh(share);

export const listZh = (items: readonly string[]): string => items.join('、');

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Sections headed 一、二、… in order (GB/T 9704's first heading level). */
export function numberedSections(sections: ReadonlyArray<{ titleZh: string; blocks: ReportBlock[] }>): ReportSection[] {
  return sections.map((s, i) => ({ headingZh: `${NUMERALS[i] ?? String(i + 1)}、${s.titleZh}`, blocks: s.blocks }));
}

/** Items numbered （一）（二）… — the second heading level, used for findings. */
export const subNumbered = (items: readonly string[]): string[] => items.map((t, i) => `（${NUMERALS[i] ?? String(i + 1)}）${t}`);

export const paragraph = (text: string): ReportBlock => ({ type: 'paragraph', text });

// ---------------------------------------------------------------------------------------
// Input checks: every problem found, each naming its field, thrown together.

export class InputChecks {
  readonly problemsZh: string[] = [];

  text(value: string | null | undefined, fieldZh: string): void {
    if (value == null || value.trim() === '') this.problemsZh.push(`${fieldZh}不能为空`);
  }

  date(value: string | null | undefined, fieldZh: string): void {
    if (value == null || !isIsoDate(value)) this.problemsZh.push(`${fieldZh}不是有效日期：${value ?? '（空）'}`);
  }

  period(p: { from: IsoDate; to: IsoDate }, fieldZh: string): void {
    const before = this.problemsZh.length;
    this.date(p.from, `${fieldZh}起始日期`);
    this.date(p.to, `${fieldZh}截止日期`);
    if (this.problemsZh.length === before && p.from > p.to) this.problemsZh.push(`${fieldZh}起始日期晚于截止日期：${p.from}—${p.to}`);
  }

  nonNegative(value: number | null | undefined, fieldZh: string): void {
    if (value == null || !Number.isFinite(value) || value < 0) this.problemsZh.push(`${fieldZh}须为非负数：${value ?? '（空）'}`);
  }

  /** Throws `ReportInputError` with every problem found. */
  done(): void {
    if (this.problemsZh.length > 0) throw new ReportInputError(this.problemsZh);
  }
}
