/**
 * Achievement by war zone (战区) or by responsible unit (责任单位), for the headquarters'
 * view; a zone or unit has a target of its own only where the data allocates one.
 */
import type { IsoDate } from '../cases/types.ts';
import { achievementOf, measureInScope, resolveAmountTarget, type ResolvedTarget, type TargetAchievement } from './achievement.ts';
import type { AmountTarget, RevitalisedMeasure, TargetScope } from './types.ts';

export type BreakdownDimension = 'warZone' | 'unit';

export interface BreakdownRow {
  /** the war zone's or unit's id; null for measures that name none */
  key: string | null;
  /** whether the row has a target of its own (an allocation), or shows achievement only */
  allocated: boolean;
  achievement: TargetAchievement;
}

const keyOf = (m: RevitalisedMeasure, by: BreakdownDimension) => (by === 'warZone' ? m.warZoneId : m.unitId) ?? null;
const scopeKey = (s: TargetScope | undefined, by: BreakdownDimension) => (by === 'warZone' ? s?.warZoneId : s?.unitId);

/**
 * Achievement by war zone or by responsible unit. A row uses its allocation (an amount
 * target scoped to that zone or unit) when one is given, else the parent's periods with
 * no figures. A parcel whose measures belong to two units counts once for each, so the
 * rows' parcels may add up to more than the whole.
 */
export function amountAchievementBy(
  target: AmountTarget,
  measures: readonly RevitalisedMeasure[],
  asOf: IsoDate,
  by: BreakdownDimension,
  allocations: readonly AmountTarget[] = [],
): BreakdownRow[] {
  const parent = resolveAmountTarget(target);
  const keys = new Set<string | null>();
  for (const a of allocations) {
    const k = scopeKey(a.scope, by);
    if (k === undefined) throw new RangeError(`分解目标 ${a.id} 未指明${by === 'warZone' ? '战区' : '责任单位'}`);
    keys.add(k);
  }
  for (const m of measures) if (measureInScope(m, target.scope)) keys.add(keyOf(m, by));
  return [...keys].map((key) => {
    const allocation = allocations.find((a) => scopeKey(a.scope, by) === key);
    const rowScope: TargetScope = { ...target.scope, ...(by === 'warZone' ? { warZoneId: key ?? undefined } : { unitId: key ?? undefined }) };
    const resolved: ResolvedTarget = allocation
      ? resolveAmountTarget({ ...allocation, scope: { ...target.scope, ...allocation.scope } })
      : { ...parent, scope: rowScope, periods: parent.periods.map((p) => ({ ...p, incremental: {}, cumulative: {} })) };
    const rowMeasures = key === null ? measures.filter((m) => keyOf(m, by) === null) : measures;
    return { key, allocated: allocation !== undefined, achievement: achievementOf(resolved, rowMeasures, asOf) };
  });
}
