import type { Precision } from "../model/chronology.js";
import type { ResolvedMergeOptions } from "./merge-options.js";
import type { MergeUnit } from "./merge-unit.js";
import { diceSimilarity, overlap } from "./text-similarity.js";

/** The weights of each kind of evidence in a pair's score; they sum to 1. */
export const evidenceWeights = { people: 0.35, time: 0.25, category: 0.15, text: 0.25 } as const;

/** What evidence is read from: a unit of identical rows, or a merged event. */
export type Comparable = Pick<
  MergeUnit,
  "start" | "end" | "timed" | "precision" | "subjects" | "categories" | "tokens"
>;

/** The evidence that two rows are one incident, each part 0 to 1, and the weighted score. */
export interface PairEvidence {
  people: number;
  time: number;
  category: number;
  text: number;
  score: number;
}

const coarseTime: Readonly<Record<Precision, number>> = {
  minute: 1,
  hour: 1,
  day: 0.6,
  month: 0.25,
  season: 0.1,
  year: 0.1,
};

const precisionRank: Readonly<Record<Precision, number>> = {
  minute: 0,
  hour: 1,
  day: 2,
  month: 3,
  season: 4,
  year: 5,
};

/** The gap between two [start, end) intervals in ms; 0 when they overlap or touch. */
export function intervalGap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, b.start - a.end, a.start - b.end);
}

/**
 * Whether two units are close enough in time to be compared at all: within the timed window when
 * either has a time, otherwise their intervals overlap (the same day, the covering month, ...).
 */
export function withinWindow(a: Comparable, b: Comparable, options: ResolvedMergeOptions): boolean {
  if (a.timed || b.timed) return intervalGap(a, b) <= options.timedWindow;
  return Math.min(a.end, b.end) > Math.max(a.start, b.start);
}

/** Time evidence: closeness for timed pairs, and less the coarser the vaguer date is. */
export function timeEvidence(a: Comparable, b: Comparable, options: ResolvedMergeOptions): number {
  const coarser = precisionRank[a.precision] >= precisionRank[b.precision] ? a.precision : b.precision;
  const closeness = options.timedWindow === 0 ? 1 : Math.max(0, 1 - intervalGap(a, b) / options.timedWindow);
  return coarseTime[coarser] * closeness;
}

/** Category evidence: 0 when both have categories and share none, 0.4 when either has none. */
export function categoryEvidence(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0.4;
  const union = new Set([...a, ...b]).size;
  const shared = a.length + b.length - union;
  return shared === 0 ? 0 : 0.5 + (0.5 * shared) / union;
}

/**
 * Scores the evidence that two units of different agencies are one incident. Symmetric.
 * `withTime: false` leaves time out and rescales (used to propose links between far-apart dates).
 */
export function pairEvidence(
  a: Comparable,
  b: Comparable,
  options: ResolvedMergeOptions,
  withTime = true,
): PairEvidence {
  const w = evidenceWeights;
  const people = overlap(a.subjects, b.subjects, 0.4);
  const time = withTime ? timeEvidence(a, b, options) : 0;
  const category = categoryEvidence(a.categories, b.categories);
  const text = diceSimilarity(a.tokens, b.tokens);
  const raw = w.people * people + w.category * category + w.text * text + (withTime ? w.time * time : 0);
  const score = withTime ? raw : raw / (1 - w.time);
  return { people, time, category, text, score };
}
