import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { allLedgerFields, enums } from '@panhuo/domain';
import { parseLedger } from './parse-ledger.ts';
import { INSTRUCTIONS_SHEET, ledgerSheets } from './sheets.ts';
import { writeTemplate } from './template.ts';
import { staticLookup } from './test-workbooks.ts';

async function templateBuffer(): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeTemplate(out);
  return Buffer.concat(chunks);
}

const load = async (buffer: Buffer) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
};

type ValidationModel = Record<string, { type: string; formulae: unknown[]; operator?: string }>;
const validations = (ws: ExcelJS.Worksheet) => (ws as unknown as { dataValidations: { model: ValidationModel } }).dataValidations.model;

describe('the import template', () => {
  it('has one sheet per part of the ledger and the instructions, in the catalogue’s columns', async () => {
    const wb = await load(await templateBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual([...ledgerSheets.map((s) => s.name), INSTRUCTIONS_SHEET]);
    expect(ledgerSheets.map((s) => s.name)).toEqual(['企业', '地块', '合同', '建设情况', '经营情况', '年度数据']);
    const parcel = wb.getWorksheet('地块')!;
    const headers = (parcel.getRow(1).values as unknown[]).slice(1).map((v) => (typeof v === 'object' && v && 'richText' in v ? (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('') : v));
    expect(headers.slice(0, 3)).toEqual(['*宗地编号', '*地块名称', '不动产单元号']);
    expect(headers.slice(-4)).toEqual(['所属园区', '企业统一社会信用代码', '企业名称', '行政区划代码']);
    expect(parcel.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(parcel.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(parcel.getColumn(2).width).toBeGreaterThan(8);
  });

  it('places every catalogue field on exactly one sheet', () => {
    const placed = ledgerSheets.flatMap((s) => s.columns.filter((c) => c.role === 'field').map((c) => `${c.def.entity}.${c.def.key}`));
    expect(new Set(placed).size).toBe(placed.length);
    expect(placed.sort()).toEqual(allLedgerFields.map((d) => `${d.entity}.${d.key}`).sort());
  });

  it('validates enums, yes/no, dates and numbers on rows 2 to 5000', async () => {
    const wb = await load(await templateBuffer());
    const parcel = validations(wb.getWorksheet('地块')!);
    // 规划用途 is column E, 土地总面积 F, 土地取得方式 H, 土地取得日期 I
    expect(parcel['E2']?.type ?? parcel['E2:E5000']?.type).toBe('list');
    const mode = parcel['H2'] ?? parcel['H2:H5000'];
    expect(mode).toMatchObject({ type: 'list', formulae: [`"${Object.values(enums.acquisitionMode).join(',')}"`] });
    expect((parcel['F5000'] ?? parcel['F2:F5000'])?.type).toBe('decimal');
    expect((parcel['I2'] ?? parcel['I2:I5000'])?.type).toBe('date');
    const construction = validations(wb.getWorksheet('建设情况')!);
    const started = Object.values(construction).find((v) => v.type === 'list' && v.formulae[0] === '"是,否"');
    expect(started).toBeDefined();
    const years = validations(wb.getWorksheet('年度数据')!);
    expect((years['B2'] ?? years['B2:B5000'])).toMatchObject({ type: 'whole', formulae: [1990, 2100] });
  });

  it('explains units, required columns and choices', async () => {
    const wb = await load(await templateBuffer());
    const text = wb.getWorksheet(INSTRUCTIONS_SHEET)!.getSheetValues().flat().filter((v) => typeof v === 'string').join('\n');
    for (const phrase of ['平方米', '万元', '%', 'YYYY-MM-DD', '*', '正常生产', '规划用途']) expect(text).toContain(phrase);
  });

  it('its example rows are skipped, and are valid once renamed', async () => {
    const buffer = await templateBuffer();
    const asIs = await parseLedger({ buffer }, staticLookup([], ['示例工业园']));
    expect(asIs.batch.parcels).toEqual([]);
    expect(asIs.warnings.filter((w) => w.message.includes('模板示例'))).toHaveLength(6);

    const wb = await load(buffer);
    wb.eachSheet((ws) => {
      ws.eachRow((row, n) => {
        if (n === 1) return;
        row.eachCell((cell) => {
          if (typeof cell.value === 'string' && cell.value.startsWith('示例')) cell.value = cell.value.replace(/^示例/, '青岚');
        });
      });
    });
    const renamed = Buffer.from(await wb.xlsx.writeBuffer());
    const r = await parseLedger({ buffer: renamed }, staticLookup([], ['青岚工业园']));
    expect(r.problems).toEqual([]);
    expect(r.batch.enterprises).toHaveLength(2);
    expect(r.batch.parcels.map((p) => p.values.code)).toEqual(['青岚-001', '青岚-002']);
    expect(r.batch.parcels[0]!.years).toHaveLength(2);
    expect(r.batch.parcels[0]!.values.buildingCoverage).toBe(0.45);
    expect(r.batch.parcels[0]!.values.landPrice_yuan).toBe(7_500_000);
  });
});
