import { Problem } from '../../http/problems.ts';
import type { SourceFeature, SourceFile } from './source-feature.ts';

/**
 * KML as Google Earth, 奥维 and ogr2ogr write it: each Placemark's Polygons (also inside
 * MultiGeometry), its <name> and ExtendedData. Read with regular expressions: a KML
 * placemark is flat enough, and no XML dependency is needed.
 */

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function text(raw: string): string {
  const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(raw);
  if (cdata) return cdata[1]!.trim();
  return raw
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
      if (e[0] === '#') return String.fromCodePoint(e[1]?.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
      return ENTITIES[e] ?? whole;
    })
    .trim();
}

const all = (re: RegExp, s: string) => [...s.matchAll(re)];

function ring(block: string): number[][] {
  const coords = /<coordinates>([\s\S]*?)<\/coordinates>/.exec(block)?.[1] ?? '';
  return coords
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((tuple) => tuple.split(',').slice(0, 2).map(Number));
}

function polygon(body: string): number[][][] {
  const outer = /<outerBoundaryIs>([\s\S]*?)<\/outerBoundaryIs>/.exec(body)?.[1] ?? '';
  const inners = all(/<innerBoundaryIs>([\s\S]*?)<\/innerBoundaryIs>/g, body).map((m) => ring(m[1]!));
  return [ring(outer), ...inners];
}

function geometryOf(placemark: string): SourceFeature['geometry'] {
  const polygons = all(/<Polygon\b[^>]*>([\s\S]*?)<\/Polygon>/g, placemark).map((m) => polygon(m[1]!));
  if (polygons.length === 1) return { type: 'Polygon', coordinates: polygons[0] };
  if (polygons.length > 1) return { type: 'MultiPolygon', coordinates: polygons };
  const other = /<(Point|LineString|LinearRing|Model|Track)\b/.exec(placemark)?.[1];
  return other ? { type: other, coordinates: [] } : null;
}

function extendedData(placemark: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const m of all(/<SimpleData\s+name="([^"]*)"[^>]*>([\s\S]*?)<\/SimpleData>/g, placemark)) out[text(m[1]!)] = text(m[2]!);
  for (const m of all(/<Data\s+name="([^"]*)"[^>]*>[\s\S]*?<value>([\s\S]*?)<\/value>[\s\S]*?<\/Data>/g, placemark)) out[text(m[1]!)] = text(m[2]!);
  return out;
}

export function readKml(buffer: Buffer): SourceFile {
  const xml = buffer.toString('utf-8').replace(/<!--[\s\S]*?-->/g, '');
  if (!/<kml\b/.test(xml)) throw new Problem('VALIDATION_FAILED', '文件不是 KML（缺少 <kml> 根元素）');
  const placemarks = all(/<Placemark\b[^>]*>([\s\S]*?)<\/Placemark>/g, xml).map((m) => m[1]!);
  return {
    format: 'KML',
    features: placemarks.map((pm, i) => {
      // the Placemark's own <name>, not one inside its Style or ExtendedData
      const withoutNested = pm.replace(/<(Style|ExtendedData|StyleMap)\b[\s\S]*?<\/\1>/g, '');
      const name = /<name>([\s\S]*?)<\/name>/.exec(withoutNested)?.[1];
      return { index: i + 1, properties: extendedData(pm), geometry: geometryOf(pm), ...(name ? { name: text(name) } : {}) };
    }),
    prj: null,
    crsMember: null,
    encodingZh: null,
  };
}
