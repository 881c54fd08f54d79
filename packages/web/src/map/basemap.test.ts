import { describe, expect, it } from 'vitest';
import { basemapFailed } from './basemap.ts';

describe('giving up on a basemap', () => {
  it('gives up when the first tiles all fail', () => {
    expect(basemapFailed(0, 3)).toBe(false);
    expect(basemapFailed(0, 4)).toBe(true);
  });

  it('keeps a basemap with an occasional failed tile', () => {
    expect(basemapFailed(1, 4)).toBe(false);
    expect(basemapFailed(20, 5)).toBe(false);
  });

  it('gives up when most tiles fail', () => {
    expect(basemapFailed(5, 7)).toBe(true);
    expect(basemapFailed(6, 6)).toBe(false);
  });
});
