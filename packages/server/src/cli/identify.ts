import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  formatContractProblem,
  formatIdentificationTable,
  identifyFile,
  isIsoDate,
  ledgerBatchToFacts,
  RULE_SET_IDS,
  ruleSetById,
  validateFactsFile,
  type FactsFile,
  type LedgerProblem,
} from '@panhuo/domain';
import { Problem } from '../http/problems.ts';
import { buildLedger, readLedgerSheets } from '../features/imports/parse-ledger.ts';
import { formatFinding } from '../features/imports/service.ts';
import { Findings } from '../features/imports/sheet-parser.ts';
import type { CliIo } from './main.ts';

/**
 * `npx panhuo identify --rules <id> --as-of <YYYY-MM-DD> --input <facts.json | ledger.xlsx> [--format json|table]`
 * (shared/contracts/README.md). Prints a `panhuo.identification/1` document (or a Chinese
 * table) on stdout and exits 0; on invalid arguments or input prints one line per problem
 * on stderr, nothing on stdout, and exits 2. Needs no database.
 */
const OK = 0;
const FAILED = 1;
const INVALID = 2;

const USAGE = `用法：npx panhuo identify --rules <规则集> --as-of <YYYY-MM-DD> --input <facts.json | ledger.xlsx> [--format json|table]
  规则集：${RULE_SET_IDS.join('、')}
`;

interface Args {
  rules: string;
  asOf: string;
  input: string;
  format: 'json' | 'table';
}

const OPTIONS = ['--rules', '--as-of', '--input', '--format'] as const;
type Option = (typeof OPTIONS)[number];

function parseArgs(args: string[]): Args | string[] {
  const given = new Map<Option, string>();
  const errors: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = a.indexOf('=');
    const name = (eq > 0 ? a.slice(0, eq) : a) as Option;
    if (!OPTIONS.includes(name)) {
      errors.push(a.startsWith('-') ? `未知的选项：${a}` : `多余的参数：${a}`);
      continue;
    }
    const value = eq > 0 ? a.slice(eq + 1) : args[++i];
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) {
      errors.push(`${name} 后面应跟一个值`);
      given.set(name, '');
      if (value?.startsWith('--')) i--;
      continue;
    }
    if (given.has(name)) errors.push(`${name} 只能给一次`);
    given.set(name, value);
  }
  const rules = given.get('--rules');
  const asOf = given.get('--as-of');
  const input = given.get('--input');
  const format = given.get('--format') ?? 'json';
  if (rules === undefined) errors.push('缺少 --rules（规则集）');
  else if (rules !== '' && !ruleSetById(rules)) errors.push(`--rules：没有规则集「${rules}」，可选：${RULE_SET_IDS.join('、')}`);
  if (asOf === undefined) errors.push('缺少 --as-of（评估基准日）');
  else if (asOf !== '' && !isIsoDate(asOf)) errors.push(`--as-of：「${asOf}」不是有效日期，应为 YYYY-MM-DD 格式的真实日期`);
  if (input === undefined) errors.push('缺少 --input（facts.json 或 ledger.xlsx）');
  if (format !== 'json' && format !== 'table') errors.push(`--format：应为 json 或 table，实际为「${format}」`);
  if (errors.length > 0 || !rules || !asOf || !input) return errors;
  return { rules, asOf, input, format: format as Args['format'] };
}

type Loaded = { ok: true; file: FactsFile; warnings: string[] } | { ok: false; problems: string[] };

async function loadJson(path: string): Promise<Loaded> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    return { ok: false, problems: [`/: 不是有效的 JSON（${err instanceof Error ? err.message : String(err)}）`] };
  }
  const v = validateFactsFile(parsed);
  return v.ok ? { ok: true, file: v.value, warnings: [] } : { ok: false, problems: v.problems.map(formatContractProblem) };
}

/**
 * The ledger template through the import's own sheet parsers and cross-sheet checks.
 * Offline there is no database: the zones and the jurisdiction are those the file names,
 * and every parcel of the other sheets must be on the 「地块」 sheet.
 */
async function loadXlsx(path: string): Promise<Loaded> {
  const findings = new Findings();
  const { sheets, sheetNames } = await readLedgerSheets({ path }, findings);
  const zoneNames = new Set<string>();
  let jurisdiction: string | undefined;
  for (const r of sheets.get('parcel')?.rows ?? []) {
    if (typeof r.refs.zoneName === 'string') zoneNames.add(r.refs.zoneName);
    if (jurisdiction === undefined && typeof r.refs.jurisdictionCode === 'string') jurisdiction = r.refs.jurisdictionCode;
  }
  const parsed = await buildLedger(
    sheets,
    sheetNames,
    {
      jurisdictionCode: jurisdiction ?? '',
      zones: [...zoneNames].map((name) => ({ id: name, name })),
      existingParcelCodes: () => Promise.resolve(new Set<string>()),
    },
    findings,
  );
  const warnings = parsed.warnings.map((w: LedgerProblem) => `提示：${formatFinding(w)}`);
  if (parsed.problemCount > 0) {
    const problems = parsed.problems.map(formatFinding);
    if (parsed.problemCount > parsed.problems.length) problems.push(`……共 ${parsed.problemCount} 处问题，以上列出前 ${parsed.problems.length} 处`);
    return { ok: false, problems };
  }
  const facts = ledgerBatchToFacts(parsed.batch, jurisdiction && /^\d{6}$/.test(jurisdiction) ? jurisdiction : undefined);
  const v = validateFactsFile(facts);
  return v.ok ? { ok: true, file: v.value, warnings } : { ok: false, problems: v.problems.map(formatContractProblem) };
}

export async function runIdentify(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if (Array.isArray(parsed)) {
    for (const e of parsed) io.stderr.write(`${e}\n`);
    io.stderr.write(USAGE);
    return INVALID;
  }
  const path = resolve(parsed.input);
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new Error('not a file');
  } catch {
    io.stderr.write(`--input：找不到文件 ${path}\n`);
    return INVALID;
  }
  try {
    const loaded = path.toLowerCase().endsWith('.xlsx') ? await loadXlsx(path) : await loadJson(path);
    if (!loaded.ok) {
      for (const p of loaded.problems) io.stderr.write(`${p}\n`);
      return INVALID;
    }
    for (const w of loaded.warnings) io.stderr.write(`${w}\n`);
    const doc = identifyFile(ruleSetById(parsed.rules)!, loaded.file, parsed.asOf);
    io.stdout.write(parsed.format === 'table' ? formatIdentificationTable(doc) : `${JSON.stringify(doc, null, 2)}\n`);
    return OK;
  } catch (err) {
    if (err instanceof Problem && err.status < 500) {
      io.stderr.write(`${parsed.input}：${err.detail ?? err.title}\n`);
      return INVALID;
    }
    io.stderr.write(`认定失败：${err instanceof Error ? err.message : String(err)}\n`);
    return FAILED;
  }
}
