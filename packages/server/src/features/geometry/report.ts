import type { GeometryProblemKind } from '@panhuo/domain';
import type { GeometryFormat } from './source-feature.ts';

/** The report of a geometry import (docs/design/map.md), shown before and kept after applying. */

export type ImportKind = 'PARCELS' | 'BUILDINGS';

export interface MatchedFeature {
  featureIndex: number;
  /** the parcel's code (for buildings: of the parcel the footprint lies on) */
  code: string;
  parcelId: string;
  parcelName: string;
  computedAreaM2: number;
  recordedAreaM2: number | null;
  diffRatio: number | null;
  /** the outline was repaired with ST_MakeValid because the user accepted repairs */
  repaired: boolean;
}

export interface GeometryProblem {
  /** null: the whole file */
  featureIndex: number | null;
  code: string | null;
  kind: GeometryProblemKind;
  messageZh: string;
  /** for INVALID_POLYGON: the repaired outline, GeoJSON MultiPolygon in EPSG:4490 */
  repaired?: unknown;
}

export interface ImportReport {
  kind: ImportKind;
  format: GeometryFormat;
  fileName: string;
  featureCount: number;
  srid: number | null;
  crsReason: string;
  /** how the attributes were decoded (shapefiles) */
  encodingReason: string | null;
  /** the attributes the codes were read from, e.g. ["地块编号"] */
  codeAttributes: string[];
  matched: MatchedFeature[];
  problems: GeometryProblem[];
  ok: boolean;
}

const m2 = (v: number) => `${(Math.round(v * 100) / 100).toLocaleString('zh-CN')} 平方米`;
const km = (v: number) => `${(Math.round(v / 100) / 10).toLocaleString('zh-CN')} 公里`;
const which = (index: number, code: string | null) => `第 ${index} 个要素${code ? `（编号「${code}」）` : ''}`;

/** The Chinese sentence of each per-feature problem. */
export const problemText = {
  noCode: (i: number, attributes: readonly string[]) =>
    `${which(i, null)}没有宗地编号：请在属性表中填写以下任一字段：${attributes.join('、')}`,
  unknownCode: (i: number, code: string) =>
    `${which(i, code)}：本辖区台账中没有该宗地编号，或该宗地不在您的管辖范围内；请先在台账中登记该宗地或核对编号`,
  duplicateCode: (i: number, code: string, first: number) => `${which(i, code)}：与第 ${first} 个要素的宗地编号重复，一个宗地只能有一个空间范围`,
  notPolygon: (i: number, code: string | null, type: string | null) =>
    `${which(i, code)}${type ? `是「${type}」` : '没有图形'}，不是面（多边形）：宗地和建筑物基底须为面要素`,
  invalid: (i: number, code: string | null, reason: string, repairable: boolean) =>
    `${which(i, code)}的图形无效（${reason}），常见原因是边界自相交（“蝴蝶结”）或环未闭合；` +
    (repairable ? '系统已给出修复后的图形，核对无误后可选择“接受修复”重新导入，或在 GIS 软件中修正后再导入' : '且无法自动修复，请在 GIS 软件中修正后再导入'),
  notInChina: (i: number, code: string | null, lon: number, lat: number) =>
    `${which(i, code)}换算后位于东经 ${lon.toFixed(4)}°、北纬 ${lat.toFixed(4)}°，不在我国境内：坐标系或投影带可能选错`,
  misfit: (i: number, code: string | null, why: string) => `${which(i, code)}：${why}`,
  farAway: (i: number, code: string | null, distanceM: number) =>
    `${which(i, code)}距本辖区已入库的宗地和园区最近也有 ${km(distanceM)}，可能坐标系或投影带选错（如中央经线不对）；请核对坐标系后再导入`,
  overlapInFile: (i: number, code: string | null, other: number, otherCode: string | null, overlapM2: number) =>
    `${which(i, code)}与${which(other, otherCode)}重叠 ${m2(overlapM2)}`,
  overlapParcel: (i: number, code: string | null, parcelCode: string, parcelName: string, overlapM2: number) =>
    `${which(i, code)}与已入库的宗地「${parcelCode} ${parcelName}」重叠 ${m2(overlapM2)}`,
  /** for park staff: a parcel of another park is not theirs to see */
  overlapOtherPark: (i: number, code: string | null, overlapM2: number) =>
    `${which(i, code)}与本园区以外一宗已入库的宗地重叠 ${m2(overlapM2)}：请核对图形，或请自然资源局核对相邻园区的宗地`,
  outsideParcels: (i: number) => `${which(i, null)}（建筑物基底）不在任何已入库宗地的范围内：请先导入宗地的空间范围，或核对坐标系`,
  transformFailed: () => '坐标无法换算为 CGCS2000 经纬度，坐标系可能选错',
};

export function summaryZh(report: ImportReport): string {
  const n = report.problems.length;
  return n === 0 ? `可导入 ${report.matched.length} 个要素` : `共发现 ${n} 处问题，未写入任何数据`;
}
