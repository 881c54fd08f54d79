import { Problem } from '../../http/problems.ts';
import type { SourceFeature, SourceFile } from './source-feature.ts';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A FeatureCollection, a Feature or a bare geometry. */
export function readGeoJson(buffer: Buffer): SourceFile {
  let doc: unknown;
  try {
    doc = JSON.parse(buffer.toString('utf-8').replace(/^\uFEFF/, ''));
  } catch {
    throw new Problem('VALIDATION_FAILED', 'GeoJSON 文件不是有效的 JSON，请检查文件是否完整');
  }
  if (!isObject(doc) || typeof doc.type !== 'string') throw new Problem('VALIDATION_FAILED', '文件不是 GeoJSON（缺少 type）');
  const features: unknown[] = doc.type === 'FeatureCollection' ? (Array.isArray(doc.features) ? doc.features : []) : doc.type === 'Feature' ? [doc] : [{ type: 'Feature', properties: {}, geometry: doc }];
  return {
    format: 'GEOJSON',
    features: features.map(
      (f, i): SourceFeature => ({
        index: i + 1,
        properties: isObject(f) && isObject(f.properties) ? f.properties : {},
        geometry: isObject(f) && isObject(f.geometry) ? (f.geometry as SourceFeature['geometry']) : null,
      }),
    ),
    prj: null,
    crsMember: doc.crs ?? null,
    encodingZh: null,
  };
}
