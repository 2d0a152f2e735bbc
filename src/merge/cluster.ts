import { compareText } from "../model/content-id.js";
import { corroborated, pairEvidence, splitName, withinWindow } from "./evidence.js";
import type { ResolvedMergeOptions } from "./merge-options.js";
import type { MergeUnit } from "./merge-unit.js";

/** The clusters found and how many pairs were scored to find them. */
export interface Clustering {
  clusters: MergeUnit[][];
  pairsCompared: number;
}

/**
 * Groups units into incidents. Candidates are pairs of different agencies within the date window that
 * may be about the same people ({@link candidatePairs}: blocked, never all pairs); notes are never
 * candidates. Two rows that each name people, none of them the same or alike (and share no one known by
 * role either: the police's "Mother" resolved to the ambulance's Stacy Brown), are two incidents: their
 * pair is not scored. Edges at or above the threshold, and corroborated (close times or agreeing
 * narratives), are taken strongest first; two clusters join only when they share no agency and the
 * average score over every pair between them (pairs never scored count 0) reaches the threshold, so a
 * chain of weak links cannot join unrelated events.
 * @param units units sorted by start then key
 */
export function clusterUnits(units: readonly MergeUnit[], options: ResolvedMergeOptions): Clustering {
  const n = units.length;
  const scores = new Map<number, number>();
  const edges: { a: MergeUnit; b: MergeUnit; score: number }[] = [];
  let pairsCompared = 0;
  candidatePairs(units, options, (i, j) => {
    const a = units[i]!;
    const b = units[j]!;
    const evidence = pairEvidence(a, b, options);
    // Two rows about different people are two incidents, however alike their times and words.
    if (evidence.people === 0 && !sharesAny(a.known, b.known)) return;
    pairsCompared++;
    scores.set(i * n + j, evidence.score);
    // An uncorroborated pair is never an edge; it counts in the average between clusters.
    if (corroborated(evidence) && evidence.score >= options.threshold)
      edges.push({ a, b, score: evidence.score });
  });
  edges.sort((x, y) => y.score - x.score || compareText(pairKey(x.a, x.b), pairKey(y.a, y.b)));
  const indexOf = new Map<MergeUnit, number>(units.map((u, i) => [u, i]));
  const clusterOf = new Map<MergeUnit, MergeUnit[]>(units.map((u) => [u, [u]]));
  for (const { a, b } of edges) {
    const ca = clusterOf.get(a)!;
    const cb = clusterOf.get(b)!;
    if (ca === cb || !canJoin(ca, cb, (x, y) => scoreOf(indexOf.get(x)!, indexOf.get(y)!), options.threshold))
      continue;
    const joined = [...ca, ...cb];
    for (const unit of joined) clusterOf.set(unit, joined);
  }
  const clusters = [...new Set(clusterOf.values())];
  return { clusters, pairsCompared };

  function scoreOf(i: number, j: number): number {
    return scores.get(i < j ? i * n + j : j * n + i) ?? 0;
  }
}

/**
 * Calls `visit(i, j)` (i < j, indices into `units`) once for every pair that may be one incident: rows of
 * different agencies, neither a note, within the date window ({@link withinWindow}), and possibly about
 * the same people. That is, the pair shares a resolved person (named, or known by role such as "Mother"),
 * a family name (same or alike names), one
 * row's account holds the given name of a person the other lists, or one row names nobody. Each of those
 * is a block, swept in start order within the window, so the pairs grow with the rows of one family,
 * not with the rows of the whole review; pairs that share none of them have people evidence 0.
 * @param units units sorted by start then key
 */
