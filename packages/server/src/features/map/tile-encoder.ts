/**
 * A Mapbox Vector Tile 2.1 encoder for geometries already in tile space (integers,
 * y down), for PGlite whose PostGIS has no ST_AsMVT. Layers, keys and values tables,
 * zigzag-encoded geometry commands and the polygon winding the spec requires.
 */
import { PbfWriter as Pbf } from 'pbf';

export type TileValue = string | number | boolean;

/** GeoJSON-shaped geometry in tile coordinates, as ST_AsGeoJSON gives it. */
export type TileGeometry =
  | { type: 'Point'; coordinates: number[] }
  | { type: 'MultiPoint'; coordinates: number[][] }
  | { type: 'Polygon'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] };

export interface TileFeature {
  properties: Record<string, TileValue | null>;
  geometry: TileGeometry;
}

export interface TileLayer {
  name: string;
  features: TileFeature[];
}

const GEOM_POINT = 1;
const GEOM_POLYGON = 3;
const MOVE_TO = 1;
const LINE_TO = 2;
const CLOSE_PATH = 7;

const command = (id: number, count: number) => (id & 0x7) | (count << 3);
const zigzag = (n: number) => (n << 1) ^ (n >> 31);

/** Twice the signed area by the surveyor's formula in tile coordinates (positive: exterior). */
export function ringArea(ring: number[][]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
  return sum;
}

/** The ring's distinct vertices (without the closing repeat), consecutive duplicates dropped. */
function openRing(ring: number[][]): number[][] {
  const out: number[][] = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length > 1 && first![0] === last![0] && first![1] === last![1]) out.pop();
  return out;
}

class Cursor {
  x = 0;
  y = 0;
  readonly out: number[] = [];

  moveTo(points: number[][]) {
    this.out.push(command(MOVE_TO, points.length));
    for (const p of points) this.step(p);
  }

  lineTo(points: number[][]) {
    if (points.length === 0) return;
    this.out.push(command(LINE_TO, points.length));
    for (const p of points) this.step(p);
  }

  close() {
    this.out.push(command(CLOSE_PATH, 1));
  }

  private step([x, y]: number[]) {
    this.out.push(zigzag(x! - this.x), zigzag(y! - this.y));
    this.x = x!;
    this.y = y!;
  }
}

/** Exterior rings positive, holes negative (MVT 4.3.4.3); rings that collapsed to less than a triangle are dropped. */
function polygonCommands(polygons: number[][][][]): number[] {
  const cursor = new Cursor();
  for (const polygon of polygons) {
    polygon.forEach((ring, i) => {
      let points = openRing(ring);
      if (points.length < 3 || ringArea(points) === 0) return;
      if (i === 0 ? ringArea(points) < 0 : ringArea(points) > 0) points = points.slice().reverse();
      cursor.moveTo([points[0]!]);
      cursor.lineTo(points.slice(1));
      cursor.close();
    });
  }
  return cursor.out;
}

function geometryOf(g: TileGeometry): { type: number; commands: number[] } {
  switch (g.type) {
    case 'Point':
    case 'MultiPoint': {
      const cursor = new Cursor();
      cursor.moveTo(g.type === 'Point' ? [g.coordinates] : g.coordinates);
      return { type: GEOM_POINT, commands: cursor.out };
    }
    case 'Polygon':
      return { type: GEOM_POLYGON, commands: polygonCommands([g.coordinates]) };
    case 'MultiPolygon':
      return { type: GEOM_POLYGON, commands: polygonCommands(g.coordinates) };
  }
}

/** Keys and values shared by a layer's features, each written once. */
class Tables {
  readonly keys: string[] = [];
  readonly values: TileValue[] = [];
  private readonly keyIndex = new Map<string, number>();
  private readonly valueIndex = new Map<string, number>();

  tags(properties: Record<string, TileValue | null>): number[] {
    const tags: number[] = [];
    for (const [key, value] of Object.entries(properties)) {
      if (value === null) continue;
      tags.push(this.index(this.keyIndex, this.keys, key, key), this.index(this.valueIndex, this.values, `${typeof value}:${value}`, value));
    }
    return tags;
  }

  private index<T>(index: Map<string, number>, list: T[], id: string, item: T): number {
    let i = index.get(id);
    if (i === undefined) {
      i = list.push(item) - 1;
      index.set(id, i);
    }
    return i;
  }
}

function writeValue(value: TileValue, pbf: Pbf) {
  if (typeof value === 'string') pbf.writeStringField(1, value);
  else if (typeof value === 'boolean') pbf.writeBooleanField(7, value);
  else if (Number.isSafeInteger(value)) pbf.writeSVarintField(6, value);
  else pbf.writeDoubleField(3, value);
}

interface EncodedFeature {
  tags: number[];
  type: number;
  commands: number[];
}

function writeFeature(f: EncodedFeature, pbf: Pbf) {
  pbf.writePackedVarint(2, f.tags);
  pbf.writeVarintField(3, f.type);
  pbf.writePackedVarint(4, f.commands);
}

interface EncodedLayer {
  name: string;
  extent: number;
  features: EncodedFeature[];
  tables: Tables;
}

function encodeLayer(layer: TileLayer, extent: number): EncodedLayer {
  const tables = new Tables();
  const features: EncodedFeature[] = [];
  for (const f of layer.features) {
    const { type, commands } = geometryOf(f.geometry);
    if (commands.length > 0) features.push({ tags: tables.tags(f.properties), type, commands });
  }
  return { name: layer.name, extent, features, tables };
}

function writeLayer(layer: EncodedLayer, pbf: Pbf) {
  pbf.writeVarintField(15, 2);
  pbf.writeStringField(1, layer.name);
  for (const f of layer.features) pbf.writeMessage(2, writeFeature, f);
  for (const key of layer.tables.keys) pbf.writeStringField(3, key);
  for (const value of layer.tables.values) pbf.writeMessage(4, writeValue, value);
  pbf.writeVarintField(5, layer.extent);
}

/** The tile's bytes; a layer without features is left out, so a tile with nothing is empty. */
export function encodeTile(layers: TileLayer[], extent: number): Uint8Array {
  const pbf = new Pbf();
  for (const layer of layers.map((l) => encodeLayer(l, extent))) {
    if (layer.features.length > 0) pbf.writeMessage(3, writeLayer, layer);
  }
  return pbf.finish();
}
