import type { SheetProblem } from '../../api/types.ts';

/** RFC 4180 quoting: a cell with a comma, quote or line break is quoted, quotes doubled. */
function csvCell(value: string | number | null | undefined): string {
  const text = value == null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The problems of a refused import as CSV. The byte-order mark makes Excel read the file
 * as UTF-8; without it Chinese text opens as mojibake on a Chinese-locale Windows.
 */
export function problemsToCsv(problems: SheetProblem[]): string {
  const lines = [['序号', '工作表', '行', '列', '问题'].join(',')];
  problems.forEach((p, i) => lines.push([i + 1, p.sheet, p.row, p.column, p.message].map(csvCell).join(',')));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
