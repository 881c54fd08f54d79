/** Builders for the campaign tests: revitalised measures with areas in 亩 or m². */
import { muToSquareMetres } from '../units/area.ts';
import type { RevitalisedMeasure } from './types.ts';

let serial = 0;

export function measure(revitalisedAt: string, area_m2: number, extra: Partial<RevitalisedMeasure> = {}): RevitalisedMeasure {
  serial += 1;
  return { measureId: `m${serial}`, parcelId: `p${serial}`, revitalisedAt, revitalisedArea_m2: area_m2, ...extra };
}

/** Stored m² of an area in 亩: two decimals, as the ledger keeps it. */
export const storedMu = (mu: number): number => Math.round(muToSquareMetres(mu) * 100) / 100;

/** `count` parcels on one day sharing `mu` 亩 exactly (the first one takes the rounding). */
export function parcelsOn(day: string, count: number, mu: number, extra: Partial<RevitalisedMeasure> = {}): RevitalisedMeasure[] {
  const totalCenti = Math.round(muToSquareMetres(mu) * 100);
  const each = Math.floor(totalCenti / count);
  return Array.from({ length: count }, (_, i) => measure(day, (i === 0 ? totalCenti - each * (count - 1) : each) / 100, extra));
}
