import { crc32, deflateRawSync } from 'node:zlib';

/** A zip archive of a few small files held in memory (a shapefile's parts). */
export function zipFiles(files: Array<{ name: string; data: Buffer }>, at = new Date()): Buffer {
  const time = (at.getHours() << 11) | (at.getMinutes() << 5) | Math.floor(at.getSeconds() / 2);
  const date = ((at.getFullYear() - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate();
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.name, 'utf-8');
    const packed = deflateRawSync(f.data);
    const crc = crc32(f.data);
    // bit 11: the name is UTF-8
    const common = (h: Buffer, at0: number) => {
      h.writeUInt16LE(20, at0);
      h.writeUInt16LE(0x0800, at0 + 2);
      h.writeUInt16LE(8, at0 + 4);
      h.writeUInt16LE(time, at0 + 6);
      h.writeUInt16LE(date, at0 + 8);
      h.writeUInt32LE(crc, at0 + 10);
      h.writeUInt32LE(packed.length, at0 + 14);
      h.writeUInt32LE(f.data.length, at0 + 18);
      h.writeUInt16LE(name.length, at0 + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    common(local, 4);
    locals.push(local, name, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    common(central, 6);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
