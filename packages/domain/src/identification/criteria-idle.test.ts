import { describe, expect, it } from 'vitest';
import { evaluateCriterion } from './kinds/index.ts';
import { criteriaWithIds, parcel, runCases } from './test-support.ts';

/**
 * The idle criteria of every rule set (NAT-IDLE-01/02 and their local copies) and
 * Yongning's pre-idle warning, each side of each threshold.
 */
const agreed = (agreedStartDate: string | null, construction: object = { started: false }) => parcel({ contract: { agreedStartDate }, construction });

describe('not started one full year after the agreed start date (NOT_STARTED_OVERDUE)', () => {
  runCases(
    ['NAT-IDLE-01', 'JD-IDLE-01', 'YN-IDLE-01', 'QZ-IDLE-01'],
    [
      { name: 'exactly one year: met (满一年 is inclusive)', facts: agreed('2022-05-20'), asOf: '2023-05-20', status: 'MET' },
      { name: 'one day short: not met, met on the anniversary', facts: agreed('2022-05-20'), asOf: '2023-05-19', status: 'NOT_MET', willBeMetOn: '2023-05-20' },
      { name: '29 February + 1 year clamps to 28 February: met then', facts: agreed('2020-02-29'), asOf: '2021-02-28', status: 'MET' },
      { name: '29 February + 1 year: a day before is not met', facts: agreed('2020-02-29'), asOf: '2021-02-27', status: 'NOT_MET', willBeMetOn: '2021-02-28' },
      { name: 'started on the anniversary: not met', facts: agreed('2022-05-20', { started: true, actualStartDate: '2023-05-20' }), asOf: '2024-01-01', status: 'NOT_MET' },
      { name: 'started the day after the anniversary: met (started late)', facts: agreed('2022-05-20', { started: true, actualStartDate: '2023-05-21' }), asOf: '2024-01-01', status: 'MET' },
      { name: 'start unknown after the anniversary: unknown', facts: agreed('2022-05-20', {}), asOf: '2024-01-01', status: 'UNKNOWN', missing: ['construction.started'] },
      { name: 'started, date unknown, after the anniversary: unknown', facts: agreed('2022-05-20', { started: true }), asOf: '2024-01-01', status: 'UNKNOWN', missing: ['construction.actualStartDate'] },
      { name: 'before the anniversary with the start unknown: already not met', facts: agreed('2022-05-20', {}), asOf: '2023-01-01', status: 'NOT_MET', willBeMetOn: null },
      { name: 'started before the anniversary (date unknown): not met, no prediction', facts: agreed('2022-05-20', { started: true }), asOf: '2023-01-01', status: 'NOT_MET', willBeMetOn: null },
    ],
  );
  it('without an agreed start date: unknown nationally, delivery date + 1 year in Yongning', () => {
    const facts = parcel({ contract: { agreedStartDate: null }, construction: { started: false }, right: { deliveryDate: '2022-03-31' } });
    for (const [rs, def] of criteriaWithIds(['NAT-IDLE-01', 'JD-IDLE-01', 'QZ-IDLE-01'])) {
      const r = evaluateCriterion(def, facts, '2024-01-01');
      expect(r.status, rs.id).toBe('UNKNOWN');
      expect(r.missing).toEqual(['contract.agreedStartDate']);
    }
    const [, yn] = criteriaWithIds(['YN-IDLE-01'])[0]!;
    expect(evaluateCriterion(yn, facts, '2023-03-31').status).toBe('MET');
    expect(evaluateCriterion(yn, facts, '2023-03-30')).toMatchObject({ status: 'NOT_MET', willBeMetOn: '2023-03-31' });
    expect(evaluateCriterion(yn, facts, '2023-03-31').evidence).toContain('实际交付土地日期');
    expect(evaluateCriterion(yn, parcel({ construction: { started: false } }), '2024-01-01')).toMatchObject({
      status: 'UNKNOWN',
      missing: ['contract.agreedStartDate', 'right.deliveryDate'],
    });
  });
  it('evidence states the dates, the period and the wording', () => {
    const [, def] = criteriaWithIds(['NAT-IDLE-01'])[0]!;
    const r = evaluateCriterion(def, agreed('2022-05-20'), '2026-11-23');
    expect(r.evidence).toContain('约定动工日期 2022年5月20日，截至 2026年11月23日 未动工开发，已超过约定动工日期满 1 年（2023年5月20日 届满）');
    expect(r.evidence).toContain('满一年未动工开发的国有建设用地');
  });
});

const halted = (construction: object, contract: object = { requiredDevelopmentArea_m2: 24_000, totalInvestment_yuan: 80_000_000 }) =>
  parcel({ contract, construction: { started: true, actualStartDate: '2021-05-01', halted: true, haltStartDate: '2022-03-01', ...construction } });

