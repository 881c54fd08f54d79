import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileRuleSet, identify, identifyFile } from './evaluate.ts';
import { FACTS_FORMAT, type ParcelFacts } from './facts.ts';
import { builtInRuleSets, jingde2022, national2012, qinzhou2021, ruleSetById, shilong2021, wuping2023, yongning2023Draft } from './rule-sets/index.ts';
import { parcel } from './test-support.ts';

/** The evaluator: precedence, sanctions, scope and gates, classes, disposals; the rule sets as data. */

const notStarted = (more: object = {}) => parcel({ contract: { agreedStartDate: '2022-05-20' }, construction: { started: false }, right: { landPrice_yuan: 9_000_000 } }, more);
const haltedIdle = parcel({
  contract: { agreedStartDate: '2021-04-01', requiredDevelopmentArea_m2: 24_000, totalInvestment_yuan: 80_000_000 },
  construction: { started: true, actualStartDate: '2021-05-01', developedArea_m2: 6_000, investedAmount_yuan: 12_000_000, halted: true, haltStartDate: '2022-03-01', haltReason: 'FUNDS' },
});

describe('primary category', () => {
  it('idle takes precedence over inefficient: both kept, idle is primary', () => {
    const r = identify(jingde2022, haltedIdle, '2023-06-30');
    expect(r.criteria.find((c) => c.id === 'JD-IDLE-02')!.status).toBe('MET');
    expect(r.criteria.find((c) => c.id === 'JD-LOW-01a')!.status).toBe('MET');
    expect(r.primaryCategory).toBe('IDLE');
  });
  it('inefficient when no idle criterion is met', () => {
    const p = parcel({ contract: { agreedStartDate: '2015-01-01' }, construction: { started: true, actualStartDate: '2015-02-01', halted: false }, enterprise: { catalogueClass: 'ELIMINATED' } });
    expect(identify(jingde2022, p, '2023-06-30').primaryCategory).toBe('INEFFICIENT');
  });
  it('inconclusive when something is unknown and nothing is met; manual criteria do not make it inconclusive', () => {
    const known = parcel({
      contract: { agreedStartDate: '2015-01-01' },
      construction: { started: true, actualStartDate: '2015-02-01', halted: false },
    });
    expect(identify(national2012, known, '2023-06-30').primaryCategory).toBe('NONE');
    expect(identify(national2012, parcel({}), '2023-06-30').primaryCategory).toBe('INCONCLUSIVE');
    const allKnownButManual = parcel(
      {
        contract: { agreedStartDate: '2015-01-01' },
        construction: { started: true, actualStartDate: '2015-02-01', halted: false },
        enterprise: { catalogueClass: 'PERMITTED' },
        compliance: { safety: { nonCompliant: false }, environment: { nonCompliant: false } },
      },
      {},
    );
    const q = identify(qinzhou2021, allKnownButManual, '2023-06-30');
    expect(q.criteria.filter((c) => c.status === 'MANUAL').map((c) => c.id)).toEqual(['QZ-URB-03', 'QZ-URB-04']);
    expect(q.primaryCategory).toBe('NONE');
  });
});

