import { describe, expect, it } from 'vitest';
import { disposalCatalogue, disposalMethod, methodsFor, type ParcelSituation } from './catalogue.ts';
import { escalationOf } from './escalation.ts';
import { disposalMethodNames } from './methods.ts';
import { evidenceKindLabels } from './types.ts';

describe('catalogue completeness', () => {
  it('has every code of methods.ts exactly once, under the same name, and nothing else', () => {
    const codes = disposalCatalogue.map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(Object.keys(disposalMethodNames).sort());
    for (const m of disposalCatalogue) expect(m.nameZh).toBe(disposalMethodNames[m.code]);
  });

  it('gives every method its wording, source, applicability and one evidence kind', () => {
    for (const m of disposalCatalogue) {
      expect(m.wordingZh.trim(), m.code).not.toBe('');
      expect(m.sourceZh, m.code).toMatch(/^《/);
      expect(m.appliesTo.length, m.code).toBeGreaterThan(0);
      expect(m.appliesToZh.trim(), m.code).not.toBe('');
      expect(m.seeds.length, m.code).toBeGreaterThan(0);
      expect(Object.keys(evidenceKindLabels), m.code).toContain(m.evidenceKind);
    }
  });

  it('captures the agreement wherever one precedes execution, and says which deadlines', () => {
    for (const m of disposalCatalogue) {
      if (m.agreementTypes) expect(m.fields, m.code).toContain('agreement');
      expect(m.fields.includes('newDeadlines'), m.code).toBe((m.deadlineFields ?? []).length > 0);
      for (const limit of m.periodLimits ?? []) {
        for (const path of [limit.from, limit.to]) {
          if (path === 'agreement.signedAt') expect(m.fields, m.code).toContain('agreement');
          else expect(m.deadlineFields, m.code).toContain(path.slice('newDeadlines.'.length));
        }
      }
    }
  });

  it('signs the agreements the seeds name', () => {
    expect(disposalMethod('D-WP01')).toMatchObject({
      agreementTypes: ['DEADLINE_DEVELOPMENT', 'THREE_PARTY'],
      agreementParties: ['县自然资源局', '县商务局', '土地使用权人'],
    });
    expect(disposalMethod('D-JD01')?.agreementTypes).toEqual(['SUPPLEMENTARY', 'SUPERVISION_CONTRACT']);
    expect(disposalMethod('D-WP08')?.agreementTypes).toEqual(['EFFICIENCY_IMPROVEMENT']);
    expect(disposalMethod('D-YN05')?.agreementTypes).toEqual(['DEADLINE_DEVELOPMENT']);
    expect(disposalMethod('D-WP03')?.agreementTypes).toEqual(['PURCHASE']);
    expect(disposalMethod('D-N04')?.agreementTypes).toEqual(['RECOVERY']);
    expect(disposalMethod('D-N07')?.agreementTypes).toBeUndefined();
  });

  it('proves each class of method by the §5.3 evidence', () => {
    const kinds = Object.fromEntries(disposalCatalogue.map((m) => [m.code, m.evidenceKind]));
    expect(kinds).toMatchObject({
      'D-N01': 'CONSTRUCTION_STARTED',
      'D-WP01': 'CONSTRUCTION_STARTED',
      'D-JD02': 'TRANSFER_REGISTERED',
      'D-WP10': 'TRANSFER_REGISTERED',
      'D-JD04': 'REGISTRATION_CANCELLED',
      'D-WP03': 'REGISTRATION_CANCELLED',
      'D-N08': 'REGISTRATION_CANCELLED',
      'D-N07': 'FEE_PAID',
      'D-YN06': 'FEE_PAID',
      'D-WP08': 'PRODUCTION_RESUMED',
      'D-JD03': 'SPLIT_REGISTERED',
      'D-YN10': 'SPLIT_REGISTERED',
    });
  });

  it('escalation follow-ups are catalogue methods of the same seed', () => {
    expect(disposalMethod(escalationOf('D-WP01').followUpMethod!)?.seeds).toEqual(['WP']);
    expect(disposalMethod(escalationOf('D-YN05').followUpMethod!)?.seeds).toEqual(['YN']);
  });
});

