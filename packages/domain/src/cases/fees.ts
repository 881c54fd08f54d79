/**
 * Exact decimal arithmetic for the idle-land fee (Order 53 Art. 14). Land prices run to
 * millions of yuan; a float product such as 1234567.89 × 0.2 is not a fen-exact amount,
 * so both factors become scaled BigInts and the product is rounded to the fen half-up.
 */
const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

interface Scaled {
  units: bigint;
  scale: number;
}

function parseDecimal(input: string, what: string): Scaled {
  const m = DECIMAL.exec(input.trim());
  if (!m) throw new RangeError(`${what} is not a non-negative decimal: ${input}`);
  const frac = m[2] ?? '';
  return { units: BigInt((m[1] ?? '0') + frac), scale: frac.length };
}

/** Parses yuan into fen; undefined when not a non-negative decimal or finer than a fen. */
export function yuanToFen(input: string): bigint | undefined {
  const m = DECIMAL.exec(input.trim());
  if (!m) return undefined;
  const frac = m[2] ?? '';
  if (/[1-9]/.test(frac.slice(2))) return undefined;
  return BigInt((m[1] ?? '0') + frac.slice(0, 2).padEnd(2, '0'));
}

/** "24691358" fen → "246913.58" */
export function fenToYuan(fen: bigint): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const s = abs.toString().padStart(3, '0');
  return `${negative ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
}

/** landPrice × rate, exact, rounded to the fen half-up, as a decimal string with two places. */
export function idleLandFee(landPriceYuan: string, rate: string): string {
  const price = parseDecimal(landPriceYuan, 'land price');
  const r = parseDecimal(rate, 'fee rate');
  if (r.units > 10n ** BigInt(r.scale)) throw new RangeError(`fee rate above 100 %: ${rate}`);
  const product = price.units * r.units; // scaled by 10^(price.scale + r.scale)
  const divisor = 10n ** BigInt(price.scale + r.scale);
  const fenTimesDivisor = product * 100n;
  const fen = (fenTimesDivisor * 2n + divisor) / (divisor * 2n); // floor(x + 1/2)
  return fenToYuan(fen);
}

/** Two yuan amounts are the same to the fen ("246913.58" = "246913.580"). */
export function sameYuanAmount(a: string, b: string): boolean {
  const fa = yuanToFen(a);
  const fb = yuanToFen(b);
  return fa !== undefined && fb !== undefined && fa === fb;
}
