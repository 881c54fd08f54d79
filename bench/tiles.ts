import pg from 'pg';
import type { Database } from '../packages/server/src/db/database.ts';
import { migrate } from '../packages/server/src/db/migrate.ts';
import { openPostgres } from '../packages/server/src/db/postgres.ts';
import { buildApp } from '../packages/server/src/http/app.ts';
import { readSettings } from '../packages/server/src/config/settings.ts';
import { hashPassword } from '../packages/server/src/auth/passwords.ts';
import { ensureBuiltInRuleSets } from '../packages/server/src/features/identification/rule-set-repository.ts';
import { ensureJurisdiction } from '../packages/server/src/features/jurisdictions/repository.ts';
import { insertUser } from '../packages/server/src/features/users/repository.ts';
import { tileBytes, tileQuery } from '../packages/server/src/features/map/tile-service.ts';
import type { Actor } from '../packages/server/src/auth/actor.ts';

/**
 * Vector tiles over 1,000,000 parcels on PostgreSQL: a province of 100 counties in 5 cities
 * (as many as Anhui or Jiangsu has), each county's 10 000 parcels in parks of 300 scattered
 * within ±0.3° of its seat — still several times the industrial parcels of a real county.
 * v1 packed 50 000 into each of 20 counties (docs/design/map.md keeps its figures). The latest identification
 * run of every county, some open cases and plans, one building per parcel. For zoom 10, 13
 * and 16, tiles around randomly drawn parcels (so where parcels are dense) through the HTTP
 * route and the tile's SQL alone: median and p95 of each, and the route's overhead.
 * Target: p95 < 100 ms at every zoom, overhead < 1.3×. The generated database is kept
 * (named by DATA_VERSION) so a second run only measures.
 */
const DATA_VERSION = 'v2';
const PARCELS = 1_000_000;
const PARK_SIZE = 300;
const CITIES = 5;
const COUNTIES_PER_CITY = 20;
const COUNTIES = CITIES * COUNTIES_PER_CITY;
const PROVINCE = '880000';
const TILES_PER_ZOOM = 60;
const ZOOMS = [10, 13, 16];
const PASSWORD = 'Bench#Tiles2026';

const two = (n: number) => String(n).padStart(2, '0');
const cityCode = (c: number) => `88${two(c + 1)}00`;
/** county i: the (i mod 20 + 1)th of city ⌊i / 20⌋ + 1, 88CCNN */
const countyCode = (i: number) => `88${two(Math.floor(i / COUNTIES_PER_CITY) + 1)}${two((i % COUNTIES_PER_CITY) + 1)}`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The bench database: reused when a finished generation of this DATA_VERSION is there. */
async function openBenchDatabase(url: string): Promise<{ db: Database; fresh: boolean }> {
  const name = `panhuo_bench_tiles_${DATA_VERSION}`;
  const target = new URL(url);
  target.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
    if (exists) {
      const db = await openPostgres(target.toString());
      const done = await db.query<{ ok: boolean }>(`SELECT to_regclass('bench_generated') IS NOT NULL AS ok`);
      if (done.rows[0]!.ok) {
        await migrate(db); // a kept database follows the schema
        return { db, fresh: false };
      }
      await db.close();
      await admin.query(`DROP DATABASE ${name}`);
    }
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return { db: await openPostgres(target.toString()), fresh: true };
}

