import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { enumLabel, enums, yuanToTenThousandYuan, type FieldDef, type FieldValue } from '@panhuo/domain';
import { exampleRows } from './examples.ts';
import { EXAMPLE_PREFIX, INSTRUCTIONS_SHEET, displayHeader, ledgerSheets, type SheetColumn, type SheetKind, type SheetSpec } from './sheets.ts';

/**
 * Writes a ledger workbook in the template's layout with exceljs's streaming
 * `WorkbookWriter`: one sheet per part of the ledger, Chinese headers (required ones
 * marked *), frozen and styled header row, Excel data validation on every column, and
 * the instructions sheet. The template is this layout with the example rows; an export
 * is the same layout with the ledger's rows, so it can be edited and imported again.
 */

/** A row to write: values in stored units, keyed by `columnKey`. */
export type SheetRow = Record<string, FieldValue | undefined>;

export interface WorkbookContent {
  rows(kind: SheetKind): AsyncIterable<SheetRow[]> | Iterable<SheetRow[]>;
}

/** Data validation covers at least these rows, and every written row. */
export const VALIDATION_ROWS = 5000;

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Catalogue fields are keyed by their key, reference columns by their role. */
export function columnKey(c: SheetColumn): string {
  return c.role === 'field' ? c.def.key : c.role;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF9BBBD9' } };
const HEADER_BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

const numFmts: Partial<Record<FieldDef['type'], string>> = {
  date: 'yyyy-mm-dd',
  area: '#,##0.00',
  money: '#,##0.00####',
  percent: '0.####',
  decimal: '0.####',
  integer: '0',
};

/** A stored value as the template shows it: 万元, %, Chinese labels, 是/否, dates as dates. */
export function toCellValue(def: FieldDef, value: FieldValue | undefined): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  switch (def.type) {
    case 'money':
      return yuanToTenThousandYuan(Number(value));
    case 'percent':
      return Math.round(Number(value) * 1_000_000) / 10_000;
    case 'date':
      return new Date(`${String(value)}T00:00:00Z`);
    case 'boolean':
      return value === true ? '是' : '否';
    case 'enum':
      return enumLabel(def.enumId!, String(value));
    case 'area':
    case 'decimal':
    case 'integer':
    case 'string':
    case 'text':
      return value;
  }
}

/** The visible width of a header: a CJK character takes two columns. */
const textWidth = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0);

function columnWidth(c: SheetColumn): number {
  const byType: Partial<Record<FieldDef['type'], number>> = { date: 12, text: 30, boolean: 8, money: 12, area: 12 };
  const min = c.def.key === 'uscc' || c.role === 'enterpriseUscc' ? 22 : c.def.type === 'string' ? 16 : 10;
  return Math.min(40, Math.max(min, byType[c.def.type] ?? 0, textWidth(displayHeader(c)) + 2));
}

const listOf = (values: string[]) => `"${values.join(',')}"`;

/** exceljs's data-validation model; its type declarations lack 'any' (a prompt without a check). */
export type Validation = Omit<ExcelJS.DataValidation, 'type' | 'formulae'> & {
  type: ExcelJS.DataValidation['type'] | 'any';
  formulae?: unknown[];
};

/** The runtime member the streaming worksheet has and the type declarations miss. */
interface WithValidations {
  dataValidations: { add(address: string, validation: Validation): void };
}

/** Excel's own check of what may be typed in the column. */
export function validationOf(def: FieldDef): Validation | undefined {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: '输入有误' } as const;
  const prompt = def.hintZh ? { showInputMessage: true, promptTitle: def.labelZh.slice(0, 32), prompt: def.hintZh.slice(0, 250) } : {};
  switch (def.type) {
    case 'enum': {
      const labels = Object.values(enums[def.enumId!] as Record<string, string>);
      return { ...common, ...prompt, type: 'list', formulae: [listOf(labels)], error: `请从下拉列表中选择：${labels.join('、')}`.slice(0, 250) };
    }
    case 'boolean':
      return { ...common, ...prompt, type: 'list', formulae: [listOf(['是', '否'])], error: '请填写「是」或「否」' };
    case 'date':
      return {
        ...common,
        ...prompt,
        type: 'date',
        operator: 'between',
        formulae: [new Date(Date.UTC(1950, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
        error: '请填写 YYYY-MM-DD 格式的日期，如 2023-08-28',
      };
    case 'integer': {
      const min = def.min ?? 0;
      const max = def.max ?? 1_000_000_000;
      return { ...common, ...prompt, type: 'whole', operator: 'between', formulae: [min, max], error: `请填写 ${min} 到 ${max} 之间的整数` };
    }
    case 'percent':
      return { ...common, ...prompt, type: 'decimal', operator: 'between', formulae: [0, 100], error: '请填写 0 到 100 之间的百分数（如 35 表示 35%）' };
    case 'area':
    case 'money':
    case 'decimal': {
      const min = def.min ?? 0;
      const unit = def.type === 'money' ? '（单位：万元）' : def.type === 'area' ? '（单位：平方米）' : '';
      if (def.max !== undefined) {
        return { ...common, ...prompt, type: 'decimal', operator: 'between', formulae: [min, def.max], error: `请填写 ${min} 到 ${def.max} 之间的数值${unit}` };
      }
      return { ...common, ...prompt, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [min], error: `请填写不小于 ${min} 的数值${unit}` };
    }
    case 'string':
    case 'text':
      return def.hintZh ? { type: 'any', ...prompt } : undefined;
  }
}

function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

async function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, spec: SheetSpec, content: WorkbookContent): Promise<void> {
  const ws = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1, activeCell: 'B2' }] });
  ws.columns = spec.columns.map((c) => ({
    key: columnKey(c),
    width: columnWidth(c),
    ...(numFmts[c.def.type] ? { style: { numFmt: numFmts[c.def.type] } } : {}),
  }));
  const header = ws.getRow(1);
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.required
      ? { richText: [{ text: '*', font: { bold: true, color: { argb: 'FFC00000' } } }, { text: c.header, font: { bold: true } }] }
      : c.header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = HEADER_BORDER;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.numFmt = '@';
  });
  header.height = 32;
  header.commit();

  let rowNumber = 1;
  for await (const batch of content.rows(spec.kind)) {
    for (const data of batch) {
      rowNumber++;
      ws.addRow(spec.columns.map((c) => toCellValue(c.def, data[columnKey(c)]))).commit();
    }
  }

  const lastRow = Math.max(VALIDATION_ROWS, rowNumber);
  spec.columns.forEach((c, i) => {
    const validation = validationOf(c.def);
    if (validation) (ws as unknown as WithValidations).dataValidations.add(`${columnLetter(i)}2:${columnLetter(i)}${lastRow}`, validation);
  });
  ws.commit();
}

