import { open, type FileHandle } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { PassThrough, Readable, Transform, type TransformCallback } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

/**
 * Just enough of the zip format to read an .xlsx by random access: the central
 * directory names every part with its offset and sizes, so the parts can be read in
 * the order the spreadsheet needs them (relationships, workbook, styles, shared
 * strings, then each sheet as a stream) whatever their order in the file. Anything
 * unexpected throws `ZipError`; the caller turns it into a Chinese message.
 */
export class ZipError extends Error {}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

interface ByteSource {
  size: number;
  read(offset: number, length: number): Promise<Buffer>;
  stream(offset: number, length: number): Readable;
  close(): Promise<void>;
}

export interface ZipArchive {
  entries: Map<string, ZipEntry>;
  /** the entry's uncompressed bytes as a stream; fails if they exceed the declared size */
  stream(entry: ZipEntry): Promise<Readable>;
  close(): Promise<void>;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** refuse archives that claim to unpack to more than this (a zip bomb) */
export const MAX_UNPACKED_BYTES = 1024 ** 3;

function bufferSource(buffer: Buffer): ByteSource {
  return {
    size: buffer.length,
    read: async (offset, length) => buffer.subarray(offset, offset + length),
    stream: (offset, length) => Readable.from([buffer.subarray(offset, offset + length)]),
    close: async () => undefined,
  };
}

async function fileSource(path: string): Promise<ByteSource> {
  const handle: FileHandle = await open(path, 'r');
  const { size } = await handle.stat();
  return {
    size,
    async read(offset, length) {
      const b = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
      await handle.read(b, 0, b.length, offset);
      return b;
    },
    stream: (offset, length) => (length === 0 ? Readable.from([]) : createReadStream(path, { start: offset, end: offset + length - 1 })),
    close: () => handle.close(),
  };
}

/** Counts what passes and fails when it exceeds the declared size of the entry. */
class SizeGuard extends Transform {
  private seen = 0;
  constructor(private readonly limit: number) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.limit) done(new ZipError('entry larger than declared'));
    else done(null, chunk);
  }
}

export async function openZip(input: { buffer: Buffer } | { path: string }): Promise<ZipArchive> {
  const source = 'buffer' in input ? bufferSource(input.buffer) : await fileSource(input.path);
  try {
    const entries = await readDirectory(source);
    return {
      entries,
      stream: (entry) => entryStream(source, entry),
      close: () => source.close(),
    };
  } catch (err) {
    await source.close();
    throw err;
  }
}

async function readDirectory(source: ByteSource): Promise<Map<string, ZipEntry>> {
  const tailLength = Math.min(source.size, 22 + 0xffff);
  const tail = await source.read(source.size - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('no end of central directory');
  const count = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipError('zip64 archives are not supported');
  if (cdOffset + cdSize > source.size) throw new ZipError('central directory out of range');
  const cd = await source.read(cdOffset, cdSize);
  const entries = new Map<string, ZipEntry>();
  let unpacked = 0;
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) throw new ZipError('bad central directory entry');
    const flags = cd.readUInt16LE(p + 8);
    const nameLength = cd.readUInt16LE(p + 28);
    const entry: ZipEntry = {
      method: cd.readUInt16LE(p + 10),
      compressedSize: cd.readUInt32LE(p + 20),
      size: cd.readUInt32LE(p + 24),
      localHeaderOffset: cd.readUInt32LE(p + 42),
      name: cd.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength),
    };
    if (flags & 0x1) throw new ZipError('encrypted entries are not supported');
    unpacked += entry.size;
    entries.set(entry.name.replace(/^\//, ''), entry);
    p += 46 + nameLength + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
  }
  if (unpacked > MAX_UNPACKED_BYTES) throw new ZipError('archive unpacks to too many bytes');
  return entries;
}

async function entryStream(source: ByteSource, entry: ZipEntry): Promise<Readable> {
  const header = await source.read(entry.localHeaderOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL) throw new ZipError('bad local header');
  const dataOffset = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (dataOffset + entry.compressedSize > source.size) throw new ZipError('entry out of range');
  const raw = source.stream(dataOffset, entry.compressedSize);
  const guard = new SizeGuard(entry.size);
  const out = new PassThrough();
  const fail = (err: Error) => out.destroy(err instanceof ZipError ? err : new ZipError(err.message));
  guard.on('error', fail);
  raw.on('error', fail);
  if (entry.method === 8) {
    const inflate = createInflateRaw();
    inflate.on('error', fail);
    raw.pipe(inflate).pipe(guard).pipe(out);
  } else if (entry.method === 0) {
    raw.pipe(guard).pipe(out);
  } else {
    throw new ZipError(`compression method ${entry.method} is not supported`);
  }
  return out;
}
