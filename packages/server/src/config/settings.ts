import { resolve } from 'node:path';

/** Settings come from the environment only; see the README for their meaning. */
export interface Settings {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  adminPassword: string | undefined;
  /** load the fictional demo county on the first start */
  loadDemo: boolean;
  sessionIdleMinutes: number;
  /** a fixed China date (YYYY-MM-DD) for the procedure's clocks in tests and demos; unset: today */
  today: string | undefined;
  webDist: string;
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.PANHUO_DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    adminPassword: env.PANHUO_ADMIN_PASSWORD || undefined,
    loadDemo: env.PANHUO_DEMO !== '0',
    sessionIdleMinutes: 30,
    today: /^\d{4}-\d{2}-\d{2}$/.test(env.PANHUO_TODAY ?? '') ? env.PANHUO_TODAY : undefined,
    webDist: resolve(new URL('../../../web/dist', import.meta.url).pathname),
  };
}
