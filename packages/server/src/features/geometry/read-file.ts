import { Problem } from '../../http/problems.ts';
import { readGeoJson } from './read-geojson.ts';
import { readKml } from './read-kml.ts';
import { readShapefileZip } from './read-shapefile.ts';
import type { SourceFile } from './source-feature.ts';

const ZIP_MAGIC = 0x04034b50;

/** Reads an upload by its name, else by its first bytes. */
export async function readGeometryFile(fileName: string, buffer: Buffer): Promise<SourceFile> {
  const lower = fileName.toLowerCase();
  const head = buffer.subarray(0, 200).toString('utf-8').replace(/^\uFEFF/, '').trimStart();
  if (lower.endsWith('.zip') || (buffer.length >= 4 && buffer.readUInt32LE(0) === ZIP_MAGIC)) return readShapefileZip(buffer);
  if (lower.endsWith('.kml') || head.startsWith('<')) return readKml(buffer);
  if (/\.(geo)?json$/.test(lower) || head.startsWith('{')) return readGeoJson(buffer);
  if (lower.endsWith('.kmz')) throw new Problem('UNSUPPORTED_FILE', 'KMZ 文件请先解压，上传其中的 .kml 文件');
  if (lower.endsWith('.shp')) throw new Problem('UNSUPPORTED_FILE', '请把 .shp、.shx、.dbf、.prj（及 .cpg）一起压缩成 .zip 后上传');
  throw new Problem('UNSUPPORTED_FILE', '只支持 Shapefile（.zip 压缩包）、GeoJSON（.geojson/.json）和 KML（.kml）文件');
}
