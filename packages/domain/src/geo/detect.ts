import { detectCrsFromCoordinates, detectCrsFromMember, type BBox } from './coordinates.ts';
import { detectCrsFromPrj, WGS84_NOTE_ZH, type CrsDetection } from './prj.ts';
import { isAcceptedSrid, sridNameZh } from './zones.ts';

export interface CrsSources {
  /** the shapefile's .prj text */
  prj?: string | null;
  /** a GeoJSON `crs` member */
  crsMember?: unknown;
  /** KML is lon/lat on WGS84 by definition */
  kml?: boolean;
  /** the EPSG code the user chose (param `srid`) */
  chosenSrid?: number | null;
  /** all coordinates of the file */
  bbox: BBox;
}

/**
 * The CRS to read a file in: what the file itself declares (.prj, `crs` member, KML),
 * else the user's choice, else what the coordinates tell. A declaration wins over the
 * choice — the user chose before seeing the file's own statement — and the reason says
 * so. Whether each feature's coordinates fit the CRS is checked per feature
 * (`coordinatesMisfit`), so that one stray feature does not hide the others.
 */
export function resolveSourceCrs(s: CrsSources): CrsDetection {
  const declared: CrsDetection | null = s.kml
    ? { ok: true, srid: 4490, reasonZh: `KML 文件按规范为 WGS84 经纬度；${WGS84_NOTE_ZH}` }
    : s.prj
      ? detectCrsFromPrj(s.prj)
      : detectCrsFromMember(s.crsMember);
  if (declared) {
    if (declared.ok && s.chosenSrid && s.chosenSrid !== declared.srid) {
      return { ...declared, reasonZh: `${declared.reasonZh}（以文件自带的坐标系说明为准，未采用所选的 EPSG:${s.chosenSrid}）` };
    }
    return declared;
  }
  if (s.chosenSrid) {
    return isAcceptedSrid(s.chosenSrid)
      ? { ok: true, srid: s.chosenSrid, reasonZh: `按您选择的坐标系读取：${sridNameZh(s.chosenSrid)}` }
      : { ok: false, problem: 'WRONG_CRS', reasonZh: `所选 EPSG:${s.chosenSrid} 不是本系统接受的坐标系（EPSG:4490、4513–4554）` };
  }
  return detectCrsFromCoordinates(s.bbox);
}
