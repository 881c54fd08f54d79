import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { completeUscc } from '@panhuo/domain';
import type { Database, Queryable } from '../packages/server/src/db/database.ts';
import { migrate } from '../packages/server/src/db/migrate.ts';
import { openPglite } from '../packages/server/src/db/pglite.ts';
import { openPostgres } from '../packages/server/src/db/postgres.ts';
import { ensureJurisdiction, ensureZone } from '../packages/server/src/features/jurisdictions/repository.ts';
import { applyLedgerBatch } from '../packages/server/src/features/ledger/apply-batch.ts';
import { parseLedger } from '../packages/server/src/features/imports/parse-ledger.ts';
import { activeZones, existingParcelCodes } from '../packages/server/src/features/imports/repository.ts';
import { readWorkbook } from '../packages/server/src/features/imports/workbook-reader.ts';
import { writeLedgerWorkbook, type SheetRow } from '../packages/server/src/features/imports/template.ts';
import type { SheetKind } from '../packages/server/src/features/imports/sheets.ts';

/**
 * Figure `import`: a generated ledger of BENCH_PARCELS parcels (100 000 by default) in
 * the template's layout, read (a) by exceljs's streaming reader alone — the floor — and
 * (b) imported for real (parse, validate, write) into PostgreSQL when DATABASE_URL is
 * set, else into PGlite in a temporary folder. The write, `applyLedgerBatch`, is timed
 * on its own, and a second import of the same file (everything unchanged) follows.
 */
export interface ImportBenchOptions {
  parcels: number;
  yearsPerParcel: number;
  parcelsPerEnterprise: number;
  outDir: string;
}

const COUNTY = '890199';
const ZONES = ['高新园', '城东园', '城西园'];

/** A small deterministic generator, so every run imports the same file. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function generatedRows(o: ImportBenchOptions): (kind: SheetKind) => AsyncIterable<SheetRow[]> {
  const enterprises = Math.ceil(o.parcels / o.parcelsPerEnterprise);
  const uscc = (i: number) => completeUscc(`91890199MA${String(i).padStart(6, '0')}`);
  const code = (i: number) => `BJ-${String(i).padStart(6, '0')}`;
  const CHUNK = 5000;
  return async function* (kind) {
    const rnd = lcg(kind.length * 7919);
    const count = kind === 'enterprise' ? enterprises : kind === 'parcel' || kind === 'contract' ? o.parcels : kind === 'year' ? o.parcels : 0;
    for (let start = 0; start < count; start += CHUNK) {
      const rows: SheetRow[] = [];
      for (let i = start; i < Math.min(count, start + CHUNK); i++) {
        const area = Math.round((2000 + rnd() * 60000) * 100) / 100;
        const year = 2005 + Math.floor(rnd() * 18);
        const day = `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
        switch (kind) {
          case 'enterprise':
            rows.push({ name: `基准测试${i}号企业有限公司`, uscc: uscc(i), scale: rnd() < 0.4 ? 'ABOVE' : 'BELOW', industryCode: '3412', catalogueClass: 'PERMITTED', judicialStatus: 'NONE' });
            break;
          case 'parcel': {
            const e = i % enterprises;
            rows.push({
              code: code(i),
              name: `基准测试地块${i}`,
              location: `测试县工业大道${i}号`,
              plannedUse: '0601',
              area_m2: area,
              grantedArea_m2: area,
              acquisitionMode: 'GRANT',
              acquisitionDate: day,
              landPrice_yuan: Math.round(area * 150),
              remarks: null,
              zoneName: ZONES[i % ZONES.length]!,
              enterpriseUscc: uscc(e),
              enterpriseName: `基准测试${e}号企业有限公司`,
            });
            break;
          }
          case 'contract':
            rows.push({
              parcelCode: code(i),
              contractNo: `测出让〔${year}〕${i}号`,
              source: 'GRANT_CONTRACT',
              signedDate: day,
              agreedStartDate: `${year + 1}-06-30`,
              agreedCompletionDate: `${year + 3}-06-30`,
              totalInvestment_yuan: Math.round(area * 4500),
              investmentIntensity_10kYuanPerMu: 300,
              taxPerMu_10kYuanPerMu: 15,
            });
            break;
          case 'year':
            for (let y = 0; y < o.yearsPerParcel; y++) {
              rows.push({ parcelCode: code(i), year: 2024 - y, taxPaid_yuan: Math.round(rnd() * 5e6), landUseTax_yuan: Math.round(rnd() * 2e5), industrialOutput_yuan: Math.round(rnd() * 1e8), averageEmployees: Math.floor(rnd() * 300) });
            }
            break;
          case 'construction':
          case 'operations':
            break;
        }
      }
      yield rows;
    }
  };
}

async function generateFile(o: ImportBenchOptions): Promise<string> {
  mkdirSync(o.outDir, { recursive: true });
  const path = join(o.outDir, `ledger-${o.parcels}.xlsx`);
  const out = createWriteStream(path);
  await writeLedgerWorkbook(out, { rows: generatedRows(o) });
  if (!out.writableFinished) await once(out, 'finish');
  return path;
}

/** The floor: exceljs's streaming reader over every row and cell of the file, nothing else. */
async function exceljsFloor(path: string): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  let cells = 0;
  for await (const ws of reader) {
    for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) {
      row.eachCell(() => {
        cells++;
      });
    }
  }
  return cells;
}

