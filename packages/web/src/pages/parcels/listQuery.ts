/**
 * The parcel list's state lives in the URL query string, so the back button, a reload
 * or a pasted link show the same rows. Areas are kept in 亩 (what the user typed) and
 * converted to m² only for the API.
 */
import { muToSquareMetres } from '@panhuo/domain';
import type { ParcelFilters, ParcelSortKey } from '../../api/parcels.ts';

export interface ParcelListQuery {
  q?: string;
  zoneId?: string;
  enterpriseId?: string;
  plannedUse?: string;
  stage?: string;
  areaMinMu?: number;
  areaMaxMu?: number;
  /** a map selection: GeoJSON Polygon (EPSG:4490) as JSON text, kept verbatim */
  within?: string;
  sort?: ParcelSortKey;
  order?: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export const DEFAULT_PAGE_SIZE = 20;
const SORT_KEYS: ParcelSortKey[] = ['code', 'name', 'area_m2', 'stage', 'updatedAt', 'agreedStartDate'];

const text = (params: URLSearchParams, key: string) => params.get(key)?.trim() || undefined;

function positive(params: URLSearchParams, key: string): number | undefined {
  const raw = params.get(key);
  if (raw === null || raw === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

export function readListQuery(params: URLSearchParams): ParcelListQuery {
  const sort = params.get('sort') as ParcelSortKey | null;
  const order = params.get('order');
  return {
    q: text(params, 'q'),
    zoneId: text(params, 'zoneId'),
    enterpriseId: text(params, 'enterpriseId'),
    plannedUse: text(params, 'plannedUse'),
    stage: text(params, 'stage'),
    areaMinMu: positive(params, 'areaMinMu'),
    areaMaxMu: positive(params, 'areaMaxMu'),
    within: text(params, 'within'),
    sort: sort && SORT_KEYS.includes(sort) ? sort : undefined,
    order: order === 'asc' || order === 'desc' ? order : undefined,
    page: Math.max(1, Math.floor(positive(params, 'page') ?? 1)),
    pageSize: Math.min(200, Math.max(1, Math.floor(positive(params, 'pageSize') ?? DEFAULT_PAGE_SIZE))),
  };
}

export function writeListQuery(query: ParcelListQuery): URLSearchParams {
  const params = new URLSearchParams();
  const entries: [string, string | number | undefined][] = [
    ['q', query.q],
    ['zoneId', query.zoneId],
    ['enterpriseId', query.enterpriseId],
    ['plannedUse', query.plannedUse],
    ['stage', query.stage],
    ['areaMinMu', query.areaMinMu],
    ['areaMaxMu', query.areaMaxMu],
    ['within', query.within],
    ['sort', query.sort],
    ['order', query.sort ? query.order : undefined],
    ['page', query.page === 1 ? undefined : query.page],
    ['pageSize', query.pageSize === DEFAULT_PAGE_SIZE ? undefined : query.pageSize],
  ];
  for (const [key, value] of entries) if (value !== undefined && value !== '') params.set(key, String(value));
  return params;
}

/** The API's filters: the same query with areas in m². */
export function toParcelFilters(query: ParcelListQuery): ParcelFilters {
  return {
    q: query.q,
    zoneId: query.zoneId,
    enterpriseId: query.enterpriseId,
    plannedUse: query.plannedUse,
    stage: query.stage,
    areaMin: query.areaMinMu === undefined ? undefined : muToSquareMetres(query.areaMinMu),
    areaMax: query.areaMaxMu === undefined ? undefined : muToSquareMetres(query.areaMaxMu),
    within: query.within,
    sort: query.sort,
    order: query.sort ? query.order ?? 'asc' : undefined,
  };
}

export const hasFilters = (q: ParcelListQuery) =>
  [q.q, q.zoneId, q.enterpriseId, q.plannedUse, q.stage, q.areaMinMu, q.areaMaxMu, q.within].some((v) => v !== undefined);
