import type { BBox } from './coordinates.ts';

/**
 * The pairs [a, b] (a < b by index in `boxes`) whose bounding boxes touch or overlap: the only
 * ones worth an exact intersection. Sorted by left edge, each box is compared with those
 * that start before it ends, so a file of thousands of outlines costs n log n plus the
 * pairs found, not n².
 */
export function touchingBoxPairs(boxes: readonly BBox[]): Array<[number, number]> {
  const order = boxes.map((_, i) => i).sort((p, q) => boxes[p]![0] - boxes[q]![0]);
  const pairs: Array<[number, number]> = [];
  for (let k = 0; k < order.length; k++) {
    const a = boxes[order[k]!]!;
    for (let m = k + 1; m < order.length; m++) {
      const b = boxes[order[m]!]!;
      if (b[0] > a[2]) break;
      if (b[1] <= a[3] && b[3] >= a[1]) {
        const [x, y] = [order[k]!, order[m]!];
        pairs.push(x < y ? [x, y] : [y, x]);
      }
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
