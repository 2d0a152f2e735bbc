import type { Precision } from "../model/chronology.js";
import type { ResolvedMergeOptions } from "./merge-options.js";
import type { MergeUnit } from "./merge-unit.js";
import { diceSimilarity, overlap } from "./text-similarity.js";

/** The weights of each kind of evidence in a pair's score; they sum to 1. */
export const evidenceWeights = { people: 0.2, time: 0.35, category: 0.2, text: 0.25 } as const;

/**
 * Contacts that recur in the ordinary course of work (a visit, an appointment): sharing one of them says
 * less about being one incident than sharing an injury, an assault or a referral.
 */
export const routineCategories: ReadonlySet<string> = new Set([
  "home-visit",
  "appointment",
  "missed-appointment",
  "no-access",
  "child-seen",
  "education",
  "assessment",
]);

/** What evidence is read from: a unit of identical rows, or a merged event. */
export type Comparable = Pick<
  MergeUnit,
  "start" | "end" | "timed" | "precision" | "subjects" | "names" | "categories" | "tokens"
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
 * Whether two units are close enough in time to be compared at all: within the timed window when both
 * have a time (across midnight); a time within the other's day (or covering interval), give or take the
 * time tolerance, when one has a time; otherwise their intervals overlap (the same day, the month).
 */
export function withinWindow(a: Comparable, b: Comparable, options: ResolvedMergeOptions): boolean {
  if (a.timed && b.timed) return intervalGap(a, b) <= options.timedWindow;
  if (a.timed || b.timed) return intervalGap(a, b) <= options.timeTolerance;
  return Math.min(a.end, b.end) > Math.max(a.start, b.start);
}

/** Time evidence: closeness for timed pairs, and less the coarser the vaguer date is. */
export function timeEvidence(a: Comparable, b: Comparable, options: ResolvedMergeOptions): number {
  const coarser = precisionRank[a.precision] >= precisionRank[b.precision] ? a.precision : b.precision;
  const window = a.timed && b.timed ? options.timedWindow : options.timeTolerance;
  const closeness = window === 0 ? 1 : Math.max(0, 1 - intervalGap(a, b) / window);
  return coarseTime[coarser] * closeness;
}

/**
 * Categories that can be two sides of one incident: the police record an assault, the ambulance an
 * injury, the emergency department an attendance; the school a referral, children's social care a
 * strategy discussion. Categories in no group here are compatible only with themselves.
 */
export const compatibleCategories: readonly (readonly string[])[] = [
  [
    "domestic-abuse",
    "injury",
    "hospital-attendance",
    "arrest",
    "death",
    "substance-misuse",
    "mental-health",
    "referral",
    "marac",
  ],
  [
    "referral",
    "strategy-meeting",
    "child-protection-enquiry",
    "assessment",
    "conference",
    "plan-start",
    "plan-end",
    "marac",
    "case-closed",
  ],
  ["home-visit", "appointment", "missed-appointment", "no-access", "child-seen", "assessment"],
  ["move", "household-change", "transfer-in", "transfer-out"],
];

function compatible(a: readonly string[], b: readonly string[]): boolean {
  return compatibleCategories.some(
    (group) => a.some((x) => group.includes(x)) && b.some((y) => group.includes(y)),
  );
}

/**
 * Category evidence: 0.4 when either has none; when they share none, 0.4 if some are compatible
 * (assault and injury) and 0 otherwise; 0.5 when they share only routine ones; from 0.75 (up to 1 as
 * they agree more) when they share one that is not routine.
 */
export function categoryEvidence(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0.4;
  const shared = a.filter((c) => b.includes(c));
  if (shared.length === 0) return compatible(a, b) ? 0.4 : 0;
  if (shared.every((c) => routineCategories.has(c))) return 0.5;
  return 0.75 + (0.25 * shared.length) / new Set([...a, ...b]).size;
}

/**
 * People evidence: 0.4 when either names nobody (role-only mentions are not known people); from 0.75
 * (up to 1 as they agree more) when they share a resolved person; when resolution kept them apart,
 * 0.75 for a name written the same and 0.6 for the same family name with a given name that agrees on
 * its first three letters ("Sara Jones", "Sarah Jones"); otherwise 0.
 */
export function peopleEvidence(
  a: Pick<Comparable, "subjects" | "names">,
  b: Pick<Comparable, "subjects" | "names">,
): number {
  if (a.subjects.length === 0 || b.subjects.length === 0) return 0.4;
  const share = overlap(a.subjects, b.subjects, 0);
  if (share > 0) return 0.75 + 0.25 * share;
  if (a.names.some((n) => b.names.includes(n))) return 0.75;
  return a.names.some((x) => b.names.some((y) => similarNames(x, y))) ? 0.6 : 0;
}

function similarNames(a: string, b: string): boolean {
  const [givenA = "", familyA = ""] = a.split("|");
  const [givenB = "", familyB = ""] = b.split("|");
  if (familyA === "" || familyA !== familyB) return false;
  return givenA === "" || givenB === "" || givenA.slice(0, 3) === givenB.slice(0, 3);
}

/** Time evidence from which two rows are close enough in time to stand without their narratives agreeing. */
export const closeTime = 0.8;
/** Narrative similarity from which two accounts agree enough to stand without close times. */
export const agreeingText = 0.25;

/**
 * Whether a pair's evidence is corroborated: narratives that agree, or close times (both timed, well
 * within the window) with accounts that share a word or a category that is not routine. Same people,
 * same day and compatible categories alone are not enough: the agency that receives a referral about an
 * incident records it the same day in other words; a GP appointment an hour after a CSC contact is
 * another event.
 */
export function corroborated(evidence: PairEvidence): boolean {
  if (evidence.text >= agreeingText) return true;
  return evidence.time >= closeTime && (evidence.text > 0 || evidence.category >= 0.75);
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
  const people = peopleEvidence(a, b);
  const time = withTime ? timeEvidence(a, b, options) : 0;
  const category = categoryEvidence(a.categories, b.categories);
  const text = diceSimilarity(a.tokens, b.tokens);
  const raw = w.people * people + w.category * category + w.text * text + (withTime ? w.time * time : 0);
  const score = withTime ? raw : raw / (1 - w.time);
  return { people, time, category, text, score };
}
