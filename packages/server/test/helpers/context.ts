import { randomInt, randomUUID } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { LedgerBatch, ParcelRecord, Role } from '@panhuo/domain';
import { completeUscc } from '@panhuo/domain';
import type { Database } from '../../src/db/database.ts';
import { buildApp } from '../../src/http/app.ts';
import { readSettings } from '../../src/config/settings.ts';
import { hashPassword } from '../../src/auth/passwords.ts';
import { ensureJurisdiction, ensureZone } from '../../src/features/jurisdictions/repository.ts';
import { applyLedgerBatch } from '../../src/features/ledger/apply-batch.ts';
import { insertUser } from '../../src/features/users/repository.ts';
import { openTestDatabase } from './database.ts';

export const TEST_PASSWORD = 'Test#Pass2026';
// hashing is deliberately slow: hash the shared test password once per file
let testPasswordHash: Promise<string> | undefined;

export interface County {
  provinceCode: string;
  cityCode: string;
  code: string;
  zones: Record<string, string>;
}

export interface TestContext {
  app: FastifyInstance;
  db: Database;
  close(): Promise<void>;
  /** a fresh county (with its province and city) and two parks */
  createCounty(): Promise<County>;
  createUser(opts: { role: Role; jurisdictionCode: string; zoneId?: string | null; username?: string; password?: string }): Promise<{ id: string; username: string }>;
  /** logs a new user of that role in and returns the cookie header to send */
  loginAs(role: Role, jurisdictionCode: string, opts?: { zoneId?: string | null }): Promise<string>;
  /** writes parcels straight through the ledger's batch service */
  seedParcels(countyCode: string, parcels: Array<Partial<ParcelRecord> & { values: ParcelRecord['values'] }>): Promise<void>;
  request(opts: InjectOptions & { cookie?: string }): Promise<LightMyRequestResponse>;
}

export async function createTestContext(): Promise<TestContext> {
  const db = await openTestDatabase();
  const settings = { ...readSettings({}), loadDemo: false, webDist: '/nonexistent-web-dist' };
  const app = await buildApp({ db, settings });
  await app.ready();
  testPasswordHash ??= hashPassword(TEST_PASSWORD);

  const request: TestContext['request'] = ({ cookie, headers, ...opts }) =>
    app.inject({ ...opts, headers: { ...(headers ?? {}), ...(cookie ? { cookie } : {}) } });

  const createUser: TestContext['createUser'] = async ({ role, jurisdictionCode, zoneId = null, username, password }) => {
    const id = randomUUID();
    const name = username ?? `u${randomInt(1e9)}`;
    await insertUser(db, {
      id,
      username: name,
      displayName: `测试用户${name.slice(-4)}`,
      role,
      jurisdictionCode,
      zoneId,
      unitName: null,
      passwordHash: password ? await hashPassword(password) : await testPasswordHash!,
    });
    return { id, username: name };
  };

  return {
    app,
    db,
    request,
    createUser,
    async close() {
      await app.close();
      await db.close();
    },
    async createCounty() {
      // fictional codes in the 8x range, unique per call
      const province = `8${randomInt(1, 10)}0000`;
      const city = province.slice(0, 2) + String(randomInt(10, 100)) + '00';
      const code = city.slice(0, 4) + String(randomInt(10, 100));
      const zones: Record<string, string> = {};
      await db.transaction(async (tx) => {
        await ensureJurisdiction(tx, { code: province, name: '测试省', level: 'PROVINCE', parentCode: null });
        await ensureJurisdiction(tx, { code: city, name: '测试市', level: 'CITY', parentCode: province });
        await ensureJurisdiction(tx, { code, name: `测试县${code}`, level: 'COUNTY', parentCode: city });
        for (const name of ['东园', '西园']) zones[name] = await ensureZone(tx, { jurisdictionCode: code, name, kind: 'PARK' });
      });
      return { provinceCode: province, cityCode: city, code, zones };
    },
    async loginAs(role, jurisdictionCode, opts = {}) {
      const { username } = await createUser({ role, jurisdictionCode, zoneId: opts.zoneId ?? null });
      const res = await request({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: TEST_PASSWORD } });
      if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'panhuo_session')!;
      return `panhuo_session=${cookie.value}`;
    },
    async seedParcels(countyCode, parcels) {
      const batch: LedgerBatch = { enterprises: [], parcels: parcels.map((p) => ({ ...p, values: p.values })) };
      await db.transaction((tx) => applyLedgerBatch(tx, { jurisdictionCode: countyCode, actorId: null, actorName: '测试', requestId: null }, batch));
    },
  };
}

/** A valid credit code for test enterprises. */
export function testUscc(n: number): string {
  return completeUscc(`91350899MA${String(n).padStart(6, '0')}`);
}
