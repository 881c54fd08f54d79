import { FACTS_FORMAT, type FactsFile } from '@panhuo/domain';
import { readSettings } from '../config/settings.ts';
import { openDatabase } from '../db/open.ts';
import { migrate } from '../db/migrate.ts';
import type { Database, Queryable } from '../db/database.ts';
import { Problem } from '../http/problems.ts';
import { countyJurisdictions, findJurisdiction } from '../features/imports/repository.ts';
import { loadLedgerFacts } from '../features/identification/facts-repository.ts';
import type { CliIo } from './main.ts';

/**
 * `npx panhuo export facts [--jurisdiction CODE] > facts.json`: the ledger of a county as
 * a `panhuo.parcel-facts/1` file, the same facts a stored identification run evaluates.
 */
const USAGE = '用法：npx panhuo export facts [--jurisdiction 行政区划代码] > facts.json\n';
const OK = 0;
const FAILED = 1;
const INVALID = 2;

/** The ledger of one jurisdiction as a facts file. */
export async function exportFacts(db: Queryable, jurisdictionCode: string): Promise<FactsFile> {
  const parcels = await loadLedgerFacts(db, jurisdictionCode);
  return { format: FACTS_FORMAT, jurisdiction: jurisdictionCode, parcels: parcels.map((p) => p.facts) };
}

function parseArgs(args: string[]): { jurisdiction: string | undefined } | string {
  if (args[0] !== 'facts') return '请指定要导出的内容：facts';
  let jurisdiction: string | undefined;
  for (let i = 1; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--jurisdiction' || a === '-j') {
      jurisdiction = args[++i];
      if (!jurisdiction) return '--jurisdiction 后面应跟 6 位行政区划代码';
    } else if (a.startsWith('--jurisdiction=')) jurisdiction = a.slice('--jurisdiction='.length);
    else return a.startsWith('-') ? `未知的选项：${a}` : `多余的参数：${a}`;
  }
  if (jurisdiction !== undefined && !/^\d{6}$/.test(jurisdiction)) return `行政区划代码应为 6 位数字，实际为「${jurisdiction}」`;
  return { jurisdiction };
}

async function chooseCounty(db: Database, requested: string | undefined): Promise<string> {
  if (requested) {
    if (!(await findJurisdiction(db, requested))) throw new Problem('VALIDATION_FAILED', `数据库中没有行政区划「${requested}」`);
    return requested;
  }
  const counties = await countyJurisdictions(db);
  if (counties.length === 1) return counties[0]!.code;
  if (counties.length === 0) throw new Problem('VALIDATION_FAILED', '数据库中还没有县级辖区');
  const list = counties.map((c) => `${c.code} ${c.name}`).join('，');
  throw new Problem('VALIDATION_FAILED', `数据库中有 ${counties.length} 个县级辖区，请用 --jurisdiction 指定导出哪一个：${list}`);
}

/** Exit codes: 0 written, 2 bad arguments or unknown jurisdiction (nothing on stdout), 1 any other failure. */
export async function runExportFacts(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr.write(`${parsed}\n${USAGE}`);
    return INVALID;
  }
  let db: Database | undefined;
  try {
    const settings = readSettings();
    db = await openDatabase({ databaseUrl: settings.databaseUrl, dataDir: settings.dataDir });
    await migrate(db);
    const code = await chooseCounty(db, parsed.jurisdiction);
    const file = await exportFacts(db, code);
    io.stdout.write(JSON.stringify(file, null, 1) + '\n');
    return OK;
  } catch (err) {
    if (err instanceof Problem && err.status < 500) {
      io.stderr.write(`${err.detail ?? err.title}\n`);
      return INVALID;
    }
    io.stderr.write(`导出失败：${err instanceof Error ? err.message : String(err)}\n`);
    return FAILED;
  } finally {
    await db?.close();
  }
}
