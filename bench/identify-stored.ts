import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { deriveStage, seededRandom, type FieldValue } from '@panhuo/domain';
import type { Database } from '../packages/server/src/db/database.ts';
import { migrate } from '../packages/server/src/db/migrate.ts';
import { openPglite } from '../packages/server/src/db/pglite.ts';
import { openPostgres } from '../packages/server/src/db/postgres.ts';
import { ensureJurisdiction } from '../packages/server/src/features/jurisdictions/repository.ts';
import { writeParcels, type ParcelWrite } from '../packages/server/src/features/ledger/parcel-repository.ts';
import { ensureBuiltInRuleSets } from '../packages/server/src/features/identification/rule-set-repository.ts';
import { executeRun } from '../packages/server/src/features/identification/run-service.ts';

/**
 * A stored identification run over a generated ledger of 100,000 parcels: read the
 * ledger, evaluate every parcel, store each result with its facts, compare with the
 * previous run, all in one transaction. On PGlite, and on PostgreSQL when DATABASE_URL
 * is set. Prints parcels per second; it does not pass or fail (target: 20 s on PostgreSQL).
 */
const PARCELS = 100_000;
const COUNTY = '359901';
const AS_OF = '2026-11-23';
const RULE_SET = 'jingde-2022';

const MU = 2000 / 3;

/** A ledger in every stage: not started (some long overdue), under construction, halted, producing with low or high tax. */
function generateParcels(n: number): ParcelWrite[] {
  const r = seededRandom(20261123);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const day = (from: number, to: number) => `${from + Math.floor(r() * (to - from + 1))}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
  const out: ParcelWrite[] = [];
  for (let i = 0; i < n; i++) {
    const area = Math.round((5 + r() * 195) * MU * 100) / 100;
    const kind = pick(['NOT_STARTED', 'BUILDING', 'HALTED', 'PRODUCING', 'PRODUCING', 'PRODUCING'] as const);
    const fields: Record<string, FieldValue> = {
      code: `B${String(i + 1).padStart(6, '0')}`,
      name: `基准地块${i + 1}`,
      plannedUse: '0601',
      area_m2: area,
      landPrice_yuan: Math.round(area * (200 + r() * 300)),
      started: kind !== 'NOT_STARTED',
      idleCauseType: r() < 0.2 ? null : pick(['ENTERPRISE', 'ENTERPRISE', 'GOVERNMENT']),
    };
    if (kind !== 'NOT_STARTED') {
      fields.actualStartDate = day(2012, 2022);
      fields.developedArea_m2 = Math.round(area * r() * 100) / 100;
      fields.halted = kind === 'HALTED';
      if (kind === 'HALTED') fields.haltStartDate = day(2020, 2026);
      fields.completed = kind === 'PRODUCING';
      if (kind === 'PRODUCING') {
        fields.completionDate = day(2015, 2022);
        fields.operationsStatus = pick(['PRODUCING', 'PRODUCING', 'PRODUCING', 'SEMI_HALTED', 'HALTED']);
        fields.productionStartDate = day(2016, 2023);
      }
    }
    const years = new Map<number, Record<string, FieldValue>>();
    if (kind === 'PRODUCING') {
      for (const year of [2023, 2024, 2025]) {
        const tax = Math.round((area / MU) * r() * 30_000);
        years.set(year, { year, taxPaid_yuan: tax, landUseTax_yuan: r() < 0.1 ? null : Math.round(tax * 0.1), propertyTax_yuan: Math.round(tax * 0.05) });
      }
    }
    const stage = deriveStage({ started: fields.started as boolean, halted: (fields.halted as boolean | undefined) ?? null, completed: (fields.completed as boolean | undefined) ?? null, operationsStatus: (fields.operationsStatus as string | undefined) ?? null } as Parameters<typeof deriveStage>[0]);
    out.push({
      id: randomUUID(),
      stage,
      version: 1,
      state: {
        fields,
        zoneId: null,
        zoneName: null,
        enterpriseId: null,
        enterpriseName: null,
        contract: { agreedStartDate: day(2018, 2026), agreedCompletionDate: day(2020, 2028) },
        years,
        geometry: null,
      },
    });
  }
  return out;
}

interface BenchDatabase {
  db: Database;
  label: string;
  dispose(): Promise<void>;
}

async function openPostgresBench(url: string): Promise<BenchDatabase> {
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
    label: `PostgreSQL（${target.host}）`,
    async dispose() {
      await db.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name}`);
      await c.end();
    },
  };
}

async function openPgliteBench(): Promise<BenchDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'panhuo-bench-'));
  const db = await openPglite(dir);
  return {
    db,
    label: 'PGlite（临时目录）',
    async dispose() {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function benchOn(open: () => Promise<BenchDatabase>, parcels: ParcelWrite[]): Promise<void> {
  const { db, label, dispose } = await open();
  try {
    await migrate(db);
    await ensureBuiltInRuleSets(db);
    await db.transaction(async (tx) => {
      await ensureJurisdiction(tx, { code: '350000', name: '基准省', level: 'PROVINCE', parentCode: null });
      await ensureJurisdiction(tx, { code: '359900', name: '基准市', level: 'CITY', parentCode: '350000' });
      await ensureJurisdiction(tx, { code: COUNTY, name: '基准县', level: 'COUNTY', parentCode: '359900' });
    });
    let t = performance.now();
    await db.transaction((tx) => writeParcels(tx, COUNTY, parcels, null));
    console.log(`  ${label}：写入 ${parcels.length.toLocaleString('en')} 宗台账 ${seconds(performance.now() - t)}`);
    for (const which of ['首次认定', '再次认定（与上次比较）']) {
      t = performance.now();
      await db.transaction((tx) => executeRun(tx, { jurisdictionCode: COUNTY, ruleSetId: RULE_SET, asOf: AS_OF, trigger: 'MANUAL', actorName: '基准' }));
      const ms = performance.now() - t;
      console.log(`  ${label}：${which} ${parcels.length.toLocaleString('en')} 宗（${RULE_SET}）用时 ${seconds(ms)}，${Math.round(parcels.length / (ms / 1000)).toLocaleString('en')} 宗/秒`);
    }
    const { rows } = await db.query<{ category: string; n: number }>(
      `SELECT primary_category AS category, count(*)::int AS n FROM identification_results r
         JOIN identification_runs x ON x.jurisdiction_code = r.jurisdiction_code AND x.id = r.run_id AND x.previous_run_id IS NULL
        WHERE r.jurisdiction_code = $1 GROUP BY 1 ORDER BY 1`,
      [COUNTY],
    );
    console.log(`  ${label}：认定结果 ${rows.map((r) => `${r.category} ${r.n}`).join('，')}`);
  } finally {
    await dispose();
  }
}

export async function benchIdentifyStored(parcelCount = PARCELS): Promise<void> {
  const parcels = generateParcels(parcelCount);
  await benchOn(openPgliteBench, parcels);
  const url = process.env.DATABASE_URL;
  if (url) await benchOn(() => openPostgresBench(url), parcels);
  else console.log('  未设置 DATABASE_URL：跳过 PostgreSQL');
}
