/**
 * The attributes a parcel's code (宗地编号) is read from, in order of preference: the
 * names seen in county cadastral files (地籍调查 ZDDM, 宗地代码; planning DKBH…).
 */
export const PARCEL_CODE_ATTRIBUTES = ['code', 'CODE', '地块编号', 'DKBH', 'ZDDM', '宗地代码', '宗地编号'] as const;

export interface FoundCode {
  attribute: string;
  code: string;
}

const asCode = (v: unknown): string | null => {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  return null;
};

/** The first present, non-empty code attribute (exact name first, then ignoring case). */
export function findParcelCode(properties: Record<string, unknown> | null | undefined): FoundCode | null {
  if (!properties) return null;
  const keys = Object.keys(properties);
  for (const name of PARCEL_CODE_ATTRIBUTES) {
    const key = name in properties ? name : keys.find((k) => k.toLowerCase() === name.toLowerCase());
    const code = key === undefined ? null : asCode(properties[key]);
    if (code !== null) return { attribute: key!, code };
  }
  return null;
}
