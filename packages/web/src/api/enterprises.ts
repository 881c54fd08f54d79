import { api, type Page } from './client.ts';
import type { Enterprise, EnterpriseInput, EnterpriseSummary } from './types.ts';

export const listEnterprises = (q: string | undefined, page: number, pageSize: number, signal?: AbortSignal) =>
  api.get<Page<EnterpriseSummary>>('/enterprises', { q, page, pageSize }, signal);

export const getEnterprise = (id: string) => api.get<Enterprise>(`/enterprises/${encodeURIComponent(id)}`);

export const createEnterprise = (input: EnterpriseInput) => api.post<Enterprise>('/enterprises', input);

export const updateEnterprise = (id: string, input: EnterpriseInput) =>
  api.put<Enterprise>(`/enterprises/${encodeURIComponent(id)}`, input);
