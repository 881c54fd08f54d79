/**
 * Parcel and park outlines for the demo county, laid out in local metres and turned
 * into GeoJSON (EPSG:4490, lon/lat). Each park is a block of rows along named roads;
 * each parcel is a rectangle whose area equals its recorded area under the local
 * equal-area approximation below (1° lat ≈ 110 574 m, 1° lon ≈ 111 320·cos φ m).
 */
export interface MultiPolygon {
  type: 'MultiPolygon';
  coordinates: number[][][][];
}

export const METRES_PER_DEGREE_LAT = 110_574;
export const METRES_PER_DEGREE_LON_AT_EQUATOR = 111_320;

interface Point {
  x: number;
  y: number;
}

export interface ParkPlan {
  /** south-west corner of the park's first row */
  origin: { lon: number; lat: number };
  /** anticlockwise rotation of the park's grid, in degrees */
  rotationDeg: number;
  /** how far a row runs before the next one starts, in metres */
  rowLengthM: number;
  /** the road along the south side of each row, in turn */
  roads: readonly string[];
}

export interface PlacedParcel {
  geometry: MultiPolygon;
  /** the road the parcel fronts, for its address */
  road: string;
}

export interface ParkLayout {
  parcels: PlacedParcel[];
  boundary: MultiPolygon;
}

const PARCEL_GAP_M = 15;
const ROAD_WIDTH_M = 40;
const BOUNDARY_MARGIN_M = 60;

/** Lays the parcels out in the given order; returns one outline per parcel and the park boundary. */
export function layoutPark(plan: ParkPlan, areasM2: readonly number[]): ParkLayout {
  const toLonLat = projector(plan);
  const placed: PlacedParcel[] = [];
  let x = 0;
  let rowY = ROAD_WIDTH_M;
  let rowDepth = 0;
  let row = 0;
  let maxX = 0;
  for (const area of areasM2) {
    const depth = Math.min(330, Math.max(55, Math.round(Math.sqrt(area / 1.3))));
    const width = area / depth;
    if (x > 0 && x + width > plan.rowLengthM) {
      rowY += rowDepth + ROAD_WIDTH_M;
      x = 0;
      rowDepth = 0;
      row += 1;
    }
    const ring = rectangle(x, rowY, width, depth).map(toLonLat);
    placed.push({ geometry: { type: 'MultiPolygon', coordinates: [[ring]] }, road: plan.roads[row % plan.roads.length]! });
    x += width + PARCEL_GAP_M;
    maxX = Math.max(maxX, x - PARCEL_GAP_M);
    rowDepth = Math.max(rowDepth, depth);
  }
  const top = rowY + rowDepth;
  const m = BOUNDARY_MARGIN_M;
  const boundaryRing = rectangle(-m, -m, maxX + 2 * m, top + 2 * m).map(toLonLat);
  return { parcels: placed, boundary: { type: 'MultiPolygon', coordinates: [[boundaryRing]] } };
}

/** An anticlockwise closed ring (RFC 7946 orientation for an outer ring). */
function rectangle(x: number, y: number, w: number, h: number): Point[] {
  return [
    { x, y },
    { x: x + w, y },
    { x: x + w, y: y + h },
    { x, y: y + h },
    { x, y },
  ];
}

function projector(plan: ParkPlan): (p: Point) => number[] {
  const a = (plan.rotationDeg * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const lat0 = plan.origin.lat;
  const mPerLon = METRES_PER_DEGREE_LON_AT_EQUATOR * Math.cos((lat0 * Math.PI) / 180);
  return ({ x, y }) => {
    const rx = x * cos - y * sin;
    const ry = x * sin + y * cos;
    return [roundDeg(plan.origin.lon + rx / mPerLon), roundDeg(lat0 + ry / METRES_PER_DEGREE_LAT)];
  };
}

const roundDeg = (d: number) => Math.round(d * 1e7) / 1e7;

/** Area of a lon/lat ring in m², with the local equal-area approximation at the ring's mean latitude. */
export function ringAreaM2(ring: readonly number[][]): number {
  const lat0 = ring.reduce((s, p) => s + p[1]!, 0) / ring.length;
  const mPerLon = METRES_PER_DEGREE_LON_AT_EQUATOR * Math.cos((lat0 * Math.PI) / 180);
  const [lon0, lat00] = [ring[0]![0]!, ring[0]![1]!];
  const local = ring.map((p) => [(p[0]! - lon0) * mPerLon, (p[1]! - lat00) * METRES_PER_DEGREE_LAT] as const);
  let twice = 0;
  for (let i = 0; i + 1 < local.length; i++) {
    const [x1, y1] = local[i]!;
    const [x2, y2] = local[i + 1]!;
    twice += x1 * y2 - x2 * y1;
  }
  return Math.abs(twice) / 2;
}

/** Area of a MultiPolygon in m² (outer rings minus holes). */
export function multiPolygonAreaM2(g: MultiPolygon): number {
  let total = 0;
  for (const polygon of g.coordinates) {
    polygon.forEach((ring, i) => {
      total += i === 0 ? ringAreaM2(ring) : -ringAreaM2(ring);
    });
  }
  return total;
}
