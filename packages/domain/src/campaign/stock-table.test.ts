import { describe, expect, it } from 'vitest';
import { stockTableFromAreas, stockTableTotals, validateStockTable, type StockLandTable } from './stock-table.ts';
import { qinzhouStockTable2020 } from './targets/index.ts';

const withRow = (i: number, change: Partial<StockLandTable['rows'][number]>): StockLandTable => ({
  ...qinzhouStockTable2020,
  rows: qinzhouStockTable2020.rows.map((r, j) => (j === i ? { ...r, ...change, cells_ha: { ...r.cells_ha, ...change.cells_ha } } : r)),
});

describe('Qinzhou’s stock-land statistics table (as of 2020-12-31, 公顷)', () => {
  it('adds up: every row, every column and the grand total (blank cells are 0)', () => {
    expect(validateStockTable(qinzhouStockTable2020)).toEqual([]);
  });

  it('totals 3 100.6712 公顷 = 46 510.07 亩, by column 39 811.24 / 702.69 / 5 996.14 亩', () => {
    const t = stockTableTotals(qinzhouStockTable2020);
    expect(t.grandTotal).toEqual({ m2: 31_006_712, ha: 3100.6712, mu: 46_510.07 });
    expect(t.columns.approvedNotSupplied).toEqual({ m2: 26_540_829, ha: 2654.0829, mu: 39_811.24 });
    expect(t.columns.suspectedIdle).toEqual({ m2: 468_457, ha: 46.8457, mu: 702.69 });
    expect(t.columns.urbanInefficient).toEqual({ m2: 3_997_426, ha: 399.7426, mu: 5_996.14 });
    expect(t.rows.map((r) => r.total.ha)).toEqual(qinzhouStockTable2020.rows.map((r) => r.statedTotal_ha));
    expect(t.rows.map((r) => r.reportingUnitZh)).toEqual(['市主城区', '自贸区钦州港片区', '灵山县', '浦北县', '钦南区', '钦北区']);
  });

  it('reports a row total off by 1 m², naming the row and the column', () => {
    const issues = validateStockTable(withRow(3, { statedTotal_ha: 387.9874 }));
    expect(issues).toEqual([
      {
        kind: 'ROW_TOTAL',
        rowZh: '浦北县',
        columnZh: '合计',
        stated_ha: 387.9874,
        computed_ha: 387.9873,
        difference_ha: 0.0001,
        messageZh: '「浦北县」行「合计」列填报 387.9874 公顷，按该行各列相加为 387.9873 公顷，相差 +0.0001 公顷',
      },
    ]);
  });

  it('reports a cell that breaks its row and its column, and the grand total', () => {
    // 灵山县's 城镇低效用地 typed as 76.0100 instead of 76.1100
    const issues = validateStockTable(withRow(2, { cells_ha: { urbanInefficient: 76.01 } }));
    expect(issues.map((i) => [i.kind, i.rowZh, i.columnZh])).toEqual([
      ['ROW_TOTAL', '灵山县', '合计'],
      ['COLUMN_TOTAL', '合计', '城镇低效用地'],
      ['GRAND_TOTAL', '合计', '合计'],
    ]);
    expect(issues[1]!.messageZh).toBe('「合计」行「城镇低效用地」列填报 399.7426 公顷，按各县区相加为 399.6426 公顷，相差 +0.1000 公顷');
    expect(issues[2]!.messageZh).toBe('「合计」行「合计」列填报 3100.6712 公顷，按全表各项相加为 3100.5712 公顷，相差 +0.1000 公顷');
  });

  it('reports a column total stated too low, with a negative difference', () => {
    const table = { ...qinzhouStockTable2020, statedColumnTotals_ha: { ...qinzhouStockTable2020.statedColumnTotals_ha, suspectedIdle: 46.8456 } };
    expect(validateStockTable(table).map((i) => i.messageZh)).toEqual([
      '「合计」行「涉嫌闲置土地」列填报 46.8456 公顷，按各县区相加为 46.8457 公顷，相差 -0.0001 公顷',
    ]);
  });

  it('reports cells finer than 1 m² or negative, and blank totals', () => {
    const issues = validateStockTable(withRow(4, { cells_ha: { suspectedIdle: 7.24051 }, statedTotal_ha: null }));
    expect(issues.map((i) => i.kind)).toEqual(['CELL_INVALID', 'TOTAL_MISSING', 'COLUMN_TOTAL', 'GRAND_TOTAL']);
    expect(issues[0]!.messageZh).toBe('「钦南区」行「涉嫌闲置土地」列“7.24051”不是不超过四位小数的非负公顷数，按 0 计');
    expect(issues[1]!.messageZh).toBe('「钦南区」行「合计」列未填报，按该行各列相加应为 223.0094 公顷');
    expect(() => stockTableTotals(withRow(0, { cells_ha: { suspectedIdle: -1 } }))).toThrow(RangeError);
  });

  it('generates a table from stored m² whose totals always check', () => {
    const table = stockTableFromAreas(
      { id: 'demo', titleZh: '青岚县存量土地统计表', jurisdiction: '350824', asOf: '2024-06-30', rowHeadingZh: '县区', columns: qinzhouStockTable2020.columns },
      [
        { reportingUnitZh: '甲园区', areas_m2: { approvedNotSupplied: 12_345.5, suspectedIdle: 0.49, urbanInefficient: null } },
        { reportingUnitZh: '乙园区', areas_m2: { approvedNotSupplied: 1_000_000.51, urbanInefficient: 666_666.67 } },
      ],
    );
    expect(table.rows[0]!.cells_ha).toEqual({ approvedNotSupplied: 1.2346, suspectedIdle: 0, urbanInefficient: null });
    expect(table.rows[1]!.statedTotal_ha).toBe(166.6668);
    expect(table.statedGrandTotal_ha).toBe(167.9014);
    expect(validateStockTable(table)).toEqual([]);
  });
});
