/**
 * How the dashboard writes its figures: 亩 with at most two decimals, parcels as whole
 * 宗, completion as a percentage. A figure the target does not state reads 「—」.
 */
import type { AmountFigures, TargetProgress } from '@panhuo/domain';

export const NONE = '—';

/** Which figure a chart or card shows: area in 亩 or the number of parcels (宗). */
export type Measure = 'MU' | 'PARCELS';

export const measureUnit: Record<Measure, string> = { MU: '亩', PARCELS: '宗' };

const grouped = (n: number, digits: number) => n.toLocaleString('zh-CN', { maximumFractionDigits: digits });

export const muText = (mu: number | null | undefined) => (mu == null ? NONE : `${grouped(mu, 2)} 亩`);
export const parcelsText = (n: number | null | undefined) => (n == null ? NONE : `${grouped(n, 2)} 宗`);
export const numberText = (n: number | null | undefined, measure: Measure) => (measure === 'MU' ? muText(n) : parcelsText(n));

/** "12 宗 / 350.5 亩", leaving out a figure the target does not state. */
export function figuresText(f: AmountFigures): string {
  const parts = [f.parcels == null ? null : parcelsText(f.parcels), f.areaMu == null ? null : muText(f.areaMu)].filter(Boolean);
  return parts.length ? parts.join(' / ') : NONE;
}

export function figureOf(f: AmountFigures, measure: Measure): number | undefined {
  return measure === 'MU' ? f.areaMu : f.parcels;
}

/** The measures a target states, area first (the seeds' headline figure is mostly 亩). */
export function statedMeasures(p: TargetProgress): Measure[] {
  const out: Measure[] = [];
  if (p.target.areaMu !== undefined) out.push('MU');
  if (p.target.parcels !== undefined) out.push('PARCELS');
  return out;
}

/**
 * Achieved ÷ target for one measure, not capped (over-achievement shows
 * as more than 100 %); absent when the target states no figure or a zero one.
 */
export function completion(p: TargetProgress, measure: Measure): number | undefined {
  const target = figureOf(p.target, measure);
  if (!target) return undefined;
  const achieved = measure === 'MU' ? p.achieved.areaMu : p.achieved.parcels;
  return achieved / target;
}

export const percentText = (fraction: number | undefined) => (fraction === undefined ? NONE : `${grouped(fraction * 100, 1)}%`);

/** The domain marks the platform's own readings with 〔REC〕; users read it as 平台口径. */
export const readingText = (reading: string) => reading.replace(/〔REC〕/g, '平台口径：');
