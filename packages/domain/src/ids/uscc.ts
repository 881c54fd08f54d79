/**
 * 统一社会信用代码 (GB 32100-2015). A wrong check character is reported as a warning,
 * not a rejection: some early pilot codes fail the check and are still legally valid.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export type UsccCheck =
  | { ok: false; normalized: string; errorZh: string }
  | { ok: true; normalized: string; warningsZh: string[] };

export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return CHARSET[(31 - (sum % 31)) % 31]!;
}

/** GB 11714 check of the 9-character organisation code inside positions 9–17. */
export function organisationCodeCheckCharacter(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = first8[i]!;
    const v = /[0-9]/.test(c) ? Number(c) : c.charCodeAt(0) - 55; // A=10 … Z=35
    sum += v * ORG_WEIGHTS[i]!;
  }
  const r = 11 - (sum % 11);
  return r === 10 ? 'X' : r === 11 ? '0' : String(r);
}

export function checkUscc(input: string): UsccCheck {
  const normalized = input.trim().toUpperCase();
  if (normalized.length !== 18) {
    return { ok: false, normalized, errorZh: `统一社会信用代码应为 18 位，实际为 ${normalized.length} 位` };
  }
  const bad = [...normalized].find((c) => !CHARSET.includes(c));
  if (bad !== undefined) {
    return { ok: false, normalized, errorZh: `统一社会信用代码含有不允许的字符「${bad}」（不使用 I、O、Z、S、V）` };
  }
  const warningsZh: string[] = [];
  const expected = usccCheckCharacter(normalized.slice(0, 17));
  if (normalized[17] !== expected) {
    warningsZh.push(`统一社会信用代码校验位不符：应为「${expected}」，实际为「${normalized[17]}」，请核对`);
  }
  const orgCode = normalized.slice(8, 16);
  if (/^[0-9A-Z]{8}$/.test(orgCode)) {
    const orgExpected = organisationCodeCheckCharacter(orgCode);
    if (normalized[16] !== orgExpected) {
      warningsZh.push(`组织机构代码校验位不符：应为「${orgExpected}」，实际为「${normalized[16]}」，请核对`);
    }
  }
  return { ok: true, normalized, warningsZh };
}

/** Builds a code that passes both checks, from its 16 leading characters (demo data, tests). */
export function completeUscc(first16: string): string {
  const first17 = first16 + organisationCodeCheckCharacter(first16.slice(8, 16));
  return first17 + usccCheckCharacter(first17);
}