describe('sanctions (Order 53 Art. 14) in every rule set', () => {
  const notStartedIds: Record<string, string> = {
    'national-2012': 'NAT-IDLE-01',
    'jingde-2022': 'JD-IDLE-01',
    'yongning-2023-draft': 'YN-IDLE-01',
    'qinzhou-2021': 'QZ-IDLE-01',
    'shilong-2021': 'NAT-IDLE-01',
    'wuping-2023': 'NAT-IDLE-01',
  };
  it.each(builtInRuleSets.map((r) => [r.id, r] as const))('%s', (_id, rs) => {
    expect(rs.sanctions.notStartedCriterionId).toBe(notStartedIds[rs.id]);
    const enterprise = notStarted({ idleCause: { type: 'ENTERPRISE' } });
    // fee 20 % of the price; recovery once two full years have passed (2024-05-20)
    expect(identify(rs, enterprise, '2024-05-19').sanctions).toMatchObject({ idleFee_yuan: 1_800_000, recoveryWithoutCompensation: false, legalReviewRequired: false });
    expect(identify(rs, enterprise, '2024-05-20').sanctions).toMatchObject({ idleFee_yuan: 1_800_000, recoveryWithoutCompensation: true, legalReviewRequired: false });
    expect(identify(rs, notStarted({ idleCause: { type: 'ENTERPRISE' }, right: { landPrice_yuan: null } }), '2024-06-01').sanctions).toMatchObject({ idleFee_yuan: null });
    expect(identify(rs, notStarted({ idleCause: { type: 'GOVERNMENT', verified: true } }), '2025-01-01').sanctions).toMatchObject({
      idleFee_yuan: null,
      recoveryWithoutCompensation: false,
      legalReviewRequired: false,
    });
    expect(identify(rs, notStarted({ idleCause: { type: 'FORCE_MAJEURE' } }), '2025-01-01').sanctions).toMatchObject({ idleFee_yuan: null, legalReviewRequired: false });
    expect(identify(rs, notStarted(), '2025-01-01').sanctions).toMatchObject({ idleFee_yuan: null, legalReviewRequired: true });
    expect(identify(rs, notStarted({ idleCause: { type: 'MIXED' } }), '2025-01-01').sanctions).toMatchObject({ idleFee_yuan: null, legalReviewRequired: true });
    expect(identify(rs, { ...haltedIdle, idleCause: { type: 'ENTERPRISE' }, right: { landPrice_yuan: 9_000_000 } }, '2023-06-30').sanctions).toMatchObject({
      idleFee_yuan: null,
      legalReviewRequired: true,
    });
    expect(identify(rs, notStarted({ idleCause: { type: 'ENTERPRISE' } }), '2023-05-19').sanctions).toBeNull();
  });
  it('the fee is exact to the fen', () => {
    expect(identify(national2012, notStarted({ idleCause: { type: 'ENTERPRISE' }, right: { landPrice_yuan: 1234.56 } }), '2024-01-01').sanctions!.idleFee_yuan).toBe(246.91);
  });
});

describe('candidate disposal methods', () => {
  it('enterprise cause: the fee, then recovery after two years (national)', () => {
    expect(identify(national2012, notStarted({ idleCause: { type: 'ENTERPRISE' } }), '2024-01-01').candidateDisposals).toEqual(['D-N07']);
    expect(identify(national2012, notStarted({ idleCause: { type: 'ENTERPRISE' } }), '2024-05-20').candidateDisposals).toEqual(['D-N07', 'D-N08']);
  });
  it('government cause: Art. 12 negotiated methods, no fee', () => {
    expect(identify(national2012, notStarted({ idleCause: { type: 'GOVERNMENT' } }), '2024-01-01').candidateDisposals).toEqual(['D-N01', 'D-N02', 'D-N03', 'D-N04', 'D-N05']);
  });
  it('Shilong classes causes: government removes obstacles, mixed is a negotiated paid recovery', () => {
    expect(identify(shilong2021, notStarted({ idleCause: { type: 'GOVERNMENT' } }), '2024-01-01').candidateDisposals).toContain('D-N06');
    expect(identify(shilong2021, notStarted({ idleCause: { type: 'MIXED' } }), '2024-01-01').candidateDisposals).toEqual(['D-SL05', 'D-N04']);
    expect(identify(shilong2021, notStarted({ idleCause: { type: 'ENTERPRISE' } }), '2024-01-01').candidateDisposals).toEqual(['D-SL05', 'D-N07', 'D-N09', 'D-N10']);
  });
  it('Jingde: split-off (分割转让) is proposed for inefficient land with more than 5 亩 of contiguous vacant land', () => {
    const base = parcel({ enterprise: { catalogueClass: 'ELIMINATED' }, contract: { agreedStartDate: '2015-01-01' }, construction: { started: true, actualStartDate: '2015-02-01', halted: false } });
    expect(identify(jingde2022, { ...base, site: { vacantContiguousArea_m2: 3_333.34 } }, '2024-01-01').candidateDisposals).toContain('D-JD03');
    expect(identify(jingde2022, { ...base, site: { vacantContiguousArea_m2: 3_333.33 } }, '2024-01-01').candidateDisposals).not.toContain('D-JD03');
  });
  it('nothing is proposed for land that is neither idle nor inefficient', () => {
    expect(identify(national2012, parcel({}), '2024-01-01').candidateDisposals).toEqual([]);
  });
});