interface BenchDatabase {
  db: Database;
  label: string;
  dispose(): Promise<void>;
}

async function openBenchDatabase(): Promise<BenchDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `panhuo_bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const target = new URL(url);
    target.pathname = `/${name}`;
    const db = await openPostgres(target.toString());
    return {
      db,
      label: `PostgreSQL（${target.host}，临时数据库 ${name}）`,
      async dispose() {
        await db.close();
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name}`);
        await c.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'panhuo-bench-'));
  const db = await openPglite(dir);
  return {
    db,
    label: `PGlite（临时目录 ${dir}）`,
    async dispose() {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const timed = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const r = await fn();
  return [r, performance.now() - t];
};

/** Times every statement of the write, grouped by what it does, to tell SQL time from JavaScript time. */
function timingQueries(tx: Queryable, byStatement: Map<string, { ms: number; count: number }>): Queryable {
  return {
    exec: (sql) => tx.exec(sql),
    async query<T>(sql: string, params?: readonly unknown[]) {
      const key = sql.replace(/\s+/g, ' ').trim().slice(0, 48);
      const t = performance.now();
      try {
        return await tx.query<T>(sql, params);
      } finally {
        const entry = byStatement.get(key) ?? { ms: 0, count: 0 };
        entry.ms += performance.now() - t;
        entry.count++;
        byStatement.set(key, entry);
      }
    },
  };
}

function writeBreakdown(writeMs: number, byStatement: Map<string, { ms: number; count: number }>): string {
  const sqlMs = [...byStatement.values()].reduce((a, b) => a + b.ms, 0);
  const lines = [...byStatement.entries()]
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, 6)
    .map(([sql, e]) => `        ${seconds(e.ms).padStart(7)}  ×${String(e.count).padEnd(4)} ${sql}…`);
  return [`      其中 SQL ${seconds(sqlMs)}，JavaScript（合并、比较、生成审计记录）${seconds(writeMs - sqlMs)}：`, ...lines].join('\n');
}