async function generate(db: Database): Promise<void> {
  await migrate(db);
  await ensureBuiltInRuleSets(db);
  await db.transaction(async (tx) => {
    await ensureJurisdiction(tx, { code: PROVINCE, name: '基准省', level: 'PROVINCE', parentCode: null });
    for (let c = 0; c < CITIES; c++) await ensureJurisdiction(tx, { code: cityCode(c), name: `基准市${c + 1}`, level: 'CITY', parentCode: PROVINCE });
    for (let i = 0; i < COUNTIES; i++) {
      await ensureJurisdiction(tx, { code: countyCode(i), name: `基准县${i + 1}`, level: 'COUNTY', parentCode: cityCode(Math.floor(i / COUNTIES_PER_CITY)) });
    }
  });
  const step = async (label: string, sql: string) => {
    const t = performance.now();
    await db.exec(sql);
    console.log(`  生成：${label} ${seconds(performance.now() - t)}`);
  };
  const parks = Math.ceil(PARCELS / PARK_SIZE);
  await step(
    `${parks} 个园区`,
    `SELECT setseed(0.2026);
     CREATE TABLE bench_seats AS
       SELECT c, 114 + random() * 5 AS lon, 24 + random() * 5 AS lat FROM generate_series(0, ${COUNTIES - 1}) c;
     CREATE TABLE bench_parks AS
       SELECT j, gen_random_uuid() AS zone_id, '88' || lpad((1 + j % ${COUNTIES} / ${COUNTIES_PER_CITY})::text, 2, '0') || lpad((1 + j % ${COUNTIES} % ${COUNTIES_PER_CITY})::text, 2, '0') AS jc,
              s.lon + (random() - 0.5) * 0.6 AS lon, s.lat + (random() - 0.5) * 0.6 AS lat
         FROM generate_series(0, ${parks - 1}) j JOIN bench_seats s ON s.c = j % ${COUNTIES};
     INSERT INTO zones (jurisdiction_code, id, name, kind, boundary)
       SELECT jc, zone_id, '园区' || j, 'PARK',
              ST_Multi(ST_MakeEnvelope(lon - 0.001, lat - 0.001, lon + 0.0301, lat + 0.0226, 4490)) FROM bench_parks;`,
  );
  // parcels on a 20 × 15 grid in their park, 120 m squares 150 m apart, some 5–200 亩 in the ledger
  await step(
    `${PARCELS.toLocaleString('en')} 宗地块（含 Web 墨卡托生成列与索引）`,
    `INSERT INTO parcels (jurisdiction_code, id, code, name, area_m2, zone_id, geom)
       SELECT pk.jc, gen_random_uuid(), 'P' || lpad(i::text, 7, '0'), '基准地块' || i, round((3333 + random() * 130000)::numeric, 2), pk.zone_id,
              ST_Multi(ST_MakeEnvelope(x, y, x + 0.0012, y + 0.0011, 4490))
         FROM generate_series(0, ${PARCELS - 1}) i
         JOIN bench_parks pk ON pk.j = i / ${PARK_SIZE}
         CROSS JOIN LATERAL (SELECT pk.lon + (i % ${PARK_SIZE} % 20) * 0.0015 AS x, pk.lat + (i % ${PARK_SIZE} / 20) * 0.0015 AS y) g;`,
  );
  await step(
    '每县最新认定批次与结果',
    `INSERT INTO identification_runs (jurisdiction_code, id, rule_set_id, rule_set_version, as_of, trigger, actor_name, started_at, finished_at, parcel_count)
       SELECT code, gen_random_uuid(), 'jingde-2022', 1, d::date, 'NIGHTLY', '基准', d, d + interval '5 minutes', 0
         FROM jurisdictions, generate_series('2026-11-20'::timestamptz, '2026-11-22', interval '1 day') d WHERE level = 'COUNTY';
     INSERT INTO identification_results (jurisdiction_code, run_id, parcel_id, parcel_code, parcel_name, area_m2, primary_category,
                                         met_criteria, classes, criteria_status, result, facts)
       SELECT p.jurisdiction_code, r.id, p.id, p.code, p.name, p.area_m2,
              (ARRAY['IDLE', 'INEFFICIENT', 'INEFFICIENT', 'NONE', 'NONE', 'NONE', 'NONE', 'NONE', 'INCONCLUSIVE', 'NONE'])[1 + floor(random() * 10)::int],
              '{}', '{}', '{}', '{}', '{}'
         FROM parcels p
         JOIN LATERAL (SELECT id FROM identification_runs x WHERE x.jurisdiction_code = p.jurisdiction_code ORDER BY finished_at DESC LIMIT 1) r ON true;`,
  );
  await step(
    '案件、处置方案与措施',
    `INSERT INTO org_units (jurisdiction_code, id, name, kind) SELECT code, gen_random_uuid(), '基准管委会', 'PARK_COMMITTEE' FROM jurisdictions WHERE level = 'COUNTY';
     INSERT INTO org_positions (jurisdiction_code, id, unit_id, title) SELECT jurisdiction_code, gen_random_uuid(), id, '主任' FROM org_units;
     CREATE TABLE bench_flags AS SELECT jurisdiction_code, id, random() AS r FROM parcels;
     INSERT INTO cases (jurisdiction_code, id, case_no, parcel_id, profile_id, state, category, snapshot, opened_on, origin)
       SELECT jurisdiction_code, gen_random_uuid(), 'AJ-' || id, id, 'jingde', CASE WHEN r < 0.01 THEN 'VERIFYING' ELSE 'DETERMINED' END, 'IDLE', '{}', '2026-06-01', '{}'
         FROM bench_flags WHERE r < 0.03;
     INSERT INTO disposal_plans (jurisdiction_code, id, plan_no, parcel_id, source, category, cause_analysis, responsible_unit_id, leader_position_id, deadline, status, closed_on)
       SELECT f.jurisdiction_code, gen_random_uuid(), 'CZ-' || f.id, f.id, 'LEDGER', 'IDLE', '基准', u.id, o.id, '2027-06-30',
              CASE WHEN f.r < 0.04 THEN 'APPROVED' ELSE 'CLOSED' END, CASE WHEN f.r < 0.04 THEN NULL ELSE '2026-09-30'::date END
         FROM bench_flags f JOIN org_units u ON u.jurisdiction_code = f.jurisdiction_code JOIN org_positions o ON o.unit_id = u.id
        WHERE f.r >= 0.03 AND f.r < 0.05;
     INSERT INTO disposal_measures (jurisdiction_code, id, plan_id, ordinal, method_code, status, legal_basis, status_since, revitalised_on, revitalised_area_m2, evidence)
       SELECT jurisdiction_code, gen_random_uuid(), id, 1, 'D-JD02', 'REVITALISED', '基准', '2026-09-30', '2026-09-30', 1000, '{"kind":"PHOTO"}'
         FROM disposal_plans WHERE status = 'CLOSED';`,
  );
  await step(
    `${PARCELS.toLocaleString('en')} 处建筑物基底`,
    `INSERT INTO building_footprints (jurisdiction_code, id, parcel_id, geom)
       SELECT jurisdiction_code, gen_random_uuid(), id, ST_Multi(ST_Scale(geom, ST_MakePoint(0.5, 0.5), ST_Centroid(geom))) FROM parcels;`,
  );
  await step('ANALYZE', 'ANALYZE; CREATE TABLE bench_generated (version text, generated_at timestamptz DEFAULT now()); ' + `INSERT INTO bench_generated (version) VALUES ('${DATA_VERSION}');`);
}

