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

/** What evidence is read from: a unit of identical rows, or a merged event (agency: folded, when known). */
export type Comparable = Pick<
  MergeUnit,
  "start" | "end" | "timed" | "precision" | "subjects" | "names" | "categories" | "tokens"
> & { agency?: string };

/**
 * Whether an agency (name folded) is one that attends an emergency: the police, the ambulance service
 * (also by its trust's initials, "WMAS"), the fire and rescue service, the emergency department (A&E).
 * @example
 * emergencyService("west midlands ambulance service") // true
 */
export function emergencyService(agency: string): boolean {
  let attends = emergencyServices.get(agency);
  if (attends === undefined) {
    attends = attending.test(agency);
    // A review has a handful of agencies; the cap keeps a library caller's memory bounded all the same.
    if (emergencyServices.size > 10_000) emergencyServices.clear();
    emergencyServices.set(agency, attends);
  }
  return attends;
}

/**
 * Agencies that attend an emergency, by the words of their names (folded): the police (also the
 * Metropolitan Police Service as "MPS"), the ambulance services (also by the trusts' initials no other service
 * uses: WMAS, NWAS, EEAST, SECAmb, SCAS, SWASFT, WAST, NIAS; not EMAS, also an education service, nor YAS, LAS,
 * NEAS or SAS), paramedics, the fire and rescue service, the emergency department (ED, A&E).
 */
const attending =
  /\b(police|constabulary|mps|ambulance|paramedics?|wmas|nwas|eeast|secamb|scas|swasft|swast|wast|nias|fire|rescue|frs|ed|a ?e|emergency|accident)\b/;

/** Each agency's answer, read once: every pair of rows asks it again. */
const emergencyServices = new Map<string, boolean>();

/** The evidence that two rows are one incident, each part 0 to 1, and the weighted score. */
export interface PairEvidence {
  people: number;
  time: number;
  category: number;
  text: number;
  score: number;
  /**
   * Both rows have a time (minute or hour) and come from agencies that attend emergencies (police,
   * ambulance, emergency department); absent counts as false.
   */
  emergency?: boolean;
  /**
   * The rows are two events unless their accounts are nearly the same words: one records a notification
   * received, or they share only routine categories and neither says the visit was joint.
   */
  apart?: boolean;
}

const coarseTime: Readonly<Record<Precision, number>> = {
  minute: 1,
  hour: 1,
  day: 0.6,
  month: 0.25,
  season: 0.1,
  year: 0.1,
};

/** Precisions from the finest (minute) to the coarsest (year), as ranks. */
export const precisionRank: Readonly<Record<Precision, number>> = {
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

/** Category evidence of two rows that share only routine categories. */
const routineShared = 0.5;

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
  if (shared.every((c) => routineCategories.has(c))) return routineShared;
  return 0.75 + (0.25 * shared.length) / new Set([...a, ...b]).size;
}

/**
 * People evidence: 0.4 when either names nobody (role-only mentions are not known people); from 0.75
 * (up to 1 as they agree more) when they share a resolved person; when resolution kept them apart,
 * 0.75 for a name written the same and 0.6 for the same family name with a given name that agrees on
 * its first three letters ("Sara Jones", "Sarah Jones"); 0.6 when one row's account names a person the
 * other row lists ("Attended MARAC for Emma" where the other lists Emma Smith, and this row only
 * "Mother"); otherwise 0.
 */
export function peopleEvidence(
  a: Pick<Comparable, "subjects" | "names"> & { tokens?: ReadonlySet<string> },
  b: Pick<Comparable, "subjects" | "names"> & { tokens?: ReadonlySet<string> },
): number {
  if (a.subjects.length === 0 || b.subjects.length === 0) return 0.4;
  const share = overlap(a.subjects, b.subjects, 0);
  if (share > 0) return 0.75 + 0.25 * share;
  if (a.names.some((n) => b.names.includes(n))) return 0.75;
  if (a.names.some((x) => b.names.some((y) => similarNames(x, y)))) return 0.6;
  return namedInAccount(a.names, b.tokens) || namedInAccount(b.names, a.tokens) ? 0.6 : 0;
}

