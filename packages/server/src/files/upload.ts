import type { FastifyRequest } from 'fastify';
import { Problem } from '../http/problems.ts';
import { cleanFileName, tooLarge } from './file-store.ts';

/** One uploaded file with the text fields sent beside it. */
export interface ReceivedUpload {
  bytes: Buffer;
  filename: string;
  fields: Record<string, string>;
}

/**
 * Reads a multipart request holding one file (field `fileField`) and text fields, in any
 * order. The file is kept in memory: uploads are at most `maxBytes` (20 MB), and it must be
 * hashed and sniffed before it is stored anyway. A file cut off at the limit is a 413
 * naming the file.
 */
export async function receiveUpload(req: FastifyRequest, opts: { fileField: string; maxBytes: number }): Promise<ReceivedUpload> {
  if (!req.isMultipart()) throw new Problem('UNSUPPORTED_FILE', `请以 multipart/form-data 方式上传文件（字段名 ${opts.fileField}）`);
  const fields: Record<string, string> = {};
  let upload: { bytes: Buffer; filename: string } | undefined;
  let filename = '';
  try {
    for await (const part of req.parts({ limits: { fileSize: opts.maxBytes } })) {
      if (part.type === 'file') {
        filename = part.filename;
        const bytes = await part.toBuffer();
        if (part.fieldname !== opts.fileField) continue;
        upload = { bytes, filename: part.filename };
      } else {
        fields[part.fieldname] = typeof part.value === 'string' ? part.value : String(part.value);
      }
    }
  } catch (err) {
    if (err instanceof Problem) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(cleanFileName(filename), opts.maxBytes);
    if (code === 'FST_FILES_LIMIT') throw new Problem('VALIDATION_FAILED', '每次只能上传一个文件');
    throw new Problem('VALIDATION_FAILED', '上传的内容不完整或无法解析，请重新上传');
  }
  if (!upload) throw new Problem('VALIDATION_FAILED', `请选择要上传的文件（字段名 ${opts.fileField}）`, { errors: [{ path: opts.fileField, message: '请选择要上传的文件' }] });
  return { ...upload, fields };
}
