import type { Database } from '../db/database.ts';
import { FileStore } from '../files/file-store.ts';
import { chinaToday } from '../features/identification/live-service.ts';
import { generateScheduledReports, type ScheduledOutcome } from '../features/campaign/report-service.ts';
import { nextNightlyAt, type NightlyJobs } from './nightly-identification.ts';

/** Half an hour after the nightly identification, so the night's runs are in the stock figures. */
const AFTER_NIGHTLY_MS = 30 * 60_000;

/**
 * The scheduled reports (周调度、半月通报、季度督查, DOMAIN.md §6.6): made every night for the
 * periods that have just ended, and once at start-up for any a stopped server missed. Each
 * is made once per period (see generateScheduledReports). PANHUO_NIGHTLY=0 turns it off.
 */
export function startReportSchedule(db: Database, dataDir: string, log: (line: string) => void = (l) => console.log(l)): NightlyJobs {
  if (process.env.PANHUO_NIGHTLY === '0') return { stop() {} };
  const store = FileStore.inDataDir(dataDir);
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const report = (o: ScheduledOutcome) => {
    if (o.made.length) log(`[panhuo] 定时报表：已生成 ${o.made.map((m) => `${m.jurisdictionCode} ${m.kind} ${m.from}—${m.to}`).join('；')}`);
    for (const f of o.failed) log(`[panhuo] 定时报表未能生成：${f.jurisdictionCode} ${f.kind}：${f.error}`);
  };
  const run = async () => {
    try {
      report(await generateScheduledReports(db, store, chinaToday(new Date())));
    } catch (err) {
      log(`[panhuo] 定时报表未能执行：${err instanceof Error ? err.message : String(err)}`);
    }
  };
  const schedule = () => {
    if (stopped) return;
    const delay = nextNightlyAt(new Date()).getTime() + AFTER_NIGHTLY_MS - Date.now();
    timer = setTimeout(() => void run().finally(schedule), delay);
    timer.unref();
  };
  schedule();
  void run();
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
