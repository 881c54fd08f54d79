import type { DocumentKind } from './kinds.ts';

/**
 * What gets rendered: an official document as a list of blocks. Renderers (.docx, PDF)
 * lay it out per GB/T 9704; the content is built here from the case's facts.
 */
export interface OfficialDocument {
  kind: DocumentKind;
  /** 发文机关, e.g. 青岚县自然资源局 */
  issuer: string;
  /** 发文字号, e.g. 青自然资闲〔2026〕3号 — set on issue */
  docNo?: string;
  title: string;
  /** 主送: the enterprise (without the trailing colon) */
  addressee?: string;
  blocks: DocumentBlock[];
  /** 附件说明 */
  attachments?: string[];
  /** 落款 */
  signer: string;
  /** 成文日期 (ISO) — set on issue */
  date?: string;
  /** 抄送, e.g. the mortgagees of land being recovered (Order 53 Art. 14(2)) */
  copyTo?: string[];
}

export type HeadingLevel = 1 | 2 | 3 | 4;

export interface TableCell {
  text: string;
  colSpan?: number;
  bold?: boolean;
  align?: 'left' | 'center';
}

export type DocumentBlock =
  | { type: 'heading'; level: HeadingLevel; text: string }
  | { type: 'paragraph'; text: string; align?: 'justify' | 'center' | 'right' }
  | { type: 'table'; rows: TableCell[][]; columnWidths?: number[] }
  | { type: 'list'; items: string[] }
  /** a signing line inside the body (e.g. the enterprise form's approval block) */
  | { type: 'signature'; label: string; signer?: string; date?: string };

/** The marker a draft shows where a required fact is missing; issuing refuses while any is left. */
export const PENDING_PREFIX = '（待补充：';
export const pending = (what: string): string => `${PENDING_PREFIX}${what}）`;

const PENDING_RE = /（待补充：([^）]*)）/g;

function textsOf(doc: OfficialDocument): string[] {
  const out = [doc.issuer, doc.title, doc.addressee ?? '', doc.signer, ...(doc.attachments ?? []), ...(doc.copyTo ?? [])];
  for (const b of doc.blocks) {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
        out.push(b.text);
        break;
      case 'table':
        for (const row of b.rows) for (const c of row) out.push(c.text);
        break;
      case 'list':
        out.push(...b.items);
        break;
      case 'signature':
        out.push(b.label, b.signer ?? '');
        break;
      default: {
        const never: never = b;
        throw new Error(`unknown block ${JSON.stringify(never)}`);
      }
    }
  }
  return out;
}

/** The facts a document still lacks, in order of appearance, without repeats. */
export function pendingFacts(doc: OfficialDocument): string[] {
  const found = new Set<string>();
  for (const t of textsOf(doc)) for (const m of t.matchAll(PENDING_RE)) found.add(m[1]!);
  return [...found];
}

/** The whole text of a document, for search and tests. */
export function plainText(doc: OfficialDocument): string {
  return textsOf(doc).join('\n');
}
