import type { ParcelResult, PrimaryCategory } from '@panhuo/domain';
import type { ChangeKind, RunSummary } from './schema.ts';

/** What a run keeps of a parcel's previous result to tell what changed. */
export interface PreviousResult {
  primaryCategory: PrimaryCategory;
  metCriteria: string[];
}

const flagged = (c: PrimaryCategory) => c === 'IDLE' || c === 'INEFFICIENT';

export const metCriteriaOf = (r: ParcelResult): string[] => r.criteria.filter((c) => c.status === 'MET').map((c) => c.id);

/**
 * NEW: flagged now and not before (or not in the previous run); CLEARED: flagged before
 * and not now; CHANGED: its category or the criteria it meets differ; SAME otherwise.
 * Null when there is no previous run to compare with.
 */
export function changeOf(previous: PreviousResult | undefined, hasPreviousRun: boolean, primary: PrimaryCategory, met: string[]): ChangeKind | null {
  if (!hasPreviousRun) return null;
  const was = previous ? flagged(previous.primaryCategory) : false;
  const is = flagged(primary);
  if (is && !was) return 'NEW';
  if (was && !is) return 'CLEARED';
  if (!previous) return 'SAME';
  if (previous.primaryCategory !== primary) return 'CHANGED';
  const before = new Set(previous.metCriteria);
  if (before.size !== met.length || met.some((id) => !before.has(id))) return 'CHANGED';
  return 'SAME';
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Counts and areas (m²) by primary category, by criterion and status, by class, and the changes. */
export function summarise(
  entries: Array<{ area_m2: number; result: ParcelResult; change: ChangeKind | null }>,
  criteria: Array<{ id: string; category: 'IDLE' | 'INEFFICIENT' }>,
  hasPreviousRun: boolean,
): RunSummary {
  const tally = () => ({ count: 0, area_m2: 0 });
  const byCategory = { IDLE: tally(), INEFFICIENT: tally(), NONE: tally(), INCONCLUSIVE: tally() };
  const byCriterion = criteria.map((c) => ({ criterionId: c.id, category: c.category, MET: tally(), UNKNOWN: tally(), MANUAL: tally() }));
  const index = new Map(criteria.map((c, i) => [c.id, i]));
  const classes = new Map<string, { count: number; area_m2: number }>();
  const changes = { NEW: 0, CLEARED: 0, CHANGED: 0, SAME: 0 };
  for (const { area_m2, result, change } of entries) {
    const cat = byCategory[result.primaryCategory];
    cat.count++;
    cat.area_m2 += area_m2;
    for (const c of result.criteria) {
      if (c.status === 'NOT_MET') continue;
      const i = index.get(c.id);
      if (i === undefined) continue;
      const t = byCriterion[i]![c.status];
      t.count++;
      t.area_m2 += area_m2;
    }
    for (const k of result.classes ?? []) {
      const t = classes.get(k) ?? tally();
      t.count++;
      t.area_m2 += area_m2;
      classes.set(k, t);
    }
    if (change) changes[change]++;
  }
  for (const t of Object.values(byCategory)) t.area_m2 = round2(t.area_m2);
  for (const c of byCriterion) for (const s of ['MET', 'UNKNOWN', 'MANUAL'] as const) c[s].area_m2 = round2(c[s].area_m2);
  return {
    byCategory,
    byCriterion,
    byClass: [...classes].sort(([a], [b]) => a.localeCompare(b)).map(([classId, t]) => ({ classId, count: t.count, area_m2: round2(t.area_m2) })),
    changes: hasPreviousRun ? changes : null,
  };
}
