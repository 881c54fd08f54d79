import { open } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { Problem } from '../../http/problems.ts';

/**
 * Streams the rows of an .xlsx file sheet by sheet with exceljs's `WorkbookReader`, so
 * that a file of a hundred thousand rows is read without building the workbook in
 * memory. Every cell arrives as a plain value: text, number, boolean, Date (a cell
 * formatted as a date), null, or a `CellError` (an Excel error value, a formula
 * without a cached result). Whatever is not a readable workbook is refused with
 * UNSUPPORTED_FILE, never with a 500.
 */
export type CellValue = string | number | boolean | Date | null | CellError | PercentNumber;

export class CellError {
  constructor(readonly messageZh: string) {}
}

/** A number shown with a percent format: the cell shows 35% and holds 0.35. */
export class PercentNumber {
  constructor(readonly fraction: number) {}
}

/** Receives the rows of one sheet; `cells[0]` is column A. */
export type RowSink = (rowNumber: number, cells: CellValue[]) => void;

export type WorkbookSource = { buffer: Buffer } | { path: string };

export interface ReadOptions {
  /** no progress for this long means the archive is broken in a way the unzipper does not report */
  stallMs?: number;
}

export interface WorkbookInfo {
  sheetNames: string[];
  /** the workbook counts dates from 1904 (old Mac Excel) */
  date1904: boolean;
}

const ZIP_SIGNATURE = 0x04034b50;
const OLE_SIGNATURE = 'd0cf11e0a1b11ae1';
const EOCD_SIGNATURE = 0x06054b50;
const NOT_XLSX = '文件不是有效的 Excel 工作簿（.xlsx），或文件已损坏。请用 Excel 或 WPS 打开后另存为 .xlsx 再上传';

/** Throws UNSUPPORTED_FILE unless the bytes look like a complete zip archive. */
export function assertZipArchive(head: Buffer, tail: Buffer, size: number): void {
  if (size === 0) throw new Problem('UNSUPPORTED_FILE', '上传的文件是空的');
  if (head.subarray(0, 8).toString('hex') === OLE_SIGNATURE) {
    throw new Problem('UNSUPPORTED_FILE', '这是旧版 Excel 97-2003（.xls）文件，请用 Excel 或 WPS 另存为 .xlsx 后再上传');
  }
  if (head.length < 4 || head.readUInt32LE(0) !== ZIP_SIGNATURE) throw new Problem('UNSUPPORTED_FILE', NOT_XLSX);
  // the end-of-central-directory record closes every complete zip: its absence means a truncated file
  let found = false;
  for (let i = tail.length - 22; i >= 0 && !found; i--) found = tail.readUInt32LE(i) === EOCD_SIGNATURE;
  if (!found) throw new Problem('UNSUPPORTED_FILE', '文件不完整（可能上传中断或文件已损坏），请重新保存后上传');
}

async function openSource(source: WorkbookSource): Promise<Readable> {
  const TAIL = 65_557; // the EOCD record plus the longest zip comment
  if ('buffer' in source) {
    const b = source.buffer;
    assertZipArchive(b.subarray(0, 8), b.subarray(Math.max(0, b.length - TAIL)), b.length);
    return Readable.from([b]);
  }
  const handle = await open(source.path, 'r');
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(Math.min(8, size));
    await handle.read(head, 0, head.length, 0);
    const tail = Buffer.alloc(Math.min(TAIL, size));
    await handle.read(tail, 0, tail.length, size - tail.length);
    assertZipArchive(head, tail, size);
  } finally {
    await handle.close();
  }
  return createReadStream(source.path);
}

/** Reduces what exceljs gives for a cell to a plain value. */
export function plainCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as Array<{ text?: string }>).map((r) => r.text ?? '').join('');
    if ('error' in v) return new CellError(`单元格为错误值 ${String(v.error)}，请修正公式或改为填写数值`);
    if ('formula' in v || 'sharedFormula' in v) {
      if (v.result === undefined) return new CellError('公式没有计算结果，请在 Excel 中重新计算并保存，或改为填写数值');
      return plainCellValue(v.result);
    }
    if ('text' in v) return plainCellValue(v.text);
  }
  return new CellError('无法识别的单元格内容');
}

/**
 * Reads the workbook and hands each sheet's rows to the sink `onSheet` returns for it
 * (null skips the sheet). Resolves with the names of the sheets in the file.
 */
export async function readWorkbook(
  source: WorkbookSource,
  onSheet: (name: string, info: Pick<WorkbookInfo, 'date1904'>) => RowSink | null,
  options: ReadOptions = {},
): Promise<WorkbookInfo> {
  const input = await openSource(source);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // styles tell a date from a number
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const info: WorkbookInfo = { sheetNames: [], date1904: false };
  let lastProgress = Date.now();
  let sinkError: unknown;

  const read = async () => {
    for await (const worksheet of reader) {
      lastProgress = Date.now();
      const ws = worksheet as unknown as { name?: string; id?: number } & AsyncIterable<ExcelJS.Row>;
      const meta = reader as unknown as { properties?: { model?: { date1904?: boolean } } };
      info.date1904 = meta.properties?.model?.date1904 === true;
      const name = ws.name ?? `Sheet${ws.id ?? info.sheetNames.length + 1}`;
      info.sheetNames.push(name);
      const sink = sinkError === undefined ? onSheet(name, info) : null;
      for await (const row of ws) {
        lastProgress = Date.now();
        if (!sink || sinkError !== undefined) continue; // the sheet must still be drained
        const cells: CellValue[] = [];
        row.eachCell((cell, col) => {
          const value = plainCellValue(cell.value);
          const percent = typeof value === 'number' && typeof cell.numFmt === 'string' && cell.numFmt.includes('%');
          cells[col - 1] = percent ? new PercentNumber(value) : value;
        });
        try {
          sink(row.number, cells);
        } catch (err) {
          sinkError = err;
        }
      }
    }
    if (!(reader as unknown as { model?: unknown }).model) throw new Problem('UNSUPPORTED_FILE', NOT_XLSX);
  };

  const stallMs = options.stallMs ?? 30_000;
  let timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setInterval(() => {
      if (Date.now() - lastProgress > stallMs) {
        input.destroy();
        reject(new Problem('UNSUPPORTED_FILE', NOT_XLSX));
      }
    }, Math.min(1000, stallMs));
  });
  const reading = read();
  reading.catch(() => undefined); // a stalled read may still fail after the race is decided
  try {
    await Promise.race([reading, stalled]);
  } catch (err) {
    if (err instanceof Problem) throw err;
    throw new Problem('UNSUPPORTED_FILE', NOT_XLSX);
  } finally {
    clearInterval(timer);
  }
  if (sinkError !== undefined) throw sinkError;
  return info;
}
