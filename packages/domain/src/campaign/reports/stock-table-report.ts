/**
 * 存量土地统计表 in the layout of the Qinzhou annex (DOMAIN.md §6.2.1, §8.2): rows are the
 * reporting units, columns the kinds of stock and 合计, in 公顷 to four decimals, with a
 * 合计 row. The table is checked to the m² before it becomes a report; a table that does
 * not add up is refused with every discrepancy named, never printed.
 */
import type { IsoDate } from '../../cases/types.ts';
import { num } from '../../identification/support.ts';
import { stockTableTotals, validateStockTable, type StockLandTable } from '../stock-table.ts';
import { InputChecks, dateZh } from './format.ts';
import { ReportInputError, type ReportModel, type ReportTable } from './model.ts';

export interface StockTableReportInput {
  /** 编制单位 */
  issuerZh: string;
  /** 成文日期 */
  date: IsoDate;
  /** from `stockTableFromAreas` (the ledger as of a day) or a table as filed, e.g. `qinzhouStockTable2020` */
  table: StockLandTable;
}

const TOTAL_ZH = '合计';

export function buildStockTableReport(input: StockTableReportInput): ReportModel {
  const c = new InputChecks();
  c.text(input.issuerZh, '编制单位');
  c.date(input.date, '成文日期');
  c.date(input.table.asOf, '统计截止日期');
  c.done();
  const { table } = input;
  const issues = validateStockTable(table);
  if (issues.length > 0) throw new ReportInputError([`《${table.titleZh}》数据不平衡，不能生成报表`, ...issues.map((i) => i.messageZh)]);

  const totals = stockTableTotals(table);
  const ha = (m2: number) => m2 / 10_000;
  const report: ReportTable = {
    type: 'table',
    titleZh: table.titleZh,
    unitZh: '单位：公顷',
    columns: [
      { headerZh: table.rowHeadingZh, type: 'text', width: 8 },
      ...table.columns.map((col) => ({ headerZh: col.labelZh, type: 'decimal' as const, decimals: 4, width: 7 })),
      { headerZh: TOTAL_ZH, type: 'decimal', decimals: 4, width: 7 },
    ],
    // a blank cell stays blank as filed; the totals count it as 0
    rows: [
      ...table.rows.map((row, i) => ({
        cells: [row.reportingUnitZh, ...table.columns.map((col) => row.cells_ha[col.key] ?? null), ha(totals.rows[i]!.total.m2)],
      })),
      { cells: [TOTAL_ZH, ...table.columns.map((col) => ha(totals.columns[col.key]!.m2)), ha(totals.grandTotal.m2)], total: true },
    ],
    notesZh: [
      `注：合计 ${totals.grandTotal.ha.toFixed(4)} 公顷，折合 ${num(totals.grandTotal.mu)} 亩（1 公顷 = 15 亩），` +
        `其中${table.columns.map((col) => `${col.labelZh} ${num(totals.columns[col.key]!.mu)} 亩`).join('、')}；空白表示 0。`,
    ],
  };

  return {
    kind: 'STOCK_TABLE',
    titleZh: table.titleZh,
    subtitleZh: `（截至${dateZh(table.asOf)}）`,
    issuerZh: input.issuerZh,
    date: input.date,
    orientation: 'portrait',
    sections: [{ blocks: [report] }],
  };
}
