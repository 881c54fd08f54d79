/**
 * A small seeded pseudo-random generator (mulberry32), so that the demo county is the
 * same on every machine and every start. Never use Math.random() in the demo.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A float in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** Rounds to a number of decimals (areas to 2, fractions to 4). */
export function round(value: number, decimals = 0): number {
  if (decimals < 0) {
    const unit = 10 ** -decimals;
    return Math.round(value / unit) * unit;
  }
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
