import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { validateIdentificationDocument, type IdentificationDocument } from '@panhuo/domain';
import { describe, expect, it } from 'vitest';
import { workbookBuffer } from '../features/imports/test-workbooks.ts';
import { runIdentify } from './identify.ts';

/** `npx panhuo identify` through `runIdentify`, with in-memory standard streams. */
async function run(args: string[]) {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (b: Buffer) => out.push(b));
  stderr.on('data', (b: Buffer) => err.push(b));
  const code = await runIdentify(args, { stdout, stderr });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

const dir = mkdtempSync(join(tmpdir(), 'panhuo-identify-'));
const examplesDir = fileURLToPath(new URL('../../../domain/src/identification/fixtures/', import.meta.url));
const sharedExamples = fileURLToPath(new URL('../../../../../shared/contracts/examples/', import.meta.url));
const examples = existsSync(sharedExamples) ? sharedExamples : examplesDir;

describe('panhuo identify', () => {
  const cases = readdirSync(examples).filter((n) => n.endsWith('.expected.json'));
  it.each(cases)('gives the expected results on the public example %s', async (name) => {
    const expected = JSON.parse(readFileSync(join(examples, name), 'utf8')) as {
      rules: string;
      asOf: string;
      facts: string;
      expect: Record<string, { primaryCategory?: string; criteria?: Record<string, string> }>;
    };
    const r = await run(['--rules', expected.rules, '--as-of', expected.asOf, '--input', join(examples, expected.facts)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as IdentificationDocument;
    expect(validateIdentificationDocument(doc).ok).toBe(true);
    for (const [id, want] of Object.entries(expected.expect)) {
      const got = doc.results.find((x) => x.parcelId === id)!;
      if (want.primaryCategory) expect(got.primaryCategory).toBe(want.primaryCategory);
      for (const [c, status] of Object.entries(want.criteria ?? {})) expect(got.criteria.find((x) => x.id === c)!.status).toBe(status);
    }
  });

  it('prints a Chinese table with --format table', async () => {
    const r = await run(['--rules=national-2012', '--as-of=2023-06-30', `--input=${join(examples, 'national-basics.facts.json')}`, '--format', 'table']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('共 3 宗：闲置 2 宗');
    expect(r.stdout).toMatch(/A2\s+未发现/);
  });

  it('exits 2 on an invalid facts file: one line per problem with its path, nothing on stdout', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({ format: 'panhuo.parcel-facts/1', parcels: [{ id: 'a', area_m2: 1 }, { id: 'b', area_m2: -5, contract: { agreedStartDate: '2023-02-30' } }] }),
    );
    const r = await run(['--rules', 'jingde-2022', '--as-of', '2024-01-01', '--input', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual(['/parcels/1/area_m2: 应大于 0', '/parcels/1/contract/agreedStartDate: 不是有效日期（应为 YYYY-MM-DD 格式的真实日期）']);
  });

  it('exits 2 on a file that is not JSON', async () => {
    const file = join(dir, 'not.json');
    writeFileSync(file, '{ nope');
    const r = await run(['--rules', 'national-2012', '--as-of', '2024-01-01', '--input', file]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/^\/: 不是有效的 JSON/);
  });

  it('exits 2 on bad arguments, naming each', async () => {
    const r = await run(['--rules', 'nowhere-2020', '--as-of', '2023-02-29', '--format', 'xml', 'extra']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toContain('多余的参数：extra');
    expect(r.stderr).toContain('--rules：没有规则集「nowhere-2020」');
    expect(r.stderr).toContain('--as-of：「2023-02-29」不是有效日期');
    expect(r.stderr).toContain('缺少 --input');
    expect(r.stderr).toContain('--format：应为 json 或 table');
    const missing = await run(['--rules', 'national-2012', '--as-of', '2024-01-01', '--input', join(dir, 'absent.json')]);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toContain('找不到文件');
  });

  it('reads the ledger template (.xlsx)', async () => {
    const file = join(dir, 'ledger.xlsx');
    writeFileSync(
      file,
      await workbookBuffer({
        地块: [
          ['宗地编号', '地块名称', '土地总面积（平方米）', '规划用途', '出让（划拨）价款（万元）', '所属园区'],
          ['QL-001', '机械厂地块', 30_000, '0601', 900, '东园'],
        ],
        合同: [
          ['宗地编号', '约定动工日期'],
          ['QL-001', new Date(Date.UTC(2022, 4, 20))],
        ],
        建设情况: [
          ['宗地编号', '是否已动工开发'],
          ['QL-001', '否'],
        ],
        经营情况: [
          ['宗地编号', '闲置原因'],
          ['QL-001', '企业原因'],
        ],
      }),
    );
    const r = await run(['--rules', 'jingde-2022', '--as-of', '2023-06-30', '--input', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as IdentificationDocument;
    expect(doc.results[0]).toMatchObject({ parcelId: 'QL-001', primaryCategory: 'IDLE', sanctions: { idleFee_yuan: 1_800_000 } });
  });

  it('exits 2 on an invalid ledger with sheet, row and column', async () => {
    const file = join(dir, 'bad-ledger.xlsx');
    writeFileSync(
      file,
      await workbookBuffer({
        地块: [
          ['宗地编号', '地块名称', '土地总面积（平方米）'],
          ['QL-001', '机械厂地块', '三万'],
        ],
        合同: [
          ['宗地编号', '约定动工日期'],
          ['QL-009', '2022-02-30'],
        ],
      }),
    );
    const r = await run(['--rules', 'national-2012', '--as-of', '2023-06-30', '--input', file]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toContain('工作表「地块」第 2 行「土地总面积（平方米）」');
    expect(r.stderr).toContain('工作表「合同」第 2 行');
  });

  it('exits 2 on a file that is not a workbook', async () => {
    const file = join(dir, 'fake.xlsx');
    writeFileSync(file, 'plain text');
    const r = await run(['--rules', 'national-2012', '--as-of', '2023-06-30', '--input', file]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr.length).toBeGreaterThan(0);
  });
});
