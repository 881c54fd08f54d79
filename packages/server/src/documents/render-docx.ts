import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { formatChineseDate, type DocumentBlock, type OfficialDocument, type TableCell as DocCell } from '@panhuo/domain';
import { CHAR_PT, DRAFT_MARK, LINE_PITCH_PT, RED, TEXT_WIDTH_MM, charWidth, page, size } from './layout.ts';

/**
 * .docx per GB/T 9704: Word substitutes a font it lacks by the `eastAsia` name's
 * family, so 仿宋_GB2312 falls back to 仿宋 / FangSong on machines without the GB2312 cut.
 */
export const FONT = {
  body: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋_GB2312', cs: 'FangSong' },
  title: { ascii: '方正小标宋简体', hAnsi: '方正小标宋简体', eastAsia: '方正小标宋简体', cs: '方正小标宋简体' },
  hei: { ascii: '黑体', hAnsi: '黑体', eastAsia: '黑体', cs: 'SimHei' },
  kai: { ascii: '楷体_GB2312', hAnsi: '楷体_GB2312', eastAsia: '楷体_GB2312', cs: 'KaiTi' },
  song: { ascii: '宋体', hAnsi: '宋体', eastAsia: '宋体', cs: 'SimSun' },
} as const;

// rounded, not floored: A4 is 11906 × 16838 twips, and 37 mm is 2098
const convertMillimetersToTwip = (mm: number) => Math.round((mm * 1440) / 25.4);
const halfPoints = (pt: number) => Math.round(pt * 2);
const twips = (pt: number) => Math.round(pt * 20);
const exactLine = { line: twips(LINE_PITCH_PT), lineRule: LineRuleType.EXACT, before: 0, after: 0 };
const indent2 = { firstLine: twips(2 * CHAR_PT) };

const run = (text: string, opts: Partial<IRunOptions> = {}): TextRun =>
  new TextRun({ text, font: FONT.body, size: halfPoints(size.bodyPt), ...opts });

function line(children: ParagraphChild[], opts: Omit<ConstructorParameters<typeof Paragraph>[0] & object, 'children'> = {}): Paragraph {
  return new Paragraph({ children, spacing: exactLine, ...opts });
}

/** Text with line breaks becomes one run per line joined by breaks. */
function runs(text: string, opts: Partial<IRunOptions> = {}): TextRun[] {
  return text.split('\n').map((t, i) => run(t, { ...opts, ...(i > 0 ? { break: 1 } : {}) }));
}

function heading(level: 1 | 2 | 3 | 4, text: string): Paragraph {
  const font = level === 1 ? FONT.hei : level === 2 ? FONT.kai : FONT.body;
  return line(runs(text, { font }), { indent: indent2, keepNext: true });
}

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function table(rows: DocCell[][], widths: number[] | undefined): Table {
  const columns = Math.max(...rows.map((r) => r.reduce((n, c) => n + (c.colSpan ?? 1), 0)));
  const rel = widths && widths.length === columns ? widths : Array.from({ length: columns }, () => 1);
  const total = rel.reduce((a, b) => a + b, 0);
  const full = convertMillimetersToTwip(TEXT_WIDTH_MM);
  const colTwips = rel.map((w) => Math.floor((full * w) / total));
  return new Table({
    width: { size: full, type: WidthType.DXA },
    columnWidths: colTwips,
    borders: { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder, insideHorizontal: cellBorder, insideVertical: cellBorder },
    rows: rows.map((cells) => {
      let col = 0;
      return new TableRow({
        cantSplit: true,
        children: cells.map((c) => {
          const span = c.colSpan ?? 1;
          const width = colTwips.slice(col, col + span).reduce((a, b) => a + b, 0);
          col += span;
          return new TableCell({
            columnSpan: span,
            width: { size: width, type: WidthType.DXA },
            verticalAlign: VerticalAlign.CENTER,
            margins: { left: 80, right: 80, top: 40, bottom: 40 },
            children: c.text.split('\n').map(
              (t) =>
                new Paragraph({
                  alignment: c.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
                  spacing: { line: twips(size.tablePt * 1.2), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
                  children: [run(t, { size: halfPoints(size.tablePt), bold: c.bold ?? false })],
                }),
            ),
          });
        }),
      });
    }),
  });
}

function block(b: DocumentBlock): Array<Paragraph | Table> {
  switch (b.type) {
    case 'heading':
      return [heading(b.level, b.text)];
    case 'paragraph': {
      const alignment = b.align === 'center' ? AlignmentType.CENTER : b.align === 'right' ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED;
      return [line(runs(b.text), { alignment, ...(b.align ? {} : { indent: indent2 }) })];
    }
    case 'list':
      return b.items.map((t) => line(runs(t), { indent: indent2, alignment: AlignmentType.JUSTIFIED }));
    case 'table':
      return [table(b.rows, b.columnWidths), line([run('')])];
    case 'signature':
      return [
        line(runs(`${b.label}${b.signer ? `：${b.signer}` : ''}`), { indent: indent2 }),
        line([run(b.date ? formatChineseDate(b.date) : '年　　月　　日')], { alignment: AlignmentType.RIGHT, indent: { right: twips(4 * CHAR_PT) } }),
      ];
    default: {
      const never: never = b;
      throw new Error(`unknown block ${JSON.stringify(never)}`);
    }
  }
}

/** 发文机关标志 in red, 发文字号 centred under it, then the red separator line. */
function masthead(doc: OfficialDocument): Paragraph[] {
  const red = { style: BorderStyle.SINGLE, size: 12, color: RED, space: 8 };
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: twips(LINE_PITCH_PT) },
      children: [new TextRun({ text: doc.issuer, font: FONT.title, size: halfPoints(size.issuerPt), color: RED })],
    }),
    line([run(doc.docNo ?? DRAFT_MARK)], { alignment: AlignmentType.CENTER, border: { bottom: red } }),
    line([run('')]),
  ];
}

