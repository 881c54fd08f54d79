import type { Database } from '../db/database.ts';
import { systemActorName } from '../auth/actor.ts';
import { allJurisdictionRuleSets, missedNightlyRuleSets } from '../features/identification/rule-set-repository.ts';
import { executeRun } from '../features/identification/run-service.ts';
import { chinaToday } from '../features/identification/live-service.ts';

/**
 * Every night at 02:00 China time (UTC+8), each jurisdiction's chosen rule sets run as
 * of that day (trigger NIGHTLY). Each run first claims its day with a unique key on
 * (jurisdiction, rule set, date, trigger) in the same transaction as its results: a
 * second server process inserting the same claim waits for the first to commit and
 * then finds it taken, so a day never runs twice, and a run that fails leaves no claim.
 */
const HOUR = 3_600_000;
const CHINA_OFFSET = 8 * HOUR;
const RUN_AT_CHINA_HOUR = 2;

/** The next 02:00 China time strictly after `now`. */
export function nextNightlyAt(now: Date): Date {
  const china = new Date(now.getTime() + CHINA_OFFSET);
  let at = Date.UTC(china.getUTCFullYear(), china.getUTCMonth(), china.getUTCDate(), RUN_AT_CHINA_HOUR) - CHINA_OFFSET;
  if (at <= now.getTime()) at += 24 * HOUR;
  return new Date(at);
}

export interface NightlyOutcome {
  asOf: string;
  ran: Array<{ jurisdictionCode: string; ruleSetId: string; runId: string }>;
  /** already claimed by another process (or an earlier tick) */
  skipped: Array<{ jurisdictionCode: string; ruleSetId: string }>;
  failed: Array<{ jurisdictionCode: string; ruleSetId: string; error: string }>;
}

/** Runs every chosen rule set of every jurisdiction as of the China date of `now`, claiming each first. */
export async function runNightlyIdentification(db: Database, now: Date): Promise<NightlyOutcome> {
  const asOf = chinaToday(now);
  return runEach(db, asOf, await allJurisdictionRuleSets(db));
}

/**
 * After a start past 02:00 China time: today's nightly runs that a stopped server missed
 * (only rule sets that have run nightly before; see `missedNightlyRuleSets`). Before
 * 02:00 there is nothing to catch up: the schedule runs today's.
 */
export async function catchUpNightlyIdentification(db: Database, now: Date): Promise<NightlyOutcome> {
  const asOf = chinaToday(now);
  const chinaHour = new Date(now.getTime() + CHINA_OFFSET).getUTCHours();
  if (chinaHour < RUN_AT_CHINA_HOUR) return { asOf, ran: [], skipped: [], failed: [] };
  return runEach(db, asOf, await missedNightlyRuleSets(db, asOf));
}

async function runEach(db: Database, asOf: string, pairs: Array<{ jurisdictionCode: string; ruleSetId: string }>): Promise<NightlyOutcome> {
  const outcome: NightlyOutcome = { asOf, ran: [], skipped: [], failed: [] };
  for (const { jurisdictionCode, ruleSetId } of pairs) {
    try {
      const runId = await db.transaction((tx) => executeRun(tx, { jurisdictionCode, ruleSetId, asOf, trigger: 'NIGHTLY', actorName: systemActorName }));
      if (runId) outcome.ran.push({ jurisdictionCode, ruleSetId, runId });
      else outcome.skipped.push({ jurisdictionCode, ruleSetId });
    } catch (err) {
      // one county's failure must not stop the others; it is reported, not swallowed
      outcome.failed.push({ jurisdictionCode, ruleSetId, error: err instanceof Error ? err.message : String(err) });
    }
  }
  return outcome;
}

export interface NightlyJobs {
  stop(): void;
}

/**
 * Starts the nightly identification (the server calls this once after start-up).
 * With PANHUO_NIGHTLY=0 no job is scheduled at all.
 */
export function startNightlyJobs(db: Database, log: (line: string) => void = (l) => console.log(l)): NightlyJobs {
  if (process.env.PANHUO_NIGHTLY === '0') return { stop() {} };
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const schedule = () => {
    if (stopped) return;
    const delay = nextNightlyAt(new Date()).getTime() - Date.now();
    timer = setTimeout(() => void tick(), delay);
    timer.unref();
  };
  const report = (o: NightlyOutcome, what: string) => {
    log(`[panhuo] ${what}（${o.asOf}）：完成 ${o.ran.length} 项，已由其他进程执行 ${o.skipped.length} 项，失败 ${o.failed.length} 项`);
    for (const f of o.failed) log(`[panhuo] ${what}失败：${f.jurisdictionCode} ${f.ruleSetId}：${f.error}`);
  };
  const tick = async () => {
    try {
      report(await runNightlyIdentification(db, new Date()), '夜间认定');
    } catch (err) {
      log(`[panhuo] 夜间认定未能执行：${err instanceof Error ? err.message : String(err)}`);
    } finally {
      schedule();
    }
  };
  schedule();
  void catchUpNightlyIdentification(db, new Date())
    .then((o) => {
      if (o.ran.length || o.failed.length) report(o, '补做夜间认定');
    })
    .catch((err: unknown) => log(`[panhuo] 补做夜间认定未能执行：${err instanceof Error ? err.message : String(err)}`));
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
