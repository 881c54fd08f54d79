import type { Database } from '../../db/database.ts';
import type { Actor } from '../../auth/actor.ts';
import { jurisdictionInScope } from './settings-service.ts';
import { findZoneBoundaries } from './zones-repository.ts';

/** The park boundaries of the map as a GeoJSON FeatureCollection (EPSG:4490 lon/lat). */
export async function zoneBoundaries({ db, actor }: { db: Database; actor: Actor }, jurisdictionCode?: string) {
  const code = jurisdictionCode === undefined ? undefined : jurisdictionInScope(actor, jurisdictionCode);
  const rows = await findZoneBoundaries(db, actor.scope, code);
  return {
    type: 'FeatureCollection' as const,
    features: rows.map(({ geometry, ...properties }) => ({ type: 'Feature' as const, properties, geometry })),
  };
}
