import { describe, expect, it } from 'vitest';
import type { LedgerBatch } from '../ledger/records.ts';
import { identifyFile } from './evaluate.ts';
import { ledgerBatchToFacts } from './from-ledger.ts';
import { national2012 } from './rule-sets/index.ts';
import { formatIdentificationTable } from './table.ts';
import { formatContractProblem, validateFactsFile } from './validate.ts';

/** Validation of facts files with paths, ledger records to facts, the Chinese table. */

describe('validateFactsFile', () => {
  const problems = (input: unknown) => {
    const v = validateFactsFile(input);
    return v.ok ? [] : v.problems.map(formatContractProblem);
  };
  it('accepts a minimal file', () => expect(problems({ format: 'panhuo.parcel-facts/1', parcels: [{ id: 'a', area_m2: 1 }] })).toEqual([]));
  it('reports every problem with its JSON path', () => {
    const out = problems({
      format: 'panhuo.parcel-facts/1',
      parcels: [
        { id: 'a', area_m2: 1 },
        { id: 'b', area_m2: 1 },
        { id: 'c', area_m2: 1 },
        { id: 'd', area_m2: 0, contract: { agreedStartDate: '2023-02-30', extra: 1 }, construction: { started: 'yes' }, operations: { employees: 1.5 } },
        { area_m2: 1, enterprise: { catalogueClass: 'OTHER' } },
        { id: 'a', area_m2: 1, finance: { years: [{ year: 2020 }, { year: 2020 }] } },
      ],
    });
    expect(out).toEqual(
      expect.arrayContaining([
        '/parcels/3/area_m2: 应大于 0',
        '/parcels/3/contract/agreedStartDate: 不是有效日期（应为 YYYY-MM-DD 格式的真实日期）',
        '/parcels/3/contract/extra: 不允许的字段（格式中没有该字段）',
        '/parcels/3/construction/started: 类型应为布尔值（true 或 false）或null',
        '/parcels/3/operations/employees: 类型应为整数或null',
        '/parcels/4/id: 缺少必填字段',
        expect.stringMatching(/^\/parcels\/4\/enterprise\/catalogueClass: 取值应为/),
        '/parcels/5/id: 宗地标识「a」与 /parcels/0/id 重复（应在文件内唯一）',
        '/parcels/5/finance/years/1/year: 2020 年度与 /parcels/5/finance/years/0 重复（每年一条）',
      ]),
    );
    expect(out.filter((l) => l.startsWith('/parcels/3/contract/agreedStartDate'))).toHaveLength(1);
  });
  it('refuses another format and a non-object', () => {
    expect(problems({ format: 'panhuo.parcel-facts/2', parcels: [] })).toEqual(['/format: 应为 "panhuo.parcel-facts/1"']);
    expect(problems([])).toEqual(['/: 类型应为对象']);
  });
});

describe('ledgerBatchToFacts', () => {
  const batch: LedgerBatch = {
    enterprises: [{ values: { name: '某机械公司', uscc: '91350899MA00000001', catalogueClass: 'ELIMINATED', judicialStatus: 'NONE', phone: '123' } }],
    parcels: [
      {
        values: { code: 'QL-001', name: '机械厂地块', area_m2: 30_000, plannedUse: '0601', started: false, landPrice_yuan: 9_000_000, safetyNonCompliant: true, remarks: '不导出', halted: null },
        zoneName: '东园',
        enterpriseUscc: '91350899MA00000001',
        contract: { contractNo: 'X-1', agreedStartDate: '2022-05-20', investmentIntensity_10kYuanPerMu: 300 },
        years: [
          { year: 2021, taxPaid_yuan: 100, landUseTax_yuan: null },
          { year: 2020, taxPaid_yuan: 50 },
        ],
      },
      { values: { code: 'QL-002', area_m2: 1_000 }, enterpriseName: '无码企业' },
    ],
  };
  const facts = ledgerBatchToFacts(batch, '341825');
  it('maps each field by its factsPath, leaves unknowns out, and validates', () => {
    expect(facts.parcels[0]).toEqual({
      id: 'QL-001',
      parcelCode: 'QL-001',
      name: '机械厂地块',
      area_m2: 30_000,
      plannedUse: '0601',
      zone: '东园',
      construction: { started: false },
      right: { landPrice_yuan: 9_000_000 },
      compliance: { safety: { nonCompliant: true } },
      contract: { agreedStartDate: '2022-05-20', investmentIntensity_10kYuanPerMu: 300 },
      finance: { years: [{ year: 2020, taxPaid_yuan: 50 }, { year: 2021, taxPaid_yuan: 100 }] },
      enterprise: { name: '某机械公司', uscc: '91350899MA00000001', catalogueClass: 'ELIMINATED', judicialStatus: 'NONE' },
    });
    expect(facts.parcels[1]).toEqual({ id: 'QL-002', parcelCode: 'QL-002', area_m2: 1_000, enterprise: { name: '无码企业' } });
    expect(facts.jurisdiction).toBe('341825');
    expect(validateFactsFile(facts).ok).toBe(true);
  });
  it('identifies what it maps', () => {
    expect(identifyFile(national2012, facts, '2023-06-30').results[0]!.criteria[0]!.status).toBe('MET');
  });
});

describe('formatIdentificationTable', () => {
  it('summarises and lists parcels in Chinese', () => {
    const doc = identifyFile(
      national2012,
      { format: 'panhuo.parcel-facts/1', parcels: [{ id: 'A1', area_m2: 30_000, contract: { agreedStartDate: '2022-05-20' }, construction: { started: false }, right: { landPrice_yuan: 9_000_000 }, idleCause: { type: 'ENTERPRISE' } }] },
      '2023-06-30',
    );
    const text = formatIdentificationTable(doc);
    expect(text).toContain('评估基准日：2023年6月30日');
    expect(text).toContain('共 1 宗：闲置 1 宗，低效 0 宗，无法判断 0 宗，未发现 0 宗');
    expect(text).toMatch(/A1\s+闲置\s+NAT-IDLE-01\s+—\s+—\s+—\s+D-N07\s+180/);
  });
});
