/**
 * One interface over the two engines the product runs on: embedded PGlite (with
 * PostGIS) by default, a PostgreSQL + PostGIS server when DATABASE_URL is set.
 * Repositories take a `Queryable` so a use case passes its transaction explicitly.
 */
export interface Queryable {
  /**
   * `prepareAs` names a statement run on every request (the session lookup): PostgreSQL then
   * plans it once per connection instead of on each call. Only for SQL whose text never varies.
   */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[], options?: { prepareAs?: string }): Promise<{ rows: T[] }>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgresql';
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Type OIDs whose default JS mapping we override on both engines. */
export const typeOids = {
  int8: 20,
  numeric: 1700,
  date: 1082,
  timestamp: 1114,
  timestamptz: 1184,
} as const;

// Areas and money fit well inside a double's 15 significant digits (m² and yuan with
// two decimals up to 10^13), so numerics travel as numbers; dates stay ISO strings
// so that no time zone can shift a calendar date.
export const parseNumeric = (v: string): number => Number(v);
export const parseDate = (v: string): string => v;
export const parseTimestamp = (v: string): string => {
  // '2026-11-23 18:07:49.123+00' → an ISO instant; a timestamp without zone is UTC
  let iso = v.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00');
  if (!/(Z|[+-]\d\d:\d\d)$/.test(iso)) iso += 'Z';
  return new Date(iso).toISOString();
};
