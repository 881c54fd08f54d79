/**
 * CGCS2000 coordinate systems (DOMAIN.md §9.8) for OpenLayers through proj4: the
 * geographic EPSG:4490 the server stores and exchanges, and the 3° Gauss-Krüger zones
 * users' cadastral files come in. The CGCS2000 ellipsoid equals GRS80 to well below a
 * millimetre, so proj4's GRS80 is used.
 */
import proj4 from 'proj4';
import { register } from 'ol/proj/proj4.js';

export const CGCS2000 = 'EPSG:4490';
const FIRST_ZONE = 25;
const LAST_ZONE = 45;

const tmerc = (zone: number, falseEasting: number) =>
  `+proj=tmerc +lat_0=0 +lon_0=${3 * zone} +k=1 +x_0=${falseEasting} +y_0=0 +ellps=GRS80 +units=m +no_defs +type=crs`;

/** [code, proj4 definition] of 4490, 4513–4533 (zone-prefixed easting) and 4534–4554 (CM only). */
export function cgcs2000Definitions(): [string, string][] {
  const defs: [string, string][] = [[CGCS2000, '+proj=longlat +ellps=GRS80 +no_defs +type=crs']];
  for (let zone = FIRST_ZONE; zone <= LAST_ZONE; zone++) {
    defs.push([`EPSG:${4513 + zone - FIRST_ZONE}`, tmerc(zone, zone * 1_000_000 + 500_000)]);
    defs.push([`EPSG:${4534 + zone - FIRST_ZONE}`, tmerc(zone, 500_000)]);
  }
  return defs;
}

/** The CM-only EPSG code of the 3° zone a longitude falls in (same formula as the server). */
export function gaussKrugerCmOnlySrid(lon: number): number {
  const zone = Math.floor((lon + 1.5) / 3);
  return 4534 + (zone - FIRST_ZONE);
}

let registered = false;

/** Teaches proj4 and OpenLayers the CGCS2000 codes; safe to call more than once. */
export function registerCgcs2000(): void {
  if (registered) return;
  proj4.defs(cgcs2000Definitions());
  register(proj4);
  registered = true;
}
