import { describe, expect, it } from 'vitest';
import { checkUscc, completeUscc, organisationCodeCheckCharacter, usccCheckCharacter } from './uscc.ts';
import { adminLevel, isAdminCode, parentAdminCode } from './adminCode.ts';

describe('统一社会信用代码 (GB 32100)', () => {
  it('computes the check character of the documented example 91350100M000100Y43', () => {
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(organisationCodeCheckCharacter('M000100Y')).toBe('4');
    expect(checkUscc('91350100M000100Y43')).toEqual({ ok: true, normalized: '91350100M000100Y43', warningsZh: [] });
  });

  it('accepts the synthetic demo codes of DOMAIN.md §9.3', () => {
    for (const code of ['91350824MA3XXXXX2R', '91341825MA2YYYYY4Q', '91450700MA5QQQQQ0F', '91410404MA4NNNNN8B', '91640121MA7RRRRR8L']) {
      const r = checkUscc(code);
      expect(r.ok && r.warningsZh.filter((w) => w.startsWith('统一社会信用代码'))).toEqual([]);
    }
  });

  it('upper-cases input', () => {
    expect(checkUscc(' 91350100m000100y43 ')).toMatchObject({ ok: true, normalized: '91350100M000100Y43' });
  });

  it('warns, and does not reject, on a wrong check character', () => {
    const r = checkUscc('91350100M000100Y44');
    expect(r.ok).toBe(true);
    expect(r.ok && r.warningsZh).toEqual(['统一社会信用代码校验位不符：应为「3」，实际为「4」，请核对']);
  });

  it('rejects a wrong length or a character outside the set', () => {
    expect(checkUscc('9135010')).toMatchObject({ ok: false, errorZh: '统一社会信用代码应为 18 位，实际为 7 位' });
    expect(checkUscc('91350100M000100I43')).toMatchObject({ ok: false });
    expect(checkUscc('91350100M000100O43').ok).toBe(false);
  });

  it('completes codes that pass both checks', () => {
    const code = completeUscc('91350899MA000001');
    expect(code).toHaveLength(18);
    expect(checkUscc(code)).toMatchObject({ ok: true, warningsZh: [] });
  });
});

describe('行政区划代码 (GB/T 2260)', () => {
  it('tells the level and the parent', () => {
    expect(adminLevel('350000')).toBe('PROVINCE');
    expect(adminLevel('350800')).toBe('CITY');
    expect(adminLevel('350824')).toBe('COUNTY');
    expect(parentAdminCode('350824')).toBe('350800');
    expect(parentAdminCode('350800')).toBe('350000');
    expect(parentAdminCode('350000')).toBeUndefined();
    expect(isAdminCode('350824')).toBe(true);
    expect(isAdminCode('35082')).toBe(false);
    expect(isAdminCode('000000')).toBe(false);
  });
});
