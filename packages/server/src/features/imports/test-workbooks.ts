import ExcelJS from 'exceljs';
import { completeUscc } from '@panhuo/domain';
import type { LedgerLookup } from './parse-ledger.ts';

/**
 * Workbooks built in memory for the import's tests: a sheet is its rows, the first
 * row being the header. Cells may be anything exceljs writes (numbers, Dates, rich
 * text, formulas); `{ value, numFmt }` sets a number format too.
 */
export type TestCell = ExcelJS.CellValue | { value: ExcelJS.CellValue; numFmt: string };
export type TestSheets = Record<string, TestCell[][]>;

const isFormatted = (c: TestCell): c is { value: ExcelJS.CellValue; numFmt: string } =>
  typeof c === 'object' && c !== null && !(c instanceof Date) && 'numFmt' in c;

export async function workbookBuffer(sheets: TestSheets): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((cells, r) => {
      cells.forEach((cell, c) => {
        const target = ws.getCell(r + 1, c + 1);
        if (isFormatted(cell)) {
          target.value = cell.value;
          target.numFmt = cell.numFmt;
        } else {
          target.value = cell;
        }
      });
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const usccOk = (n: number) => completeUscc(`91350899MA${String(n).padStart(6, '0')}`);

/** A credit code with a wrong check character (a warning, not a problem). */
export function usccBadCheck(n: number): string {
  const good = usccOk(n);
  const last = good[17] === '0' ? '1' : '0';
  return good.slice(0, 17) + last;
}

export function staticLookup(existing: string[] = [], zones = ['东园', '西园']): LedgerLookup {
  return {
    jurisdictionCode: '350899',
    zones: zones.map((name, i) => ({ id: `00000000-0000-4000-8000-00000000000${i}`, name })),
    existingParcelCodes: async (codes) => new Set(codes.filter((c) => existing.includes(c))),
  };
}

export const PARCEL_HEADER = ['*宗地编号', '*地块名称', '坐落', '规划用途', '*土地总面积（平方米）', '其中：出让面积（平方米）', '土地取得方式', '土地取得日期', '出让（划拨）价款（万元）', '所属园区', '企业统一社会信用代码', '企业名称'];
