import { parseDbf, parseShp } from 'shpjs';
import { Problem } from '../../http/problems.ts';
import { openZip, ZipError } from '../imports/zip-archive.ts';
import type { SourceFile } from './source-feature.ts';

/** Code pages as .cpg files write them, to WHATWG encoding labels. */
const CPG_LABELS: Record<string, string> = {
  '936': 'gbk',
  CP936: 'gbk',
  GBK: 'gbk',
  GB2312: 'gbk',
  'ANSI 936': 'gbk',
  GB18030: 'gb18030',
  '54936': 'gb18030',
  'UTF-8': 'utf-8',
  UTF8: 'utf-8',
  '65001': 'utf-8',
};
/** dBase language driver id for code page 936 (GBK) */
const LDID_GBK = 0x4d;

async function readEntries(buffer: Buffer): Promise<Map<string, Buffer>> {
  const zip = await openZip({ buffer }).catch((err: unknown) => {
    if (err instanceof ZipError) throw new Problem('VALIDATION_FAILED', '上传的 .zip 文件已损坏或不是 zip 格式');
    throw err;
  });
  try {
    const out = new Map<string, Buffer>();
    for (const [name, entry] of zip.entries) {
      if (name.includes('__MACOSX') || name.endsWith('/')) continue;
      const chunks: Buffer[] = [];
      for await (const c of await zip.stream(entry)) chunks.push(c as Buffer);
      out.set(name, Buffer.concat(chunks));
    }
    return out;
  } finally {
    await zip.close();
  }
}

/** The bytes of the field names and the records: the only text in a .dbf. */
function dbfTextBytes(dbf: Buffer): Buffer {
  const headerLength = dbf.readUInt16LE(8);
  const names: Buffer[] = [];
  for (let at = 32; at + 32 <= headerLength && dbf[at] !== 0x0d; at += 32) {
    const raw = dbf.subarray(at, at + 11);
    const end = raw.indexOf(0);
    names.push(raw.subarray(0, end < 0 ? 11 : end));
  }
  return Buffer.concat([...names, dbf.subarray(headerLength)]);
}

const isUtf8 = (bytes: Buffer) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** The encoding of the attributes: the .cpg, else the .dbf's language driver, else UTF-8 if the bytes are, else GBK. */
export function dbfEncoding(dbf: Buffer, cpg: string | null): { label: string; reasonZh: string } {
  if (cpg !== null) {
    const declared = cpg.trim();
    const label = CPG_LABELS[declared.toUpperCase()];
    if (label) return { label, reasonZh: `属性按 .cpg 所述编码（${declared}）读取` };
  }
  if (dbf[29] === LDID_GBK) return { label: 'gbk', reasonZh: '属性按 .dbf 的语言标识（GBK）读取' };
  if (isUtf8(dbfTextBytes(dbf))) return { label: 'utf-8', reasonZh: '未提供 .cpg，属性按 UTF-8 读取' };
  return { label: 'gbk', reasonZh: '未提供 .cpg，属性不是有效的 UTF-8，已按 GBK 读取' };
}

const byExtension = (entries: Map<string, Buffer>, base: string, ext: string) =>
  [...entries].find(([name]) => name.toLowerCase() === `${base}.${ext}`)?.[1] ?? null;

/** A zipped shapefile: one .shp with its .dbf, .prj and .cpg, coordinates as stored. */
export async function readShapefileZip(buffer: Buffer): Promise<SourceFile> {
  const entries = await readEntries(buffer);
  const shps = [...entries.keys()].filter((n) => n.toLowerCase().endsWith('.shp'));
  if (shps.length === 0) throw new Problem('VALIDATION_FAILED', '压缩包中没有 .shp 文件：请把 .shp、.shx、.dbf、.prj（及 .cpg）一起压缩后上传');
  if (shps.length > 1) throw new Problem('VALIDATION_FAILED', `压缩包中有 ${shps.length} 个 .shp 文件，请每次只上传一个图层`);
  const base = shps[0]!.slice(0, -4).toLowerCase();
  const shp = byExtension(entries, base, 'shp')!;
  const dbf = byExtension(entries, base, 'dbf');
  const prj = byExtension(entries, base, 'prj');
  const cpg = byExtension(entries, base, 'cpg');
  let geometries: ReturnType<typeof parseShp>;
  let records: Array<Record<string, unknown>> = [];
  let encodingZh: string | null = null;
  try {
    geometries = parseShp(shp);
    if (dbf) {
      const encoding = dbfEncoding(dbf, cpg?.toString('latin1') ?? null);
      records = parseDbf(dbf, encoding.label);
      encodingZh = encoding.reasonZh;
    }
  } catch {
    throw new Problem('VALIDATION_FAILED', `无法读取 ${shps[0]} 或其属性表，文件可能已损坏`);
  }
  return {
    format: 'SHAPEFILE',
    features: geometries.map((g, i) => ({
      index: i + 1,
      properties: records[i] ?? {},
      geometry: g as SourceFile['features'][number]['geometry'],
    })),
    prj: prj ? prj.toString('utf-8') : null,
    crsMember: null,
    encodingZh,
  };
}
