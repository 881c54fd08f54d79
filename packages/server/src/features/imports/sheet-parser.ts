import { checkUscc, parseFieldInput, type FieldDef, type FieldValue, type LedgerProblem } from '@panhuo/domain';
import { CellError, PercentNumber, type CellValue, type RowSink } from './workbook-reader.ts';
import { EXAMPLE_PREFIX, displayHeader, normaliseHeader, type ColumnRole, type SheetColumn, type SheetSpec } from './sheets.ts';

/**
 * Turns the rows of one sheet into values in stored units, cell by cell, through the
 * catalogue's `parseFieldInput`. It finds the header row by its Chinese labels (in any
 * order, with or without `*` and spaces) and reports every bad cell with its sheet,
 * Excel row number and header.
 */
export interface ParsedRow {
  row: number;
  /** catalogue keys of the columns present in the sheet (a bad cell leaves its key out) */
  values: Record<string, FieldValue>;
  /** the reference columns present in the sheet */
  refs: Partial<Record<Exclude<ColumnRole, 'field'>, FieldValue>>;
}

export interface ParsedSheet {
  spec: SheetSpec;
  /** the name as written in the file */
  name: string;
  headerRow: number | null;
  /** the columns found in the header, in file order */
  columns: SheetColumn[];
  rows: ParsedRow[];
  exampleRows: number[];
}

/** Collects problems and warnings; keeps the first `limit` problems and counts them all. */
export class Findings {
  readonly problems: LedgerProblem[] = [];
  readonly warnings: LedgerProblem[] = [];
  problemCount = 0;
  constructor(private readonly limit = 5000) {}

  problem(sheet: string, row: number, column: string, message: string): void {
    this.problemCount++;
    if (this.problems.length < this.limit) this.problems.push({ sheet, row, column, message });
  }

  warning(sheet: string, row: number, column: string, message: string): void {
    if (this.warnings.length < this.limit) this.warnings.push({ sheet, row, column, message });
  }
}

/** the header row is the first of these rows that names at least two known columns */
const HEADER_SEARCH_ROWS = 20;
const FIRST_YEAR = 1950;
const LAST_YEAR = 2100;

const isBlank = (v: CellValue | undefined) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** An Excel date serial (a date cell's number, a formula's result) as the calendar day it shows. */
export function dateFromSerial(serial: number, date1904: boolean): Date | undefined {
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  // counted from 1899-12-30, right for every serial after Excel's fictitious 1900-02-29 (serial 60)
  const date = new Date(Date.UTC(1899, 11, 30) + days * 86_400_000);
  const year = date.getUTCFullYear();
  return year >= FIRST_YEAR && year <= LAST_YEAR ? date : undefined;
}

/** What `parseFieldInput` should see for a cell of this column. */
function rawInput(def: FieldDef, value: CellValue, date1904: boolean): unknown {
  if (value instanceof PercentNumber) return def.type === 'percent' ? value.fraction * 100 : value.fraction;
  if (def.type === 'date' && typeof value === 'number') return dateFromSerial(value, date1904) ?? value;
  if ((def.type === 'string' || def.type === 'text') && value instanceof Date) return value.toISOString().slice(0, 10);
  if ((def.type === 'string' || def.type === 'text') && typeof value === 'boolean') return value ? '是' : '否';
  return value;
}

export interface SheetParserOptions {
  date1904: boolean;
  findings: Findings;
}

export interface SheetParser {
  /** give it to `readWorkbook` */
  sink: RowSink;
  /** call once the sheet has been read */
  finish(): ParsedSheet;
}

