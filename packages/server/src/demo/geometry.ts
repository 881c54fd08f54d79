/**
 * Parcel and park outlines for the demo county, laid out in local metres and turned
 * into GeoJSON (EPSG:4490, lon/lat). Each park is a block of rows along named roads;
 * each parcel is a rectangle whose area equals its recorded area under the local
 * approximation below: the length of a degree of latitude and of longitude on the
 * CGCS2000 ellipsoid at the park's latitude (≈ 110 770 m and 100 950 m at 25°N), which
 * puts each outline within 0.1 % of its recorded area as PostGIS computes it in the
 * Gauss-Krüger zone (the map's checks page flags 1 %).
 */
export interface MultiPolygon {
  type: 'MultiPolygon';
  coordinates: number[][][][];
}

/** Metres per degree of latitude at latitude φ (series for the GRS80/CGCS2000 ellipsoid). */
export function metresPerDegreeLat(latDeg: number): number {
  const f = (latDeg * Math.PI) / 180;
  return 111_132.954 - 559.822 * Math.cos(2 * f) + 1.175 * Math.cos(4 * f);
}

/** Metres per degree of longitude at latitude φ. */
export function metresPerDegreeLon(latDeg: number): number {
  const f = (latDeg * Math.PI) / 180;
  return 111_412.84 * Math.cos(f) - 93.5 * Math.cos(3 * f);
}

interface Point {
  x: number;
  y: number;
}

export interface LocalRect {
  x: number;
  y: number;
  w: number;
  h: number;
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
  /** the parcel's rectangle in the park's local metres (x along the row, y across it) */
  local: LocalRect;
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
  return layoutParkWith(plan, areasM2.map((areaM2) => ({ areaM2 })));
}

export interface ParcelPlan {
  areaM2: number;
  /** draw the outline this share of its area larger (> 0) or smaller (< 0), keeping its depth */
  drawnAreaError?: number;
  /** draw the outline this many metres further along the row, into the next parcel */
  shiftM?: number;
}

/** Like layoutPark, with deliberate drawing errors: the place of each parcel is as without them. */
export function layoutParkWith(plan: ParkPlan, parcels: readonly ParcelPlan[]): ParkLayout {
  const toLonLat = projector(plan);
  const placed: PlacedParcel[] = [];
  let x = 0;
  let rowY = ROAD_WIDTH_M;
  let rowDepth = 0;
  let row = 0;
  let maxX = 0;
  for (const { areaM2: area, drawnAreaError = 0, shiftM = 0 } of parcels) {
    const depth = Math.min(330, Math.max(55, Math.round(Math.sqrt(area / 1.3))));
    const width = area / depth;
    if (x > 0 && x + width > plan.rowLengthM) {
      rowY += rowDepth + ROAD_WIDTH_M;
      x = 0;
      rowDepth = 0;
      row += 1;
    }
    const local = { x: x + shiftM, y: rowY, w: width * (1 + drawnAreaError), h: depth };
    const ring = rectangle(local.x, local.y, local.w, local.h).map(toLonLat);
    placed.push({ geometry: { type: 'MultiPolygon', coordinates: [[ring]] }, local, road: plan.roads[row % plan.roads.length]! });
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
export function rectangle(x: number, y: number, w: number, h: number): Point[] {
  return [
    { x, y },
    { x: x + w, y },
    { x: x + w, y: y + h },
    { x, y: y + h },
    { x, y },
  ];
}

/** Local metres of the park's grid to lon/lat. */
export function projector(plan: ParkPlan): (p: Point) => number[] {
  const a = (plan.rotationDeg * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const lat0 = plan.origin.lat;
  const mPerLon = metresPerDegreeLon(lat0);
  const mPerLat = metresPerDegreeLat(lat0);
  return ({ x, y }) => {
    const rx = x * cos - y * sin;
    const ry = x * sin + y * cos;
    return [roundDeg(plan.origin.lon + rx / mPerLon), roundDeg(lat0 + ry / mPerLat)];
  };
}

const roundDeg = (d: number) => Math.round(d * 1e7) / 1e7;

/** Area of a lon/lat ring in m², with the local equal-area approximation at the ring's mean latitude. */
export function ringAreaM2(ring: readonly number[][]): number {
  const lat0 = ring.reduce((s, p) => s + p[1]!, 0) / ring.length;
  const mPerLon = metresPerDegreeLon(lat0);
  const mPerLat = metresPerDegreeLat(lat0);
  const [lon0, lat00] = [ring[0]![0]!, ring[0]![1]!];
  const local = ring.map((p) => [(p[0]! - lon0) * mPerLon, (p[1]! - lat00) * mPerLat] as const);
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
