/**
 * Exact area arithmetic for targets. Achieved areas are sums of stored m² (two decimals),
 * kept as integer 1/100 m² (`centiM2`). Target areas are stated in 亩, and 610 亩 is
 * 1 220 000/3 m², which no float holds, so a target area is a ratio of integers in m²
 * (the identification rules' `Fraction`). A measure exactly on a target is exactly on it.
 */
import type { IsoDate } from '../cases/types.ts';
import type { Fraction } from '../identification/rule-set.ts';
import { centiM2, compareProducts, round2 } from '../identification/support.ts';
import { daysBetween } from '../units/dates.ts';

/** An area in m² as num/den. */
export type ExactArea = Fraction;

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

function reduce(num: number, den: number): ExactArea {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den)) throw new RangeError(`面积超出可精确计算的范围：${num}/${den}`);
  const g = gcd(num, den) || 1;
  return { num: num / g, den: den / g };
}

/** A figure in 亩 as targets state them: non-negative, at most two decimals. */
export function isMuFigure(mu: number): boolean {
  return Number.isFinite(mu) && mu >= 0 && Math.abs(mu * 100 - Math.round(mu * 100)) <= 1e-6;
}

function hundredths(value: number, what: string): number {
  if (!isMuFigure(value)) throw new RangeError(`${what}须为不超过两位小数的非负数：${value}`);
  return Math.round(value * 100);
}

/** 亩 (at most two decimals) as exact m²: h/100 亩 × 2000/3 m² = 20h/3 m². */
export function exactMu(mu: number): ExactArea {
  return reduce(hundredths(mu, '目标面积（亩）') * 20, 3);
}

export function exactCentiM2(centi: number): ExactArea {
  return reduce(centi, 100);
}

export function addExact(a: ExactArea, b: ExactArea): ExactArea {
  return reduce(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function subtractExact(a: ExactArea, b: ExactArea): ExactArea {
  return reduce(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function scaleExact(a: ExactArea, share: Fraction): ExactArea {
  return reduce(a.num * share.num, a.den * share.den);
}

/** sign(achieved × factor − target), achieved in 1/100 m²; factor = fNum/fDen ≥ 0. */
export function compareCentiWithTarget(centi: number, target: ExactArea, fNum = 1, fDen = 1): number {
  // centi/100 · fNum/fDen vs num/den  ⇔  centi · fNum · den vs num · 100 · fDen
  return compareProducts(centi, fNum, target.den, target.num, 100, fDen);
}

/** For display: m² rounded to the stored two decimals. */
export const exactToM2 = (a: ExactArea): number => round2(a.num / a.den);
/** For display: 亩 rounded to two decimals. */
export const exactToMu = (a: ExactArea): number => round2((a.num * 3) / (a.den * 2000));

export const centiToM2 = (centi: number): number => centi / 100;
/** 1/100 m² → 亩 rounded half up to two decimals without a float product (46 510.068 → 46 510.07). */
export function centiToMu(centi: number): number {
  // hundredths of 亩 = centi · 3 / 2000; half up = floor((6·|centi| + 2000) / 4000)
  const a = Math.abs(centi);
  const h = Number.isSafeInteger(a * 6) ? Math.floor((a * 6 + 2000) / 4000) : Math.round((a * 3) / 2000);
  return ((centi < 0 ? -h : h) || 0) / 100;
}

/** Sums stored m² exactly, as integer 1/100 m². */
export function sumCentiM2(areas: Iterable<number>): number {
  let sum = 0;
  for (const a of areas) sum += centiM2(a);
  return sum;
}

/** round(n · share) half-up for n ≥ 0, in integers. */
export function shareOfInteger(n: number, share: Fraction): number {
  const num = BigInt(n) * BigInt(share.num);
  const den = BigInt(share.den);
  return Number((num * 2n + den) / (den * 2n));
}

/** ceil(n · share) for n ≥ 0, in integers. */
export function ceilShareOfInteger(n: number, share: Fraction): number {
  const num = BigInt(n) * BigInt(share.num);
  const den = BigInt(share.den);
  return Number((num + den - 1n) / den);
}

// ---------------------------------------------------------------------------------------
// Calendar days, for the linear projection.

/** Days from `from` to `to`, both counted: 2023-10-01 … 2023-12-31 is 92 days. */
export function daysInclusive(from: IsoDate, to: IsoDate): number {
  return daysBetween(from, to) + 1;
}
