import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Problem } from '../http/problems.ts';
import { ALLOWED_TYPES_ZH, sniffMediaType } from './sniff.ts';

/** An upload that passed the checks: what the `files` row records. */
export interface FileDescriptor {
  sha256: string;
  size: number;
  mediaType: string;
  originalName: string;
}

const SHA256 = /^[0-9a-f]{64}$/;

export function isSha256(value: string): boolean {
  return SHA256.test(value);
}

/**
 * Files stored once by content: `<root>/<first two hex digits>/<sha256>`. The name is the
 * hash, so a stored file is never overwritten with other bytes and an identical upload
 * (the same photo attached to two cases) is kept once. Writes go to a temporary name in the
 * same folder and are renamed into place, so a reader never sees half a file.
 */
export class FileStore {
  constructor(readonly root: string) {}

  /** The store of a data folder: `${dataDir}/files`, beside the embedded database. */
  static inDataDir(dataDir: string): FileStore {
    return new FileStore(join(dataDir, 'files'));
  }

  pathOf(sha256: string): string {
    if (!isSha256(sha256)) throw new Error(`not a sha256: ${sha256}`);
    return join(this.root, sha256.slice(0, 2), sha256);
  }

  /** Stores the bytes under their hash, unless a complete copy is already there. */
  async put(sha256: string, bytes: Buffer): Promise<void> {
    const target = this.pathOf(sha256);
    const existing = await stat(target).catch(() => null);
    if (existing?.size === bytes.length) return;
    const dir = join(this.root, sha256.slice(0, 2));
    await mkdir(dir, { recursive: true });
    const temp = join(dir, `.${sha256}.${randomUUID()}.tmp`);
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      // on disk before the database row that points at it can commit
      await handle.sync();
    } catch (err) {
      await handle.close();
      await rm(temp, { force: true });
      throw err;
    }
    await handle.close();
    await rename(temp, target);
  }

  /** The stored bytes as a stream; null when the file is missing from the store. */
  async open(sha256: string): Promise<ReadStream | null> {
    const path = this.pathOf(sha256);
    const found = await stat(path).catch(() => null);
    return found ? createReadStream(path) : null;
  }
}

/** What a person may upload: at most `maxBytes`, of a type recognised by its content. */
export async function checkUpload(bytes: Buffer, filename: string, maxBytes: number): Promise<FileDescriptor> {
  const originalName = cleanFileName(filename);
  if (bytes.length > maxBytes) throw tooLarge(originalName, maxBytes);
  if (bytes.length === 0) throw new Problem('VALIDATION_FAILED', `文件「${originalName}」是空文件，请重新选择`);
  const sniffed = await sniffMediaType(bytes);
  if (!sniffed) {
    throw new Problem('UNSUPPORTED_FILE', `文件「${originalName}」的格式不受支持（按文件内容识别，与扩展名无关）。可上传的格式：${ALLOWED_TYPES_ZH}`);
  }
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    size: bytes.length,
    mediaType: sniffed.mediaType,
    originalName: /\.[A-Za-z0-9]{1,5}$/.test(originalName) ? originalName : `${originalName}${sniffed.extension}`,
  };
}

export function tooLarge(originalName: string, maxBytes: number): Problem {
  return new Problem('FILE_TOO_LARGE', `文件「${originalName}」超过 ${formatMegabytes(maxBytes)} MB，无法上传，请压缩或拆分后重新上传`);
}

const formatMegabytes = (bytes: number) => String(Math.round((bytes / 1024 / 1024) * 100) / 100);

/**
 * The name as the person's computer called it, without any folder (old browsers send
 * `C:\fakepath\…`) or control characters, so it is safe in a Content-Disposition header.
 */
export function cleanFileName(filename: string): string {
  const name = basename(filename.replace(/\\/g, '/'))
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim();
  return (name || '未命名文件').slice(0, 200);
}
