import { describe, expect, it } from 'vitest';
import type { LedgerProblem } from '@panhuo/domain';
import { Problem } from '../../http/problems.ts';
import { parseLedger } from './parse-ledger.ts';
import { PARCEL_HEADER, staticLookup, usccBadCheck, usccOk, workbookBuffer, type TestSheets } from './test-workbooks.ts';

const parse = async (sheets: TestSheets, lookup = staticLookup()) => parseLedger({ buffer: await workbookBuffer(sheets) }, lookup);

const at = (problems: LedgerProblem[], sheet: string, row: number, column: string) =>
  problems.filter((p) => p.sheet === sheet && p.row === row && p.column === column);

const goodFile = (): TestSheets => ({
  企业: [
    ['*企业名称', '统一社会信用代码', '企业规模', '司法处置状态'],
    ['青岚甲机械有限公司', usccOk(1), '规上企业', '无'],
    ['青岚乙食品有限公司', null, '规下企业', null],
  ],
  地块: [
    PARCEL_HEADER,
    ['QL-001', '甲机械厂', '东环路 1 号', '0601 工业用地', 20000, 18000.5, '出让', new Date(Date.UTC(2019, 4, 20)), 750.5, '东园', usccOk(1), '青岚甲机械有限公司'],
    ['QL-002', '乙食品厂', null, '工业用地', '6,666.67', null, 'ALLOCATION', '2020/3/5', null, null, null, '青岚乙食品有限公司'],
  ],
  合同: [
    ['*宗地编号', '约定依据', '约定动工日期', '约定竣工日期', '约定总投资额（万元，不含地价和税费）'],
    ['QL-001', '出让合同', '2019-11-20', '2021年11月20日', 15000],
  ],
  建设情况: [
    ['*宗地编号', '是否已动工开发', '实际动工日期', '是否停工', '建筑系数（%）', '建筑占地面积（平方米）'],
    ['QL-001', '是', '2019-10-08', '否', 45, 9000],
    ['QL-002', '否', null, '否', { value: 0.3, numFmt: '0%' }, null],
  ],
  经营情况: [
    ['*宗地编号', '生产经营状态', '职工人数', '安全生产不达标'],
    ['QL-001', '正常生产', 120, '否'],
  ],
  年度数据: [
    ['*宗地编号', '*年度', '实缴税金（万元）', '其中：土地使用税（万元）'],
    ['QL-001', 2023, 680, 40],
    ['QL-001', 2024, { formula: 'C2+50', result: 730 }, 40],
  ],
});

