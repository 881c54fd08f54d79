import { api } from './client.ts';
import type { Jurisdiction, Zone } from './types.ts';

export const listJurisdictions = () =>
  api.get<{ items: Jurisdiction[] }>('/jurisdictions').then((r) => r.items);

export const listZones = (jurisdictionCode?: string) =>
  api.get<{ items: Zone[] }>('/zones', { jurisdictionCode }).then((r) => r.items);
