import type { Comparison } from "../model/chronology.js";
import { compareProfiles, dobLevel, type PairScore, type TermFrequencies } from "./compare.js";
import type { Profile } from "./profile.js";

/** One join of two groups of profiles, by the pair of profiles that scored highest between them. */
export interface ProfileMerge {
  a: number;
  b: number;
  score: number;
  comparisons: Comparison[];
}

export interface Clustering {
  /** The cluster (its lowest profile index) of each profile. */
  clusterOf: number[];
  /** The merges that built each cluster, keyed by cluster. */
  merges: Map<number, ProfileMerge[]>;
}

/**
 * Groups profiles into people without chaining: candidate pairs at or above the threshold with no
 * conflict are taken strongest first, and two groups join only when no pair across them has a hard
 * conflict (two NHS numbers, stated sexes, a professional and a family member, ...), at most half have a
 * soft one (different given names or dates of birth), and their mean score is at least `floor`. A weak
 * middle link therefore cannot join two people who are plainly different.
 * @param profiles the profiles in canonical order
 * @param pairs candidate pairs from blocking, each once: a list, or a function that visits them
 * @param tf name frequencies
 * @param threshold the least score that joins a pair
 * @param floor the least mean score across two groups for them to join
 * @param counts how many mentions each profile stands for (pairs across groups weigh by them)
 * @returns each profile's cluster and the merges made
 */
export function clusterProfiles(
  profiles: readonly Profile[],
  pairs: readonly (readonly [number, number])[] | ((visit: (i: number, j: number) => void) => void),
  tf: TermFrequencies,
  threshold: number,
  floor: number,
  counts: readonly number[] = profiles.map(() => 1),
): Clustering {
  const n = profiles.length;
  // Each pair's score is kept as one small integer (see `packScore`), not an object: there are many.
  const cache = new Map<number, number>();
  const score = (i: number, j: number): number => {
    const x = Math.min(i, j);
    const y = Math.max(i, j);
    const id = x * n + y;
    let found = cache.get(id);
    if (found === undefined) {
      found = packScore(compareProfiles(profiles[x]!, profiles[y]!, tf));
      cache.set(id, found);
    }
    return found;
  };
  const edges: { i: number; j: number; s: number }[] = [];
  const candidate = (i: number, j: number): void => {
    // Blocking gives each pair once, so it is scored here without a look in the cache. Only the edges are
    // kept for `compatible` (the others are scored again if asked): a million rows give tens of millions
    // of candidates, more than a Map can hold.
    const x = Math.min(i, j);
    const y = Math.max(i, j);
    const s = packScore(compareProfiles(profiles[x]!, profiles[y]!, tf));
    if (conflictOf(s) === 0 && scoreOf(s) >= threshold) {
      cache.set(x * n + y, s);
      edges.push({ i, j, s: scoreOf(s) });
    }
  };
  if (typeof pairs === "function") pairs(candidate);
  else for (const [i, j] of pairs) candidate(i, j);
  edges.sort((x, y) => y.s - x.s || x.i - y.i || x.j - y.j);
  const parent = profiles.map((_p, i) => i);
  const members = profiles.map((_p, i) => [i]);
  const merges = new Map<number, ProfileMerge[]>();
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    while (parent[i] !== r) {
      const next = parent[i]!;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  for (const { i, j } of edges) {
    const ri = find(i);
    const rj = find(j);
    if (ri === rj) continue;
    if (!compatible(members[ri]!, members[rj]!, score, floor, counts)) continue;
    if (datesOfBirthDiffer(members[ri]!, members[rj]!, profiles, counts)) continue;
    const [keep, drop] = ri < rj ? [ri, rj] : [rj, ri];
    parent[drop] = keep;
    for (const m of members[drop]!) members[keep]!.push(m);
    members[drop] = [];
    const kept = merges.get(keep) ?? [];
    for (const m of merges.get(drop) ?? []) kept.push(m);
    const explained = compareProfiles(profiles[i]!, profiles[j]!, tf, true);
    kept.push({ a: i, b: j, score: explained.score, comparisons: explained.comparisons });
    merges.set(keep, kept);
    merges.delete(drop);
  }
  return { clusterOf: profiles.map((_p, i) => find(i)), merges };
}

const softConflict = 1;
const hardConflict = 2;

/**
 * A pair's score and conflict as one integer: the score in hundredths (it is rounded to them) times
 * four, plus 0 (no conflict), 1 (soft) or 2 (hard). `scoreOf` gives back the very same number.
 */
function packScore(s: PairScore): number {
  const flag = s.conflict === null ? 0 : s.hard ? hardConflict : softConflict;
  return Math.round(s.score * 100) * 4 + flag;
}

function conflictOf(packed: number): number {
  return packed & 3;
}

function scoreOf(packed: number): number {
  return (packed - (packed & 3)) / 4 / 100;
}

/**
 * Two groups may join when no pair across them has a hard conflict, less than half the pairs have a
 * soft one (a mistyped given name or DOB in one mention does not keep two groups of the same person
 * apart, but twins stay two), and the mean score across them is at least `floor`. Pairs count by
 * their mentions: a profile written five times weighs five times.
 */
function compatible(
  left: readonly number[],
  right: readonly number[],
  score: (i: number, j: number) => number,
  floor: number,
  counts: readonly number[],
): boolean {
  let soft = 0;
  let sum = 0;
  let pairs = 0;
  for (const i of left) {
    for (const j of right) {
      const s = score(i, j);
      const w = counts[i]! * counts[j]!;
      const conflict = conflictOf(s);
      if (conflict !== 0) {
        if (conflict === hardConflict) return false;
        soft += w;
      }
      sum += scoreOf(s) * w;
      pairs += w;
    }
  }
  return soft * 2 < pairs && sum / pairs >= floor;
}

/**
 * Two groups are two people when their dates of birth say so: every DOB of one is far from every DOB
 * of the other, or each group's most written DOB is written at least twice and they are not the same
 * date (nor the same with day and month swapped). A single mistyped DOB is an error; two agreeing
 * records of a different date are another person born close by.
 */
function datesOfBirthDiffer(
  left: readonly number[],
  right: readonly number[],
  profiles: readonly Profile[],
  counts: readonly number[],
): boolean {
  const tally = (group: readonly number[]) => {
    const map = new Map<string, number>();
    for (const i of group) {
      const dob = profiles[i]!.dob;
      if (dob !== null) map.set(dob, (map.get(dob) ?? 0) + counts[i]!);
    }
    return map;
  };
  const a = tally(left);
  const b = tally(right);
  if (a.size === 0 || b.size === 0) return false;
  let allFar = true;
  for (const x of a.keys()) for (const y of b.keys()) if (dobLevel(x, y) !== "differ") allFar = false;
  if (allFar) return true;
  const top = (map: Map<string, number>) =>
    [...map].sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : 0))[0]!;
  const [da, na] = top(a);
  const [db, nb] = top(b);
  if (na < 2 || nb < 2) return false;
  const level = dobLevel(da, db);
  return level !== "exact" && level !== "swapped";
}
