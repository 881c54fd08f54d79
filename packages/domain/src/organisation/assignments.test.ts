import { describe, expect, it } from 'vitest';
import { holderOn, overlaps, planAssignment } from './assignments.ts';
import type { Assignment } from './types.ts';

const a = (id: string, personId: string, from: string, to: string | null = null, positionId = 'director'): Assignment => ({ id, positionId, personId, from, to });
const names: Record<string, string> = { lin: '林书航', zheng: '郑海峰', wu: '吴静宜' };
const nameOf = (id: string) => names[id] ?? id;

describe('holderOn', () => {
  const history = [a('1', 'lin', '2025-01-01', '2026-05-31'), a('2', 'zheng', '2026-06-01')];
  it.each([
    ['2024-12-31', undefined],
    ['2025-01-01', 'lin'],
    ['2026-05-31', 'lin'],
    ['2026-06-01', 'zheng'],
    ['2030-01-01', 'zheng'],
  ])('on %s the holder is %s', (date, person) => {
    expect(holderOn(history, 'director', date)?.personId).toBe(person);
  });
  it('looks at the position asked for only', () => {
    expect(holderOn(history, 'deputy', '2026-06-01')).toBeUndefined();
  });
});

describe('overlaps', () => {
  it.each([
    [{ from: '2026-01-01', to: '2026-01-31' }, { from: '2026-01-31', to: null }, true],
    [{ from: '2026-01-01', to: '2026-01-31' }, { from: '2026-02-01', to: null }, false],
    [{ from: '2026-03-01', to: null }, { from: '2026-01-01', to: '2026-02-28' }, false],
    [{ from: '2026-03-01', to: null }, { from: '2026-01-01', to: '2026-03-01' }, true],
    [{ from: '2026-03-01', to: null }, { from: '2027-01-01', to: null }, true],
  ])('%o and %o: %s', (x, y, expected) => {
    expect(overlaps(x, y)).toBe(expected);
    expect(overlaps(y, x)).toBe(expected);
  });
});

describe('planAssignment', () => {
  it('gives a vacant position without ending anyone', () => {
    expect(planAssignment([], { positionId: 'director', personId: 'lin', from: '2026-03-01', to: null })).toEqual({ ok: true, end: null });
  });

  it('a change of person ends the previous holder the day before and keeps the position', () => {
    const current = a('1', 'lin', '2026-03-01');
    const plan = planAssignment([current], { positionId: 'director', personId: 'zheng', from: '2026-07-01', to: null });
    expect(plan).toEqual({ ok: true, end: { assignment: current, to: '2026-06-30' } });
    const after = [{ ...current, to: '2026-06-30' }, a('2', 'zheng', '2026-07-01')];
    expect(holderOn(after, 'director', '2026-06-30')?.personId).toBe('lin');
    expect(holderOn(after, 'director', '2026-07-01')?.personId).toBe('zheng');
  });

  it('refuses a tenure that overlaps a closed one, naming the holder and the period in Chinese', () => {
    const plan = planAssignment([a('1', 'lin', '2026-01-01', '2026-06-30')], { positionId: 'director', personId: 'wu', from: '2026-06-30', to: null }, nameOf);
    expect(plan).toMatchObject({ ok: false, code: 'OVERLAP' });
    expect(plan.ok ? '' : plan.message).toBe('该席位2026年1月1日至2026年6月30日由林书航担任，与新的任职期间（2026年6月30日起）重叠；一个席位同一时间只能由一人担任');
  });

  it('accepts a tenure that starts the day after a closed one ends', () => {
    expect(planAssignment([a('1', 'lin', '2026-01-01', '2026-06-30')], { positionId: 'director', personId: 'wu', from: '2026-07-01', to: null })).toEqual({ ok: true, end: null });
  });

  it('refuses to start before or on the day the open holder started (history is not rewritten)', () => {
    const open = a('1', 'zheng', '2026-06-01');
    for (const from of ['2026-06-01', '2026-04-01']) {
      const plan = planAssignment([open], { positionId: 'director', personId: 'wu', from, to: null }, nameOf);
      expect(plan).toMatchObject({ ok: false, code: 'OVERLAP', conflict: open });
    }
  });

  it('refuses a back-dated tenure that overlaps the relieved holder of an earlier change', () => {
    const history = [a('1', 'lin', '2025-01-01', '2026-05-31'), a('2', 'zheng', '2026-06-01')];
    const plan = planAssignment(history, { positionId: 'director', personId: 'wu', from: '2026-07-01', to: null });
    expect(plan).toEqual({ ok: true, end: { assignment: history[1], to: '2026-06-30' } });
    const early = planAssignment(history, { positionId: 'director', personId: 'wu', from: '2026-05-01', to: '2026-05-15' }, nameOf);
    expect(early).toMatchObject({ ok: false, code: 'OVERLAP', conflict: history[0] });
  });

  it('refuses an end before the start', () => {
    expect(planAssignment([], { positionId: 'director', personId: 'lin', from: '2026-03-01', to: '2026-02-28' })).toMatchObject({ ok: false, code: 'BAD_PERIOD' });
  });
});
