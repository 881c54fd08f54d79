import { describe, expect, it } from 'vitest';
import { stockTableFromAreas } from '../stock-table.ts';
import { qinzhouStockTable2020 } from '../targets/index.ts';
import { ReportInputError } from './model.ts';
import { buildStockTableReport } from './stock-table-report.ts';
import { tableOf } from './test-support.ts';

const q4 = (x: unknown) => Math.round(Number(x ?? 0) * 10_000);

describe('存量土地统计表 (the Qinzhou annex layout)', () => {
  const model = buildStockTableReport({ issuerZh: '钦州市自然资源局', date: '2021-01-15', table: qinzhouStockTable2020 });
  const table = tableOf(model, '钦州市存量土地统计表');

  it('reproduces the annex: title, as-of line, unit, columns and the seed’s row order', () => {
    expect([model.kind, model.titleZh, model.subtitleZh, table.unitZh]).toEqual(['STOCK_TABLE', '钦州市存量土地统计表', '（截至2020年12月31日）', '单位：公顷']);
    expect(table.columns.map((c) => [c.headerZh, c.type, c.decimals])).toEqual([
      ['县区', 'text', undefined],
      ['2009—2020年 批而未供土地', 'decimal', 4],
      ['涉嫌闲置土地', 'decimal', 4],
      ['城镇低效用地', 'decimal', 4],
      ['合计', 'decimal', 4],
    ]);
    expect(table.rows.map((r) => r.cells[0])).toEqual(['市主城区', '自贸区钦州港片区', '灵山县', '浦北县', '钦南区', '钦北区', '合计']);
    expect(table.rows[1]!.cells).toEqual(['自贸区钦州港片区', 595.0824, null, 39.4193, 634.5017]);
    expect(table.rows.at(-1)).toEqual({ cells: ['合计', 2654.0829, 46.8457, 399.7426, 3100.6712], total: true });
  });

  it('adds up exactly: every row to its 合计, every column to the 合计 row, 3100.6712 公顷 in all', () => {
    const body = table.rows.slice(0, -1);
    for (const r of body) expect(q4(r.cells[1]) + q4(r.cells[2]) + q4(r.cells[3])).toBe(q4(r.cells[4]));
    const totals = table.rows.at(-1)!.cells;
    for (const c of [1, 2, 3, 4]) expect(body.reduce((s, r) => s + q4(r.cells[c]), 0)).toBe(q4(totals[c]));
    expect(q4(totals[4])).toBe(31_006_712);
  });

  it('gives the total in 亩 in a note', () => {
    expect(table.notesZh).toEqual([
      '注：合计 3100.6712 公顷，折合 46510.07 亩（1 公顷 = 15 亩），其中2009—2020年 批而未供土地 39811.24 亩、涉嫌闲置土地 702.69 亩、城镇低效用地 5996.14 亩；空白表示 0。',
    ]);
  });

  it('refuses a table that does not add up, naming each discrepancy', () => {
    const broken = { ...qinzhouStockTable2020, statedGrandTotal_ha: 3100.6713 };
    expect(() => buildStockTableReport({ issuerZh: '钦州市自然资源局', date: '2021-01-15', table: broken })).toThrow(ReportInputError);
    try {
      buildStockTableReport({ issuerZh: '钦州市自然资源局', date: '2021-01-15', table: broken });
    } catch (e) {
      expect((e as ReportInputError).problemsZh).toEqual([
        '《钦州市存量土地统计表》数据不平衡，不能生成报表',
        '「合计」行「合计」列填报 3100.6713 公顷，按全表各项相加为 3100.6712 公顷，相差 +0.0001 公顷',
      ]);
    }
  });

  it('renders a table generated from the ledger’s m²', () => {
    const generated = stockTableFromAreas(
      { id: 'demo', titleZh: '青岚县存量土地统计表', jurisdiction: '350824', asOf: '2024-06-30', rowHeadingZh: '园区', columns: qinzhouStockTable2020.columns },
      [
        { reportingUnitZh: '甲园区', areas_m2: { approvedNotSupplied: 12_345.5, suspectedIdle: 0.49 } },
        { reportingUnitZh: '乙园区', areas_m2: { approvedNotSupplied: 1_000_000.51, urbanInefficient: 666_666.67 } },
      ],
    );
    const t = tableOf(buildStockTableReport({ issuerZh: '青岚县自然资源局', date: '2024-07-01', table: generated }), '青岚县存量土地统计表');
    expect(t.columns[0]!.headerZh).toBe('园区');
    expect(t.rows.at(-1)!.cells).toEqual(['合计', 101.2347, 0, 66.6667, 167.9014]);
  });
});
