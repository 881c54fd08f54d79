import { childOf, nameOf, parseWkt, WktError, type WktNode } from './wkt.ts';
import { cmOnlySridForZone, CGCS2000_SRID, GK_FALSE_EASTING, prefixedSridForZone, sridNameZh } from './zones.ts';

/**
 * Which of the accepted coordinate systems a .prj describes, or why it is none of them,
 * in words a land-bureau user can act on.
 */
export type CrsDetection =
  | { ok: true; srid: number; reasonZh: string }
  | { ok: false; problem: 'WRONG_CRS' | 'NEEDS_SRID'; reasonZh: string };

export type Datum = 'CGCS2000' | 'WGS84' | 'XIAN80' | 'BEIJING54' | 'UNKNOWN';

export const DATUM_NAMES_ZH: Record<Datum, string> = {
  CGCS2000: '2000国家大地坐标系（CGCS2000）',
  WGS84: 'WGS84 坐标系',
  XIAN80: '西安80坐标系',
  BEIJING54: '北京54坐标系',
  UNKNOWN: '未知坐标系',
};

/** WGS84 and CGCS2000 agree to a few centimetres, well inside cadastral tolerances. */
export const WGS84_NOTE_ZH = 'WGS84 与 CGCS2000 相差仅厘米级，已按 CGCS2000 读取';

const OLD_DATUM_ZH =
  '与 CGCS2000 相差可达数十米至上百米，不能直接导入：请由测绘部门用本地转换参数转换为 CGCS2000 后再导入';

const FLATTENING = { CGCS2000: 298.257222101, WGS84: 298.257223563 };

