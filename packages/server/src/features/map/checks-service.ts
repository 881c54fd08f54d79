import { findAreaMismatches, findMissingGeometry, findOverlaps } from './checks-repository.ts';
import { loadMapSettings } from './settings-repository.ts';
import { jurisdictionInScope, type MapUseCase } from './settings-service.ts';

/** Shared areas below this are drawing slivers along a common boundary, not overlaps. */
const OVERLAP_MIN_M2 = 1;

/**
 * The map's data checks over the parcels the user may see: drawn areas that differ from
 * the recorded ones by more than the jurisdiction's tolerance, overlapping outlines and
 * parcels not yet drawn.
 */
export async function mapChecks({ db, actor }: Omit<MapUseCase, 'requestId'>, jurisdictionCode?: string) {
  const code = jurisdictionInScope(actor, jurisdictionCode);
  const { settings } = await loadMapSettings(db, code);
  const filter = jurisdictionCode === undefined ? undefined : code;
  const [areaMismatches, overlaps, missingGeometry] = [
    await findAreaMismatches(db, actor.scope, filter, settings.areaTolerance),
    await findOverlaps(db, actor.scope, filter, OVERLAP_MIN_M2),
    await findMissingGeometry(db, actor.scope, filter),
  ];
  return {
    areaMismatches,
    overlaps: overlaps.map((o) => ({
      a: { id: o.aId, code: o.aCode, name: o.aName },
      b: { id: o.bId, code: o.bCode, name: o.bName },
      overlapM2: o.overlapM2,
    })),
    missingGeometry,
    tolerance: settings.areaTolerance,
  };
}
