import pdfmake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatChineseDate, type DocumentBlock, type OfficialDocument, type TableCell as DocCell } from '@panhuo/domain';
import { CHAR_PT, DRAFT_MARK, LINE_PITCH_PT, MM_TO_PT, RED, TEXT_WIDTH_MM, charWidth, page, size } from './layout.ts';
import { loadFonts, type FontFile, type FontSet } from './fonts.ts';

/**
 * PDF with pdfmake on the server, the CJK fonts embedded (subset) so that the document
 * prints the same everywhere. Same layout values as the .docx.
 */
const mm = (v: number) => v * MM_TO_PT;
const source = (f: FontFile) => (f.face ? [f.path, f.face] : f.path) as unknown as string;

let configuredFor: string | undefined;
function configure(fonts: FontSet): void {
  if (configuredFor === fonts.dir) return;
  pdfmake.setFonts({
    Body: { normal: source(fonts.body), bold: source(fonts.bodyBold) },
    Heading: { normal: source(fonts.heading), bold: source(fonts.heading) },
    Title: { normal: source(fonts.title), bold: source(fonts.title) },
  });
  // documents never load anything but the fonts: no URLs, no other local files
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(fonts.dir));
  configuredFor = fonts.dir;
}

/** pdfmake's lineHeight multiplies the font's own line height; this gives a fixed pitch in points. */
const pitch = (f: FontFile, fontSize: number, pt: number) => pt / (fontSize * f.lineHeightRatio);

function tableContent(rows: DocCell[][], widths: number[] | undefined, fonts: FontSet): Content {
  const columns = Math.max(...rows.map((r) => r.reduce((n, c) => n + (c.colSpan ?? 1), 0)));
  const rel = widths && widths.length === columns ? widths : Array.from({ length: columns }, () => 1);
  const total = rel.reduce((a, b) => a + b, 0);
  const body: TableCell[][] = rows.map((cells) => {
    const out: TableCell[] = [];
    for (const c of cells) {
      const span = c.colSpan ?? 1;
      out.push({ text: c.text, bold: c.bold ?? false, alignment: c.align === 'center' ? 'center' : 'left', colSpan: span > 1 ? span : undefined });
      for (let i = 1; i < span; i++) out.push({});
    }
    while (out.length < columns) out.push({});
    return out;
  });
  return {
    table: { widths: rel.map((w) => (mm(TEXT_WIDTH_MM) - columns * 8.5) * (w / total)), body, dontBreakRows: true },
    layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, paddingLeft: () => 4, paddingRight: () => 4, paddingTop: () => 2, paddingBottom: () => 2 },
    fontSize: size.tablePt,
    lineHeight: pitch(fonts.body, size.tablePt, size.tablePt * 1.2),
    margin: [0, 0, 0, LINE_PITCH_PT],
  };
}

function blockContent(b: DocumentBlock, fonts: FontSet): Content[] {
  const indent = 2 * CHAR_PT;
  switch (b.type) {
    case 'heading': {
      const font = b.level === 1 ? 'Heading' : 'Body';
      return [{ text: b.text, font, bold: b.level === 2, leadingIndent: indent, headlineLevel: b.level }];
    }
    case 'paragraph':
      return [{ text: b.text, alignment: b.align ?? 'justify', leadingIndent: b.align ? 0 : indent }];
    case 'list':
      return b.items.map((t): Content => ({ text: t, alignment: 'justify', leadingIndent: indent }));
    case 'table':
      return [tableContent(b.rows, b.columnWidths, fonts)];
    case 'signature':
      return [
        { text: `${b.label}${b.signer ? `：${b.signer}` : ''}`, leadingIndent: indent },
        { text: b.date ? formatChineseDate(b.date) : '年　　月　　日', alignment: 'right', margin: [0, 0, 4 * CHAR_PT, 0] },
      ];
    default: {
      const never: never = b;
      throw new Error(`unknown block ${JSON.stringify(never)}`);
    }
  }
}