/** Names first (ESRI and OGC spell them differently), then the ellipsoid's figures. */
export function datumOf(geogcs: WktNode | undefined): Datum {
  const datum = childOf(geogcs, 'DATUM');
  const spheroid = childOf(datum, 'SPHEROID') ?? childOf(datum, 'ELLIPSOID');
  const names = [nameOf(geogcs), nameOf(datum), nameOf(spheroid)].join(' ');
  if (/CGCS\s*_?2000|China[ _]2000|China[ _]Geodetic[ _]Coordinate[ _]System[ _]2000|国家大地坐标系/i.test(names)) return 'CGCS2000';
  if (/WGS[ _]?(19)?84/i.test(names)) return 'WGS84';
  if (/Xian|Xi'an|西安/i.test(names)) return 'XIAN80';
  if (/Beijing|北京|Krasovsk/i.test(names)) return 'BEIJING54';
  const [a, f] = [spheroid?.values[1], spheroid?.values[2]];
  if (a === 6378137 && typeof f === 'number') {
    if (Math.abs(f - FLATTENING.CGCS2000) < 1e-9) return 'CGCS2000';
    if (Math.abs(f - FLATTENING.WGS84) < 1e-9) return 'WGS84';
  }
  if (a === 6378140) return 'XIAN80';
  if (a === 6378245) return 'BEIJING54';
  return 'UNKNOWN';
}

/** WKT 2 names its parameters after the EPSG dataset; WKT 1 after OGC or ESRI. */
const PARAMETER_ALIASES: Record<string, string> = {
  longitude_of_natural_origin: 'central_meridian',
  scale_factor_at_natural_origin: 'scale_factor',
  latitude_of_natural_origin: 'latitude_of_origin',
};

/** PARAMETER["Central_Meridian",117.0] → { central_meridian: 117 } (WKT 2: inside CONVERSION) */
function parametersOf(projcs: WktNode): Record<string, number> {
  const out: Record<string, number> = {};
  const holder = childOf(projcs, 'CONVERSION') ?? projcs;
  for (const c of holder.children) {
    if (c.keyword !== 'PARAMETER' || typeof c.values[1] !== 'number') continue;
    const key = nameOf(c).toLowerCase().replace(/\s+/g, '_');
    out[PARAMETER_ALIASES[key] ?? key] = c.values[1];
  }
  return out;
}

const projectionOf = (projcs: WktNode): string => {
  const holder = childOf(projcs, 'CONVERSION') ?? projcs;
  return nameOf(childOf(holder, 'PROJECTION') ?? childOf(holder, 'METHOD'));
};

const fail = (problem: 'WRONG_CRS' | 'NEEDS_SRID', reasonZh: string): CrsDetection => ({ ok: false, problem, reasonZh });

function geographic(datum: Datum, source: string): CrsDetection {
  if (datum === 'CGCS2000') return { ok: true, srid: CGCS2000_SRID, reasonZh: `${source}：${sridNameZh(CGCS2000_SRID)}` };
  if (datum === 'WGS84') return { ok: true, srid: CGCS2000_SRID, reasonZh: `${source}：WGS84 经纬度坐标；${WGS84_NOTE_ZH}` };
  if (datum === 'UNKNOWN') return fail('WRONG_CRS', `${source}：无法识别的地理坐标系，请转换为 CGCS2000 后再导入`);
  return fail('WRONG_CRS', `${source}：${DATUM_NAMES_ZH[datum]}经纬度坐标，${OLD_DATUM_ZH}`);
}

/** Reads a Gauss-Krüger projection; `datum` is CGCS2000 or WGS84 by now. */
function gaussKruger(projcs: WktNode, datum: Datum, source: string): CrsDetection {
  const projection = projectionOf(projcs);
  const p = parametersOf(projcs);
  const what = `${source}：${nameOf(projcs) || '投影坐标系'}`;
  if (!/gauss|transverse_mercator|transverse mercator/i.test(projection)) {
    return fail('WRONG_CRS', `${what} 使用「${projection || '未知'}」投影，不是高斯-克吕格投影，请转换为 CGCS2000 后再导入`);
  }
  const cm = p.central_meridian ?? p.longitude_of_center ?? p.longitude_of_origin;
  const scale = p.scale_factor ?? 1;
  const falseEasting = p.false_easting ?? 0;
  const falseNorthing = p.false_northing ?? 0;
  const latOrigin = p.latitude_of_origin ?? 0;
  if (Math.abs(scale - 0.9996) < 1e-9) {
    return fail('WRONG_CRS', `${what} 是 UTM 投影（比例因子 0.9996），不是国家 3 度带高斯-克吕格投影，面积和位置均有偏差：请转换为 CGCS2000 后再导入`);
  }
  if (cm === undefined || Math.abs(scale - 1) > 1e-9 || falseNorthing !== 0 || latOrigin !== 0) {
    return fail('WRONG_CRS', `${what} 的投影参数（中央经线、比例因子或原点）不符合国家 3 度带高斯-克吕格投影`);
  }
  const zone = cm / 3;
  if (!Number.isInteger(zone) || cmOnlySridForZone(zone) === null) {
    return fail('WRONG_CRS', `${what} 的中央经线 ${cm}° 不是我国 3 度带的中央经线（75°E–135°E 之间 3 的倍数）`);
  }
  const note = datum === 'WGS84' ? `；椭球为 WGS84，${WGS84_NOTE_ZH}` : '';
  if (falseEasting === GK_FALSE_EASTING) {
    const srid = cmOnlySridForZone(zone)!;
    return { ok: true, srid, reasonZh: `${source}：${sridNameZh(srid)}${note}` };
  }
  if (falseEasting === zone * 1_000_000 + GK_FALSE_EASTING) {
    const srid = prefixedSridForZone(zone)!;
    return { ok: true, srid, reasonZh: `${source}：${sridNameZh(srid)}${note}` };
  }
  const prefix = Math.floor(falseEasting / 1_000_000);
  const hint = prefix === (cm + 3) / 6 ? '（看似 6 度带，请按 3 度带转换后再导入）' : '';
  return fail('WRONG_CRS', `${what} 的东偏移 ${falseEasting} 与中央经线 ${cm}°E 的 3 度带（第 ${zone} 带）不符${hint}`);
}

/** The accepted CRS a .prj (WKT 1, ESRI or OGC) describes, or why it is not accepted. */
export function detectCrsFromPrj(wkt: string, source = '.prj 文件'): CrsDetection {
  let root: WktNode;
  try {
    root = parseWkt(wkt.trim());
  } catch (err) {
    if (err instanceof WktError) return fail('WRONG_CRS', `${source}无法解析，请检查文件或删除 .prj 后指定坐标系`);
    throw err;
  }
  if (root.keyword === 'GEOGCS' || root.keyword === 'GEOGCRS') return geographic(datumOf(root), source);
  if (root.keyword !== 'PROJCS' && root.keyword !== 'PROJCRS') {
    return fail('WRONG_CRS', `${source}描述的不是地理或投影坐标系（${root.keyword}）`);
  }
  const datum = datumOf(childOf(root, 'GEOGCS') ?? childOf(root, 'BASEGEOGCRS'));
  if (datum === 'XIAN80' || datum === 'BEIJING54') {
    return fail('WRONG_CRS', `${source}：${nameOf(root)} 属于${DATUM_NAMES_ZH[datum]}，${OLD_DATUM_ZH}`);
  }
  if (datum === 'UNKNOWN') return fail('WRONG_CRS', `${source}：无法识别的坐标系「${nameOf(root)}」，请转换为 CGCS2000 后再导入`);
  return gaussKruger(root, datum, source);
}