describe('methods for a parcel', () => {
  const verdicts = (s: ParcelSituation) => Object.fromEntries(methodsFor(s).map((r) => [r.method.code, r]));

  it('lists every method, applicable or not', () => {
    expect(methodsFor({ category: 'INEFFICIENT' })).toHaveLength(disposalCatalogue.length);
  });

  it('government-caused idle land: the negotiated methods of Art. 12, not the sanctions', () => {
    const v = verdicts({ category: 'IDLE', idleCause: 'GOVERNMENT' });
    expect(v['D-N01']).toMatchObject({ applicable: true, whyZh: '适用于政府原因闲置土地' });
    expect(v['D-N04']?.applicable).toBe(true);
    expect(v['D-N07']).toMatchObject({ applicable: false, whyZh: '不适用：本宗为政府原因闲置土地，该方式仅适用于企业原因闲置土地' });
    expect(v['D-JD01']?.applicable).toBe(false);
  });

  it('enterprise-caused idle land: the fee and recovery', () => {
    const v = verdicts({ category: 'IDLE', idleCause: 'ENTERPRISE' });
    expect(v['D-N07']).toMatchObject({ applicable: true, whyZh: '适用于企业原因闲置土地' });
    expect(v['D-N08']?.applicable).toBe(true);
    expect(v['D-N10']?.applicable).toBe(true);
    expect(v['D-N01']?.applicable).toBe(false);
  });

  it('idle land whose cause is not established yet: no idle method until it is', () => {
    const v = verdicts({ category: 'IDLE' });
    expect(v['D-N01']).toMatchObject({ applicable: false, whyZh: '暂不适用：闲置原因未查明，该方式仅适用于政府原因闲置土地' });
    expect(v['D-WP12']?.applicable).toBe(true);
  });

  it('inefficient land: the inefficient-land methods, none of the idle-land ones', () => {
    const v = verdicts({ category: 'INEFFICIENT' });
    expect(v['D-JD01']).toMatchObject({ applicable: true, whyZh: '适用于低效用地' });
    expect(v['D-YN05']?.applicable).toBe(true);
    expect(v['D-N07']).toMatchObject({ applicable: false, whyZh: '不适用：本宗为低效用地，该方式仅适用于企业原因闲置土地' });
    expect(v['D-WP01']).toMatchObject({ applicable: false, whyZh: '不适用：本宗为低效用地，该方式仅适用于“未完成建设”类低效工业用地' });
    expect(v['D-QZ08']?.applicable).toBe(false);
  });

  it('a Wuping 未完成建设 parcel: class C1 methods, the any-class ones, and nothing from other seeds', () => {
    const v = verdicts({ category: 'INEFFICIENT', wpClass: 'C1', seed: 'WP' });
    expect(v['D-WP01']).toMatchObject({ applicable: true, whyZh: '适用于“未完成建设”类低效工业用地' });
    expect(v['D-WP11']?.applicable).toBe(true);
    expect(v['D-WP12']).toMatchObject({ applicable: true, whyZh: '适用于各类闲置低效用地' });
    expect(v['D-WP05']).toMatchObject({
      applicable: false,
      whyZh: '不适用：本宗为低效用地（未完成建设类），该方式仅适用于“未达产能”类低效工业用地',
    });
    expect(v['D-JD01']).toMatchObject({ applicable: false, whyZh: '不适用：该方式出自旌德县的方案，武平县适用国家规定和本地方案所列方式' });
    expect(v['D-YN05']?.applicable).toBe(false);
    const applicable = methodsFor({ category: 'INEFFICIENT', wpClass: 'C1', seed: 'WP' }).filter((r) => r.applicable);
    expect(applicable.map((r) => r.method.code)).toEqual(['D-WP01', 'D-WP02', 'D-WP03', 'D-WP04', 'D-WP11', 'D-WP12', 'D-WP13']);
  });

  it('a jurisdiction keeps the national methods and its own seed’s', () => {
    const jd = verdicts({ category: 'IDLE', idleCause: 'GOVERNMENT', seed: 'JD' });
    expect(jd['D-N03']?.applicable).toBe(true); // national, also listed by SL and YN
    expect(jd['D-N06']?.applicable).toBe(true); // JD and SL
    const wp = verdicts({ category: 'IDLE', idleCause: 'GOVERNMENT', seed: 'WP' });
    expect(wp['D-N01']?.applicable).toBe(true);
    expect(wp['D-N06']).toMatchObject({ applicable: false, whyZh: '不适用：该方式出自旌德县、石龙区的方案，武平县适用国家规定和本地方案所列方式' });
  });
});
