import { squareMetresToMu } from '@panhuo/domain';
import type { FieldValue } from '@panhuo/domain';

const num = (v: FieldValue | undefined) => (typeof v === 'number' ? v : null);

/**
 * 亩均税收 of one year in 万元/亩: tax paid less land-use tax and property tax (the
 * appraisal leaves out the taxes that grow with the land itself), over the parcel's
 * total area. An unknown breakdown counts as zero; an unknown tax or area gives null.
 */
export function taxPerMuExcludingLandTaxes(year: Record<string, FieldValue>, area_m2: FieldValue | undefined): number | null {
  const paid = num(year.taxPaid_yuan);
  const area = num(area_m2);
  if (paid === null || area === null || area <= 0) return null;
  const assessed = paid - (num(year.landUseTax_yuan) ?? 0) - (num(year.propertyTax_yuan) ?? 0);
  return assessed / 10_000 / squareMetresToMu(area);
}
