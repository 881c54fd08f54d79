import { describe, expect, it } from 'vitest';
import { rankUnits, type UnitPerformance } from './ranking.ts';

const unit = (nameZh: string, achievedArea_m2: number, achievedParcels: number, overdueTasks = 0): UnitPerformance => ({
  unitId: nameZh,
  nameZh,
  achievedArea_m2,
  achievedParcels,
  overdueTasks,
});

describe('unit ranking (先进 / 滞后)', () => {
  it('orders by area, then parcels, then fewer overdue tasks', () => {
    const ranked = rankUnits([unit('乙', 1000, 1), unit('甲', 1000, 2), unit('丙', 5000, 1), unit('丁', 1000, 2, 3)]);
    expect(ranked.map((r) => [r.unit.nameZh, r.rank])).toEqual([
      ['丙', 1],
      ['甲', 2],
      ['丁', 3],
      ['乙', 4],
    ]);
  });

  it('marks the top third with results advanced and the bottom third with overdue tasks lagging', () => {
    const ranked = rankUnits([unit('A', 9000, 3), unit('B', 6000, 2), unit('C', 3000, 1), unit('D', 0, 0, 2), unit('E', 0, 0, 0), unit('F', 100, 1, 1)]);
    const standing = Object.fromEntries(ranked.map((r) => [r.unit.nameZh, r.standing]));
    expect(standing).toEqual({ A: 'ADVANCED', B: 'ADVANCED', C: 'NORMAL', F: 'NORMAL', E: 'NORMAL', D: 'LAGGING' });
  });

  it('does not call a unit advanced without any result, even at the top', () => {
    const ranked = rankUnits([unit('A', 0, 0), unit('B', 0, 0, 1), unit('C', 0, 0, 2)]);
    expect(ranked.find((r) => r.unit.nameZh === 'A')?.standing).toBe('NORMAL');
    expect(ranked.find((r) => r.unit.nameZh === 'C')?.standing).toBe('LAGGING');
  });

  it('gives equal figures the same rank', () => {
    const ranked = rankUnits([unit('A', 500, 1), unit('B', 500, 1), unit('C', 100, 1)]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1, 3]);
  });
});
