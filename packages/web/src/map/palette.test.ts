import { describe, expect, it } from 'vitest';
import { CATEGORY_LEGEND, STATUS_LEGEND, UNKNOWN_COLOUR, countBy, labelOf, parcelColour, withAlpha } from './palette.ts';

describe('parcel colouring', () => {
  it('colours by 认定分类 or by 处置阶段, as switched', () => {
    const parcel = { category: 'IDLE', status: 'REVITALISED' };
    expect(parcelColour('category', parcel)).toBe(CATEGORY_LEGEND.find((e) => e.label === '涉嫌闲置')!.colour);
    expect(parcelColour('status', parcel)).toBe(STATUS_LEGEND.find((e) => e.label === '已盘活')!.colour);
  });

  it('gives every category and status of the tile contract its own colour and label', () => {
    for (const legend of [CATEGORY_LEGEND, STATUS_LEGEND]) {
      expect(new Set(legend.map((e) => e.colour)).size).toBe(legend.length);
      expect(legend.every((e) => e.colour !== UNKNOWN_COLOUR)).toBe(true);
    }
    expect(CATEGORY_LEGEND.map((e) => e.value).sort()).toEqual(['IDLE', 'INCONCLUSIVE', 'INEFFICIENT', 'NONE', 'UNIDENTIFIED']);
    expect(STATUS_LEGEND.map((e) => e.value).sort()).toEqual(['CASE_OPEN', 'DETERMINED', 'DISPOSING', 'NONE', 'REVITALISED']);
    expect(labelOf('category', 'INEFFICIENT')).toBe('低效');
    expect(labelOf('status', 'CASE_OPEN')).toBe('认定程序中');
  });

  it('shows values it does not know in grey rather than guessing', () => {
    expect(parcelColour('category', { category: 'SOMETHING_NEW' })).toBe(UNKNOWN_COLOUR);
    expect(labelOf('category', undefined)).toBe('未知');
  });

  it('counts parcels per legend entry', () => {
    const counts = countBy('category', [{ category: 'IDLE' }, { category: 'IDLE' }, { category: 'NONE' }, { category: 'X' }]);
    expect(counts).toEqual({ IDLE: 2, NONE: 1, OTHER: 1 });
  });

  it('makes translucent fills from hex colours', () => {
    expect(withAlpha('#d4380d', 0.5)).toBe('rgba(212,56,13,0.5)');
  });
});