interface Tile {
  z: number;
  x: number;
  y: number;
}

/** Tiles around parcels drawn at random: where the parcels are, the tiles are dense. */
async function tilesAround(db: Database, z: number, n: number): Promise<Tile[]> {
  const { rows } = await db.query<{ lon: number; lat: number }>(
    `SELECT ST_X(ST_Centroid(geom)) AS lon, ST_Y(ST_Centroid(geom)) AS lat FROM parcels TABLESAMPLE SYSTEM (1) REPEATABLE (${z}) LIMIT $1`,
    [n],
  );
  return rows.map(({ lon, lat }) => {
    const size = 2 ** z;
    const rad = (lat * Math.PI) / 180;
    return { z, x: Math.floor(((lon + 180) / 360) * size), y: Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * size) };
  });
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

async function provinceUser(db: Database): Promise<{ username: string; actor: Actor }> {
  const username = `bench_tiles_${DATA_VERSION}`;
  const { rows } = await db.query<{ id: string }>('SELECT id FROM users WHERE username = $1', [username]);
  const id = rows[0]?.id ?? crypto.randomUUID();
  if (!rows[0]) {
    await insertUser(db, { id, username, displayName: '基准用户', role: 'LEADER', jurisdictionCode: PROVINCE, zoneId: null, unitName: null, passwordHash: await hashPassword(PASSWORD) });
  }
  const codes = (await db.query<{ code: string }>(`SELECT code FROM jurisdictions WHERE path LIKE (SELECT path FROM jurisdictions WHERE code = $1) || '%'`, [PROVINCE])).rows.map((r) => r.code);
  return { username, actor: { userId: id, username, displayName: '基准用户', role: 'LEADER', jurisdictionCode: PROVINCE, zoneId: null, scope: { codes, zoneId: null } } };
}

