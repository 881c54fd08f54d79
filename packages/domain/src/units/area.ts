/**
 * Land-area units. 1 亩 = 2000/3 m² exactly (市制), 1 公顷 = 10 000 m² = 15 亩.
 * Conversions multiply before dividing so that whole m² values stay exact as long
 * as possible; display rounds at the end.
 */
export const SQUARE_METRES_PER_MU = 2000 / 3;

export function squareMetresToMu(m2: number): number {
  return (m2 * 3) / 2000;
}

export function muToSquareMetres(mu: number): number {
  return (mu * 2000) / 3;
}

export function squareMetresToHectares(m2: number): number {
  return m2 / 10_000;
}

const grouped = (value: number, digits: number): string =>
  value.toLocaleString('zh-CN', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** "12.50 亩" — 亩 to two decimals as the seeds do. */
export function formatMu(m2: number | null | undefined): string {
  return m2 == null ? '' : `${grouped(squareMetresToMu(m2), 2)} 亩`;
}

/** "0.8333 公顷" — hectares to four decimals (1 m² precision, as Qinzhou's table). */
export function formatHectares(m2: number | null | undefined): string {
  return m2 == null ? '' : `${grouped(squareMetresToHectares(m2), 4)} 公顷`;
}

export function formatSquareMetres(m2: number | null | undefined): string {
  return m2 == null ? '' : `${grouped(m2, 2)} 平方米`;
}
