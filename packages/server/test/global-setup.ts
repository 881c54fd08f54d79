import { createHash } from 'node:crypto';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { listMigrations, migrate } from '../src/db/migrate.ts';
import { openPglite } from '../src/db/pglite.ts';
import { openPostgres } from '../src/db/postgres.ts';

export const PG_TEMPLATE = 'panhuo_test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplateDir: string;
  }
}

/**
 * Migrates one template database for the whole run; each test file then starts from a
 * copy of it (CREATE DATABASE … TEMPLATE on PostgreSQL, a copied data folder on PGlite).
 */
export default async function setup(project: TestProject): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${PG_TEMPLATE}`);
    await admin.query(`CREATE DATABASE ${PG_TEMPLATE}`);
    await admin.end();
    const template = new URL(url);
    template.pathname = `/${PG_TEMPLATE}`;
    const db = await openPostgres(template.toString());
    await migrate(db);
    await db.close();
    project.provide('pgliteTemplateDir', '');
    return;
  }
  const digest = createHash('sha256').update(listMigrations().map((m) => m.sql).join('\n')).digest('hex').slice(0, 12);
  const dir = join(tmpdir(), `panhuo-test-template-${digest}`);
  if (!existsSync(join(dir, '.migrated'))) {
    rmSync(dir, { recursive: true, force: true });
    const db = await openPglite(dir);
    await migrate(db);
    await db.close();
    writeFileSync(join(dir, '.migrated'), new Date().toISOString());
  }
  project.provide('pgliteTemplateDir', dir);
}