const typeDescriptions: Record<FieldDef['type'], string> = {
  string: '文字（不超过 200 字）',
  text: '长文字（不超过 4000 字）',
  date: '日期，YYYY-MM-DD',
  area: '数值，单位：平方米',
  money: '数值，单位：万元',
  decimal: '数值',
  percent: '百分数，0–100（35 表示 35%）',
  integer: '整数',
  boolean: '是 / 否',
  enum: '从下拉列表中选择',
};

export const instructionLines = [
  '1. 单位：面积填平方米；金额填万元；百分比填百分数（如 35 表示 35%）；日期填 YYYY-MM-DD（如 2023-08-28），也可以使用 Excel 的日期格式。',
  '2. 列名前带 * 的为必填列。「地块」工作表必须保留；其他工作表可以整张删除，删除的工作表对应的数据保持不变。',
  '3. 保留的列中，空白单元格表示该项为空：导入后会清空系统中该项原有的值。不需要更新的列可以整列删除，系统中该项保持不变。',
  '4. 宗地按「宗地编号」对应（本辖区内唯一），企业按统一社会信用代码（没有时按企业名称）对应：系统中已有的更新，没有的新增；重复导入同一文件不会产生重复记录。',
  '5. 「合同」「建设情况」「经营情况」「年度数据」中的宗地编号，须在「地块」工作表中，或为系统中已有的宗地。「年度数据」每宗地每年一行。',
  '6. 「所属园区」须为本辖区已设立的园区名称；不属于任何园区的留空。',
  '7. 「是 / 否」列填「是」或「否」；有下拉列表的列按列表中的选项填写。',
  `8. 以「${EXAMPLE_PREFIX}」开头的行是填写示例，导入时自动跳过，可以直接删除。`,
  '9. 文件中只要有一处错误，就不会写入任何数据；系统会列出每处问题所在的工作表、行号和列名，改正后重新导入即可。',
];

function writeInstructions(workbook: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const ws = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  ws.columns = [{ width: 12 }, { width: 36 }, { width: 8 }, { width: 26 }, { width: 50 }, { width: 60 }];
  const title = ws.addRow(['台账导入模板填写说明']);
  title.font = { bold: true, size: 14 };
  title.commit();
  ws.addRow([]).commit();
  for (const line of instructionLines) ws.addRow([line]).commit();
  ws.addRow([]).commit();
  const sheetsHeading = ws.addRow(['工作表', '用途']);
  sheetsHeading.font = { bold: true };
  sheetsHeading.commit();
  for (const spec of ledgerSheets) ws.addRow([spec.name, `${spec.descriptionZh}${spec.mandatory ? '（必须保留）' : ''}`]).commit();
  ws.addRow([]).commit();
  const head = ws.addRow(['工作表', '列名', '必填', '填写要求', '可选值', '说明']);
  head.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = HEADER_BORDER;
  });
  head.commit();
  for (const spec of ledgerSheets) {
    for (const c of spec.columns) {
      const d = c.def;
      const range = [d.min !== undefined ? `不小于 ${d.min}` : '', d.max !== undefined ? `不大于 ${d.type === 'percent' ? d.max * 100 : d.max}` : '']
        .filter(Boolean)
        .join('，');
      const choices = d.type === 'enum' ? Object.values(enums[d.enumId!] as Record<string, string>).join('、') : d.type === 'boolean' ? '是、否' : '';
      const row = ws.addRow([spec.name, c.header, c.required ? '是' : '', `${typeDescriptions[d.type]}${range ? `，${range}` : ''}`, choices, d.hintZh ?? '']);
      row.alignment = { wrapText: true, vertical: 'top' };
      row.commit();
    }
  }
  ws.commit();
}

/** Streams a workbook in the template's layout to `output` and ends it. */
export async function writeLedgerWorkbook(output: Writable, content: WorkbookContent): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = '盘活 panhuo';
  workbook.created = new Date();
  for (const spec of ledgerSheets) await writeSheet(workbook, spec, content);
  writeInstructions(workbook);
  await workbook.commit();
}

/** The import template: the layout with two fictional example rows per sheet. */
export async function writeTemplate(output: Writable): Promise<void> {
  await writeLedgerWorkbook(output, { rows: (kind) => [exampleRows[kind]] });
}