export async function benchTiles(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.log('  未设置 DATABASE_URL：跳过（用 scripts/pg-test-server.sh start 启动测试用 PostgreSQL）');
    return;
  }
  const { db, fresh } = await openBenchDatabase(url);
  try {
    if (fresh) {
      const t = performance.now();
      await generate(db);
      console.log(`  生成数据库用时 ${seconds(performance.now() - t)}`);
    } else {
      console.log(`  沿用已生成的基准数据库（${DATA_VERSION}）`);
    }
    const { username, actor } = await provinceUser(db);
    const app = await buildApp({ db, settings: { ...readSettings({}), loadDemo: false, webDist: '/nonexistent-web-dist' } });
    await app.ready();
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: PASSWORD } });
    if (login.statusCode !== 200) throw new Error(`登录失败：${login.statusCode} ${login.body}`);
    const cookie = `panhuo_session=${login.cookies.find((c) => c.name === 'panhuo_session')!.value}`;
    console.log('  缩放级别 | 瓦片数 | 平均要素数（地块数）| 平均大小 | SQL 中位数 / p95 | HTTP 中位数 / p95 | HTTP ÷ SQL（中位数）');
    for (const z of ZOOMS) {
      const tiles = await tilesAround(db, z, TILES_PER_ZOOM);
      const sqlMs: number[] = [];
      const httpMs: number[] = [];
      let bytes = 0;
      // warm the caches once, as a user panning around would
      for (const tile of tiles.slice(0, 5)) await tileBytes(db, tileQuery(actor, tile), 'postgis');
      for (const tile of tiles) {
        let t = performance.now();
        const tileData = await tileBytes(db, tileQuery(actor, tile), 'postgis');
        sqlMs.push(performance.now() - t);
        t = performance.now();
        const res = await app.inject({ method: 'GET', url: `/api/v1/tiles/${tile.z}/${tile.x}/${tile.y}`, headers: { cookie } });
        httpMs.push(performance.now() - t);
        if (res.statusCode !== 200 && res.statusCode !== 204) throw new Error(`瓦片 ${z}/${tile.x}/${tile.y}：${res.statusCode} ${res.body}`);
        bytes += tileData.byteLength;
      }
      const { features, parcels } = await featureCount(db, actor, tiles);
      const f = (ms: number) => `${ms.toFixed(1)} ms`;
      console.log(
        `  z${z} | ${tiles.length} | ${Math.round(features / tiles.length)}（${Math.round(parcels / tiles.length)} 宗）| ${(bytes / tiles.length / 1024).toFixed(0)} KB | ${f(quantile(sqlMs, 0.5))} / ${f(quantile(sqlMs, 0.95))} | ${f(quantile(httpMs, 0.5))} / ${f(quantile(httpMs, 0.95))} | ${(quantile(httpMs, 0.5) / quantile(sqlMs, 0.5)).toFixed(2)}×`,
      );
    }
    await app.close();
  } finally {
    await db.close();
  }
}

/** Features of the parcel layer over the tiles, and the parcels they stand for (a point's `count`). */
async function featureCount(db: Database, actor: Actor, tiles: Tile[]): Promise<{ features: number; parcels: number }> {
  const { VectorTile } = await import('@mapbox/vector-tile');
  const { PbfReader } = await import('pbf');
  let features = 0;
  let parcels = 0;
  for (const tile of tiles) {
    const vt = new VectorTile(new PbfReader(await tileBytes(db, tileQuery(actor, tile), 'postgis')));
    for (const layer of Object.values(vt.layers)) {
      if (layer.name === 'buildings') continue;
      features += layer.length;
      for (let i = 0; i < layer.length; i++) parcels += Number(layer.feature(i).properties.count ?? 1);
    }
  }
  return { features, parcels };
}
