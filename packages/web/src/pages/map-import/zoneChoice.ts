import { cmOnlySridForZone, FIRST_ZONE, LAST_ZONE, prefixedSridForZone } from '@panhuo/domain';

/** A 3° Gauss-Krüger zone the user may pick when the file cannot tell its central meridian. */
export interface ZoneOption {
  zone: number;
  centralMeridian: number;
  label: string;
}

export const ZONE_OPTIONS: ZoneOption[] = Array.from({ length: LAST_ZONE - FIRST_ZONE + 1 }, (_, i) => {
  const zone = FIRST_ZONE + i;
  return { zone, centralMeridian: zone * 3, label: `第 ${zone} 带（中央经线 ${zone * 3}°E，约东经 ${zone * 3 - 1.5}°–${zone * 3 + 1.5}°）` };
});

/**
 * The EPSG code of a zone: with the zone number prefixed to the easting (8-digit x,
 * e.g. 39 500 000) 4513–4533, without it (6-digit x around 500 000) 4534–4554.
 */
export function sridForZone(zone: number, prefixed: boolean): number | null {
  return prefixed ? prefixedSridForZone(zone) : cmOnlySridForZone(zone);
}
