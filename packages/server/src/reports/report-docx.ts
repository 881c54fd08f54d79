import {
  AlignmentType,
  BorderStyle,
  Document,
  LineRuleType,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
  type IRunOptions,
} from 'docx';
import { formatChineseDate, type ReportColumn, type ReportModel, type ReportTable } from '@panhuo/domain';
import { FONT, pageNumberFooter } from '../documents/render-docx.ts';
import { CHAR_PT, LINE_PITCH_PT, charWidth, page, size } from '../documents/layout.ts';
import { cellText, isNumeric, tableWidth } from './cells.ts';

/**
 * A campaign report as a .docx in the GB/T 9704 layout the determination documents use:
 * 二号小标宋 title, 三号仿宋 body on the 28.95 pt grid, 一、 headings in 黑体, 落款 at the end.
 * Tables are set in 五号. A report that is one wide table is landscape throughout; in a
 * portrait report, a report section whose table is too wide for the 156 mm text block is
 * set on landscape pages (the text block turned: 225 × 156 mm), so no column is squeezed
 * unreadable.
 */

type Orientation = 'portrait' | 'landscape';

/** 五号 */
const TABLE_PT = 10.5;
/** CJK characters of 五号 that fit the portrait text block, less the cells' margins */
const PORTRAIT_TABLE_CHARS = 40;

const mmToTwip = (mm: number) => Math.round((mm * 1440) / 25.4);
const halfPoints = (pt: number) => Math.round(pt * 2);
const twips = (pt: number) => Math.round(pt * 20);
const exactLine = { line: twips(LINE_PITCH_PT), lineRule: LineRuleType.EXACT, before: 0, after: 0 };
const indent2 = { firstLine: twips(2 * CHAR_PT) };

/** The text block of each orientation; landscape turns the portrait one, margins and all. */
const margins: Record<Orientation, { top: number; right: number; bottom: number; left: number; footer: number }> = {
  portrait: { top: page.marginTopMm, right: page.marginRightMm, bottom: page.marginBottomMm, left: page.marginLeftMm, footer: 28 },
  landscape: { top: page.marginLeftMm, right: page.marginBottomMm, bottom: page.marginRightMm, left: page.marginTopMm, footer: 19 },
};
const textWidthMm = (o: Orientation) => (o === 'portrait' ? page.widthMm : page.heightMm) - margins[o].left - margins[o].right;

const run = (text: string, opts: Partial<IRunOptions> = {}) => new TextRun({ text, font: FONT.body, size: halfPoints(size.bodyPt), ...opts });

const bodyParagraph = (text: string) => new Paragraph({ children: [run(text)], spacing: exactLine, indent: indent2, alignment: AlignmentType.JUSTIFIED });
const blankLine = () => new Paragraph({ children: [run('')], spacing: exactLine });
const heading = (text: string) => new Paragraph({ children: [run(text, { font: FONT.hei })], spacing: exactLine, indent: indent2, keepNext: true });

function titleBlock(model: ReportModel): Paragraph[] {
  const out = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: twips(LINE_PITCH_PT * 1.2), lineRule: LineRuleType.AT_LEAST, before: 0, after: 0 },
      children: [new TextRun({ text: model.titleZh, font: FONT.title, size: halfPoints(size.titlePt) })],
    }),
  ];
  if (model.subtitleZh) out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: exactLine, children: [run(model.subtitleZh, { font: FONT.kai })] }));
  out.push(blankLine());
  return out;
}

/** 落款: the issuer centred over the date, the date 4 characters from the right margin. */
function signature(model: ReportModel): Paragraph[] {
  const dateText = formatChineseDate(model.date);
  const offset = Math.max(0, (charWidth(dateText) - charWidth(model.issuerZh)) / 2);
  return [
    blankLine(),
    new Paragraph({ children: [run(model.issuerZh)], spacing: exactLine, alignment: AlignmentType.RIGHT, indent: { right: twips((4 + offset) * CHAR_PT) } }),
    new Paragraph({ children: [run(dateText)], spacing: exactLine, alignment: AlignmentType.RIGHT, indent: { right: twips(4 * CHAR_PT) } }),
  ];
}

const tableRun = (text: string, bold = false) => run(text, { size: halfPoints(TABLE_PT), bold });
const tableLine = { line: twips(TABLE_PT * 1.3), lineRule: LineRuleType.AT_LEAST, before: 0, after: 0 };
const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function alignmentOf(column: ReportColumn, value: unknown): (typeof AlignmentType)[keyof typeof AlignmentType] {
  if (typeof value === 'string' && column.type !== 'text') return AlignmentType.CENTER;
  if (isNumeric(column)) return AlignmentType.RIGHT;
  return column.type === 'date' ? AlignmentType.CENTER : AlignmentType.LEFT;
}

