import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ImportSummary } from '@panhuo/domain';
import { readSettings } from '../config/settings.ts';
import { openDatabase } from '../db/open.ts';
import { migrate } from '../db/migrate.ts';
import { Problem } from '../http/problems.ts';
import { countyJurisdictions, findJurisdiction } from '../features/imports/repository.ts';
import { formatFinding, importLedger } from '../features/imports/service.ts';
import type { Database } from '../db/database.ts';
import type { CliIo } from './main.ts';

const USAGE = '用法：npx panhuo import ledger FILE.xlsx [--jurisdiction 行政区划代码]\n';
const ACTOR_NAME = '命令行导入';

/** Exit codes: 0 imported, 2 invalid input (nothing written), 1 any other failure. */
const OK = 0;
const FAILED = 1;
const INVALID = 2;

interface Args {
  file: string;
  jurisdiction: string | undefined;
}

function parseArgs(args: string[]): Args | string {
  let file: string | undefined;
  let jurisdiction: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--jurisdiction' || a === '-j') {
      jurisdiction = args[++i];
      if (!jurisdiction) return '--jurisdiction 后面应跟 6 位行政区划代码';
    } else if (a.startsWith('--jurisdiction=')) {
      jurisdiction = a.slice('--jurisdiction='.length);
    } else if (a.startsWith('-')) {
      return `未知的选项：${a}`;
    } else if (file === undefined) {
      file = a;
    } else {
      return `多余的参数：${a}（一次导入一个文件）`;
    }
  }
  if (!file) return '请指定要导入的 Excel 文件';
  if (jurisdiction !== undefined && !/^\d{6}$/.test(jurisdiction)) return `行政区划代码应为 6 位数字，实际为「${jurisdiction}」`;
  return { file, jurisdiction };
}

/** The county to import into: the one named, or the only county in the database. */
async function chooseCounty(db: Database, requested: string | undefined): Promise<string> {
  if (requested) {
    const j = await findJurisdiction(db, requested);
    if (!j) throw new Problem('VALIDATION_FAILED', `数据库中没有行政区划「${requested}」`);
    if (j.level !== 'COUNTY') throw new Problem('VALIDATION_FAILED', `「${j.name}」（${j.code}）不是县级辖区：台账按县级辖区导入`);
    return j.code;
  }
  const counties = await countyJurisdictions(db);
  if (counties.length === 1) return counties[0]!.code;
  if (counties.length === 0) throw new Problem('VALIDATION_FAILED', '数据库中还没有县级辖区，请先建立辖区');
  const list = counties.map((c) => `${c.code} ${c.name}`).join('，');
  throw new Problem('VALIDATION_FAILED', `数据库中有 ${counties.length} 个县级辖区，请用 --jurisdiction 指定导入哪一个：${list}`);
}

function summaryText(s: ImportSummary, file: string): string {
  const lines = [
    `导入完成：${file} → 辖区 ${s.jurisdictionCode}`,
    `  企业：新增 ${s.enterprisesCreated} 家，更新 ${s.enterprisesUpdated} 家`,
    `  宗地：新增 ${s.parcelsCreated} 宗，更新 ${s.parcelsUpdated} 宗，未变化 ${s.parcelsUnchanged} 宗`,
  ];
  if (s.warnings.length > 0) {
    lines.push(`  提示 ${s.warnings.length} 条（不影响导入）：`);
    for (const w of s.warnings) lines.push(`    ${formatFinding(w)}`);
  }
  return lines.join('\n') + '\n';
}

/** `npx panhuo import ledger FILE.xlsx [--jurisdiction CODE]` */
export async function runImportLedger(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr.write(`${parsed}\n${USAGE}`);
    return INVALID;
  }
  const path = resolve(parsed.file);
  if (!existsSync(path) || !statSync(path).isFile()) {
    io.stderr.write(`找不到文件：${path}\n`);
    return INVALID;
  }

  let db: Database | undefined;
  try {
    const settings = readSettings();
    db = await openDatabase({ databaseUrl: settings.databaseUrl, dataDir: settings.dataDir });
    await migrate(db);
    const jurisdictionCode = await chooseCounty(db, parsed.jurisdiction);
    const summary = await importLedger({
      db,
      jurisdictionCode,
      actorId: null,
      actorName: ACTOR_NAME,
      requestId: null,
      source: { path },
    });
    io.stdout.write(summaryText(summary, parsed.file));
    return OK;
  } catch (err) {
    if (err instanceof Problem && err.status < 500) {
      io.stderr.write(`${err.detail ?? err.title}\n`);
      const problems = (err.extra.problems ?? []) as Parameters<typeof formatFinding>[0][];
      for (const p of problems) io.stderr.write(`${formatFinding(p)}\n`);
      return INVALID;
    }
    io.stderr.write(`导入失败：${err instanceof Error ? err.message : String(err)}\n`);
    return FAILED;
  } finally {
    await db?.close();
  }
}