describe('parseLedger: a good file', () => {
  it('builds the batch in stored units, keyed by parcel code', async () => {
    const r = await parse(goodFile());
    expect(r.problems).toEqual([]);
    expect(r.batch.enterprises.map((e) => e.values)).toEqual([
      { name: '青岚甲机械有限公司', uscc: usccOk(1), scale: 'ABOVE', judicialStatus: 'NONE' },
      { name: '青岚乙食品有限公司', uscc: null, scale: 'BELOW', judicialStatus: null },
    ]);
    const [p1, p2] = r.batch.parcels;
    expect(p1!.values).toMatchObject({
      code: 'QL-001',
      name: '甲机械厂',
      plannedUse: '0601',
      area_m2: 20000,
      grantedArea_m2: 18000.5,
      acquisitionMode: 'GRANT',
      acquisitionDate: '2019-05-20',
      landPrice_yuan: 7_505_000,
      started: true,
      actualStartDate: '2019-10-08',
      halted: false,
      buildingCoverage: 0.45,
      buildingFootprint_m2: 9000,
      operationsStatus: 'PRODUCING',
      employees: 120,
      safetyNonCompliant: false,
    });
    expect(p1!.zoneName).toBe('东园');
    expect(p1!.enterpriseUscc).toBe(usccOk(1));
    expect(p1!.contract).toEqual({ source: 'GRANT_CONTRACT', agreedStartDate: '2019-11-20', agreedCompletionDate: '2021-11-20', totalInvestment_yuan: 150_000_000 });
    expect(p1!.contractSource).toEqual({ sheet: '合同', row: 2 });
    expect(p1!.years).toEqual([
      { year: 2023, taxPaid_yuan: 6_800_000, landUseTax_yuan: 400_000 },
      { year: 2024, taxPaid_yuan: 7_300_000, landUseTax_yuan: 400_000 },
    ]);
    expect(p1!.source).toEqual({ sheet: '地块', row: 2 });
    expect(p2!.values).toMatchObject({ code: 'QL-002', plannedUse: '0601', area_m2: 6666.67, acquisitionMode: 'ALLOCATION', acquisitionDate: '2020-03-05', location: null });
    // a percent-formatted cell shows 30 % and holds 0.3
    expect(p2!.values.buildingCoverage).toBe(0.3);
    expect(p2!.zoneName).toBeNull();
    expect(p2!.enterpriseUscc).toBeNull();
    // the 合同 sheet is there and has no row for QL-002: no contract; no 经营情况 row: its fields stay
    expect(p2!.contract).toBeNull();
    expect('operationsStatus' in p2!.values).toBe(false);
    expect(p2!.years).toEqual([]);
  });

  it('tolerates headers with spaces, half-width brackets, a trailing *, another order, a title row above', async () => {
    const r = await parse({
      地块: [
        ['青岚县工业用地台账（2024 年）'],
        [' 土地总面积(平方米) ', '地块名称*', '* 宗 地 编 号', '备注', '无关的列'],
        [3000, '丙地块', 'QL-003', '说明', 'x'],
      ],
    });
    expect(r.problems).toEqual([]);
    expect(r.batch.parcels[0]!.values).toEqual({ area_m2: 3000, name: '丙地块', code: 'QL-003', remarks: '说明' });
    expect(r.warnings).toEqual([{ sheet: '地块', row: 2, column: '无关的列', message: '列「无关的列」不是模板中的列，已忽略（第 5 列）' }]);
  });

  it('leaves out what the file does not hold: absent sheets and columns stay unchanged', async () => {
    const r = await parse({ 地块: [['宗地编号', '地块名称', '土地总面积（平方米）'], ['QL-001', '甲', 100]] });
    const p = r.batch.parcels[0]!;
    expect(p.values).toEqual({ code: 'QL-001', name: '甲', area_m2: 100 });
    expect(p).not.toHaveProperty('contract');
    expect(p).not.toHaveProperty('years');
    expect(p).not.toHaveProperty('zoneName');
    expect(p).not.toHaveProperty('enterpriseUscc');
  });

  it('updates parcels already in the ledger from the other sheets alone', async () => {
    const r = await parse(
      {
        地块: [PARCEL_HEADER],
        经营情况: [['宗地编号', '生产经营状态'], ['QL-009', '停产']],
      },
      staticLookup(['QL-009']),
    );
    expect(r.problems).toEqual([]);
    expect(r.batch.parcels).toEqual([{ values: { code: 'QL-009', operationsStatus: 'HALTED' }, source: { sheet: '经营情况', row: 2 } }]);
  });

  it('keeps Chinese text whole across the chunks of a large sheet', async () => {
    const name = (i: number) => `青岚县经济开发区第${i}号标准厂房及配套设施用地`;
    const rows = Array.from({ length: 3000 }, (_, i) => [`QL-${i}`, name(i), null, null, 100]);
    const r = await parse({ 地块: [PARCEL_HEADER, ...rows] });
    expect(r.problems).toEqual([]);
    expect(r.batch.parcels.filter((p, i) => p.values.name !== name(i))).toEqual([]);
  });

  it('skips the template’s example rows with a warning', async () => {
    const r = await parse({ 地块: [PARCEL_HEADER, ['示例-001', '示例地块', null, null, 100], ['QL-1', '甲', null, null, 100]] });
    expect(r.batch.parcels.map((p) => p.values.code)).toEqual(['QL-1']);
    expect(r.warnings[0]!.message).toContain('已跳过 1 行模板示例');
  });

  it('a wrong check character of a credit code is a warning only', async () => {
    const r = await parse({ 地块: [PARCEL_HEADER, ['QL-1', '甲', null, null, 100, null, null, null, null, null, usccBadCheck(7), '甲公司']] });
    expect(r.problems).toEqual([]);
    expect(at(r.warnings, '地块', 2, '企业统一社会信用代码')[0]!.message).toContain('校验位不符');
  });
});

