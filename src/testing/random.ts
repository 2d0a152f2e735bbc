/** A seeded pseudo-random source (mulberry32): the same seed gives the same numbers on every machine. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

/**
 * A mulberry32 generator seeded with a 32-bit integer. Never Math.random: the generator's output must
 * be the same bytes on every machine.
 * @param seed any integer (taken modulo 2^32)
 * @returns the seeded source
 * @example
 * createRandom(7).int(1, 6) // the same die roll every time for seed 7
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError("pick from an empty list");
      return items[Math.floor(next() * items.length)] as T;
    },
  };
}

/**
 * Derives an independent 32-bit seed from a seed and a stream number (a family's index), so adding
 * families never changes the ones before.
 * @example
 * deriveSeed(42, 0) !== deriveSeed(42, 1) // true
 */
export function deriveSeed(seed: number, stream: number): number {
  let h = Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (stream >>> 0) ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h ^ Math.imul(stream + 1, 0x27d4eb2f), 0x165667b1) >>> 0;
  return (h ^ (h >>> 15)) >>> 0;
}
