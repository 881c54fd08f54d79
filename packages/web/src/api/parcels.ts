import { api, downloadFile, type Page } from './client.ts';
import type { HistoryEntry, Parcel, ParcelInput, ParcelSummary } from './types.ts';

export type ParcelSortKey = 'code' | 'name' | 'area_m2' | 'stage' | 'updatedAt' | 'agreedStartDate';

/** The list filters of GET /parcels, areas in m². */
export interface ParcelFilters {
  q?: string;
  zoneId?: string;
  enterpriseId?: string;
  plannedUse?: string;
  stage?: string;
  areaMin?: number;
  areaMax?: number;
  jurisdictionCode?: string;
  /** a GeoJSON Polygon (EPSG:4490) as JSON text: parcels whose geometry intersects it */
  within?: string;
  sort?: ParcelSortKey;
  order?: 'asc' | 'desc';
}

export const listParcels = (filters: ParcelFilters, page: number, pageSize: number, signal?: AbortSignal) =>
  api.get<Page<ParcelSummary>>('/parcels', { ...filters, page, pageSize }, signal);

export const exportParcels = (filters: ParcelFilters) => downloadFile('/parcels/export', { ...filters }, '地块台账.xlsx');

export const getParcel = (id: string) => api.get<Parcel>(`/parcels/${encodeURIComponent(id)}`);

export const createParcel = (input: ParcelInput) => api.post<Parcel>('/parcels', input);

export const updateParcel = (id: string, input: ParcelInput & { version: number }) =>
  api.put<Parcel>(`/parcels/${encodeURIComponent(id)}`, input);

export const getParcelHistory = (id: string) =>
  api.get<{ items: HistoryEntry[] }>(`/parcels/${encodeURIComponent(id)}/history`).then((r) => r.items);
