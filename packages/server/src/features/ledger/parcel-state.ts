import {
  contractFields,
  parcelFields,
  roundToScale,
  sectionLabels,
  STORED_SCALE,
  yearFields,
  type FieldDef,
  type FieldValue,
} from '@panhuo/domain';

/**
 * A parcel as the ledger holds it: its own fields, its zone and enterprise, the contract
 * in force and the yearly figures. Changes are found by comparing two states field by
 * field, so the audit trail records exactly what changed, with before and after.
 */
export interface ParcelState {
  fields: Record<string, FieldValue>;
  zoneId: string | null;
  zoneName: string | null;
  enterpriseId: string | null;
  enterpriseName: string | null;
  contract: Record<string, FieldValue> | null;
  years: Map<number, Record<string, FieldValue>>;
  /** GeoJSON text, normalised by `normaliseGeometry` */
  geometry: string | null;
}

export type FlatState = Record<string, FieldValue>;

export function normaliseValue(def: FieldDef, v: FieldValue | undefined): FieldValue {
  if (v === undefined || v === null) return null;
  const scale = STORED_SCALE[def.type];
  if (typeof v === 'number' && scale !== undefined) return roundToScale(v, scale);
  return v;
}

export function normaliseGeometry(geometry: unknown): string | null {
  if (geometry == null) return null;
  const g = typeof geometry === 'string' ? (JSON.parse(geometry) as { type: string; coordinates: unknown }) : (geometry as { type: string; coordinates: unknown });
  const round = (c: unknown): unknown => (Array.isArray(c) ? c.map(round) : typeof c === 'number' ? roundToScale(c, 9) : c);
  const coordinates = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return JSON.stringify({ type: 'MultiPolygon', coordinates: round(coordinates) });
}

/** One flat map of every fact, for diffs: `contract.agreedStartDate`, `years.2023.taxPaid_yuan`… */
export function flatten(s: ParcelState): FlatState {
  const flat: FlatState = {};
  for (const d of parcelFields) flat[d.key] = normaliseValue(d, s.fields[d.key]);
  flat.zone = s.zoneName;
  flat.enterprise = s.enterpriseName;
  if (s.contract) for (const d of contractFields) flat[`contract.${d.key}`] = normaliseValue(d, s.contract[d.key]);
  for (const [year, figures] of s.years) {
    for (const d of yearFields) {
      if (d.key !== 'year') flat[`years.${year}.${d.key}`] = normaliseValue(d, figures[d.key]);
    }
  }
  flat.geometry = s.geometry;
  return flat;
}

export interface Diff {
  before: FlatState;
  after: FlatState;
}

export function diffStates(before: FlatState, after: FlatState): Diff | null {
  const diff: Diff = { before: {}, after: {} };
  let changed = false;
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[key] ?? null;
    const b = after[key] ?? null;
    if (a !== b) {
      diff.before[key] = a;
      diff.after[key] = b;
      changed = true;
    }
  }
  return changed ? diff : null;
}

/** The Chinese label of a flat key, for the change history. */
export function labelOfKey(key: string): string {
  if (key === 'zone') return '所属园区';
  if (key === 'enterprise') return '用地企业';
  if (key === 'geometry') return '空间范围';
  const [head, ...rest] = key.split('.');
  if (head === 'contract') {
    const d = contractFields.find((f) => f.key === rest[0]);
    return `${sectionLabels.contract}·${d?.labelZh ?? rest[0]}`;
  }
  if (head === 'years') {
    const d = yearFields.find((f) => f.key === rest[1]);
    return `${rest[0]}年·${d?.labelZh ?? rest[1]}`;
  }
  return parcelFields.find((f) => f.key === key)?.labelZh ?? key;
}

/** The geometry is long: the history says that it changed, not every coordinate. */
export function displayValueOfKey(key: string, value: FieldValue): FieldValue {
  if (key === 'geometry' && value !== null) return '（已绘制）';
  return value;
}
