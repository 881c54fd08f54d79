import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { reportKinds, reportTables } from '@panhuo/domain';
import { sheetName } from './cells.ts';
import { renderReportXlsx } from './report-xlsx.ts';
import { testModels } from './test-models.ts';

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

/** The data rows under the header, as values. */
function body(ws: ExcelJS.Worksheet, rows: number): unknown[][] {
  return Array.from({ length: rows }, (_, i) => (ws.getRow(4 + i).values as unknown[]).slice(1));
}

describe('report .xlsx', () => {
  it('has one sheet per table plus the text, with a bold frozen header, for every kind', async () => {
    for (const kind of reportKinds) {
      const model = testModels[kind]();
      const wb = await load(await renderReportXlsx(model));
      const tables = reportTables(model);
      const names = wb.worksheets.map((w) => w.name);
      expect(names.slice(0, tables.length), kind).toEqual(tables.map((t) => t.titleZh));
      for (const [i, t] of tables.entries()) {
        const ws = wb.worksheets[i]!;
        expect(ws.getCell(1, 1).value, kind).toContain(model.titleZh);
        expect(ws.getRow(3).getCell(1).value).toBe(t.columns[0]!.headerZh);
        expect(ws.getRow(3).getCell(1).font?.bold).toBe(true);
        expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
      }
    }
  });

  it('writes the stock table’s hectares as numbers with four places, and the 合计 row adds up', async () => {
    const wb = await load(await renderReportXlsx(testModels.STOCK_TABLE()));
    const ws = wb.getWorksheet('钦州市存量土地统计表')!;
    expect(ws.getCell(2, 1).value).toBe('（截至2020年12月31日）\u3000钦州市自然资源局\u30002021年1月15日\u3000单位：公顷');
    const rows = body(ws, 7);
    expect(rows[0]).toEqual(['市主城区', 921.6116, 8.6559, 263.2333, 1193.5008]);
    expect(rows[1]).toEqual(['自贸区钦州港片区', 595.0824, undefined, 39.4193, 634.5017]);
    expect(rows[6]).toEqual(['合计', 2654.0829, 46.8457, 399.7426, 3100.6712]);
    expect(ws.getRow(10).getCell(5).numFmt).toBe('#,##0.0000');
    expect(ws.getRow(10).getCell(1).font?.bold).toBe(true);
    const q4 = (v: unknown) => Math.round(Number(v ?? 0) * 10_000);
    for (const c of [1, 2, 3, 4]) expect(rows.slice(0, 6).reduce((s, r) => s + q4(r[c]), 0)).toBe(q4(rows[6]![c]));
    for (const r of rows) expect(q4(r[1]) + q4(r[2]) + q4(r[3])).toBe(q4(r[4]));
    expect(ws.getCell(12, 1).value).toMatch(/^注：合计 3100\.6712 公顷，折合 46510\.07 亩/);
  });

  it('keeps shares as fractions formatted as percentages, dates as dates, and adds the report text', async () => {
    const wb = await load(await renderReportXlsx(testModels.LINKAGE()));
    const rates = wb.getWorksheet('处置率完成情况')!;
    expect(body(rates, 2)).toEqual([
      ['“批而未供”土地处置率', 150, 27, 0.18, 0.18, 0, '是'],
      ['闲置土地处置率', 60, 13.5, 0.225, 0.25, 1.5, '否'],
    ]);
    expect(rates.getRow(4).getCell(4).numFmt).toBe('0.00%');
    expect(body(wb.getWorksheet('计划指标奖惩测算')!, 1)).toEqual([[1000, '核减', 0.2, -200, 800, 53.3333]]);
    const text = wb.getWorksheet('报告正文')!;
    expect((text.getColumn(1).values as unknown[]).filter(Boolean)).toContain('一、处置率完成情况');

    const bulletin = await load(await renderReportXlsx(testModels.HALF_MONTHLY_BULLETIN()));
    const overdue = bulletin.getWorksheet('逾期任务清单')!;
    expect(overdue.getRow(4).getCell(6).value).toEqual(new Date('2023-11-01T00:00:00Z'));
    expect(overdue.getRow(4).getCell(6).numFmt).toBe('yyyy-mm-dd');
    expect(overdue.getRow(4).getCell(7).value).toBe(14);
  });

  it('writes the weekly sheet’s multi-line cells wrapped, and an empty table as one line', async () => {
    const wb = await load(await renderReportXlsx(testModels.WEEKLY_DISPATCH()));
    const ws = wb.getWorksheet('周调度表')!;
    expect(ws.getRow(4).getCell(9).value).toBe('11月8日（签订限期开发协议）已与企业第二次协商');
    expect(ws.getRow(4).getCell(9).alignment?.wrapText).toBe(true);
    expect(ws.pageSetup.orientation).toBe('landscape');

    const inspection = await load(await renderReportXlsx(testModels.QUARTERLY_INSPECTION()));
    expect(inspection.getWorksheet('本季度盘活措施')!.getRow(5).values).toEqual(expect.arrayContaining(['合计', 150.25]));
  });
});

describe('worksheet names', () => {
  it('drops the characters Excel refuses, keeps to 31 characters and never repeats', () => {
    const taken = new Set<string>();
    const a = sheetName('处置[率]：完成/情况*?\\', taken);
    expect(a).toBe('处置_率_：完成_情况___');
    const long = '很长的表名'.repeat(8);
    const first = sheetName(long, taken);
    taken.add(first);
    const second = sheetName(long, taken);
    expect([...first].length).toBe(31);
    expect([...second].length).toBe(31);
    expect(second.endsWith('（2）')).toBe(true);
  });
});
