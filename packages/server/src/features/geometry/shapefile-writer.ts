/**
 * A writer for polygon shapefiles (.shp, .shx, .dbf) small enough to read in one
 * sitting (ESRI Shapefile Technical Description, 1998; dBase III). Rings are written
 * as given: the caller orders outer rings clockwise and holes counter-clockwise, as
 * the format requires. Text attributes are UTF-8, declared by a .cpg beside them.
 */

export type MultiPolygonCoords = number[][][][];

export interface DbfField {
  name: string;
  type: 'C' | 'N';
  /** for N: digits after the point */
  decimals?: number;
}

export interface ShapeRecord {
  geometry: MultiPolygonCoords | null;
  attributes: Record<string, string | number | null>;
}

const POLYGON = 5;
const NULL_SHAPE = 0;
const MAX_TEXT_BYTES = 254;
const NUMBER_WIDTH = 19;

type Box = [number, number, number, number];

function boxOf(rings: number[][][], box: Box = [Infinity, Infinity, -Infinity, -Infinity]): Box {
  for (const ring of rings) {
    for (const [x, y] of ring) {
      box[0] = Math.min(box[0], x!);
      box[1] = Math.min(box[1], y!);
      box[2] = Math.max(box[2], x!);
      box[3] = Math.max(box[3], y!);
    }
  }
  return box;
}

function header(fileLengthBytes: number, box: Box | null): Buffer {
  const h = Buffer.alloc(100);
  h.writeInt32BE(9994, 0);
  h.writeInt32BE(fileLengthBytes / 2, 24);
  h.writeInt32LE(1000, 28);
  h.writeInt32LE(POLYGON, 32);
  (box ?? [0, 0, 0, 0]).forEach((v, i) => h.writeDoubleLE(v, 36 + i * 8));
  return h;
}

function shapeContent(geometry: MultiPolygonCoords | null): Buffer {
  if (!geometry) {
    const b = Buffer.alloc(4);
    b.writeInt32LE(NULL_SHAPE, 0);
    return b;
  }
  const rings = geometry.flat();
  const points = rings.reduce((n, r) => n + r.length, 0);
  const b = Buffer.alloc(44 + 4 * rings.length + 16 * points);
  b.writeInt32LE(POLYGON, 0);
  boxOf(rings).forEach((v, i) => b.writeDoubleLE(v, 4 + i * 8));
  b.writeInt32LE(rings.length, 36);
  b.writeInt32LE(points, 40);
  let at = 44 + 4 * rings.length;
  let first = 0;
  rings.forEach((ring, i) => {
    b.writeInt32LE(first, 44 + 4 * i);
    first += ring.length;
    for (const [x, y] of ring) {
      b.writeDoubleLE(x!, at);
      b.writeDoubleLE(y!, at + 8);
      at += 16;
    }
  });
  return b;
}

function shpAndShx(records: ShapeRecord[]): { shp: Buffer; shx: Buffer } {
  const contents = records.map((r) => shapeContent(r.geometry));
  const drawn = records.filter((r) => r.geometry).map((r) => r.geometry!.flat());
  const box = drawn.length ? drawn.reduce<Box>((b, rings) => boxOf(rings, b), [Infinity, Infinity, -Infinity, -Infinity]) : null;
  const shpLength = 100 + contents.reduce((n, c) => n + 8 + c.length, 0);
  const shp: Buffer[] = [header(shpLength, box)];
  const shx: Buffer[] = [header(100 + 8 * records.length, box)];
  let offset = 100;
  contents.forEach((c, i) => {
    const recordHeader = Buffer.alloc(8);
    recordHeader.writeInt32BE(i + 1, 0);
    recordHeader.writeInt32BE(c.length / 2, 4);
    shp.push(recordHeader, c);
    const index = Buffer.alloc(8);
    index.writeInt32BE(offset / 2, 0);
    index.writeInt32BE(c.length / 2, 4);
    shx.push(index);
    offset += 8 + c.length;
  });
  return { shp: Buffer.concat(shp), shx: Buffer.concat(shx) };
}

/** Cuts UTF-8 text to a byte length without splitting a character. */
export function utf8Prefix(text: string, maxBytes: number): Buffer {
  const bytes = Buffer.from(text, 'utf-8');
  if (bytes.length <= maxBytes) return bytes;
  let end = maxBytes;
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end);
}

function cell(field: DbfField, value: string | number | null, width: number): Buffer {
  const out = Buffer.alloc(width, 0x20);
  if (value === null || value === undefined || value === '') return out;
  if (field.type === 'N') {
    const text = Number(value).toFixed(field.decimals ?? 0);
    out.write(text.slice(-width), Math.max(0, width - text.length), 'latin1');
  } else {
    utf8Prefix(String(value), width).copy(out);
  }
  return out;
}

function dbf(fields: DbfField[], records: ShapeRecord[], at: Date): Buffer {
  const widths = fields.map((f) =>
    f.type === 'N'
      ? NUMBER_WIDTH
      : Math.min(MAX_TEXT_BYTES, Math.max(1, ...records.map((r) => Buffer.byteLength(String(r.attributes[f.name] ?? ''), 'utf-8')))),
  );
  const headerLength = 32 + 32 * fields.length + 1;
  const recordLength = 1 + widths.reduce((a, b) => a + b, 0);
  const head = Buffer.alloc(headerLength);
  head.writeUInt8(0x03, 0);
  head.writeUInt8(at.getFullYear() - 1900, 1);
  head.writeUInt8(at.getMonth() + 1, 2);
  head.writeUInt8(at.getDate(), 3);
  head.writeUInt32LE(records.length, 4);
  head.writeUInt16LE(headerLength, 8);
  head.writeUInt16LE(recordLength, 10);
  fields.forEach((f, i) => {
    const at0 = 32 + 32 * i;
    head.write(f.name.slice(0, 10), at0, 'latin1');
    head.write(f.type, at0 + 11, 'latin1');
    head.writeUInt8(widths[i]!, at0 + 16);
    head.writeUInt8(f.type === 'N' ? (f.decimals ?? 0) : 0, at0 + 17);
  });
  head.writeUInt8(0x0d, headerLength - 1);
  const rows = records.map((r) => Buffer.concat([Buffer.from(' '), ...fields.map((f, i) => cell(f, r.attributes[f.name] ?? null, widths[i]!))]));
  return Buffer.concat([head, ...rows, Buffer.from([0x1a])]);
}

export function writeShapefile(fields: DbfField[], records: ShapeRecord[], at = new Date()): { shp: Buffer; shx: Buffer; dbf: Buffer } {
  return { ...shpAndShx(records), dbf: dbf(fields, records, at) };
}
