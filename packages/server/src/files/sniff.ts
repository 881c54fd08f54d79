import { openZip, ZipError } from '../features/imports/zip-archive.ts';

/** A type the platform accepts for uploads, recognised by the file's own bytes. */
export interface SniffedType {
  mediaType: string;
  /** the usual extension, for a download name that lacks one */
  extension: string;
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What the refusal message lists, in the words a clerk knows. */
export const ALLOWED_TYPES_ZH = 'JPG/JPEG 图片、PNG 图片、PDF 文档、Word 文档（.docx）、Excel 表格（.xlsx）';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG_SIGNATURE = Buffer.from([0xff, 0xd8, 0xff]);
const PDF_SIGNATURE = Buffer.from('%PDF-', 'latin1');
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

const startsWith = (bytes: Buffer, signature: Buffer) =>
  bytes.length >= signature.length && bytes.subarray(0, signature.length).equals(signature);

/**
 * The media type of an upload judged by its content, never by its name or the type the
 * browser claims: a renamed executable or text file must not be served back as a photo.
 * Office files are zip archives; the part that makes one a Word or an Excel file decides.
 * Returns null for anything else.
 */
export async function sniffMediaType(bytes: Buffer): Promise<SniffedType | null> {
  if (startsWith(bytes, JPEG_SIGNATURE)) return { mediaType: 'image/jpeg', extension: '.jpg' };
  if (startsWith(bytes, PNG_SIGNATURE)) return { mediaType: 'image/png', extension: '.png' };
  if (startsWith(bytes, PDF_SIGNATURE)) return { mediaType: 'application/pdf', extension: '.pdf' };
  if (startsWith(bytes, ZIP_SIGNATURE)) return sniffOfficeArchive(bytes);
  return null;
}

async function sniffOfficeArchive(bytes: Buffer): Promise<SniffedType | null> {
  let names: Set<string>;
  try {
    const zip = await openZip({ buffer: bytes });
    names = new Set(zip.entries.keys());
    await zip.close();
  } catch (err) {
    if (err instanceof ZipError) return null;
    throw err;
  }
  if (!names.has('[Content_Types].xml')) return null;
  if (names.has('word/document.xml')) return { mediaType: DOCX_MIME, extension: '.docx' };
  if (names.has('xl/workbook.xml')) return { mediaType: XLSX_MIME, extension: '.xlsx' };
  return null;
}