/** Parses one sheet as it streams by. */
export function sheetParser(spec: SheetSpec, name: string, opts: SheetParserOptions): SheetParser {
  const { findings } = opts;
  const result: ParsedSheet = { spec, name, headerRow: null, columns: [], rows: [], exampleRows: [] };
  const known = new Map(spec.columns.map((c) => [normaliseHeader(c.header), c]));
  // the column index of each known header, once the header row is found
  let layout: Array<SheetColumn | undefined> = [];
  let headerSearchDone = false;
  const keyColumn = spec.columns[0]!;
  // credit codes are checked beyond their text (GB 32100 format and check characters)
  const usccColumns = new Set(
    spec.columns.filter((c) => c.role === 'enterpriseUscc' || (c.role === 'field' && c.def.entity === 'enterprise' && c.def.key === 'uscc')),
  );

  const readHeader = (rowNumber: number, cells: CellValue[]): boolean => {
    const names = cells.filter((c): c is string => typeof c === 'string').map(normaliseHeader);
    const matches = names.filter((n) => known.has(n)).length;
    // two known headers make a header row; so does the key column alone
    if (matches < 2 && !names.includes(normaliseHeader(keyColumn.header))) return false;
    result.headerRow = rowNumber;
    const seen = new Set<SheetColumn>();
    layout = cells.map((cell, i) => {
      if (isBlank(cell)) return undefined;
      const text = cell instanceof CellError || cell instanceof PercentNumber ? '' : String(cell instanceof Date ? cell.toISOString() : cell);
      const column = known.get(normaliseHeader(text));
      if (!column) {
        findings.warning(name, rowNumber, text.trim(), `列「${text.trim()}」不是模板中的列，已忽略（第 ${i + 1} 列）`);
        return undefined;
      }
      if (seen.has(column)) {
        findings.problem(name, rowNumber, column.header, `列「${column.header}」重复出现，请只保留一列`);
        return undefined;
      }
      seen.add(column);
      return column;
    });
    result.columns = spec.columns.filter((c) => seen.has(c));
    for (const c of spec.columns) {
      if (c.required && !seen.has(c)) findings.problem(name, rowNumber, c.header, `缺少必填列「${displayHeader(c)}」`);
    }
    return true;
  };

  const readRow = (rowNumber: number, cells: CellValue[]) => {
    if (cells.every((c) => isBlank(c))) return;
    const keyIndex = layout.indexOf(keyColumn);
    const key = keyIndex >= 0 ? cells[keyIndex] : undefined;
    if (typeof key === 'string' && key.trim().startsWith(EXAMPLE_PREFIX)) {
      result.exampleRows.push(rowNumber);
      return;
    }
    const parsed: ParsedRow = { row: rowNumber, values: {}, refs: {} };
    layout.forEach((column, i) => {
      if (!column) return;
      const value = cellValue(column, cells[i] ?? null, rowNumber);
      if (value === undefined) return;
      if (column.role === 'field') parsed.values[column.def.key] = value;
      else parsed.refs[column.role] = value;
    });
    result.rows.push(parsed);
  };

  const cellValue = (column: SheetColumn, cell: CellValue, rowNumber: number): FieldValue | undefined => {
    if (cell instanceof CellError) {
      findings.problem(name, rowNumber, column.header, cell.messageZh);
      return undefined;
    }
    const parsed = parseFieldInput(column.def, rawInput(column.def, cell, opts.date1904));
    if (!parsed.ok) {
      findings.problem(name, rowNumber, column.header, parsed.messageZh);
      return undefined;
    }
    if (usccColumns.has(column) && typeof parsed.value === 'string') {
      const check = checkUscc(parsed.value);
      if (!check.ok) {
        findings.problem(name, rowNumber, column.header, check.errorZh);
        return undefined;
      }
      for (const w of check.warningsZh) findings.warning(name, rowNumber, column.header, w);
      return check.normalized;
    }
    return parsed.value;
  };

  const sink: RowSink = (rowNumber, cells) => {
    if (result.headerRow === null) {
      if (headerSearchDone) return;
      if (readHeader(rowNumber, cells)) return;
      if (rowNumber >= HEADER_SEARCH_ROWS) {
        headerSearchDone = true;
        findings.problem(name, 0, '', `未找到表头行：前 ${HEADER_SEARCH_ROWS} 行中没有模板的列名（如「${keyColumn.header}」），请使用导入模板`);
      }
      return;
    }
    readRow(rowNumber, cells);
  };
  const finish = (): ParsedSheet => {
    if (result.headerRow === null && !headerSearchDone) {
      findings.problem(name, 0, '', `没有表头行（第一行应为列名，如「${keyColumn.header}」），请使用导入模板`);
    }
    if (result.exampleRows.length > 0) {
      findings.warning(name, result.exampleRows[0]!, '', `已跳过 ${result.exampleRows.length} 行模板示例（以「${EXAMPLE_PREFIX}」开头）：第 ${result.exampleRows.join('、')} 行`);
    }
    return result;
  };
  return { sink, finish };
}
