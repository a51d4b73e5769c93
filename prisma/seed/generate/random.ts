/**
 * A small, fast, seeded PRNG (sfc32) and the helpers the register generator needs. The same seed
 * always gives the same sequence, on every platform.
 */

import { formatDay, parseDay } from "./dates";

export type SeedInput = string | number;

/** cyrb128: four 32-bit words from a string, for seeding sfc32. */
export function hashSeed(seed: SeedInput): [number, number, number, number] {
  const text = String(seed);
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** splitmix32 finaliser: a well-mixed 32-bit value from an integer. */
export function mix32(value: number): number {
  let z = (value + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** Items with cumulative weights, for fast repeated weighted picks. */
export type WeightedTable<T> = { items: readonly T[]; cumulative: Float64Array; total: number };

export function weightedTable<T>(entries: readonly (readonly [T, number])[]): WeightedTable<T> {
  const items: T[] = [];
  const cumulative = new Float64Array(entries.length);
  let total = 0;
  entries.forEach(([item, weight], index) => {
    total += Math.max(0, weight);
    items.push(item);
    cumulative[index] = total;
  });
  if (total <= 0) throw new RangeError("weightedTable needs a positive total weight");
  return { items, cumulative, total };
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  /** `next` bound to this generator, for APIs that take a `() => number`. */
  readonly source: () => number;

  constructor(a: number, b: number, c: number, d: number) {
    this.a = a >>> 0;
    this.b = b >>> 0;
    this.c = c >>> 0;
    this.d = d >>> 0 || 1;
    for (let i = 0; i < 12; i++) this.next();
    this.source = () => this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Real number in [min, max). */
  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** Log-uniform real in [min, max): small values as likely per decade as large ones. */
  logFloat(min: number, max: number): number {
    return Math.exp(Math.log(min) + this.next() * (Math.log(max) - Math.log(min)));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Weighted pick from [item, weight] pairs (linear scan; use `fromTable` in hot loops). */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const entry of entries) total += entry[1];
    let r = this.next() * total;
    for (const entry of entries) {
      r -= entry[1];
      if (r < 0) return entry[0];
    }
    return entries[entries.length - 1][0];
  }

  fromTable<T>(table: WeightedTable<T>): T {
    const r = this.next() * table.total;
    const cumulative = table.cumulative;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return table.items[lo];
  }

  /** A day number in [from, to] (see dates.ts). */
  dayBetween(from: number, to: number): number {
    return to <= from ? from : this.int(from, to);
  }

  /** A "YYYY-MM-DD" date in [from, to], both "YYYY-MM-DD". */
  dateBetween(from: string, to: string): string {
    return formatDay(this.dayBetween(parseDay(from), parseDay(to)));
  }

  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = items.slice();
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      const tmp = copy[i];
      copy[i] = copy[j];
      copy[j] = tmp;
    }
    return copy.slice(0, n);
  }

  /** A string of `length` random decimal digits. */
  digits(length: number): string {
    let out = "";
    for (let i = 0; i < length; i++) out += Math.floor(this.next() * 10);
    return out;
  }
}

export function createRandom(seed: SeedInput): Random {
  const [a, b, c, d] = hashSeed(seed);
  return new Random(a, b, c, d);
}

const seedCache = new Map<string, [number, number, number, number]>();

/** An independent generator for item `index` under `seed`: items can be generated in any order. */
export function forItem(seed: SeedInput, index: number): Random {
  const key = String(seed);
  let base = seedCache.get(key);
  if (!base) {
    base = hashSeed(key);
    if (seedCache.size > 64) seedCache.clear();
    seedCache.set(key, base);
  }
  const m = mix32(index);
  return new Random(base[0] ^ m, base[1] ^ mix32(m), base[2] ^ mix32(index ^ 0x5bd1e995), base[3] ^ index);
}
