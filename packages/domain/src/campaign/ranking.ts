/**
 * Ranking of responsible units (先进 / 滞后) for the headquarters and the half-monthly
 * bulletin (「通报…攻坚行动中的先进典型」). The seeds name the practice, not a formula;
 * the reading is ours and stated in `unitRankingReadingZh`.
 */

export type UnitStanding = 'ADVANCED' | 'LAGGING' | 'NORMAL';

export const unitStandingLabels: Readonly<Record<UnitStanding, string>> = {
  ADVANCED: '先进',
  LAGGING: '滞后',
  NORMAL: '—',
};

export const unitRankingReadingZh =
  '〔REC〕按已盘活面积（亩）排序，面积相同按宗数，再相同按逾期任务少者在前；排名前三分之一且有盘活成果的单位为“先进”，排名后三分之一且有逾期任务的单位为“滞后”。';

export interface UnitPerformance {
  unitId: string;
  nameZh: string;
  achievedParcels: number;
  /** stored m² (two decimals); 亩 is derived for display */
  achievedArea_m2: number;
  overdueTasks: number;
}

export interface RankedUnit<T extends UnitPerformance = UnitPerformance> {
  unit: T;
  /** 1-based; units with equal figures share a rank */
  rank: number;
  standing: UnitStanding;
}

function compare(a: UnitPerformance, b: UnitPerformance): number {
  return b.achievedArea_m2 - a.achievedArea_m2 || b.achievedParcels - a.achievedParcels || a.overdueTasks - b.overdueTasks;
}

/** Units in ranking order with their rank and standing; names break ties only for a stable order. */
export function rankUnits<T extends UnitPerformance>(units: readonly T[]): RankedUnit<T>[] {
  const sorted = [...units].sort((a, b) => compare(a, b) || a.nameZh.localeCompare(b.nameZh, 'zh-CN'));
  const third = Math.ceil(sorted.length / 3);
  let rank = 0;
  return sorted.map((unit, i) => {
    if (i === 0 || compare(sorted[i - 1]!, unit) !== 0) rank = i + 1;
    const top = rank <= third;
    const bottom = rank > sorted.length - third;
    const standing: UnitStanding =
      top && (unit.achievedParcels > 0 || unit.achievedArea_m2 > 0) ? 'ADVANCED' : bottom && unit.overdueTasks > 0 ? 'LAGGING' : 'NORMAL';
    return { unit, rank, standing };
  });
}
