import { WGS84_NOTE_ZH, type CrsDetection } from './prj.ts';
import { CGCS2000_SRID, GK_FALSE_EASTING, isChinaZone, prefixedSridForZone, sridInfo, sridNameZh } from './zones.ts';

/** Where a file's coordinates lie: [minX, minY, maxX, maxY]. */
export type BBox = [number, number, number, number];

/** China's extent in lon/lat, generously: coordinates outside it are in the wrong CRS. */
export const CHINA_LON_LAT = { minLon: 73, maxLon: 136, minLat: 3, maxLat: 54 } as const;
/** Northings of 3°N … 54°N in a Gauss-Krüger projection, in metres. */
const CHINA_NORTHING = { min: 300_000, max: 6_000_000 } as const;
/** Eastings relative to the central meridian that a 3° zone can hold in China (half-width ≈ 170 km), with margin. */
const MAX_OFFSET_FROM_CM_M = 400_000;
/** Eastings without a zone prefix that are plausible for a 3° GK zone. */
export const CM_ONLY_EASTING = { min: GK_FALSE_EASTING - MAX_OFFSET_FROM_CM_M, max: GK_FALSE_EASTING + MAX_OFFSET_FROM_CM_M } as const;

export function bboxOf(coordinates: unknown, into?: BBox): BBox {
  const box: BBox = into ?? [Infinity, Infinity, -Infinity, -Infinity];
  if (Array.isArray(coordinates) && typeof coordinates[0] === 'number' && typeof coordinates[1] === 'number') {
    const [x, y] = coordinates as [number, number];
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  } else if (Array.isArray(coordinates)) {
    for (const c of coordinates) bboxOf(c, box);
  }
  return box;
}

const isLonLat = ([minX, minY, maxX, maxY]: BBox) =>
  minX >= CHINA_LON_LAT.minLon && maxX <= CHINA_LON_LAT.maxLon && minY >= CHINA_LON_LAT.minLat && maxY <= CHINA_LON_LAT.maxLat;
const northingOk = ([, minY, , maxY]: BBox) => minY >= CHINA_NORTHING.min && maxY <= CHINA_NORTHING.max;
const cmOnlyEastingOk = (minX: number, maxX: number) => minX >= CM_ONLY_EASTING.min && maxX <= CM_ONLY_EASTING.max;
const fmt = (n: number) => (Number.isFinite(n) ? String(Math.round(n * 1000) / 1000) : '无');

/**
 * The CRS told by the coordinates alone: lon/lat inside China → 4490; an easting with a
 * 3° zone prefix (≥ 10⁷) → that zone's prefixed code; an easting of 100–900 km without
 * prefix → a GK zone whose central meridian the numbers cannot tell, so the user chooses.
 */
export function detectCrsFromCoordinates(box: BBox): CrsDetection {
  const [minX, minY, maxX, maxY] = box;
  const where = `坐标范围 X ${fmt(minX)}–${fmt(maxX)}，Y ${fmt(minY)}–${fmt(maxY)}`;
  if (!Number.isFinite(minX)) return { ok: false, problem: 'WRONG_CRS', reasonZh: '文件中没有坐标' };
  if (isLonLat(box)) {
    return { ok: true, srid: CGCS2000_SRID, reasonZh: `文件未说明坐标系，${where} 为我国境内的经纬度，按 ${sridNameZh(CGCS2000_SRID)} 读取（WGS84 经纬度与之相差仅厘米级，同样适用）` };
  }
  if (minX >= 10_000_000) {
    const zone = Math.floor(minX / 1_000_000);
    const sameZone = Math.floor(maxX / 1_000_000) === zone;
    const offset = [minX - zone * 1_000_000, maxX - zone * 1_000_000];
    if (sameZone && isChinaZone(zone) && cmOnlyEastingOk(offset[0]!, offset[1]!) && northingOk(box)) {
      const srid = prefixedSridForZone(zone)!;
      return { ok: true, srid, reasonZh: `文件未说明坐标系，${where}：横坐标前两位为带号 ${zone}，按 ${sridNameZh(srid)} 读取` };
    }
    return {
      ok: false,
      problem: 'WRONG_CRS',
      reasonZh: `${where}：横坐标带有带号，但带号不在我国 3 度带第 25–45 带之内或不一致，不是可识别的 CGCS2000 坐标`,
    };
  }
  if (cmOnlyEastingOk(minX, maxX) && northingOk(box)) {
    return {
      ok: false,
      problem: 'NEEDS_SRID',
      reasonZh: `文件未说明坐标系，${where} 为不带带号的高斯-克吕格投影坐标，无法判断中央经线：请选择坐标系（如 EPSG:4548 = 中央经线 117°E）后重新导入`,
    };
  }
  return { ok: false, problem: 'WRONG_CRS', reasonZh: `${where}：既不是我国境内的经纬度，也不是 CGCS2000 高斯-克吕格投影坐标` };
}