export function candidatePairs(
  units: readonly MergeUnit[],
  options: ResolvedMergeOptions,
  visit: (i: number, j: number) => void,
): void {
  const n = units.length;
  const seen = new Set<number>();
  const slack = Math.max(options.timedWindow, options.timeTolerance);
  const offer = (i: number, j: number): void => {
    const [x, y] = i < j ? [i, j] : [j, i];
    const a = units[x]!;
    const b = units[y]!;
    if (a.note || b.note || a.agency === b.agency) return;
    const id = x * n + y;
    if (seen.has(id)) return;
    seen.add(id);
    if (withinWindow(a, b, options)) visit(x, y);
  };
  /** Every pair of a list of indices (in start order) whose later start is within the earlier's reach. */
  const sweep = (list: readonly number[], emit: (i: number, j: number) => void = offer): void => {
    for (let p = 0; p < list.length; p++) {
      const reach = units[list[p]!]!.end + slack;
      for (let q = p + 1; q < list.length; q++) {
        if (units[list[q]!]!.start > reach) break;
        emit(list[p]!, list[q]!);
      }
    }
  };
  const blocks = new Map<string, number[]>();
  const add = (key: string, i: number): void => {
    const list = blocks.get(key);
    if (list === undefined) blocks.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  const nobody: number[] = [];
  const givenOf = new Map<string, number[]>();
  units.forEach((unit, i) => {
    if (unit.note) return;
    if (unit.subjects.length === 0) {
      nobody.push(i);
      return;
    }
    for (const id of unit.known) add(`p:${id}`, i);
    for (const name of unit.names) {
      const [given, family] = splitName(name);
      if (family !== "") add(`f:${family}`, i);
      if (given.length >= 3 && !given.includes(" ")) {
        const stem = given.slice(0, 5);
        const list = givenOf.get(stem);
        if (list === undefined) givenOf.set(stem, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    }
  });
  for (const list of blocks.values()) sweep(list);
  // A given name in the other row's account: the rows naming it meet the rows whose words hold it.
  const holders = new Map<string, number[]>();
  units.forEach((unit, i) => {
    if (unit.note || unit.subjects.length === 0) return;
    for (const token of unit.tokens) {
      if (!givenOf.has(token)) continue;
      const list = holders.get(token);
      if (list === undefined) holders.set(token, [i]);
      else list.push(i);
    }
  });
  for (const [stem, holding] of holders) {
    const naming = new Set(givenOf.get(stem));
    const holds = new Set(holding);
    const both = [...new Set([...naming, ...holding])].sort((x, y) => x - y);
    sweep(both, (i, j) => {
      if ((naming.has(i) && holds.has(j)) || (holds.has(i) && naming.has(j))) offer(i, j);
    });
  }
  // A row that names nobody may be about anyone: it meets every row in its window.
  let next = 0;
  for (let i = 0; i < n; i++) {
    const a = units[i]!;
    if (a.note) continue;
    const reach = a.end + slack;
    if (a.subjects.length === 0) {
      for (let j = i + 1; j < n && units[j]!.start <= reach; j++) offer(i, j);
      continue;
    }
    while (next < nobody.length && nobody[next]! <= i) next++;
    for (let k = next; k < nobody.length && units[nobody[k]!]!.start <= reach; k++) offer(i, nobody[k]!);
  }
}

/** Whether two sorted id lists share an id. */
function sharesAny(a: readonly string[], b: readonly string[]): boolean {
  for (const id of a) if (b.includes(id)) return true;
  return false;
}

function canJoin(
  a: readonly MergeUnit[],
  b: readonly MergeUnit[],
  scoreOf: (x: MergeUnit, y: MergeUnit) => number,
  threshold: number,
): boolean {
  const agencies = new Set(a.map((u) => u.agency));
  if (b.some((u) => agencies.has(u.agency))) return false;
  let total = 0;
  for (const x of a) for (const y of b) total += scoreOf(x, y);
  return total / (a.length * b.length) >= threshold;
}

/** The key of an unordered pair of units. */
export function pairKey(a: MergeUnit, b: MergeUnit): string {
  return compareText(a.key, b.key) <= 0 ? `${a.key}\u0001${b.key}` : `${b.key}\u0001${a.key}`;
}
