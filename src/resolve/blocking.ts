import type { Profile } from "./profile.js";

const everyInitial: readonly string[] = [..."abcdefghijklmnopqrstuvwxyz0123456789"];

/**
 * The blocking keys of a profile: two profiles are compared only when they share one. Keys: the sound
 * of each family-name barrel (Double Metaphone) with the given name's initial or nickname group, the DOB, the DOB with day and month in either order,
 * the NHS number, the role code, the given-name groups (nicknames) with the birth year, the sound of the
 * given name with the family name's initial, and the postcode with the given name's initial.
 * @param p a profile
 * @returns its keys
 */
export function blockingKeys(p: Profile): string[] {
  const keys: string[] = [];
  if (p.code !== null) keys.push(`c:${p.code}`);
  // Surname sound with the given name's initial, or with each of its nickname groups; a mention with no
  // given name ("Mrs Jones") joins every initial's block of its surname.
  const initials = p.given === null ? everyInitial : [p.given[0]!];
  for (const sound of p.familySounds) {
    for (const initial of initials) keys.push(`f:${sound}:${initial}`);
    for (const group of p.givenGroups) keys.push(`fg:${sound}:${group}`);
  }
  if (p.dob !== null) {
    keys.push(`d:${p.dob}`);
    const [y, m, d] = p.dob.split("-") as [string, string, string];
    keys.push(`s:${y}:${[m, d].sort().join(":")}`);
    const givenKeys = p.givenGroups.length > 0 ? p.givenGroups : p.given === null ? [] : [p.given];
    for (const g of givenKeys) keys.push(`gy:${g}:${y}`);
  }
  if (p.nhs !== null) keys.push(`n:${p.nhs}`);
  if (p.givenSound !== null && p.family !== null) {
    keys.push(`gf:${p.givenSound}:${p.family[0]}`);
    // The same name written surname first ("JONES Sarah") blocks with its usual reading.
    keys.push(`f:${p.givenSound}:${p.family[0]}`);
  }
  if (p.postcode !== null) keys.push(`p:${p.postcode}:${p.given?.[0] ?? ""}`);
  // A given name alone ("Danny") is compared with everyone of that given name or its nicknames: it is
  // the hub (H) of the block, the others are spokes (S), and only pairs with a hub are made.
  if (p.given !== null) {
    const side = p.family === null && p.code === null ? "H" : "S";
    for (const g of p.givenGroups.length > 0 ? p.givenGroups : [p.given]) keys.push(`${side}|${g}`);
  }
  return keys;
}

/**
 * The candidate pairs: every pair of profiles that share a blocking key, each pair once, as indices
 * (i < j) into `profiles`, in a deterministic order. Keys held by more than `maxBlock` profiles are
 * skipped: they tell too little to be worth every pair.
 * @param profiles the profiles, in their canonical order
 * @param maxBlock the largest block compared in full
 * @returns pairs as [i, j]
 */
export function candidatePairs(profiles: readonly Profile[], maxBlock: number): [number, number][] {
  const pairs: [number, number][] = [];
  forEachCandidatePair(profiles, maxBlock, (i, j) => pairs.push([i, j]));
  return pairs;
}

/**
 * Calls `visit(i, j)` (i < j) once for each candidate pair of {@link candidatePairs}, without holding
 * them: a review of a million rows has tens of millions, more than a JavaScript Set or Map can hold.
 * Pairs are made unique per lower index, in ascending order of i.
 * @param profiles the profiles, in their canonical order
 * @param maxBlock the largest block compared in full
 * @param visit called once per pair
 */
export function forEachCandidatePair(
  profiles: readonly Profile[],
  maxBlock: number,
  visit: (i: number, j: number) => void,
): void {
  const blocks = new Map<string, number[]>();
  const keysOf: string[][] = profiles.map((p, i) => {
    const keys = blockingKeys(p);
    for (const key of keys) {
      const list = blocks.get(key);
      // A key given twice by one profile counts twice in its block's size, as it always has.
      if (list === undefined) blocks.set(key, [i]);
      else list.push(i);
    }
    return keys;
  });
  // Each list is in ascending order (profiles are read in order): a profile's partners are those after it.
  const partners = new Set<number>();
  const after = (list: readonly number[] | undefined, i: number): void => {
    if (list === undefined) return;
    for (let q = firstAfter(list, i); q < list.length; q++) partners.add(list[q]!);
  };
  for (let i = 0; i < profiles.length; i++) {
    partners.clear();
    for (const key of keysOf[i]!) {
      const hub = key.startsWith("H|");
      if (hub || key.startsWith("S|")) {
        // A given name alone (the hub) pairs with every profile of that name; spokes pair only with hubs.
        const hubs = blocks.get(`H${key.slice(1)}`);
        const spokes = blocks.get(`S${key.slice(1)}`);
        if ((hubs?.length ?? 0) + (spokes?.length ?? 0) > maxBlock) continue;
        after(hubs, i);
        if (hub) after(spokes, i);
        continue;
      }
      const members = blocks.get(key)!;
      if (members.length < 2 || members.length > maxBlock) continue;
      after(members, i);
    }
    for (const j of [...partners].sort((x, y) => x - y)) visit(i, j);
  }
}

/**
 * The position of the first index above `i` in an ascending list of indices (binary search).
 * @example
 * firstAfter([1, 4, 9], 4) // 2
 */
export function firstAfter(list: readonly number[], i: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! <= i) low = middle + 1;
    else high = middle;
  }
  return low;
}
