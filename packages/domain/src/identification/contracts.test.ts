import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FactsGenerator } from './generate.ts';
import { identifyFile } from './evaluate.ts';
import type { FactsFile } from './facts.ts';
import type { IdentificationDocument } from './result.ts';
import { builtInRuleSets, ruleSetById } from './rule-sets/index.ts';
import { validateFactsFile, validateIdentificationDocument } from './validate.ts';

/**
 * The exchange contracts: the schemas here are those of shared/contracts, the public
 * examples give their expected results, and any valid facts file gives a valid result.
 */
const shared = fileURLToPath(new URL('../../../../../shared/contracts/', import.meta.url));
const local = fileURLToPath(new URL('./contracts/', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const sharedExamples = `${shared}examples/`;

describe('contract schemas', () => {
  it.runIf(existsSync(shared))('are byte-identical to shared/contracts', () => {
    for (const name of ['parcel-facts.v1.schema.json', 'identification-result.v1.schema.json']) {
      expect(readFileSync(`${local}${name}`).equals(readFileSync(`${shared}${name}`)), name).toBe(true);
    }
  });

  it.runIf(existsSync(sharedExamples))('fixtures are the shared examples, byte for byte, and none is missing', () => {
    const names = readdirSync(sharedExamples).filter((n) => n.endsWith('.json'));
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(readFileSync(`${fixtures}${n}`).equals(readFileSync(`${sharedExamples}${n}`)), n).toBe(true);
  });
});

interface Expected {
  rules: string;
  asOf: string;
  facts: string;
  expect: Record<
    string,
    {
      primaryCategory?: string;
      criteria?: Record<string, string>;
      computed?: Record<string, Record<string, number>>;
      willBeMetOn?: Record<string, string | null>;
      sanctions?: Record<string, unknown>;
    }
  >;
}

const folders = [fixtures, ...(existsSync(sharedExamples) ? [sharedExamples] : [])];

describe.each(folders)('public examples in %s', (folder) => {
  const cases = readdirSync(folder).filter((n) => n.endsWith('.expected.json'));
  it('has examples', () => expect(cases.length).toBeGreaterThan(0));

  it.each(cases)('%s', (name) => {
    const expected = JSON.parse(readFileSync(`${folder}${name}`, 'utf8')) as Expected;
    const input: unknown = JSON.parse(readFileSync(`${folder}${expected.facts}`, 'utf8'));
    const valid = validateFactsFile(input);
    expect(valid.ok).toBe(true);
    const doc = identifyFile(ruleSetById(expected.rules)!, input as FactsFile, expected.asOf);
    expect(validateIdentificationDocument(doc)).toEqual({ ok: true, value: doc });
    for (const [parcelId, want] of Object.entries(expected.expect)) {
      const got = doc.results.find((r) => r.parcelId === parcelId);
      expect(got, parcelId).toBeDefined();
      if (want.primaryCategory) expect(got!.primaryCategory, parcelId).toBe(want.primaryCategory);
      for (const [id, status] of Object.entries(want.criteria ?? {})) expect(got!.criteria.find((c) => c.id === id)?.status, `${parcelId} ${id}`).toBe(status);
      for (const [id, values] of Object.entries(want.computed ?? {})) {
        const c = got!.criteria.find((x) => x.id === id)!;
        for (const [k, v] of Object.entries(values)) expect(Math.round(c.computed![k]! * 100) / 100, `${parcelId} ${id} ${k}`).toBe(v);
      }
      for (const [id, date] of Object.entries(want.willBeMetOn ?? {})) expect(got!.criteria.find((c) => c.id === id)?.willBeMetOn, `${parcelId} ${id}`).toBe(date);
      for (const [k, v] of Object.entries(want.sanctions ?? {})) expect((got!.sanctions as unknown as Record<string, unknown>)[k], `${parcelId} ${k}`).toBe(v);
    }
  });
});

describe('generated facts files (property test)', () => {
  const seeds = [1, 2, 3, 42, 20240630];
  const dates = ['2012-07-01', '2020-02-29', '2022-12-31', '2024-06-30', '2031-01-01'];

  // 300 parcels × 6 rule sets × 5 dates per seed: seconds on a busy machine
  it.each(seeds)('seed %i: every facts file validates and every result validates against the result schema', { timeout: 60_000 }, (seed) => {
    const file = JSON.parse(JSON.stringify(new FactsGenerator(seed).file(300, '341825'))) as FactsFile;
    const v = validateFactsFile(file);
    expect(v.ok ? [] : v.problems).toEqual([]);
    for (const ruleSet of builtInRuleSets) {
      for (const asOf of dates) {
        const doc: IdentificationDocument = identifyFile(ruleSet, file, asOf);
        const r = validateIdentificationDocument(JSON.parse(JSON.stringify(doc)));
        expect(r.ok ? [] : r.problems, `${ruleSet.id} ${asOf}`).toEqual([]);
        for (const parcel of doc.results) {
          expect(parcel.criteria.map((c) => c.id)).toEqual(ruleSet.criteria.map((c) => c.id));
          for (const c of parcel.criteria) {
            expect(c.evidence.length, c.id).toBeGreaterThan(10);
            if (c.status === 'UNKNOWN') expect(c.missing!.length, `${parcel.parcelId} ${c.id}`).toBeGreaterThan(0);
            else expect(c.missing, `${parcel.parcelId} ${c.id}`).toBeUndefined();
            if (c.willBeMetOn) {
              expect(c.status).toBe('NOT_MET');
              expect(c.willBeMetOn > asOf).toBe(true);
            }
          }
          const statuses = parcel.criteria.map((c) => `${c.category}:${c.status}`);
          const expected = statuses.includes('IDLE:MET')
            ? 'IDLE'
            : statuses.includes('INEFFICIENT:MET')
              ? 'INEFFICIENT'
              : parcel.criteria.some((c) => c.status === 'UNKNOWN')
                ? 'INCONCLUSIVE'
                : 'NONE';
          expect(parcel.primaryCategory).toBe(expected);
          expect(parcel.sanctions === null).toBe(expected !== 'IDLE');
        }
      }
    }
  });

  it('a willBeMetOn date is kept: evaluated on that date, the criterion is met', { timeout: 60_000 }, () => {
    const file = JSON.parse(JSON.stringify(new FactsGenerator(7).file(400))) as FactsFile;
    let checked = 0;
    for (const ruleSet of builtInRuleSets) {
      const doc = identifyFile(ruleSet, file, '2021-06-30');
      for (const r of doc.results) {
        for (const c of r.criteria) {
          if (!c.willBeMetOn) continue;
          const parcel = file.parcels.find((p) => p.id === r.parcelId)!;
          const later = identifyFile(ruleSet, { ...file, parcels: [parcel] }, c.willBeMetOn).results[0]!.criteria.find((x) => x.id === c.id)!;
          expect(later.status, `${ruleSet.id} ${r.parcelId} ${c.id} on ${c.willBeMetOn}`).toBe('MET');
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
