import { listJurisdictions } from '../api/reference.ts';
import type { Jurisdiction } from '../api/types.ts';
import { useRemote } from './useRemote.ts';

/** The jurisdictions in the user's scope; `counties` are the ones ledgers belong to. */
export function useJurisdictions() {
  const remote = useRemote(() => listJurisdictions(), []);
  const all: Jurisdiction[] = remote.data ?? [];
  return { ...remote, all, counties: all.filter((j) => j.level === 'COUNTY') };
}
