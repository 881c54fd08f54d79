/**
 * The stock-land statistics table (存量土地统计表) of the Qinzhou annex (DOMAIN.md §6.2.1,
 * §8.2): one row per reporting unit, one column per kind of stock, in 公顷 to four
 * decimals — 1 m² — with a 合计 row and column. Cells become whole m², so totals are
 * checked exactly; a blank cell is 0.
 */
import type { IsoDate } from '../cases/types.ts';
import { q4 } from '../identification/support.ts';
import { centiToMu } from './exact.ts';
import type { StockKind, TargetSource } from './types.ts';

export interface StockTableColumn {
  key: string;
  /** the column heading, verbatim */
  labelZh: string;
  stockKind: StockKind;
}

export interface StockTableRow {
  /** the 县区 heading, verbatim; reporting units may be functional zones (§6.2.1) */
  reportingUnitZh: string;
  /** hectares by column key; null or absent = blank = 0 */
  cells_ha: Readonly<Record<string, number | null | undefined>>;
  /** the row's 合计 as stated; null when the table leaves it blank */
  statedTotal_ha: number | null;
}

export interface StockLandTable {
  id: string;
  titleZh: string;
  jurisdiction: string;
  /** 「截至…」 */
  asOf: IsoDate;
  /** the heading of the first column, 县区 */
  rowHeadingZh: string;
  columns: readonly StockTableColumn[];
  rows: readonly StockTableRow[];
  statedColumnTotals_ha: Readonly<Record<string, number | null | undefined>>;
  statedGrandTotal_ha: number | null;
  source?: TargetSource;
}

const TOTAL_ZH = '合计';

export interface AreaTotal {
  m2: number;
  ha: number;
  mu: number;
}

const total = (m2: number): AreaTotal => ({ m2, ha: m2 / 10_000, mu: centiToMu(m2 * 100) });

export interface StockTableTotals {
  rows: Array<{ reportingUnitZh: string; cells: Record<string, AreaTotal>; total: AreaTotal }>;
  columns: Record<string, AreaTotal>;
  grandTotal: AreaTotal;
}

/** Hectares with at most four decimals as whole m²; undefined for anything else. */
function haToM2(ha: number): number | undefined {
  if (!Number.isFinite(ha) || ha < 0) return undefined;
  const m2 = q4(ha);
  return Math.abs(ha * 10_000 - m2) > 1e-4 ? undefined : m2;
}

const cellM2 = (v: number | null | undefined): number => (v == null ? 0 : (haToM2(v) ?? Number.NaN));

/** Row, column and grand totals recomputed from the cells, in m², 公顷 and 亩. */
export function stockTableTotals(table: StockLandTable): StockTableTotals {
  const columnSums = new Map<string, number>(table.columns.map((c) => [c.key, 0]));
  const rows = table.rows.map((row) => {
    const cells: Record<string, AreaTotal> = {};
    let sum = 0;
    for (const c of table.columns) {
      const m2 = cellM2(row.cells_ha[c.key]);
      if (Number.isNaN(m2)) throw new RangeError(`「${row.reportingUnitZh}」行「${c.labelZh}」列不是不超过四位小数的非负公顷数：${row.cells_ha[c.key]}`);
      cells[c.key] = total(m2);
      sum += m2;
      columnSums.set(c.key, (columnSums.get(c.key) ?? 0) + m2);
    }
    return { reportingUnitZh: row.reportingUnitZh, cells, total: total(sum) };
  });
  const columns: Record<string, AreaTotal> = {};
  let grand = 0;
  for (const [key, m2] of columnSums) {
    columns[key] = total(m2);
    grand += m2;
  }
  return { rows, columns, grandTotal: total(grand) };
}

export type StockTableIssueKind = 'CELL_INVALID' | 'TOTAL_MISSING' | 'ROW_TOTAL' | 'COLUMN_TOTAL' | 'GRAND_TOTAL';

export interface StockTableIssue {
  kind: StockTableIssueKind;
  /** the row as the table names it (a 县区, or 合计) */
  rowZh: string;
  /** the column as the table names it (a heading, or 合计) */
  columnZh: string;
  stated_ha?: number;
  computed_ha?: number;
  /** stated − computed */
  difference_ha?: number;
  messageZh: string;
}

const haText = (m2: number): string => (m2 / 10_000).toFixed(4);
const signedHaText = (m2: number): string => (m2 > 0 ? `+${haText(m2)}` : haText(m2));