describe('started, under a third developed or a quarter invested, halted a full year (STARTED_SHARE_BELOW_HALTED)', () => {
  runCases(
    ['NAT-IDLE-02', 'JD-IDLE-02', 'YN-IDLE-02', 'QZ-IDLE-02'],
    [
      { name: 'area just under a third, halted exactly a year: met', facts: halted({ developedArea_m2: 7999.99, investedAmount_yuan: 20_000_000 }), asOf: '2023-03-01', status: 'MET' },
      { name: 'halted one day short of a year: not met, met on the anniversary', facts: halted({ developedArea_m2: 7999.99, investedAmount_yuan: 20_000_000 }), asOf: '2023-02-28', status: 'NOT_MET', willBeMetOn: '2023-03-01' },
      { name: 'exactly a third and exactly 25 %: not met (不足 is exclusive)', facts: halted({ developedArea_m2: 8000, investedAmount_yuan: 20_000_000 }), asOf: '2024-01-01', status: 'NOT_MET', computed: { developedShare: 0.3333, investedShare: 0.25 } },
      { name: 'a third developed but one fen under 25 % invested: met', facts: halted({ developedArea_m2: 8000, investedAmount_yuan: 19_999_999.99 }), asOf: '2024-01-01', status: 'MET' },
      { name: 'area under a third, investment unknown: met (one limb suffices)', facts: halted({ developedArea_m2: 100 }), asOf: '2024-01-01', status: 'MET' },
      { name: 'both shares unknown: unknown', facts: halted({}), asOf: '2024-01-01', status: 'UNKNOWN', missing: ['construction.developedArea_m2', 'construction.investedAmount_yuan'] },
      { name: 'shares at the thresholds, halt date unknown: already not met', facts: halted({ developedArea_m2: 8000, investedAmount_yuan: 20_000_000, haltStartDate: null }), asOf: '2024-01-01', status: 'NOT_MET' },
      { name: 'share below, halt date unknown: unknown', facts: halted({ developedArea_m2: 10, haltStartDate: null }), asOf: '2024-01-01', status: 'UNKNOWN', missing: ['construction.haltStartDate'] },
      { name: 'not halted: not met', facts: halted({ developedArea_m2: 10, halted: false, haltStartDate: null }), asOf: '2024-01-01', status: 'NOT_MET' },
      { name: 'not started: not met', facts: parcel({ construction: { started: false } }), asOf: '2024-01-01', status: 'NOT_MET' },
      { name: 'required area zero: the area share is unknown', facts: halted({ developedArea_m2: 0, investedAmount_yuan: 30_000_000 }, { requiredDevelopmentArea_m2: 0, totalInvestment_yuan: 80_000_000 }), asOf: '2024-01-01', status: 'UNKNOWN', missing: ['contract.requiredDevelopmentArea_m2'] },
    ],
  );
});

const window = (cause: string | null, construction: object = { started: false }) => parcel({ contract: { agreedStartDate: '2023-01-31' }, construction, idleCause: { type: cause } });

describe('Yongning early warning: more than 6 months and less than a year late (NOT_STARTED_WINDOW)', () => {
  runCases(
    ['YN-LOW-01a'],
    [
      { name: 'exactly 6 months (31 Jan + 6 months = 31 Jul): not met, met the next day', facts: window('ENTERPRISE'), asOf: '2023-07-31', status: 'NOT_MET', willBeMetOn: '2023-08-01' },
      { name: 'one day past 6 months: met', facts: window('ENTERPRISE'), asOf: '2023-08-01', status: 'MET' },
      { name: 'the day before a full year: met', facts: window('ENTERPRISE'), asOf: '2024-01-30', status: 'MET' },
      { name: 'a full year: not met (it is idle now), no prediction', facts: window('ENTERPRISE'), asOf: '2024-01-31', status: 'NOT_MET', willBeMetOn: null },
      { name: 'government cause: not met', facts: window('GOVERNMENT'), asOf: '2023-10-01', status: 'NOT_MET' },
      { name: 'cause unknown: unknown', facts: window(null), asOf: '2023-10-01', status: 'UNKNOWN', missing: ['idleCause.type'] },
      { name: 'started: not met even with the cause unknown', facts: window(null, { started: true, actualStartDate: '2023-06-01' }), asOf: '2023-10-01', status: 'NOT_MET' },
      {
        name: '31 August + 6 months clamps to 29 February 2024',
        facts: parcel({ contract: { agreedStartDate: '2023-08-31' }, construction: { started: false }, idleCause: { type: 'ENTERPRISE' } }),
        asOf: '2024-02-29',
        status: 'NOT_MET',
        willBeMetOn: '2024-03-01',
      },
    ],
  );
});