function definition(doc: OfficialDocument, fonts: FontSet): TDocumentDefinitions {
  const isForm = doc.kind === 'ENTERPRISE_FORM';
  const textWidth = mm(TEXT_WIDTH_MM);
  const content: Content[] = [];
  if (!isForm) {
    content.push(
      { text: doc.issuer, font: 'Title', fontSize: size.issuerPt, color: `#${RED}`, alignment: 'center', lineHeight: 1, margin: [0, 0, 0, LINE_PITCH_PT / 2] },
      { text: doc.docNo ?? DRAFT_MARK, alignment: 'center' },
      { canvas: [{ type: 'line', x1: 0, y1: 4, x2: textWidth, y2: 4, lineWidth: 1.2, lineColor: `#${RED}` }], margin: [0, 0, 0, LINE_PITCH_PT] },
    );
  }
  // a form's title sits closer to its table so that the whole form fits on one page
  content.push({ text: doc.title, font: 'Title', fontSize: size.titlePt, alignment: 'center', lineHeight: pitch(fonts.title, size.titlePt, LINE_PITCH_PT * 1.2), margin: [0, 0, 0, isForm ? LINE_PITCH_PT / 3 : LINE_PITCH_PT] });
  if (doc.addressee) content.push({ text: `${doc.addressee}：` });
  for (const b of doc.blocks) content.push(...blockContent(b, fonts));
  if (doc.attachments?.length) {
    const n = doc.attachments.length;
    content.push({ text: ' ' }, ...doc.attachments.map((a, i): Content => ({ text: i === 0 ? `附件：${n > 1 ? '1. ' : ''}${a}` : `\u3000\u3000\u3000${i + 1}. ${a}`, leadingIndent: 2 * CHAR_PT })));
  }
  if (!isForm) {
    const dateText = doc.date ? formatChineseDate(doc.date) : '';
    const offset = Math.max(0, (charWidth(dateText) - charWidth(doc.signer)) / 2);
    content.push(
      { text: doc.signer, alignment: 'right', margin: [0, 2 * LINE_PITCH_PT, (4 + offset) * CHAR_PT, 0], unbreakable: true },
      { text: dateText || ' ', alignment: 'right', margin: [0, 0, 4 * CHAR_PT, 0] },
    );
  }
  if (doc.copyTo?.length) {
    content.push({
      table: { widths: ['*'], body: [[{ text: `抄送：${doc.copyTo.join('，')}。`, fontSize: size.smallPt, margin: [CHAR_PT, 2, CHAR_PT, 2] }]] },
      layout: { hLineWidth: () => 0.5, vLineWidth: () => 0, paddingLeft: () => 0, paddingRight: () => 0 },
      margin: [0, LINE_PITCH_PT, 0, 0],
    });
  }
  return {
    pageSize: 'A4',
    pageMargins: [mm(page.marginLeftMm), mm(page.marginTopMm), mm(page.marginRightMm), mm(page.marginBottomMm)],
    info: { title: doc.title, author: doc.issuer, creator: 'panhuo' },
    defaultStyle: { font: 'Body', fontSize: size.bodyPt, lineHeight: pitch(fonts.body, size.bodyPt, LINE_PITCH_PT) },
    // GB/T 9704: 4号 page numbers, odd pages right and even pages left, 1 character in
    footer: (current: number) => ({
      text: `— ${current} —`,
      fontSize: size.smallPt,
      lineHeight: 1,
      alignment: current % 2 === 1 ? 'right' : 'left',
      margin: [mm(page.marginLeftMm) + size.smallPt, mm(7), mm(page.marginRightMm) + size.smallPt, 0],
    }),
    content,
  };
}

/** Renders an official document to PDF with the CJK fonts of PANHUO_FONT_DIR (or Debian's Noto CJK). */
export async function renderPdf(doc: OfficialDocument, fontDir?: string): Promise<Buffer> {
  const fonts = loadFonts(fontDir);
  configure(fonts);
  return pdfmake.createPdf(definition(doc, fonts)).getBuffer();
}
