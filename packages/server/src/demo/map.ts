import type { FieldValue } from '@panhuo/domain';
import { projector, rectangle, type LocalRect, type MultiPolygon, type ParcelPlan, type ParkPlan } from './geometry.ts';

/**
 * The demo county on the map (标图入库): building footprints for every parcel with
 * something built, the county's map settings, the parcels whose site facts were measured
 * from the footprints, and a few deliberate drawing faults so that the checks page
 * (GET /map/checks) has something true to show:
 *
 * - QL-SL-020 is drawn 5 % smaller and QL-YX-043 3 % smaller than their recorded areas
 *   (area mismatches; every other outline is within 0.1 % of its recorded area);
 * - QL-XC-045 is drawn 23 m too far along its row, 8 m into QL-XC-046 (one overlap);
 * - QL-SL-024, QL-YX-044 and QL-XC-038 are not drawn at all (missing geometry).
 */
export const mapFaults: Record<string, Pick<ParcelPlan, 'drawnAreaError' | 'shiftM'> | 'UNDRAWN'> = {
  'QL-SL-020': { drawnAreaError: -0.05 },
  'QL-YX-043': { drawnAreaError: -0.03 },
  'QL-XC-045': { shiftM: 23 },
  'QL-SL-024': 'UNDRAWN',
  'QL-YX-044': 'UNDRAWN',
  'QL-XC-038': 'UNDRAWN',
};

/**
 * Parcels whose site facts the demo measured from the footprints on DEMO_AS_OF: the two
 * with large vacant land (Jingde's > 5 亩 split-off, Yongning's > 10 亩) and a large
 * healthy factory.
 */
export const measuredCodes = ['QL-XC-024', 'QL-SL-025', 'QL-XC-006'] as const;

/** The distance kept clear around buildings (GB 50016 spacing between factory buildings is 10 m or more). */
export const DEMO_SETBACK_M = 10;
export const demoMapSettings = { basemap: { kind: 'NONE' as const }, areaTolerance: 0.01, vacantSetbackM: DEMO_SETBACK_M };

export interface DemoFootprint {
  parcelCode: string;
  /** e.g. 「QL-XC-001 1号厂房」, as a surveyed file would name it */
  sourceRef: string;
  geometry: MultiPolygon;
}

// buildings stand 9 m in from the parcel's edges and 18 m apart: both within the setback,
// so measuring counts the spaces between them as used, not as vacant land
const MARGIN_M = DEMO_SETBACK_M - 1;
const GAP_M = 2 * DEMO_SETBACK_M - 2;
const TYPICAL_BUILDING_M = 70;

/**
 * Rectangles of buildings inside one parcel's local rectangle, in a grid from its start:
 * their total is the recorded footprint, or, given `vacantM2`, they fill the parcel but for
 * a strip of that area at its far end (the contiguous vacant land).
 */
export function buildingRects(parcel: LocalRect, footprintM2: number, vacantM2?: number): LocalRect[] {
  const depth = parcel.h - 2 * MARGIN_M;
  const rows = Math.max(1, Math.round(depth / TYPICAL_BUILDING_M));
  const by = (depth - (rows - 1) * GAP_M) / rows;
  const maxWidth = parcel.w - 2 * MARGIN_M;
  let zoneWidth: number;
  if (vacantM2 !== undefined) zoneWidth = parcel.w - DEMO_SETBACK_M - vacantM2 / parcel.h - MARGIN_M;
  else zoneWidth = Math.min(maxWidth, (footprintM2 / (rows * by)) * 1.25);
  const cols = Math.max(1, Math.round(zoneWidth / TYPICAL_BUILDING_M));
  const bx =
    vacantM2 !== undefined
      ? (zoneWidth - (cols - 1) * GAP_M) / cols
      : Math.min((maxWidth - (cols - 1) * GAP_M) / cols, footprintM2 / (rows * cols * by));
  if (!(bx > 1 && by > 1)) return [];
  const rects: LocalRect[] = [];
  for (let i = 0; i < cols; i++) {
    for (let j = 0; j < rows; j++) rects.push({ x: parcel.x + MARGIN_M + i * (bx + GAP_M), y: parcel.y + MARGIN_M + j * (by + GAP_M), w: bx, h: by });
  }
  return rects;
}

/** The footprints of one parcel in lon/lat; none for a parcel where nothing is built. */
export function footprintsOf(plan: ParkPlan, code: string, local: LocalRect, values: Record<string, FieldValue>): DemoFootprint[] {
  const footprint = values.buildingFootprint_m2 as number | null;
  if (!values.started || !footprint) return [];
  const vacant = (measuredCodes as readonly string[]).includes(code) ? (values.vacantContiguousArea_m2 as number) : undefined;
  const toLonLat = projector(plan);
  return buildingRects(local, footprint, vacant).map((r, i) => ({
    parcelCode: code,
    sourceRef: `${code} ${i + 1}号厂房`,
    geometry: { type: 'MultiPolygon', coordinates: [[rectangle(r.x, r.y, r.w, r.h).map(toLonLat)]] },
  }));
}
