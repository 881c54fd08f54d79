/**
 * Money: stored in yuan, shown and entered in 万元. Entering goes through the
 * decimal string so that 12.3456 万元 is exactly 123 456 元, not 123 456.00000000001.
 */
const DECIMAL = /^[+-]?(\d+)(?:\.(\d+))?$/;

/** Parses a decimal string in 万元 into yuan, exact to the fen; undefined if not a number. */
export function parseTenThousandYuan(input: string): number | undefined {
  const m = DECIMAL.exec(input.trim().replace(/,/g, ''));
  if (!m) return undefined;
  const sign = input.trim().startsWith('-') ? -1 : 1;
  const whole = m[1] ?? '0';
  const frac = (m[2] ?? '').padEnd(6, '0');
  if (/[1-9]/.test(frac.slice(6))) return undefined; // finer than a fen
  const fen = BigInt(whole + frac.slice(0, 6));
  return (sign * Number(fen)) / 100;
}

export function yuanToTenThousandYuan(yuan: number): number {
  return Math.round(yuan) === yuan ? yuan / 10_000 : Math.round(yuan * 100) / 1_000_000;
}

/** "1,234.56 万元" */
export function formatTenThousandYuan(yuan: number | null | undefined, digits = 2): string {
  if (yuan == null) return '';
  const value = yuan / 10_000;
  return `${value.toLocaleString('zh-CN', { minimumFractionDigits: digits, maximumFractionDigits: digits })} 万元`;
}