function signature(doc: OfficialDocument): Paragraph[] {
  const dateText = doc.date ? formatChineseDate(doc.date) : '';
  // the signer is centred over the date, which sits 4 characters from the right margin
  const offset = Math.max(0, (charWidth(dateText) - charWidth(doc.signer)) / 2);
  return [
    line([run('')]),
    line([run('')]),
    line([run(doc.signer)], { alignment: AlignmentType.RIGHT, indent: { right: twips((4 + offset) * CHAR_PT) } }),
    line([run(dateText)], { alignment: AlignmentType.RIGHT, indent: { right: twips(4 * CHAR_PT) } }),
  ];
}

function closing(doc: OfficialDocument): Paragraph[] {
  const out: Paragraph[] = [];
  if (doc.copyTo?.length) {
    const rule = { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 4 };
    out.push(line([run('')]), line(runs(`抄送：${doc.copyTo.join('，')}。`, { size: halfPoints(size.smallPt) }), { indent: { left: twips(CHAR_PT), right: twips(CHAR_PT) }, border: { top: rule, bottom: rule } }));
  }
  return out;
}

export function pageNumberFooter(odd: boolean): Footer {
  const font = FONT.song;
  const sz = halfPoints(size.smallPt);
  return new Footer({
    children: [
      new Paragraph({
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: twips(size.smallPt) } : { left: twips(size.smallPt) },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font, size: sz })],
      }),
    ],
  });
}

/** Renders an official document to a .docx in the GB/T 9704 layout. */
export async function renderDocx(doc: OfficialDocument): Promise<Buffer> {
  const isForm = doc.kind === 'ENTERPRISE_FORM';
  const title = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: twips(LINE_PITCH_PT * 1.2), lineRule: LineRuleType.AT_LEAST, before: 0, after: twips(isForm ? LINE_PITCH_PT / 3 : LINE_PITCH_PT) },
    children: [new TextRun({ text: doc.title, font: FONT.title, size: halfPoints(size.titlePt) })],
  });
  const addressee = doc.addressee ? [line([run(`${doc.addressee}：`)])] : [];
  const attachments = doc.attachments?.length
    ? [line([run('')]), ...doc.attachments.map((a, i) => line([run(i === 0 ? `附件：${doc.attachments!.length > 1 ? '1. ' : ''}${a}` : `\u3000\u3000\u3000${i + 1}. ${a}`)], { indent: indent2 }))]
    : [];
  const body = [
    ...(isForm ? [] : masthead(doc)),
    title,
    ...addressee,
    ...doc.blocks.flatMap(block),
    ...attachments,
    ...(isForm ? [] : signature(doc)),
    ...closing(doc),
  ];
  const document = new Document({
    creator: doc.issuer,
    title: doc.title,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: FONT.body, size: halfPoints(size.bodyPt) } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(page.widthMm), height: convertMillimetersToTwip(page.heightMm) },
            margin: {
              top: convertMillimetersToTwip(page.marginTopMm),
              left: convertMillimetersToTwip(page.marginLeftMm),
              bottom: convertMillimetersToTwip(page.marginBottomMm),
              right: convertMillimetersToTwip(page.marginRightMm),
              footer: convertMillimetersToTwip(28),
            },
          },
        },
        footers: { default: pageNumberFooter(true), even: pageNumberFooter(false) },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(document);
}
