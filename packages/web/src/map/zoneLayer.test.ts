import { describe, expect, it } from 'vitest';
import { zoneLabel } from './zoneLayer.ts';

describe('park labels', () => {
  it('name the park and, below, its war zones', () => {
    expect(zoneLabel('青岚县城工业园', ['东区战区', '西区战区'])).toBe('青岚县城工业园\n东区战区、西区战区');
    expect(zoneLabel('青岚县城工业园', [])).toBe('青岚县城工业园');
    expect(zoneLabel('青岚县城工业园', undefined)).toBe('青岚县城工业园');
  });
});
