/**
 * What a campaign report (docs/design/disposal.md §4) holds, independent of its format:
 * a title, the issuing body, the date, and sections of paragraphs and tables. One model
 * is rendered both as a .docx (GB/T 9704) and as an .xlsx (one worksheet per table), so
 * every figure a table shows is a number with its column's type, never pre-formatted text.
 */
import type { IsoDate } from '../../cases/types.ts';

export type ReportKind = 'WEEKLY_DISPATCH' | 'HALF_MONTHLY_BULLETIN' | 'QUARTERLY_INSPECTION' | 'STOCK_TABLE' | 'LINKAGE';

export const reportKinds: readonly ReportKind[] = ['WEEKLY_DISPATCH', 'HALF_MONTHLY_BULLETIN', 'QUARTERLY_INSPECTION', 'STOCK_TABLE', 'LINKAGE'];

export const reportKindLabels: Readonly<Record<ReportKind, string>> = {
  WEEKLY_DISPATCH: '周调度表',
  HALF_MONTHLY_BULLETIN: '半月通报',
  QUARTERLY_INSPECTION: '季度督查报告',
  STOCK_TABLE: '存量土地统计表',
  LINKAGE: '增存挂钩奖惩测算',
};

/**
 * How a column's cells are typed: `integer` and `decimal` hold numbers (decimal with
 * `decimals` places: 亩 2, 公顷 4), `percent` a share (0.1834 = 18.34 %), `date` an ISO date.
 */
export type ReportColumnType = 'text' | 'integer' | 'decimal' | 'percent' | 'date';

export interface ReportColumn {
  headerZh: string;
  type: ReportColumnType;
  /** places shown for `decimal` and `percent` columns */
  decimals?: number;
  /** the column's share of the width, in CJK characters; renderers scale it to the page or sheet */
  width: number;
}

/** A number for numeric columns, an ISO date for date columns, text (may hold line breaks) otherwise; null is blank. */
export type ReportCellValue = string | number | null;

export interface ReportRow {
  cells: ReportCellValue[];
  /** a 合计 row, shown in bold */
  total?: boolean;
}

export interface ReportTable {
  type: 'table';
  /** the caption, and the name of its worksheet */
  titleZh: string;
  /** e.g. 单位：公顷 — shown above the table on the right */
  unitZh?: string;
  columns: ReportColumn[];
  rows: ReportRow[];
  /** shown as one row across the table when there are no rows, e.g. 本期无逾期任务 */
  emptyZh?: string;
  /** lines under the table, e.g. 注：合计折合 46510.07 亩 */
  notesZh?: string[];
}

export interface ReportParagraph {
  type: 'paragraph';
  text: string;
}

export type ReportBlock = ReportParagraph | ReportTable;

export interface ReportSection {
  /** numbered by the builder (一、二、…) as GB/T 9704 headings are */
  headingZh?: string;
  blocks: ReportBlock[];
}

export interface ReportModel {
  kind: ReportKind;
  titleZh: string;
  /** the line under the title, e.g. （2024年3月4日—3月10日） or （截至2020年12月31日） */
  subtitleZh?: string;
  /** 发文机关 / 编制单位 */
  issuerZh: string;
  /** 成文日期 (ISO) */
  date: IsoDate;
  period?: { from: IsoDate; to: IsoDate };
  /** a report that is one wide table (周调度表) is printed landscape throughout */
  orientation: 'portrait' | 'landscape';
  sections: ReportSection[];
}

/** The tables of a report in order: the worksheets of its .xlsx. */
export function reportTables(model: ReportModel): ReportTable[] {
  return model.sections.flatMap((s) => s.blocks.filter((b): b is ReportTable => b.type === 'table'));
}

/** Bad input to a report builder; `problemsZh` names each field or figure that is wrong. */
export class ReportInputError extends RangeError {
  readonly code = 'REPORT_INPUT_INVALID';
  constructor(readonly problemsZh: readonly string[]) {
    super(problemsZh.join('；'));
    this.name = 'ReportInputError';
  }
}
