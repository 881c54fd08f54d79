/**
 * GB/T 9704-2012 page layout (DOMAIN §9.5), shared by the .docx and PDF renderers so the
 * two print alike: A4; margins 37/28/35/26 mm giving the 156 × 225 mm text block; 三号
 * body (16 pt) on a grid of 22 lines × 28 characters, i.e. a fixed line pitch of 28.95 pt.
 */
export const MM_TO_PT = 72 / 25.4;

export const page = {
  widthMm: 210,
  heightMm: 297,
  marginTopMm: 37,
  marginLeftMm: 28,
  marginBottomMm: 35,
  marginRightMm: 26,
} as const;

export const size = {
  /** 二号 */
  titlePt: 22,
  /** 发文机关标志: 小标宋, red — size is the issuer's choice; 一号 fits a county bureau's name */
  issuerPt: 26,
  /** 三号 */
  bodyPt: 16,
  /** 四号, for page numbers and 抄送 */
  smallPt: 14,
  /** 小四, for table text so a form's label columns do not wrap every word */
  tablePt: 12,
} as const;

/** 225 mm / 22 lines */
export const LINE_PITCH_PT = 28.95;
/** one 三号 character, for indents counted in characters */
export const CHAR_PT = size.bodyPt;
export const TEXT_WIDTH_MM = page.widthMm - page.marginLeftMm - page.marginRightMm;

/** 红色 of the issuer mark and separator line */
export const RED = 'C00000';

/** The width of a line of text counted in 三号 characters: CJK full, ASCII half. */
export function charWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return w;
}

/** Where the 文号 goes on a draft, so that a printed draft is never taken for the issued document. */
export const DRAFT_MARK = '（草稿　签发时编号）';
