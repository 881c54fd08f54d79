/** GB/T 2260 行政区划代码: six digits; the level follows from the trailing zeros. */
export type AdminLevel = 'PROVINCE' | 'CITY' | 'COUNTY';

export const ROOT_JURISDICTION_CODE = '000000';

export function isAdminCode(code: string): boolean {
  return /^[1-8]\d{5}$/.test(code);
}

export function adminLevel(code: string): AdminLevel {
  if (code.endsWith('0000')) return 'PROVINCE';
  if (code.endsWith('00')) return 'CITY';
  return 'COUNTY';
}

/** The code of the division one level up (the province of a city, the city of a county). */
export function parentAdminCode(code: string): string | undefined {
  switch (adminLevel(code)) {
    case 'PROVINCE':
      return undefined;
    case 'CITY':
      return code.slice(0, 2) + '0000';
    case 'COUNTY':
      return code.slice(0, 4) + '00';
  }
}