function compareTotal(
  issues: StockTableIssue[],
  kind: 'ROW_TOTAL' | 'COLUMN_TOTAL' | 'GRAND_TOTAL',
  rowZh: string,
  columnZh: string,
  stated: number | null | undefined,
  computedM2: number,
  howZh: string,
): void {
  const at = `「${rowZh}」行「${columnZh}」列`;
  if (stated == null) {
    issues.push({ kind: 'TOTAL_MISSING', rowZh, columnZh, computed_ha: computedM2 / 10_000, messageZh: `${at}未填报，${howZh}应为 ${haText(computedM2)} 公顷` });
    return;
  }
  const statedM2 = haToM2(stated);
  if (statedM2 === undefined) {
    issues.push({ kind: 'CELL_INVALID', rowZh, columnZh, messageZh: `${at}“${stated}”不是不超过四位小数的非负公顷数` });
    return;
  }
  if (statedM2 === computedM2) return;
  const diff = statedM2 - computedM2;
  issues.push({
    kind,
    rowZh,
    columnZh,
    stated_ha: statedM2 / 10_000,
    computed_ha: computedM2 / 10_000,
    difference_ha: diff / 10_000,
    messageZh: `${at}填报 ${haText(statedM2)} 公顷，${howZh}为 ${haText(computedM2)} 公顷，相差 ${signedHaText(diff)} 公顷`,
  });
}

/**
 * Checks every row's 合计, every column's 合计 and the grand total against the cells, to
 * the m². Cells that are not hectares to four decimals are reported and count as 0.
 * An empty list means the table adds up.
 */
export function validateStockTable(table: StockLandTable): StockTableIssue[] {
  const issues: StockTableIssue[] = [];
  const columnSums = new Map<string, number>(table.columns.map((c) => [c.key, 0]));
  for (const row of table.rows) {
    let sum = 0;
    for (const c of table.columns) {
      const raw = row.cells_ha[c.key];
      let m2 = cellM2(raw);
      if (Number.isNaN(m2)) {
        issues.push({ kind: 'CELL_INVALID', rowZh: row.reportingUnitZh, columnZh: c.labelZh, messageZh: `「${row.reportingUnitZh}」行「${c.labelZh}」列“${raw}”不是不超过四位小数的非负公顷数，按 0 计` });
        m2 = 0;
      }
      sum += m2;
      columnSums.set(c.key, (columnSums.get(c.key) ?? 0) + m2);
    }
    compareTotal(issues, 'ROW_TOTAL', row.reportingUnitZh, TOTAL_ZH, row.statedTotal_ha, sum, '按该行各列相加');
  }
  let grand = 0;
  for (const c of table.columns) {
    const sum = columnSums.get(c.key) ?? 0;
    grand += sum;
    compareTotal(issues, 'COLUMN_TOTAL', TOTAL_ZH, c.labelZh, table.statedColumnTotals_ha[c.key], sum, `按各${table.rowHeadingZh}相加`);
  }
  compareTotal(issues, 'GRAND_TOTAL', TOTAL_ZH, TOTAL_ZH, table.statedGrandTotal_ha, grand, '按全表各项相加');
  return issues;
}

/**
 * A table generated from stored areas (m², two decimals) — the report the platform
 * produces from its ledger as of a date. Each cell is rounded to the whole m² (four
 * decimals of 公顷) first and the totals are the sums of the rounded cells, so the
 * generated table always passes `validateStockTable`.
 */
export function stockTableFromAreas(
  meta: Omit<StockLandTable, 'rows' | 'statedColumnTotals_ha' | 'statedGrandTotal_ha'>,
  rows: ReadonlyArray<{ reportingUnitZh: string; areas_m2: Readonly<Record<string, number | null | undefined>> }>,
): StockLandTable {
  const columnSums: Record<string, number> = Object.fromEntries(meta.columns.map((c) => [c.key, 0]));
  let grand = 0;
  const tableRows = rows.map((r): StockTableRow => {
    const cells: Record<string, number | null> = {};
    let sum = 0;
    for (const c of meta.columns) {
      const v = r.areas_m2[c.key];
      if (v == null) {
        cells[c.key] = null;
        continue;
      }
      if (!Number.isFinite(v) || v < 0) throw new RangeError(`「${r.reportingUnitZh}」行「${c.labelZh}」列面积须为非负数：${v}`);
      const m2 = Math.round(v);
      cells[c.key] = m2 / 10_000;
      sum += m2;
      columnSums[c.key] = (columnSums[c.key] ?? 0) + m2;
    }
    grand += sum;
    return { reportingUnitZh: r.reportingUnitZh, cells_ha: cells, statedTotal_ha: sum / 10_000 };
  });
  const statedColumnTotals_ha = Object.fromEntries(Object.entries(columnSums).map(([k, m2]) => [k, m2 / 10_000]));
  return { ...meta, rows: tableRows, statedColumnTotals_ha, statedGrandTotal_ha: grand / 10_000 };
}
