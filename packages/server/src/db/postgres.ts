import pg from 'pg';
import { parseDate, parseNumeric, parseTimestamp, typeOids, type Database, type Queryable } from './database.ts';

const typeParsers: Record<number, (v: string) => unknown> = {
  [typeOids.int8]: (v) => Number(v),
  [typeOids.numeric]: parseNumeric,
  [typeOids.date]: parseDate,
  [typeOids.timestamp]: parseTimestamp,
  [typeOids.timestamptz]: parseTimestamp,
};

export async function openPostgres(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        typeParsers[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  await pool.query('SELECT 1');
  const wrap = (c: pg.Pool | pg.PoolClient): Queryable => ({
    async exec(sql: string) {
      await c.query(sql);
    },
    async query<T>(sql: string, params?: readonly unknown[], options?: { prepareAs?: string }) {
      const values = params ? [...params] : undefined;
      const r = options?.prepareAs ? await c.query({ name: options.prepareAs, text: sql, values }) : await c.query(sql, values);
      return { rows: r.rows as T[] };
    },
  });
  return {
    kind: 'postgresql',
    query: wrap(pool).query,
    exec: wrap(pool).exec,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
