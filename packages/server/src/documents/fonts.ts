import { existsSync, openSync, readSync, closeSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Problem } from '../http/problems.ts';

/**
 * The CJK fonts the PDF embeds. Debian's fonts-noto-cjk by default; a customer may put a
 * licensed 仿宋 / 黑体 / 小标宋 in PANHUO_FONT_DIR and it is preferred over Noto.
 */
export const DEFAULT_FONT_DIR = '/usr/share/fonts/opentype/noto';

export interface FontFile {
  path: string;
  /** the face inside a .ttc collection */
  face?: string;
  /** line height / font size, from the font's hhea table (what pdfkit lays lines out with) */
  lineHeightRatio: number;
}

export interface FontSet {
  dir: string;
  body: FontFile;
  bodyBold: FontFile;
  heading: FontFile;
  title: FontFile;
}

interface Candidate {
  names: RegExp;
  face?: string;
}

// Customer fonts first, then Noto Serif (body) / Noto Sans (headings) SC faces of the collections.
const BODY: Candidate[] = [{ names: /^(fangsong|simfang|fs_gb2312|仿宋).*\.(ttf|otf)$/i }, { names: /^NotoSerifCJK-Regular\.ttc$/, face: 'NotoSerifCJKsc-Regular' }, { names: /^NotoSerifCJKsc-Regular\.otf$/ }];
const BODY_BOLD: Candidate[] = [{ names: /^NotoSerifCJK-Bold\.ttc$/, face: 'NotoSerifCJKsc-Bold' }, { names: /^NotoSerifCJKsc-Bold\.otf$/ }];
const HEADING: Candidate[] = [{ names: /^(simhei|heiti|黑体).*\.(ttf|otf)$/i }, { names: /^NotoSansCJK-(Regular|Medium)\.ttc$/, face: 'NotoSansCJKsc-Regular' }, { names: /^NotoSansCJKsc-Regular\.otf$/ }];
const TITLE: Candidate[] = [{ names: /^(fzxbs|方正小标宋).*\.(ttf|otf)$/i }, { names: /^NotoSerifCJK-Bold\.ttc$/, face: 'NotoSerifCJKsc-Bold' }, { names: /^NotoSansCJK-Bold\.ttc$/, face: 'NotoSansCJKsc-Bold' }];

function readAt(fd: number, offset: number, length: number): Buffer {
  const b = Buffer.alloc(length);
  readSync(fd, b, 0, length, offset);
  return b;
}

/** (ascent − descent) / unitsPerEm from the sfnt tables; the first face of a collection stands for all (CJK collections share metrics). */
export function lineHeightRatio(path: string): number {
  const fd = openSync(path, 'r');
  try {
    let base = 0;
    if (readAt(fd, 0, 4).toString('latin1') === 'ttcf') base = readAt(fd, 12, 4).readUInt32BE(0);
    const numTables = readAt(fd, base + 4, 2).readUInt16BE(0);
    const records = readAt(fd, base + 12, numTables * 16);
    const table = (tag: string) => {
      for (let i = 0; i < numTables; i++) if (records.toString('latin1', i * 16, i * 16 + 4) === tag) return records.readUInt32BE(i * 16 + 8);
      throw new Error(`${path}: no ${tag} table`);
    };
    const unitsPerEm = readAt(fd, table('head') + 18, 2).readUInt16BE(0);
    const hhea = readAt(fd, table('hhea') + 4, 4);
    return (hhea.readInt16BE(0) - hhea.readInt16BE(2)) / unitsPerEm;
  } finally {
    closeSync(fd);
  }
}

function pick(dir: string, files: string[], candidates: Candidate[]): FontFile | undefined {
  for (const c of candidates) {
    const name = files.find((f) => c.names.test(f));
    if (name) {
      const path = join(dir, name);
      return { path, ...(c.face ? { face: c.face } : {}), lineHeightRatio: lineHeightRatio(path) };
    }
  }
  return undefined;
}

const cache = new Map<string, FontSet>();

/** The fonts of `dir` (PANHUO_FONT_DIR, else Debian's Noto CJK); a Chinese error names the setting when none is usable. */
export function loadFonts(dir: string = process.env.PANHUO_FONT_DIR || DEFAULT_FONT_DIR): FontSet {
  const cached = cache.get(dir);
  if (cached) return cached;
  const files = existsSync(dir) ? readdirSync(dir) : [];
  const body = pick(dir, files, BODY);
  if (!body) {
    throw new Problem(
      'INTERNAL',
      `生成 PDF 需要中文字体，但在字体目录「${dir}」中未找到。请安装 fonts-noto-cjk，或将环境变量 PANHUO_FONT_DIR 设置为存放中文字体（如 NotoSerifCJK-Regular.ttc 或仿宋 .ttf）的目录。`,
    );
  }
  const set: FontSet = {
    dir,
    body,
    bodyBold: pick(dir, files, BODY_BOLD) ?? body,
    heading: pick(dir, files, HEADING) ?? body,
    title: pick(dir, files, TITLE) ?? pick(dir, files, HEADING) ?? body,
  };
  cache.set(dir, set);
  return set;
}