/** One import as the service runs it, with its two halves timed apart. */
async function timedImport(db: Database, path: string) {
  const [parsed, parseMs] = await timed(async () =>
    parseLedger({ path }, { jurisdictionCode: COUNTY, zones: await activeZones(db, COUNTY), existingParcelCodes: (codes) => existingParcelCodes(db, COUNTY, codes) }),
  );
  if (parsed.problemCount > 0) throw new Error(`generated file has problems: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
  const byStatement = new Map<string, { ms: number; count: number }>();
  const [summary, writeMs] = await timed(() =>
    db.transaction((tx) =>
      applyLedgerBatch(
        timingQueries(tx, byStatement),
        { jurisdictionCode: COUNTY, actorId: null, actorName: '基准测试', requestId: null },
        parsed.batch,
      ),
    ),
  );
  return { summary, parseMs, writeMs, totalMs: parseMs + writeMs, breakdown: writeBreakdown(writeMs, byStatement) };
}

export async function benchImport(options: Partial<ImportBenchOptions> = {}): Promise<void> {
  const o: ImportBenchOptions = {
    parcels: Number(process.env.BENCH_PARCELS ?? 100_000),
    yearsPerParcel: 2,
    parcelsPerEnterprise: 5,
    outDir: new URL('./.out/', import.meta.url).pathname,
    ...options,
  };
  const [path, genMs] = await timed(() => generateFile(o));
  const enterprises = Math.ceil(o.parcels / o.parcelsPerEnterprise);
  console.log(
    `文件：${path}（${(statSync(path).size / 1024 / 1024).toFixed(1)} MB，生成 ${seconds(genMs)}）\n` +
      `  企业 ${enterprises} 行，地块 ${o.parcels} 行（基本信息 + 园区 + 企业），合同 ${o.parcels} 行，` +
      `年度数据 ${o.parcels * o.yearsPerParcel} 行（每宗 ${o.yearsPerParcel} 年）；建设情况、经营情况为空表`,
  );

  // the better of two runs: the first one also warms up the JIT
  const [cells, floor1] = await timed(() => exceljsFloor(path));
  const [, floor2] = await timed(() => exceljsFloor(path));
  const floorMs = Math.min(floor1, floor2);
  console.log(`(a) exceljs 流式读取（下限，两次取快者）：${seconds(floorMs)}（${cells} 个单元格；两次 ${seconds(floor1)}、${seconds(floor2)}）`);
  const [, readerMs] = await timed(() => readWorkbook({ path }, () => () => undefined));
  console.log(`    本模块的读取（按中央目录解压 + exceljs 工作表解析，不做转换）：${seconds(readerMs)}`);

  const [bench, openMs] = await timed(openBenchDatabase);
  try {
    await migrate(bench.db);
    await bench.db.transaction(async (tx) => {
      await ensureJurisdiction(tx, { code: '890000', name: '基准测试省', level: 'PROVINCE', parentCode: null });
      await ensureJurisdiction(tx, { code: '890100', name: '基准测试市', level: 'CITY', parentCode: '890000' });
      await ensureJurisdiction(tx, { code: COUNTY, name: '基准测试县', level: 'COUNTY', parentCode: '890100' });
      for (const name of ZONES) await ensureZone(tx, { jurisdictionCode: COUNTY, name, kind: 'PARK' });
    });
    console.log(`数据库：${bench.label}（打开并迁移 ${seconds(openMs)}，不计入）`);

    const first = await timedImport(bench.db, path);
    const s = first.summary;
    console.log(
      `(b) 完整导入（解析 + 校验 + 写入）：${seconds(first.totalMs)} = 下限的 ${(first.totalMs / floorMs).toFixed(2)} 倍（目标 ≤ 3 倍）\n` +
        `    解析 + 校验（parseLedger）：${seconds(first.parseMs)}（下限的 ${(first.parseMs / floorMs).toFixed(2)} 倍）\n` +
        `    写入（applyLedgerBatch，一个事务）：${seconds(first.writeMs)}\n` +
        `${first.breakdown}\n` +
        `    结果：企业新增 ${s.enterprisesCreated}，宗地新增 ${s.parcelsCreated}，更新 ${s.parcelsUpdated}，未变化 ${s.parcelsUnchanged}`,
    );
    const again = await timedImport(bench.db, path);
    console.log(
      `    再次导入同一文件：${seconds(again.totalMs)}（解析 ${seconds(again.parseMs)}，写入 ${seconds(again.writeMs)}；` +
        `未变化 ${again.summary.parcelsUnchanged}，新增 ${again.summary.parcelsCreated}）\n${again.breakdown}`,
    );
  } finally {
    await bench.dispose();
  }
}