describe('Jingde scope: planned use industrial', () => {
  it('out of scope: every criterion not met', () => {
    const r = identify(jingde2022, notStarted({ plannedUse: '0505', idleCause: { type: 'ENTERPRISE' } }), '2024-01-01');
    expect(r.criteria.every((c) => c.status === 'NOT_MET')).toBe(true);
    expect(r.criteria[0]!.evidence).toContain('规划用途 0505 不属于本规则的适用范围');
    expect(r.primaryCategory).toBe('NONE');
  });
  it('planned use unknown: a met criterion becomes unknown with plannedUse missing', () => {
    const r = identify(jingde2022, notStarted({ plannedUse: null }), '2024-01-01');
    expect(r.criteria[0]).toMatchObject({ id: 'JD-IDLE-01', status: 'UNKNOWN', missing: ['plannedUse'] });
    expect(r.criteria.find((c) => c.id === 'JD-LOW-02')!.status).toBe('MANUAL');
    expect(r.primaryCategory).toBe('INCONCLUSIVE');
  });
});

describe('Qinzhou urban inefficient land: the QZ-URB-00 premise', () => {
  const eliminated = parcel({ enterprise: { catalogueClass: 'ELIMINATED' } });
  it('presumed for ledger parcels', () => expect(identify(qinzhou2021, eliminated, '2023-01-01').criteria.find((c) => c.id === 'QZ-URB-01')!.status).toBe('MET'));
  it('a finding that it does not hold makes every urban criterion not met', () => {
    const r = identify(qinzhou2021, { ...eliminated, manualFindings: [{ criterionId: 'QZ-URB-00', met: false, note: '权属存在争议' }] }, '2023-01-01');
    for (const id of ['QZ-URB-01', 'QZ-URB-02', 'QZ-URB-03', 'QZ-URB-04']) expect(r.criteria.find((c) => c.id === id)!.status, id).toBe('NOT_MET');
    expect(r.criteria.find((c) => c.id === 'QZ-URB-01')!.evidence).toContain('权属存在争议');
  });
});

describe('Wuping classes', () => {
  const c1 = parcel({
    contract: { agreedStartDate: '2020-01-01', investmentIntensity_10kYuanPerMu: 300, agreedCompletionDate: '2022-12-31' },
    construction: { started: true, actualStartDate: '2020-03-01', completed: false, halted: false },
    idleCause: { type: 'ENTERPRISE' },
  });
  it('WP-C1 when construction is overdue and the land is not idle', () => {
    const r = identify(wuping2023, c1, '2024-01-01');
    expect(r.primaryCategory).toBe('INEFFICIENT');
    expect(r.classes).toEqual(['WP-C1']);
    expect(r.candidateDisposals).toContain('D-WP01');
  });
  it('a manual finding adds WP-C3', () => {
    expect(identify(wuping2023, { ...c1, manualFindings: [{ criterionId: 'WP-C3', met: true, note: 'INVESTMENT_REDUCED' }] }, '2024-01-01').classes).toEqual(['WP-C1', 'WP-C3']);
  });
  it('idle land is not classed (national idle first)', () => {
    const idle = { ...c1, construction: { started: false, completed: false } };
    const r = identify(wuping2023, idle, '2024-01-01');
    expect(r.primaryCategory).toBe('IDLE');
    expect(r.criteria.find((c) => c.id === 'WP-C1')!.status).toBe('MET');
    expect(r.classes).toEqual([]);
  });
  it('only Wuping reports classes', () => expect(identify(national2012, c1, '2024-01-01').classes).toBeUndefined());
});