/** Whether an account's word stems hold the given name of one of these people (three letters or more). */
function namedInAccount(names: readonly string[], tokens: ReadonlySet<string> | undefined): boolean {
  if (tokens === undefined) return false;
  return names.some((name) => {
    const [given] = splitName(name);
    return given.length >= 3 && !given.includes(" ") && tokens.has(given.slice(0, 5));
  });
}

const splitNames = new Map<string, readonly [string, string]>();

/**
 * A folded name (`given|family`, as in {@link MergeUnit.names}) split in two, read once per name.
 * @example
 * splitName("sarah|jones") // ["sarah", "jones"]
 */
export function splitName(name: string): readonly [string, string] {
  let parts = splitNames.get(name);
  if (parts === undefined) {
    const [given = "", family = ""] = name.split("|");
    parts = [given, family];
    // A long run meets a bounded set of names; the cap keeps a library caller's memory bounded too.
    if (splitNames.size > 100_000) splitNames.clear();
    splitNames.set(name, parts);
  }
  return parts;
}

function similarNames(a: string, b: string): boolean {
  const [givenA, familyA] = splitName(a);
  const [givenB, familyB] = splitName(b);
  if (familyA === "" || familyA !== familyB) return false;
  return givenA === "" || givenB === "" || givenA.slice(0, 3) === givenB.slice(0, 3);
}

/** Time evidence from which two rows are close enough in time to stand without their narratives agreeing. */
export const closeTime = 0.8;
/** Narrative similarity from which two accounts agree enough to stand without close times. */
export const agreeingText = 0.25;
/**
 * Time evidence from which two timed rows are within the hours of one emergency (half the timed window,
 * 3 hours by default): the police call-out, the ambulance and the emergency department.
 */
export const sameEmergency = 0.5;
/** Narrative similarity of nearly the same words (one form copied): enough even where accounts are kept apart. */
export const nearlySameWords = 0.6;

/**
 * Whether an account records a notification received: it says "notification" ("Police notification of
 * domestic incident", "Operation Encompass notification", "MASH notification received") and its agency
 * does not attend emergencies (the police, ambulance or ED that write "notification" are sending one).
 */
function toldOfIt(unit: Pick<Comparable, "tokens" | "agency">): boolean {
  return unit.tokens.has("notification") && !(unit.agency !== undefined && emergencyService(unit.agency));
}

/**
 * Whether two accounts are kept apart unless nearly the same words. An account of a notification
 * received records that the agency was told: it is that agency's own event, not another account of the
 * incident, and two agencies told of one incident are two events. Two agencies' routine contacts
 * (visits, appointments) on one day are two events unless one of them says it was joint.
 */
export function keptApart(
  a: Pick<Comparable, "tokens" | "agency">,
  b: Pick<Comparable, "tokens" | "agency">,
  category: number,
): boolean {
  if (toldOfIt(a) || toldOfIt(b)) return true;
  return category === routineShared && !a.tokens.has("joint") && !b.tokens.has("joint");
}

/**
 * Whether a pair's evidence is corroborated: narratives that agree; close times (both timed, well
 * within the window) with accounts that share a word or a category that is not routine; or, for two
 * agencies that attend emergencies (police, ambulance, emergency department), times within the hours of
 * one emergency (within half the window) with accounts that share a word and a category that is not
 * routine (the police at 22:26 and the emergency department at 23:41, both an assault, in their own
 * words). Accounts kept apart ({@link keptApart}) are corroborated only by nearly the same words. Same
 * people, same day and compatible categories alone are not enough: the agency that receives a referral
 * about an incident records it the same day in other words; a GP appointment an hour after a CSC contact
 * is another event.
 */
export function corroborated(evidence: PairEvidence): boolean {
  if (evidence.apart === true) return evidence.text >= nearlySameWords;
  if (evidence.text >= agreeingText) return true;
  if (evidence.time >= closeTime) return evidence.text > 0 || evidence.category >= 0.75;
  return (
    evidence.emergency === true &&
    evidence.time >= sameEmergency &&
    evidence.text > 0 &&
    evidence.category >= 0.75
  );
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
  return {
    people,
    time,
    category,
    text,
    score,
    emergency:
      a.timed &&
      b.timed &&
      a.agency !== undefined &&
      b.agency !== undefined &&
      emergencyService(a.agency) &&
      emergencyService(b.agency),
    apart: keptApart(a, b, category),
  };
}