/**
 * Whether coordinates can be in the given accepted CRS; the reason when not.
 * Catches a file read in the wrong zone or with lon/lat taken for metres.
 */
export function coordinatesMisfit(srid: number, box: BBox): string | null {
  const info = sridInfo(srid);
  const [minX, , maxX] = box;
  const where = `坐标范围 X ${fmt(minX)}–${fmt(maxX)}，Y ${fmt(box[1])}–${fmt(box[3])}`;
  if (!info) return `EPSG:${srid} 不是 CGCS2000 坐标系`;
  if (!Number.isFinite(minX)) return '没有坐标';
  switch (info.kind) {
    case 'GEOGRAPHIC':
      return isLonLat(box) ? null : `${where} 不在我国境内的经纬度范围（东经 73°–136°，北纬 3°–54°）内`;
    case 'GK_PREFIXED': {
      const base = info.zone * 1_000_000;
      if (northingOk(box) && cmOnlyEastingOk(minX - base, maxX - base)) return null;
      return `${where} 与 ${sridNameZh(srid)} 不符（横坐标应以带号 ${info.zone} 开头）`;
    }
    case 'GK_CM_ONLY':
      if (northingOk(box) && cmOnlyEastingOk(minX, maxX)) return null;
      return `${where} 与 ${sridNameZh(srid)} 不符（横坐标应在 ${CM_ONLY_EASTING.min}–${CM_ONLY_EASTING.max} 之间、不带带号）`;
  }
}

/**
 * The CRS named by a GeoJSON `crs` member (GeoJSON 2008; ogr2ogr still writes it):
 * `urn:ogc:def:crs:EPSG::4548`, `EPSG:4527`, `urn:ogc:def:crs:OGC:1.3:CRS84`.
 * Null when the member is absent.
 */
export function detectCrsFromMember(crs: unknown): CrsDetection | null {
  if (crs == null) return null;
  const name = (crs as { properties?: { name?: unknown } }).properties?.name;
  if (typeof name !== 'string') return { ok: false, problem: 'WRONG_CRS', reasonZh: 'GeoJSON 的 crs 成员无法识别，请删除它或改为 EPSG 代码' };
  if (/CRS84$/i.test(name)) return { ok: true, srid: CGCS2000_SRID, reasonZh: `GeoJSON 的 crs 成员为 WGS84 经纬度（${name}）；${WGS84_NOTE_ZH}` };
  const m = /EPSG:(?:[\d.]*:)?(\d+)$/i.exec(name.trim());
  if (!m) return { ok: false, problem: 'WRONG_CRS', reasonZh: `GeoJSON 的 crs 成员「${name}」不是 EPSG 代码，无法识别` };
  const srid = Number(m[1]);
  if (srid === 4326) return { ok: true, srid: CGCS2000_SRID, reasonZh: `GeoJSON 的 crs 成员为 WGS84 经纬度（EPSG:4326）；${WGS84_NOTE_ZH}` };
  if (sridInfo(srid)) return { ok: true, srid, reasonZh: `GeoJSON 的 crs 成员：${sridNameZh(srid)}` };
  return { ok: false, problem: 'WRONG_CRS', reasonZh: `GeoJSON 的 crs 成员为 EPSG:${srid}，${foreignSridZh(srid)}` };
}

/** Why a well-known EPSG code is not accepted. */
export function foreignSridZh(srid: number): string {
  if ((srid >= 32601 && srid <= 32660) || (srid >= 32701 && srid <= 32760)) {
    return '是 WGS84 UTM 投影（比例因子 0.9996），不是国家 3 度带高斯-克吕格投影：请转换为 CGCS2000 后再导入';
  }
  if (srid === 4214 || (srid >= 2401 && srid <= 2442) || (srid >= 21413 && srid <= 21483)) {
    return '属于北京54坐标系，与 CGCS2000 相差可达数十米至上百米：请由测绘部门转换为 CGCS2000 后再导入';
  }
  if (srid === 4610 || (srid >= 2327 && srid <= 2400)) {
    return '属于西安80坐标系，与 CGCS2000 相差可达数十米至上百米：请由测绘部门转换为 CGCS2000 后再导入';
  }
  if (srid >= 4491 && srid <= 4512) return '是 CGCS2000 的 6 度带投影，本系统只接受 3 度带（EPSG:4513–4554）或经纬度（EPSG:4490）';
  return '不是本系统接受的 CGCS2000 坐标系（EPSG:4490、4513–4554）';
}