describe('parseLedger: every problem, with sheet, row and column', () => {
  it('reports each bad cell', async () => {
    const r = await parse({
      地块: [
        PARCEL_HEADER,
        ['QL-1', '甲', null, null, -5],
        ['QL-2', '乙', null, '住宅用地', 100, null, null, '2023-02-30'],
        ['QL-3', '丙', null, null, '两千', null, '出租'],
        ['QL-4', '丁', null, null, 100, null, null, null, null, '南园'],
        ['QL-5', null, null, null, 100, null, null, null, null, null, 'ABC123', null],
        ['QL-6', '己', null, null, 100, null, null, null, { formula: '1/0', result: { error: '#DIV/0!' } }],
      ],
    });
    expect(at(r.problems, '地块', 2, '土地总面积（平方米）')[0]!.message).toContain('不能');
    expect(at(r.problems, '地块', 3, '规划用途')[0]!.message).toContain('不在可选范围内');
    expect(at(r.problems, '地块', 3, '土地取得日期')[0]!.message).toContain('不是有效日期');
    expect(at(r.problems, '地块', 4, '土地总面积（平方米）')[0]!.message).toContain('不是数字');
    expect(at(r.problems, '地块', 4, '土地取得方式')[0]!.message).toContain('不在可选范围内');
    expect(at(r.problems, '地块', 5, '所属园区')[0]!.message).toBe('所属园区「南园」不存在，可选：东园、西园');
    expect(at(r.problems, '地块', 6, '地块名称')[0]!.message).toContain('必填');
    expect(at(r.problems, '地块', 6, '企业统一社会信用代码')[0]!.message).toContain('18 位');
    expect(at(r.problems, '地块', 7, '出让（划拨）价款（万元）')[0]!.message).toContain('公式');
    expect(r.problemCount).toBe(r.problems.length);
    expect(r.problemCount).toBe(9);
  });

  it('finds duplicates: a parcel code twice, a parcel year twice, an enterprise twice', async () => {
    const r = await parse({
      企业: [['企业名称', '统一社会信用代码'], ['甲', usccOk(1)], ['甲二', usccOk(1)], ['乙', null], ['乙', null]],
      地块: [PARCEL_HEADER, ['QL-1', '甲', null, null, 100], ['QL-1', '甲', null, null, 100]],
      合同: [['宗地编号', '约定动工日期'], ['QL-1', '2020-01-01'], ['QL-1', '2020-01-02']],
      年度数据: [['宗地编号', '年度'], ['QL-1', 2023], ['QL-1', 2024], ['QL-1', 2023]],
    });
    expect(r.problems).toEqual([
      { sheet: '企业', row: 3, column: '统一社会信用代码', message: `统一社会信用代码「${usccOk(1)}」与第 2 行重复` },
      { sheet: '企业', row: 5, column: '企业名称', message: '企业「乙」与第 4 行重复（无信用代码的企业按名称区分）' },
      { sheet: '地块', row: 3, column: '宗地编号', message: '宗地编号「QL-1」与第 2 行重复' },
      { sheet: '合同', row: 3, column: '宗地编号', message: '宗地编号「QL-1」与第 2 行重复' },
      { sheet: '年度数据', row: 4, column: '宗地编号', message: '宗地编号「QL-1」的 2023 年度数据与第 2 行重复' },
    ]);
  });

  it('a missing required column is a problem of the header row', async () => {
    const r = await parse({ 地块: [['宗地编号', '地块名称', '坐落'], ['QL-1', '甲', 'x']] });
    expect(r.problems).toEqual([{ sheet: '地块', row: 1, column: '土地总面积（平方米）', message: '缺少必填列「*土地总面积（平方米）」' }]);
  });

  it('rows of the other sheets must name a parcel of the file or of the ledger', async () => {
    const r = await parse(
      {
        地块: [PARCEL_HEADER, ['QL-1', '甲', null, null, 100]],
        建设情况: [['宗地编号', '是否已动工开发'], ['QL-1', '是'], ['QL-X', '否'], ['QL-OLD', '是']],
      },
      staticLookup(['QL-OLD']),
    );
    expect(r.problems).toEqual([
      { sheet: '建设情况', row: 3, column: '宗地编号', message: '宗地编号「QL-X」既不在「地块」工作表中，也不在本辖区的台账中' },
    ]);
  });

  it('checks consistency across the sheets of a parcel, at the cell that breaks it', async () => {
    const r = await parse({
      地块: [PARCEL_HEADER, ['QL-1', '甲', null, null, 1000, 1200]],
      合同: [['宗地编号', '约定动工日期', '约定竣工日期'], ['QL-1', '2022-01-01', '2021-01-01']],
      建设情况: [['宗地编号', '是否已动工开发', '是否停工', '建筑占地面积（平方米）'], ['QL-1', '否', '是', 1500]],
    });
    expect(r.problems).toEqual([
      { sheet: '地块', row: 2, column: '其中：出让面积（平方米）', message: '出让面积不能大于土地总面积' },
      { sheet: '建设情况', row: 2, column: '建筑占地面积（平方米）', message: '建筑占地面积不能大于土地总面积' },
      { sheet: '建设情况', row: 2, column: '是否停工', message: '未动工的地块不能标记为停工' },
      { sheet: '合同', row: 2, column: '约定竣工日期', message: '约定竣工日期不能早于约定动工日期' },
    ]);
  });

  it('a row of another county is refused', async () => {
    const header = [...PARCEL_HEADER, '行政区划代码'];
    const r = await parse({ 地块: [header, ['QL-1', '甲', null, null, 100, null, null, null, null, null, null, null, '350802']] });
    expect(r.problems[0]).toMatchObject({ sheet: '地块', row: 2, column: '行政区划代码' });
  });
});

