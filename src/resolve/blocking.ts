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
  const blocks = new Map<string, number[]>();
  profiles.forEach((p, i) => {
    for (const key of blockingKeys(p)) {
      const list = blocks.get(key);
      if (list === undefined) blocks.set(key, [i]);
      else list.push(i);
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const n = profiles.length;
  const add = (i: number, j: number) => {
    const x = Math.min(i, j);
    const y = Math.max(i, j);
    const id = x * n + y;
    if (seen.has(id)) return;
    seen.add(id);
    pairs.push([x, y]);
  };
  for (const [key, members] of blocks) {
    if (key.startsWith("S|")) continue;
    if (key.startsWith("H|")) {
      const spokes = blocks.get(`S${key.slice(1)}`) ?? [];
      if (members.length + spokes.length > maxBlock) continue;
      const all = [...members, ...spokes];
      for (const i of members) for (const j of all) if (i !== j) add(i, j);
      continue;
    }
    if (members.length < 2 || members.length > maxBlock) continue;
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) add(members[x]!, members[y]!);
    }
  }
  return pairs;
}
