import { describe, expect, it } from 'vitest';
import { fieldByKey, allLedgerFields, parcelFields } from './fields.ts';
import { enumFromInput } from './enums.ts';
import { parseFieldInput } from './values.ts';
import { deriveStage } from './stage.ts';
import { checkContractConsistency, checkParcelConsistency } from './consistency.ts';
import { passwordProblems } from '../users/password.ts';
import { can } from '../users/roles.ts';

const field = (entity: 'parcel' | 'contract' | 'year', key: string) => fieldByKey(entity, key)!;

describe('field catalogue', () => {
  it('has unique keys per entity and unique columns per table', () => {
    for (const entity of ['parcel', 'contract', 'year', 'enterprise'] as const) {
      const defs = allLedgerFields.filter((d) => d.entity === entity);
      expect(new Set(defs.map((d) => d.key)).size).toBe(defs.length);
      expect(new Set(defs.map((d) => d.column)).size).toBe(defs.length);
    }
  });

  it('labels every field in Chinese and names money in 万元', () => {
    for (const d of allLedgerFields) {
      expect(d.labelZh).toMatch(/[\u4e00-\u9fa5]/);
      if (d.type === 'money') expect(d.labelZh).toContain('万元');
      if (d.type === 'area') expect(d.labelZh).toContain('平方米');
    }
  });

  it('maps to the parcel-facts contract paths without duplicates', () => {
    const paths = parcelFields.filter((d) => d.factsPath).map((d) => d.factsPath);
    expect(new Set(paths).size).toBe(paths.length);
  });
});

describe('parsing what people type', () => {
  it('reads dates in the usual Chinese ways and refuses impossible ones', () => {
    const d = field('parcel', 'acquisitionDate');
    expect(parseFieldInput(d, '2023-8-5')).toEqual({ ok: true, value: '2023-08-05' });
    expect(parseFieldInput(d, '2023年8月5日')).toEqual({ ok: true, value: '2023-08-05' });
    expect(parseFieldInput(d, '2023/08/05')).toEqual({ ok: true, value: '2023-08-05' });
    expect(parseFieldInput(d, new Date(Date.UTC(2023, 7, 5)))).toEqual({ ok: true, value: '2023-08-05' });
    expect(parseFieldInput(d, '2023-02-30')).toEqual({ ok: false, messageZh: '「土地取得日期」的值「2023-02-30」不是有效日期，应为 YYYY-MM-DD 格式的真实日期' });
  });

  it('reads money in 万元 into yuan, and refuses negatives', () => {
    const d = field('parcel', 'landPrice_yuan');
    expect(parseFieldInput(d, 350.5)).toEqual({ ok: true, value: 3_505_000 });
    expect(parseFieldInput(d, '0.1')).toEqual({ ok: true, value: 1000 });
    expect(parseFieldInput(d, -1)).toMatchObject({ ok: false, messageZh: '「出让（划拨）价款（万元）」不能为负数' });
    expect(parseFieldInput(d, '一百')).toMatchObject({ ok: false });
  });

  it('keeps an empty cell unknown, never zero, and insists on required fields', () => {
    expect(parseFieldInput(field('parcel', 'employees'), '')).toEqual({ ok: true, value: null });
    expect(parseFieldInput(field('parcel', 'area_m2'), null)).toEqual({ ok: false, messageZh: '「土地总面积（平方米）」为必填项' });
  });

  it('reads areas, percents, integers, booleans and enums', () => {
    expect(parseFieldInput(field('parcel', 'area_m2'), '12,345.678')).toEqual({ ok: true, value: 12345.68 });
    expect(parseFieldInput(field('parcel', 'area_m2'), 0)).toMatchObject({ ok: false });
    expect(parseFieldInput(field('parcel', 'buildingCoverage'), '28%')).toEqual({ ok: true, value: 0.28 });
    expect(parseFieldInput(field('parcel', 'buildingCoverage'), 130)).toMatchObject({ ok: false });
    expect(parseFieldInput(field('parcel', 'employees'), 12.5)).toMatchObject({ ok: false, messageZh: '「职工人数」应为整数' });
    expect(parseFieldInput(field('parcel', 'halted'), '是')).toEqual({ ok: true, value: true });
    expect(parseFieldInput(field('parcel', 'halted'), '也许')).toMatchObject({ ok: false });
    expect(parseFieldInput(field('parcel', 'acquisitionMode'), '出让')).toEqual({ ok: true, value: 'GRANT' });
    expect(parseFieldInput(field('parcel', 'plannedUse'), '工业用地')).toEqual({ ok: true, value: '0601' });
    expect(parseFieldInput(field('parcel', 'plannedUse'), '住宅')).toMatchObject({ ok: false });
  });

  it('accepts enum codes as well as labels', () => {
    expect(enumFromInput('operationsStatus', 'halted')).toBe('HALTED');
    expect(enumFromInput('operationsStatus', '停产')).toBe('HALTED');
  });
});

describe('stage of a parcel', () => {
  const base = { started: null, halted: null, completed: null, operationsStatus: null };
  it.each([
    [{ ...base }, 'UNKNOWN'],
    [{ ...base, started: false }, 'NOT_STARTED'],
    [{ ...base, started: true }, 'UNDER_CONSTRUCTION'],
    [{ ...base, started: true, halted: true }, 'CONSTRUCTION_HALTED'],
    [{ ...base, started: true, completed: true }, 'COMPLETED_NOT_PRODUCING'],
    [{ ...base, started: true, completed: true, operationsStatus: 'PRODUCING' }, 'PRODUCING'],
    [{ ...base, operationsStatus: 'SEMI_HALTED' }, 'SEMI_HALTED'],
    [{ ...base, operationsStatus: 'HALTED' }, 'PRODUCTION_HALTED'],
  ])('%o is %s', (facts, stage) => {
    expect(deriveStage(facts)).toBe(stage);
  });
});

describe('consistency of a parcel', () => {
  it('catches a granted area above the total and a completion before the start', () => {
    expect(checkParcelConsistency({ area_m2: 100, grantedArea_m2: 101 })).toEqual([{ key: 'grantedArea_m2', messageZh: '出让面积不能大于土地总面积' }]);
    expect(checkParcelConsistency({ area_m2: 100, grantedArea_m2: 100 })).toEqual([]);
    expect(checkParcelConsistency({ actualStartDate: '2023-05-01', completionDate: '2023-04-30' })[0]!.key).toBe('completionDate');
    expect(checkContractConsistency({ agreedStartDate: '2023-05-01', agreedCompletionDate: '2023-05-01' })).toEqual([]);
  });
});

describe('users', () => {
  it('password policy: 10 characters of three kinds, not containing the user name', () => {
    expect(passwordProblems('Abc#123456')).toEqual([]);
    expect(passwordProblems('Abc#12345')).toEqual(['密码长度至少 10 位']);
    expect(passwordProblems('abcdefghij1')).toEqual(['密码须包含大写字母、小写字母、数字、特殊字符中的至少三类']);
    expect(passwordProblems('Admin#2026x', 'admin')).toEqual(['密码不能包含用户名']);
  });

  it('roles: read-only roles cannot write, only admins manage users', () => {
    expect(can('LAND_BUREAU', 'ledger:write')).toBe(true);
    expect(can('LEADER', 'ledger:write')).toBe(false);
    expect(can('DEPARTMENT', 'ledger:import')).toBe(false);
    expect(can('LAND_BUREAU', 'users:manage')).toBe(false);
    expect(can('ADMIN', 'users:manage')).toBe(true);
  });
});