describe('rule sets as data', () => {
  const ids = (rs: typeof national2012) => rs.criteria.map((c) => c.id);
  it('has the six rule sets with the criteria of DOMAIN.md §2', () => {
    expect(builtInRuleSets.map((r) => r.id)).toEqual(['national-2012', 'jingde-2022', 'yongning-2023-draft', 'wuping-2023', 'qinzhou-2021', 'shilong-2021']);
    expect(ids(national2012)).toEqual(['NAT-IDLE-01', 'NAT-IDLE-02']);
    expect(ids(jingde2022)).toEqual(['JD-IDLE-01', 'JD-IDLE-02', 'JD-LOW-01a', 'JD-LOW-01b', 'JD-LOW-02', 'JD-LOW-03', 'JD-LOW-04', 'JD-LOW-05a', 'JD-LOW-05b', 'JD-LOW-05c']);
    expect(ids(yongning2023Draft)).toEqual([
      'YN-IDLE-01', 'YN-IDLE-02', 'YN-LOW-01a', 'YN-LOW-01b', 'YN-LOW-02a', 'YN-LOW-02b', 'YN-LOW-02c', 'YN-LOW-02d', 'YN-LOW-03a', 'YN-LOW-03b',
      'YN-LOW-03c', 'YN-LOW-03d', 'YN-LOW-04', 'YN-LOW-05', 'YN-LOW-06', 'YN-LOW-07', 'YN-LOW-08', 'YN-LOW-09', 'YN-LOW-10', 'YN-LOW-11',
    ]);
    expect(ids(qinzhou2021)).toEqual(['QZ-IDLE-01', 'QZ-IDLE-02', 'QZ-URB-01', 'QZ-URB-02', 'QZ-URB-03', 'QZ-URB-04']);
    expect(ids(shilong2021)).toEqual(['NAT-IDLE-01', 'NAT-IDLE-02']);
    expect(ids(wuping2023)).toEqual(['NAT-IDLE-01', 'NAT-IDLE-02', 'WP-C1', 'WP-C2', 'WP-C3']);
    expect(yongning2023Draft.status).toBe('DRAFT');
  });
  it.each(builtInRuleSets.map((r) => [r.id, r] as const))('%s: wording, reading and known disposal methods for every criterion', (_id, rs) => {
    expect(new Set(ids(rs)).size).toBe(rs.criteria.length);
    for (const c of rs.criteria) {
      expect(c.wordingZh.length, c.id).toBeGreaterThan(5);
      expect(c.readingZh, c.id).toMatch(/^〔REC〕/);
      expect(c.candidateDisposalMethods.length, c.id).toBeGreaterThan(0);
      for (const m of c.candidateDisposalMethods) expect(m, c.id).toMatch(/^D-(N|JD|WP|YN|QZ|SL)\d\d$/);
    }
    expect(rs.criteria.filter((c) => c.category === 'IDLE').length).toBe(2);
  });
  it('the wording is verbatim from DOMAIN.md §2', () => {
    const domain = fileURLToPath(new URL('../../../../../shared/DOMAIN.md', import.meta.url));
    let text: string;
    try {
      text = readFileSync(domain, 'utf8');
    } catch {
      return; // shared/ is not beside the repository
    }
    for (const rs of builtInRuleSets) for (const c of rs.criteria) expect(text.includes(c.wordingZh), `${rs.id} ${c.id}`).toBe(true);
  });
});

describe('identifyFile and identify', () => {
  it('keeps the facts file’s jurisdiction and the rule set’s version', () => {
    const doc = identifyFile(national2012, { format: FACTS_FORMAT, jurisdiction: '341825', parcels: [notStarted()] }, '2024-01-01');
    expect(doc).toMatchObject({ format: 'panhuo.identification/1', ruleSet: { id: 'national-2012', version: '2012.1' }, asOf: '2024-01-01', jurisdiction: '341825' });
  });
  it('refuses an evaluation date that is not a calendar date', () => {
    expect(() => compileRuleSet(national2012, '2023-02-30')).toThrow(RangeError);
  });
  it('gives the same result for the same facts, rule set and date', () => {
    const p: ParcelFacts = notStarted({ idleCause: { type: 'ENTERPRISE' } });
    expect(identify(ruleSetById('jingde-2022')!, p, '2024-01-01')).toEqual(identifyFile(jingde2022, { format: FACTS_FORMAT, parcels: [p] }, '2024-01-01').results[0]);
  });
});
