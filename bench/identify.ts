import { builtInRuleSets, compileRuleSet, FactsGenerator, type FactsFile, type PrimaryCategory } from '@panhuo/domain';

/**
 * Identification in process: 1,000,000 parcel evaluations per rule set, evidence
 * sentences included, over a pool of generated parcels (seeded, with unknown facts and
 * extremes). Prints parcels per second; it does not pass or fail.
 */
const PARCELS = 1_000_000;
const POOL = 50_000;
const AS_OF = '2024-06-30';

export async function benchIdentify(): Promise<void> {
  const gen = new FactsGenerator(20240630);
  // through JSON, as a facts file is read
  const pool = (JSON.parse(JSON.stringify(gen.file(POOL))) as FactsFile).parcels;
  console.log(`identify: ${PARCELS.toLocaleString('en')} parcels per rule set (pool of ${POOL.toLocaleString('en')} generated parcels), as of ${AS_OF}, evidence included`);
  for (const ruleSet of builtInRuleSets) {
    const compiled = compileRuleSet(ruleSet, AS_OF);
    for (let i = 0; i < POOL; i++) compiled.evaluate(pool[i]!); // warm-up
    const counts: Record<PrimaryCategory, number> = { IDLE: 0, INEFFICIENT: 0, INCONCLUSIVE: 0, NONE: 0 };
    let evidenceChars = 0;
    const start = process.hrtime.bigint();
    for (let i = 0; i < PARCELS; i++) {
      const r = compiled.evaluate(pool[i % POOL]!);
      counts[r.primaryCategory]++;
      for (const c of r.criteria) evidenceChars += c.evidence.length;
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const rate = Math.round(PARCELS / seconds);
    console.log(
      `  ${ruleSet.id.padEnd(20)} ${String(ruleSet.criteria.length).padStart(2)} criteria  ${rate.toLocaleString('en').padStart(9)} parcels/s  (${seconds.toFixed(2)} s; idle ${counts.IDLE}, inefficient ${counts.INEFFICIENT}, inconclusive ${counts.INCONCLUSIVE}, none ${counts.NONE}; ${Math.round(evidenceChars / PARCELS)} evidence chars/parcel)`,
    );
  }
  await Promise.resolve();
}

if (import.meta.url === `file://${process.argv[1]}`) await benchIdentify();
