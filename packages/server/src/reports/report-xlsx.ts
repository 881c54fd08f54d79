import ExcelJS from 'exceljs';
import { formatChineseDate, reportTables, type ReportColumn, type ReportModel, type ReportTable, type ReportCellValue } from '@panhuo/domain';
import { displayWidth, isNumeric, sheetName, tableWidth } from './cells.ts';

/**
 * A campaign report as an .xlsx: one worksheet per table, so each can be sorted, filtered
 * and summed; numbers stay numbers (with the places the .docx prints as the number
 * format) and dates are dates. Above the header: the report's title and its period / unit
 * line; the header row is bold and frozen with them. The report's paragraphs follow on a
 * last sheet, so a bulletin's text is not lost to whoever opens only the workbook.
 */

const HEADER_ROW = 3;
const TEXT_SHEET = '报告正文';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF808080' } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT_NAME = '宋体';

function numFmt(c: ReportColumn): string | undefined {
  const places = (n: number) => (n > 0 ? `.${'0'.repeat(n)}` : '');
  switch (c.type) {
    case 'integer':
      return '0';
    case 'decimal':
      return `#,##0${places(c.decimals ?? 2)}`;
    case 'percent':
      return `0${places(c.decimals ?? 2)}%`;
    case 'date':
      return 'yyyy-mm-dd';
    case 'text':
      return undefined;
  }
}

/** Numbers and dates as Excel values; a label in a numeric column (合计) stays text. */
function cellValue(c: ReportColumn, v: ReportCellValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (c.type === 'date' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return new Date(`${v}T00:00:00Z`);
  return v;
}

/** What the cell shows, for the column width. */
function shownWidth(c: ReportColumn, v: ReportCellValue): number {
  if (v === null) return 0;
  if (typeof v === 'number') return c.type === 'decimal' ? v.toFixed(c.decimals ?? 2).length + 2 : String(v).length + 2;
  if (c.type === 'date') return 10;
  return Math.max(...v.split('\n').map(displayWidth));
}

function columnWidth(c: ReportColumn, t: ReportTable): number {
  const widest = Math.max(displayWidth(c.headerZh) / (c.type === 'text' ? 1 : 2), ...t.rows.map((r) => shownWidth(c, r.cells[t.columns.indexOf(c)] ?? null)));
  return Math.min(c.type === 'text' ? 50 : 20, Math.max(8, Math.ceil(widest) + 2));
}

function writeTable(wb: ExcelJS.Workbook, model: ReportModel, t: ReportTable, taken: Set<string>): void {
  const name = sheetName(t.titleZh, taken);
  taken.add(name);
  const n = t.columns.length;
  const wide = model.orientation === 'landscape' || tableWidth(t) > 40;
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 0 }],
    pageSetup: { paperSize: 9, orientation: wide ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` },
  });
  t.columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = columnWidth(c, t);
  });

  const title = t.titleZh === model.titleZh ? model.titleZh : `${model.titleZh}\u3000${t.titleZh}`;
  ws.getCell(1, 1).value = title;
  ws.getCell(1, 1).font = { name: FONT_NAME, size: 14, bold: true };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  const sub = [model.subtitleZh, `${model.issuerZh}\u3000${formatChineseDate(model.date)}`, t.unitZh].filter(Boolean).join('\u3000');
  ws.getCell(2, 1).value = sub;
  ws.getCell(2, 1).alignment = { horizontal: 'right' };
  if (n > 1) {
    ws.mergeCells(1, 1, 1, n);
    ws.mergeCells(2, 1, 2, n);
  }

  const header = ws.getRow(HEADER_ROW);
  t.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.headerZh;
    cell.font = { name: FONT_NAME, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BOX;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });

  let r = HEADER_ROW + 1;
  if (t.rows.length === 0) {
    ws.getCell(r, 1).value = t.emptyZh ?? '无';
    if (n > 1) ws.mergeCells(r, 1, r, n);
    r += 1;
  }
  for (const row of t.rows) {
    const out = ws.getRow(r);
    t.columns.forEach((c, i) => {
      const v = row.cells[i] ?? null;
      const cell = out.getCell(i + 1);
      const value = cellValue(c, v);
      cell.value = value;
      const fmt = numFmt(c);
      if (fmt && (typeof value === 'number' || value instanceof Date)) cell.numFmt = fmt;
      cell.border = BOX;
      cell.font = { name: FONT_NAME, bold: row.total === true };
      const label = typeof v === 'string' && c.type !== 'text';
      cell.alignment = { vertical: 'top', wrapText: c.type === 'text', horizontal: label ? 'center' : isNumeric(c) ? 'right' : undefined };
    });
    r += 1;
  }
  if (t.rows.length > 0) ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: n } };
  for (const note of t.notesZh ?? []) {
    r += 1;
    ws.getCell(r, 1).value = note;
  }
}

function writeText(wb: ExcelJS.Workbook, model: ReportModel, taken: Set<string>): void {
  const lines: Array<{ text: string; bold?: boolean }> = [];
  for (const s of model.sections) {
    const paragraphs = s.blocks.filter((b) => b.type === 'paragraph');
    if (paragraphs.length === 0) continue;
    if (s.headingZh) lines.push({ text: s.headingZh, bold: true });
    for (const p of paragraphs) lines.push({ text: p.text });
  }
  if (lines.length === 0) return;
  const ws = wb.addWorksheet(sheetName(TEXT_SHEET, taken));
  ws.getColumn(1).width = 100;
  ws.addRow([model.titleZh]).font = { name: FONT_NAME, size: 14, bold: true };
  ws.addRow([[model.subtitleZh, `${model.issuerZh}\u3000${formatChineseDate(model.date)}`].filter(Boolean).join('\u3000')]);
  ws.addRow([]);
  for (const l of lines) {
    const row = ws.addRow([l.text]);
    row.font = { name: FONT_NAME, bold: l.bold === true };
    row.alignment = { wrapText: true, vertical: 'top' };
  }
}

/** Renders a report model to an .xlsx. */
export async function renderReportXlsx(model: ReportModel): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = model.issuerZh;
  wb.title = model.titleZh;
  const taken = new Set<string>();
  for (const t of reportTables(model)) writeTable(wb, model, t, taken);
  writeText(wb, model, taken);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
