/**
 * CGCS2000 and its 3° Gauss-Krüger zones (DOMAIN.md §9.8). The EPSG codes are
 * computed from the zone, never looked up in a table copied from the web: several
 * public snippets mislabel them (4548 called "zone 40", 4549 "zone 39").
 */

export const CGCS2000_SRID = 4490;
export const FIRST_ZONE = 25;
export const LAST_ZONE = 45;
/** EPSG of zone 25 with the zone number prefixed to the easting (x_0 = zone·10⁶ + 500 000) */
const PREFIXED_BASE = 4513;
/** EPSG of zone 25 without the prefix (x_0 = 500 000) */
const CM_ONLY_BASE = 4534;
export const GK_FALSE_EASTING = 500_000;

export type SridInfo =
  | { kind: 'GEOGRAPHIC'; srid: number }
  | { kind: 'GK_PREFIXED' | 'GK_CM_ONLY'; srid: number; zone: number; centralMeridian: number; falseEasting: number };

/** The 3° zone a longitude lies in: zone n covers [3n − 1.5°, 3n + 1.5°). */
export function zoneForLon(lon: number): number {
  return Math.floor((lon + 1.5) / 3);
}

export function isChinaZone(zone: number): boolean {
  return Number.isInteger(zone) && zone >= FIRST_ZONE && zone <= LAST_ZONE;
}

export function prefixedSridForZone(zone: number): number | null {
  return isChinaZone(zone) ? PREFIXED_BASE + zone - FIRST_ZONE : null;
}

export function cmOnlySridForZone(zone: number): number | null {
  return isChinaZone(zone) ? CM_ONLY_BASE + zone - FIRST_ZONE : null;
}

/** The CM-only zone a longitude lies in: the projection areas are computed in. */
export function cmOnlySridForLon(lon: number): number | null {
  return cmOnlySridForZone(zoneForLon(lon));
}

/** What an accepted EPSG code means, or null for a code that is not CGCS2000 (3° GK). */
export function sridInfo(srid: number): SridInfo | null {
  if (srid === CGCS2000_SRID) return { kind: 'GEOGRAPHIC', srid };
  if (srid >= PREFIXED_BASE && srid < CM_ONLY_BASE) {
    const zone = FIRST_ZONE + srid - PREFIXED_BASE;
    return { kind: 'GK_PREFIXED', srid, zone, centralMeridian: zone * 3, falseEasting: zone * 1_000_000 + GK_FALSE_EASTING };
  }
  if (srid >= CM_ONLY_BASE && srid <= CM_ONLY_BASE + LAST_ZONE - FIRST_ZONE) {
    const zone = FIRST_ZONE + srid - CM_ONLY_BASE;
    return { kind: 'GK_CM_ONLY', srid, zone, centralMeridian: zone * 3, falseEasting: GK_FALSE_EASTING };
  }
  return null;
}

export const isAcceptedSrid = (srid: number): boolean => sridInfo(srid) !== null;

/** "CGCS2000 3度带高斯-克吕格投影 第39带（带号坐标，中央经线117°E，EPSG:4527）" */
export function sridNameZh(srid: number): string {
  const info = sridInfo(srid);
  if (!info) return `EPSG:${srid}`;
  switch (info.kind) {
    case 'GEOGRAPHIC':
      return `CGCS2000 经纬度坐标（EPSG:${srid}）`;
    case 'GK_PREFIXED':
      return `CGCS2000 3度带高斯-克吕格投影 第${info.zone}带（横坐标带带号，中央经线${info.centralMeridian}°E，EPSG:${srid}）`;
    case 'GK_CM_ONLY':
      return `CGCS2000 3度带高斯-克吕格投影 中央经线${info.centralMeridian}°E（横坐标不带带号，EPSG:${srid}）`;
  }
}
