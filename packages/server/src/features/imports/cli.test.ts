import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { readSettings } from '../../config/settings.ts';
import { openDatabase } from '../../db/open.ts';
import { ensureJurisdiction } from '../jurisdictions/repository.ts';
import { runImportLedger } from '../../cli/import-ledger.ts';
import { PARCEL_HEADER, workbookBuffer } from './test-workbooks.ts';

/**
 * `npx panhuo import ledger` against a database of its own, chosen through the same
 * environment variables as in production (DATABASE_URL, else PANHUO_DATA_DIR).
 */
const savedEnv = { DATABASE_URL: process.env.DATABASE_URL, PANHUO_DATA_DIR: process.env.PANHUO_DATA_DIR };
const work = mkdtempSync(join(tmpdir(), 'panhuo-cli-test-'));
let dropDatabase: (() => Promise<void>) | undefined;

async function run(args: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c: Buffer) => out.push(c.toString()));
  stderr.on('data', (c: Buffer) => err.push(c.toString()));
  const code = await runImportLedger(args, { stdout, stderr });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

async function addCounty(code: string) {
  const settings = readSettings();
  const db = await openDatabase({ databaseUrl: settings.databaseUrl, dataDir: settings.dataDir });
  try {
    await db.transaction(async (tx) => {
      await ensureJurisdiction(tx, { code: '890000', name: '测试省', level: 'PROVINCE', parentCode: null });
      await ensureJurisdiction(tx, { code: '890100', name: '测试市', level: 'CITY', parentCode: '890000' });
      await ensureJurisdiction(tx, { code, name: `测试县${code}`, level: 'COUNTY', parentCode: '890100' });
    });
  } finally {
    await db.close();
  }
}

beforeAll(async () => {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `panhuo_cli_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE panhuo_test_template`);
    await admin.end();
    const target = new URL(url);
    target.pathname = `/${name}`;
    process.env.DATABASE_URL = target.toString();
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name}`);
      await c.end();
    };
  } else {
    const dir = join(work, 'data');
    cpSync(inject('pgliteTemplateDir'), dir, { recursive: true });
    process.env.PANHUO_DATA_DIR = dir;
  }
  await addCounty('890101');
});

afterAll(async () => {
  process.env.DATABASE_URL = savedEnv.DATABASE_URL;
  if (savedEnv.PANHUO_DATA_DIR === undefined) delete process.env.PANHUO_DATA_DIR;
  else process.env.PANHUO_DATA_DIR = savedEnv.PANHUO_DATA_DIR;
  await dropDatabase?.();
  rmSync(work, { recursive: true, force: true });
});

describe('npx panhuo import ledger', () => {
  it('imports into the only county and prints the summary in Chinese', async () => {
    const file = join(work, 'good.xlsx');
    writeFileSync(file, await workbookBuffer({ 地块: [PARCEL_HEADER, ['C-001', '甲', null, null, 100], ['C-002', '乙', null, null, 200]] }));
    const first = await run([file]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('辖区 890101');
    expect(first.stdout).toContain('宗地：新增 2 宗，更新 0 宗，未变化 0 宗');
    const again = await run([file, '--jurisdiction', '890101']);
    expect(again.stdout).toContain('宗地：新增 0 宗，更新 0 宗，未变化 2 宗');
  });

  it('exits with 2 and one line per problem for an invalid file, writing nothing', async () => {
    const file = join(work, 'bad.xlsx');
    writeFileSync(file, await workbookBuffer({ 地块: [PARCEL_HEADER, ['C-101', '甲', null, null, -1], ['C-102', '乙', null, null, 100, null, null, '2023-02-30']] }));
    const r = await run([file]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toEqual([
      '共发现 2 处问题，未写入任何数据',
      '工作表「地块」第 2 行「土地总面积（平方米）」不能为负数',
      '工作表「地块」第 3 行「土地取得日期」的值「2023-02-30」不是有效日期，应为 YYYY-MM-DD 格式的真实日期',
      '',
    ]);
  });

  it('exits with 2 for a missing file, a text file, bad arguments', async () => {
    expect((await run([join(work, 'nope.xlsx')])).code).toBe(2);
    const text = join(work, 'text.xlsx');
    writeFileSync(text, 'not a workbook');
    const r = await run([text]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.xlsx');
    expect((await run([])).code).toBe(2);
    expect((await run([text, '--jurisdiction', 'abc'])).code).toBe(2);
  });

  it('asks for --jurisdiction when the database holds several counties', async () => {
    await addCounty('890102');
    const file = join(work, 'good.xlsx');
    const r = await run([file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--jurisdiction');
    expect(r.stderr).toContain('890102');
    expect((await run([file, '--jurisdiction', '890102'])).code).toBe(0);
    expect((await run([file, '--jurisdiction', '890100'])).stderr).toContain('不是县级辖区');
  });
});
