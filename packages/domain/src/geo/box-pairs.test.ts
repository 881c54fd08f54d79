import { describe, expect, it } from 'vitest';
import type { BBox } from './coordinates.ts';
import { touchingBoxPairs } from './box-pairs.ts';

const box = (x: number, y: number, w = 10, h = 10): BBox => [x, y, x + w, y + h];

describe('touchingBoxPairs', () => {
  it('finds the boxes that overlap or share an edge, and no others', () => {
    const boxes = [box(0, 0), box(5, 5), box(10, 0), box(30, 0), box(0, 30), box(35, 5, 2, 2)];
    expect(touchingBoxPairs(boxes)).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
      [3, 5],
    ]);
  });

  it('needs the boxes to meet in both directions', () => {
    // side by side in x but far apart in y, and the other way round
    expect(touchingBoxPairs([box(0, 0), box(5, 50), box(50, 5)])).toEqual([]);
  });

  it('agrees with comparing every pair on a grid of thousands', () => {
    const boxes: BBox[] = [];
    for (let i = 0; i < 3000; i++) boxes.push(box((i % 60) * 9.5, Math.floor(i / 60) * 12 + (i % 7), 10, 10));
    const brute: Array<[number, number]> = [];
    for (let a = 0; a < boxes.length; a++) {
      for (let b = a + 1; b < boxes.length; b++) {
        const [p, q] = [boxes[a]!, boxes[b]!];
        if (p[0] <= q[2] && q[0] <= p[2] && p[1] <= q[3] && q[1] <= p[3]) brute.push([a, b]);
      }
    }
    expect(brute.length).toBeGreaterThan(3000);
    expect(touchingBoxPairs(boxes)).toEqual(brute);
  });
});
