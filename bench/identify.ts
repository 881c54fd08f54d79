import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { builtInRuleSets, compileRuleSet, FactsGenerator, type FactsFile, type ParcelFacts, type PrimaryCategory } from '@panhuo/domain';

/**
 * Identification in process: 1,000,000 parcel evaluations per rule set, evidence
 * sentences included, over a pool of generated parcels (seeded, with unknown facts and
 * extremes, read back from JSON as a facts file is). Prints parcels per second on one
 * thread, and on one worker thread per core; it does not pass or fail.
 */
const PARCELS = 1_000_000;
const POOL = 50_000;
const AS_OF = '2024-06-30';

interface Job {
  ruleSetId: string;
  parcels: number;
  seed: number;
}

function pool(seed: number, size: number): ParcelFacts[] {
  return (JSON.parse(JSON.stringify(new FactsGenerator(seed).file(size))) as FactsFile).parcels;
}

/** Evaluates `parcels` parcels cycling through the pool; returns the seconds taken and the counts. */
function evaluate(ruleSetId: string, parcels: ParcelFacts[], n: number) {
  const ruleSet = builtInRuleSets.find((r) => r.id === ruleSetId)!;
  const compiled = compileRuleSet(ruleSet, AS_OF);
  const counts: Record<PrimaryCategory, number> = { IDLE: 0, INEFFICIENT: 0, INCONCLUSIVE: 0, NONE: 0 };
  let evidenceChars = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const r = compiled.evaluate(parcels[i % parcels.length]!);
    counts[r.primaryCategory]++;
    for (const c of r.criteria) evidenceChars += c.evidence.length;
  }
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, counts, evidenceChars };
}

/** A worker registers tsx, then loads this module, which runs its worker half. */
const WORKER = new URL(
  `data:text/javascript,${encodeURIComponent(`import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); await import(${JSON.stringify(import.meta.url)});`)}`,
);

/** One worker per core, each on its own pool; the wall time runs from "go" to the last "done". */
async function parallel(ruleSetId: string, threads: number): Promise<number> {
  const workers = Array.from({ length: threads }, (_, i) => new Worker(WORKER, { workerData: { ruleSetId, parcels: PARCELS / threads, seed: 1000 + i } satisfies Job }));
  const message = (w: Worker) =>
    new Promise<unknown>((resolve, reject) => {
      w.once('message', resolve);
      w.once('error', reject);
    });
  await Promise.all(workers.map(message)); // pools generated and warmed up
  const start = process.hrtime.bigint();
  const done = workers.map(message);
  for (const w of workers) w.postMessage('go');
  await Promise.all(done);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  await Promise.all(workers.map((w) => w.terminate()));
  return Math.round(PARCELS / seconds);
}

export async function benchIdentify(): Promise<void> {
  const threads = Math.max(1, availableParallelism());
  const parcels = pool(20240630, POOL);
  console.log(`identify: ${PARCELS.toLocaleString('en')} parcels per rule set (pool of ${POOL.toLocaleString('en')} generated parcels), as of ${AS_OF}, evidence included`);
  for (const ruleSet of builtInRuleSets) {
    evaluate(ruleSet.id, parcels, POOL); // warm-up
    const { seconds, counts, evidenceChars } = evaluate(ruleSet.id, parcels, PARCELS);
    const rate = Math.round(PARCELS / seconds);
    const both = threads > 1 ? await parallel(ruleSet.id, threads) : rate;
    console.log(
      `  ${ruleSet.id.padEnd(20)} ${String(ruleSet.criteria.length).padStart(2)} criteria  ${rate.toLocaleString('en').padStart(9)} parcels/s on 1 thread, ${both.toLocaleString('en').padStart(9)} on ${threads}  ` +
        `(idle ${counts.IDLE}, inefficient ${counts.INEFFICIENT}, inconclusive ${counts.INCONCLUSIVE}, none ${counts.NONE}; ${Math.round(evidenceChars / PARCELS)} evidence chars/parcel)`,
    );
  }
}

if (!isMainThread && parentPort) {
  const job = workerData as Job;
  const port = parentPort;
  const own = pool(job.seed, POOL / 2);
  evaluate(job.ruleSetId, own, own.length);
  port.once('message', () => port.postMessage(evaluate(job.ruleSetId, own, job.parcels).seconds));
  port.postMessage('ready');
} else if (import.meta.url === `file://${process.argv[1]}`) {
  await benchIdentify();
}
