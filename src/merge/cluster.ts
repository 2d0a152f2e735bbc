import { compareText } from "../model/content-id.js";
import { corroborated, pairEvidence, withinWindow } from "./evidence.js";
import type { ResolvedMergeOptions } from "./merge-options.js";
import type { MergeUnit } from "./merge-unit.js";

/** The clusters found and how many pairs were scored to find them. */
export interface Clustering {
  clusters: MergeUnit[][];
  pairsCompared: number;
}

/**
 * Groups units into incidents. Candidates are only pairs within the date window (a sweep over units
 * sorted by start, never all pairs) and of different agencies; notes are never candidates. Edges at or
 * above the threshold, and corroborated (close times or agreeing narratives), are taken strongest first; two clusters join only when they share no agency and
 * the average score over every pair between them (pairs never compared count 0) reaches the threshold,
 * so a chain of weak links cannot join unrelated events.
 * @param units units sorted by start then key
 */
export function clusterUnits(units: readonly MergeUnit[], options: ResolvedMergeOptions): Clustering {
  const scores = new Map<string, number>();
  const edges: { a: MergeUnit; b: MergeUnit; score: number }[] = [];
  let pairsCompared = 0;
  for (let i = 0; i < units.length; i++) {
    const a = units[i]!;
    if (a.note) continue;
    const reach = a.end + Math.max(options.timedWindow, options.timeTolerance);
    for (let j = i + 1; j < units.length; j++) {
      const b = units[j]!;
      if (b.start > reach) break;
      if (b.note || a.agency === b.agency || !withinWindow(a, b, options)) continue;
      pairsCompared++;
      const evidence = pairEvidence(a, b, options);
      // An uncorroborated pair is never an edge; it counts in the average between clusters.
      const ok = corroborated(evidence);
      scores.set(pairKey(a, b), evidence.score);
      if (ok && evidence.score >= options.threshold) edges.push({ a, b, score: evidence.score });
    }
  }
  edges.sort((x, y) => y.score - x.score || compareText(pairKey(x.a, x.b), pairKey(y.a, y.b)));
  const clusterOf = new Map<MergeUnit, MergeUnit[]>(units.map((u) => [u, [u]]));
  for (const { a, b } of edges) {
    const ca = clusterOf.get(a)!;
    const cb = clusterOf.get(b)!;
    if (ca === cb || !canJoin(ca, cb, scores, options.threshold)) continue;
    const joined = [...ca, ...cb];
    for (const unit of joined) clusterOf.set(unit, joined);
  }
  const clusters = [...new Set(clusterOf.values())];
  return { clusters, pairsCompared };
}

function canJoin(
  a: readonly MergeUnit[],
  b: readonly MergeUnit[],
  scores: ReadonlyMap<string, number>,
  threshold: number,
): boolean {
  const agencies = new Set(a.map((u) => u.agency));
  if (b.some((u) => agencies.has(u.agency))) return false;
  let total = 0;
  for (const x of a) for (const y of b) total += scores.get(pairKey(x, y)) ?? 0;
  return total / (a.length * b.length) >= threshold;
}

/** The key of an unordered pair of units. */
export function pairKey(a: MergeUnit, b: MergeUnit): string {
  return compareText(a.key, b.key) <= 0 ? `${a.key}\u0001${b.key}` : `${b.key}\u0001${a.key}`;
}
