import { mkdirSync } from 'node:fs';
import { PGlite, types } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { parseDate, parseNumeric, parseTimestamp, type Database, type Queryable } from './database.ts';

export async function openPglite(dataDir: string | null): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    extensions: { postgis },
    parsers: {
      [types.INT8]: (v: string) => Number(v),
      [types.NUMERIC]: parseNumeric,
      [types.DATE]: parseDate,
      [types.TIMESTAMP]: parseTimestamp,
      [types.TIMESTAMPTZ]: parseTimestamp,
    },
  });
  const asQueryable = (q: { query: PGlite['query']; exec: PGlite['exec'] }): Queryable => ({
    async exec(sql: string) {
      await q.exec(sql);
    },
    async query<T>(sql: string, params?: readonly unknown[]) {
      const r = await q.query<T>(sql, params ? [...params] : undefined);
      return { rows: r.rows };
    },
  });
  const base = asQueryable(pg);
  return {
    kind: 'pglite',
    query: base.query,
    exec: base.exec,
    // PGlite runs one transaction at a time and makes other queries wait for it.
    transaction: (fn) => pg.transaction((tx) => fn(asQueryable(tx))),
    close: () => pg.close(),
  };
}