describe('parseLedger: files that are not ledgers', () => {
  const refused = async (buffer: Buffer) => {
    const err = await parseLedger({ buffer }, staticLookup()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Problem);
    expect((err as Problem).code).toBe('UNSUPPORTED_FILE');
    return (err as Problem).detail;
  };

  it('refuses a text file, an empty file, an .xls, a truncated or corrupted .xlsx', async () => {
    expect(await refused(Buffer.from('宗地编号,地块名称\nQL-1,甲\n'))).toContain('.xlsx');
    expect(await refused(Buffer.alloc(0))).toContain('空');
    expect(await refused(Buffer.from('d0cf11e0a1b11ae1000000000000000000', 'hex'))).toContain('.xls');
    const good = await workbookBuffer(goodFile());
    expect(await refused(good.subarray(0, Math.floor(good.length / 2)))).toContain('不完整');
    const corrupted = Buffer.from(good);
    for (let i = 100; i < corrupted.length - 200; i += 7) corrupted[i] = (corrupted[i]! + 13) & 0xff;
    await refused(corrupted);
  });

  it('a zip that is no workbook is refused', async () => {
    // a workbook's zip without its xl/ part: a minimal empty zip archive
    const emptyZip = Buffer.from('504b0506' + '00'.repeat(18), 'hex');
    const head = Buffer.concat([Buffer.from('504b0304', 'hex'), emptyZip]);
    await refused(head);
  });

  it('an empty workbook, or one without the 地块 sheet, is a problem', async () => {
    const empty = await parse({});
    expect(empty.problems).toEqual([{ sheet: '地块', row: 0, column: '', message: '工作簿中没有任何工作表，请下载并使用导入模板' }]);
    const other = await parse({ Sheet1: [['a', 'b']] });
    expect(other.problems[0]!.message).toBe('文件中没有「地块」工作表（文件中的工作表：Sheet1），请下载并使用导入模板');
    expect(other.warnings[0]!.message).toContain('Sheet1');
  });

  it('a sheet without a header row, and a file without data rows, are problems', async () => {
    const noHeader = await parse({ 地块: [['QL-1', '甲', 100]] });
    expect(noHeader.problems[0]!.message).toContain('没有表头行');
    const noRows = await parse({ 地块: [PARCEL_HEADER] });
    expect(noRows.problems).toEqual([{ sheet: '地块', row: 0, column: '', message: '文件中没有可导入的数据行（模板示例行不会导入）' }]);
  });
});