function cell(text: string, width: number, alignment: (typeof AlignmentType)[keyof typeof AlignmentType], bold: boolean, span = 1): TableCell {
  return new TableCell({
    columnSpan: span,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 60, right: 60, top: 30, bottom: 30 },
    children: text.split('\n').map((t) => new Paragraph({ alignment, spacing: tableLine, children: [tableRun(t, bold)] })),
  });
}

/** `caption` is false where the section heading or the title already names the table. */
function table(t: ReportTable, orientation: Orientation, caption: boolean): Array<Paragraph | Table> {
  const full = mmToTwip(textWidthMm(orientation));
  const total = tableWidth(t);
  const widths = t.columns.map((c) => Math.floor((full * c.width) / total));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map((c, i) => cell(c.headerZh, widths[i]!, AlignmentType.CENTER, true)),
  });
  const body =
    t.rows.length === 0
      ? [new TableRow({ children: [cell(t.emptyZh ?? '无', full, AlignmentType.CENTER, false, t.columns.length)] })]
      : t.rows.map(
          (r) =>
            new TableRow({
              cantSplit: true,
              children: t.columns.map((c, i) => cell(cellText(c, r.cells[i] ?? null), widths[i]!, alignmentOf(c, r.cells[i]), r.total === true)),
            }),
        );
  const small = (text: string, alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
    new Paragraph({ alignment, spacing: tableLine, children: [tableRun(text)] });
  return [
    ...(caption ? [new Paragraph({ alignment: AlignmentType.CENTER, spacing: exactLine, keepNext: true, children: [run(t.titleZh, { font: FONT.hei })] })] : []),
    ...(t.unitZh ? [small(t.unitZh, AlignmentType.RIGHT)] : []),
    new Table({
      width: { size: full, type: WidthType.DXA },
      columnWidths: widths,
      borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
      rows: [header, ...body],
    }),
    ...(t.notesZh ?? []).map((n) => small(n, AlignmentType.LEFT)),
    blankLine(),
  ];
}

/**
 * A report section is kept on one kind of page: landscape when the report is, or when one
 * of its tables is too wide for portrait (its introductory paragraphs go with it).
 */
function orientationOf(model: ReportModel, blocks: ReportModel['sections'][number]['blocks']): Orientation {
  if (model.orientation === 'landscape') return 'landscape';
  return blocks.some((b) => b.type === 'table' && tableWidth(b) > PORTRAIT_TABLE_CHARS) ? 'landscape' : 'portrait';
}

function sectionOptions(orientation: Orientation, children: Array<Paragraph | Table>): ISectionOptions {
  const m = margins[orientation];
  return {
    properties: {
      page: {
        // docx swaps width and height itself for a landscape page
        size: { width: mmToTwip(page.widthMm), height: mmToTwip(page.heightMm), orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: mmToTwip(m.top), right: mmToTwip(m.right), bottom: mmToTwip(m.bottom), left: mmToTwip(m.left), footer: mmToTwip(m.footer) },
      },
    },
    footers: { default: pageNumberFooter(true), even: pageNumberFooter(false) },
    children,
  };
}

/** Renders a report model to a .docx. */
export async function renderReportDocx(model: ReportModel): Promise<Buffer> {
  const sections: Array<{ orientation: Orientation; children: Array<Paragraph | Table> }> = [];
  const put = (orientation: Orientation, ...children: Array<Paragraph | Table>) => {
    const last = sections.at(-1);
    if (last && last.orientation === orientation) last.children.push(...children);
    else sections.push({ orientation, children: [...children] });
  };
  put(model.orientation, ...titleBlock(model));
  for (const s of model.sections) {
    const orientation = orientationOf(model, s.blocks);
    if (s.headingZh) put(orientation, heading(s.headingZh));
    for (const b of s.blocks) {
      const caption = b.type === 'table' && b.titleZh !== model.titleZh && !s.headingZh?.endsWith(`、${b.titleZh}`);
      put(orientation, ...(b.type === 'paragraph' ? [bodyParagraph(b.text)] : table(b, orientation, caption)));
    }
  }
  // the 落款 follows the last section rather than open a page of its own
  put(sections.at(-1)!.orientation, ...signature(model));

  const document = new Document({
    creator: model.issuerZh,
    title: model.titleZh,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: FONT.body, size: halfPoints(size.bodyPt) } } } },
    sections: sections.map((s) => sectionOptions(s.orientation, s.children)),
  });
  return Packer.toBuffer(document);
}
