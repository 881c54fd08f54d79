import type { Fraction, PeriodInput } from './types.ts';

/**
 * Figures of the targets page: 亩 as people say them, m² as the server stores them
 * (1 亩 = 2000/3 m², 1 公顷 = 15 亩), percentages as the seeds write them.
 */

/** 亩 → m², to the stored two decimals. */
export const muToM2 = (mu: number): number => Math.round(((mu * 2000) / 3) * 100) / 100;
/** m² → 亩, rounded to two decimals. */
export const m2ToMu = (m2: number): number => Math.round(((m2 * 3) / 2000) * 100) / 100;
export const haToMu = (ha: number): number => ha * 15;

const grouped = (n: number, digits: number) => n.toLocaleString('zh-CN', { minimumFractionDigits: 0, maximumFractionDigits: digits });

export const muText = (mu: number | undefined | null) => (mu == null ? '—' : `${grouped(mu, 2)} 亩`);
export const haText = (m2: number) => `${grouped(m2 / 10_000, 4)} 公顷`;
export const m2Text = (m2: number) => `${grouped(m2, 2)} 平方米`;

/** 1/8 → "12.5%" */
export const percentOf = (f: Fraction): string => `${grouped((f.num * 100) / f.den, 2)}%`;
export const percentNumber = (f: Fraction): number => Math.round(((f.num * 100) / f.den) * 100) / 100;

export interface Figures {
  parcels?: number;
  areaMu?: number;
}

export const figuresText = (f: Figures | undefined): string =>
  [f?.parcels != null ? `${f.parcels} 宗` : '', f?.areaMu != null ? muText(f.areaMu) : ''].filter(Boolean).join(' ') || '—';

/**
 * What the periods come to on the target's basis: the sum of the increments, or the last
 * cumulative figure. A figure is absent as soon as one period leaves it blank.
 */
export function periodsTotal(periods: ReadonlyArray<Partial<PeriodInput> | undefined>, basis: 'INCREMENTAL' | 'CUMULATIVE'): Figures {
  const rows = periods.filter((p): p is Partial<PeriodInput> => !!p);
  if (basis === 'CUMULATIVE') {
    const last = rows[rows.length - 1];
    return { parcels: last?.parcels ?? undefined, areaMu: last?.areaMu ?? undefined };
  }
  const sum = (key: 'parcels' | 'areaMu') =>
    rows.length > 0 && rows.every((p) => typeof p[key] === 'number') ? Math.round(rows.reduce((s, p) => s + (p[key] as number), 0) * 100) / 100 : undefined;
  return { parcels: sum('parcels'), areaMu: sum('areaMu') };
}

/** The stated figures the periods do not come to, e.g. ['宗数：各期合计 41 宗，总目标 42 宗']. */
export function totalMismatches(sum: Figures, total: Figures | undefined, basis: 'INCREMENTAL' | 'CUMULATIVE'): string[] {
  const what = basis === 'INCREMENTAL' ? '各期合计' : '末期累计';
  const out: string[] = [];
  if (total?.parcels != null && sum.parcels != null && sum.parcels !== total.parcels) out.push(`宗数：${what} ${sum.parcels} 宗，总目标 ${total.parcels} 宗`);
  if (total?.areaMu != null && sum.areaMu != null && Math.abs(sum.areaMu - total.areaMu) > 0.001) out.push(`面积：${what} ${muText(sum.areaMu)}，总目标 ${muText(total.areaMu)}`);
  return out;
}
