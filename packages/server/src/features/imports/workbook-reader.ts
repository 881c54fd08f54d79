import { open } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { Problem } from '../../http/problems.ts';
import { openZip, ZipError, type ZipArchive } from './zip-archive.ts';

/**
 * Streams the rows of an .xlsx file sheet by sheet with exceljs's streaming worksheet
 * reader, so that a file of a hundred thousand rows is read without building the
 * workbook in memory. Every cell arrives as a plain value: text, number, boolean, Date
 * (a cell formatted as a date), null, or a `CellError` (an Excel error value, a formula
 * without a cached result). Whatever is not a readable workbook is refused with
 * UNSUPPORTED_FILE, never with a 500.
 *
 * exceljs's own `WorkbookReader` reads the zip front to back and gets it wrong when the
 * worksheets come before xl/workbook.xml and the shared strings before the worksheets
 * (files exceljs itself writes): it loses the rest of the archive or the sheet names.
 * So the archive is opened by its central directory (`zip-archive.ts`) and the parts
 * are handed to exceljs's parsers in the order they depend on each other.
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

export interface WorkbookInfo {
  sheetNames: string[];
  /** the workbook counts dates from 1904 (old Mac Excel) */
  date1904: boolean;
}

const OLE_SIGNATURE = 'd0cf11e0a1b11ae1';
const ZIP_SIGNATURE = '504b0304';
const NOT_XLSX = '文件不是有效的 Excel 工作簿（.xlsx），或文件已损坏。请用 Excel 或 WPS 打开后另存为 .xlsx 再上传';
const TRUNCATED = '文件不完整（可能上传中断或文件已损坏），请重新保存后上传';

/** Throws UNSUPPORTED_FILE for what is plainly not an .xlsx, by its first bytes. */
export function assertXlsxSignature(head: Buffer, size: number): void {
  if (size === 0) throw new Problem('UNSUPPORTED_FILE', '上传的文件是空的');
  const hex = head.subarray(0, 8).toString('hex');
  if (hex === OLE_SIGNATURE) {
    throw new Problem('UNSUPPORTED_FILE', '这是旧版 Excel 97-2003（.xls）文件，请用 Excel 或 WPS 另存为 .xlsx 后再上传');
  }
  if (!hex.startsWith(ZIP_SIGNATURE)) throw new Problem('UNSUPPORTED_FILE', NOT_XLSX);
}

async function assertFileSignature(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(Math.min(8, size));
    await handle.read(head, 0, head.length, 0);
    assertXlsxSignature(head, size);
  } finally {
    await handle.close();
  }
}

interface SheetRef {
  id: number;
  name: string;
  rId: string;
}

/** The parts of exceljs 4.4.0's streaming reader used here (not in its type declarations). */
interface ReaderInternals {
  options: Record<string, string>;
  model?: { sheets?: SheetRef[] };
  properties?: { model?: { date1904?: boolean } };
  workbookRels?: Array<{ Id: string; Target: string }>;
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
}

type WorksheetReader = AsyncIterable<ExcelJS.Row> & { name: string };
const require = createRequire(import.meta.url);
const WorksheetReaderClass = require('exceljs/lib/stream/xlsx/worksheet-reader.js') as new (opts: {
  workbook: unknown;
  id: number;
  iterator: AsyncIterable<unknown>;
  options: Record<string, string>;
}) => WorksheetReader;

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
      // an error result (#DIV/0!, #N/A…) arrives as NaN
      if (typeof v.result === 'number' && Number.isNaN(v.result)) return new CellError('公式的计算结果是错误值（如 #DIV/0!、#N/A），请修正公式或改为填写数值');
      return plainCellValue(v.result);
    }
    if ('text' in v) return plainCellValue(v.text);
  }
  return new CellError('无法识别的单元格内容');
}

/** The path inside the archive of a relationship target of xl/workbook.xml. */
function partPath(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

/**
 * Reads the workbook and hands each sheet's rows to the sink `onSheet` returns for it
 * (null skips the sheet), in the workbook's sheet order. Resolves with the sheet names.
 */
export async function readWorkbook(
  source: WorkbookSource,
  onSheet: (name: string, info: Pick<WorkbookInfo, 'date1904'>) => RowSink | null,
): Promise<WorkbookInfo> {
  if ('buffer' in source) assertXlsxSignature(source.buffer, source.buffer.length);
  else await assertFileSignature(source.path);
  let zip: ZipArchive;
  try {
    zip = await openZip(source);
  } catch (err) {
    if (err instanceof ZipError) throw new Problem('UNSUPPORTED_FILE', err.message === 'no end of central directory' ? TRUNCATED : NOT_XLSX);
    throw err;
  }
  const info: WorkbookInfo = { sheetNames: [], date1904: false };
  let sinkError: unknown;
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      // styles tell a date from a number
      styles: 'cache',
      hyperlinks: 'ignore',
      entries: 'ignore',
    });
    const r = reader as unknown as ReaderInternals;
    // exceljs decodes each chunk on its own, which splits a character across chunks;
    // a stream decoding UTF-8 itself hands it whole characters
    const part = async (name: string) => {
      const entry = zip.entries.get(name);
      return entry ? (await zip.stream(entry)).setEncoding('utf8') : undefined;
    };
    const rels = await part('xl/_rels/workbook.xml.rels');
    const book = await part('xl/workbook.xml');
    if (!rels || !book) throw new Problem('UNSUPPORTED_FILE', NOT_XLSX);
    await r._parseRels(rels);
    await r._parseWorkbook(book);
    const styles = await part('xl/styles.xml');
    if (styles) await r._parseStyles(styles);
    const sharedStrings = await part('xl/sharedStrings.xml');
    if (sharedStrings) for await (const _ of r._parseSharedStrings(sharedStrings)) void _;
    info.date1904 = r.properties?.model?.date1904 === true;

    for (const sheet of r.model?.sheets ?? []) {
      const rel = r.workbookRels?.find((x) => x.Id === sheet.rId);
      const stream = rel ? await part(partPath(rel.Target)) : undefined;
      if (!stream) throw new Problem('UNSUPPORTED_FILE', NOT_XLSX);
      info.sheetNames.push(sheet.name);
      const sink = onSheet(sheet.name, info);
      if (!sink) {
        stream.destroy();
        continue;
      }
      const worksheet = new WorksheetReaderClass({ workbook: reader, id: sheet.id, iterator: stream, options: r.options });
      worksheet.name = sheet.name;
      for await (const row of worksheet) {
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
          break;
        }
      }
      stream.destroy();
      if (sinkError !== undefined) break;
    }
  } catch (err) {
    if (err instanceof Problem) throw err;
    throw new Problem('UNSUPPORTED_FILE', err instanceof ZipError ? TRUNCATED : NOT_XLSX);
  } finally {
    await zip.close();
  }
  if (sinkError !== undefined) throw sinkError;
  return info;
}
