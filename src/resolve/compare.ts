import type { Comparison } from "../model/chronology.js";
import { givenNameRelation } from "../normalise/people/given-names.js";
import { jaroWinkler, oneEditApart } from "./jaro-winkler.js";
import type { Profile } from "./profile.js";
import { isChildRole, type RoleRelation, roleRelation } from "./role-compatibility.js";
import { levelParameters, levelWeight, tfPriorWeight } from "./weights.js";

type Levels = typeof levelParameters;
type Weights = { [F in keyof Levels]: { [L in keyof Levels[F]]: number } };

/** Every level's weight, log2(m / u), computed once. */
const weights = Object.fromEntries(
  Object.entries(levelParameters).map(([field, levels]) => [
    field,
    Object.fromEntries(
      Object.entries(levels as Record<string, { m: number; u: number }>).map(([level, p]) => [
        level,
        levelWeight(p.m, p.u),
      ]),
    ),
  ]),
) as unknown as Weights;

/** The weight of exact agreement on each folded given and family name, adjusted for how common it is. */
export interface TermFrequencies {
  given: ReadonlyMap<string, number>;
  family: ReadonlyMap<string, number>;
}

/** The outcome of comparing two profiles. */
export interface PairScore {
  score: number;
  /** Each field compared, its level and weight (filled only when an explanation is asked for). */
  comparisons: Comparison[];
  /** Why the two are not one person (a professional and a family member, two NHS numbers, ...). */
  conflict: string | null;
  /**
   * A hard conflict can never be outweighed (NHS numbers, sex, roles, role codes); a soft one (given
   * names, dates of birth) bars the pair itself, but may sit inside a group joined by other evidence.
   */
  hard: boolean;
}

/**
 * The weight of exact agreement on each name: log2(m / u) with u the name's frequency, smoothed toward
 * the table's u (so a common surname says less than a rare one). Frequencies count distinct full names,
 * not mentions: a family's surname written a hundred times for four people is four names, so a small
 * review is not taught that its own family's name is common.
 * @param profiles every profile
 * @returns the weights of the given and family names
 */
export function termFrequencies(profiles: readonly Profile[]): TermFrequencies {
  const fullNames = new Set<string>();
  const givenCounts = new Map<string, number>();
  const familyCounts = new Map<string, number>();
  for (const p of profiles) {
    if (p.given === null && p.family === null) continue;
    const full = `${p.given ?? ""}|${p.family ?? ""}`;
    if (fullNames.has(full)) continue;
    fullNames.add(full);
    if (p.given !== null) givenCounts.set(p.given, (givenCounts.get(p.given) ?? 0) + 1);
    if (p.family !== null) familyCounts.set(p.family, (familyCounts.get(p.family) ?? 0) + 1);
  }
  const total = fullNames.size;
  const toWeights = (counts: Map<string, number>, p: { m: number; u: number }) =>
    new Map(
      [...counts].map(([v, n]) => [v, levelWeight(p.m, (n + tfPriorWeight * p.u) / (total + tfPriorWeight))]),
    );
  return {
    given: toWeights(givenCounts, levelParameters.given.exact),
    family: toWeights(familyCounts, levelParameters.family.exact),
  };
}

/** Shared by every comparison made without an explanation (never written to). */
const noComparisons: Comparison[] = [];

interface Names {
  given: GivenLevel | null;
  family: FamilyLevel | null;
  givenWeight: number;
  familyWeight: number;
}

/**
 * Compares two profiles field by field in the Fellegi-Sunter manner: each field reaches a level, each
 * level has a weight, the score is their sum. Missing values weigh nothing and are not listed.
 * @param a a profile
 * @param b another
 * @param tf exact-name weights (agreement on a common name weighs less)
 * @param explain list each comparison (slower; used for the merges kept)
 * @returns score, comparisons and any conflict
 */
export function compareProfiles(a: Profile, b: Profile, tf: TermFrequencies, explain = false): PairScore {
  const comparisons: Comparison[] = explain ? [] : noComparisons;
  let conflict: string | null = null;
  let soft: string | null = null;
  // The weights are summed in the order the fields are listed (the same sum, to the last bit).
  let score = 0;
  if (a.code !== null || b.code !== null) {
    if (a.code === b.code) score += listed(comparisons, explain, "code", "exact", weights.code.exact);
    else conflict = a.code !== null && b.code !== null ? "different role codes" : "a role code and a name";
  }
  const nhsAgree = a.nhs !== null && a.nhs === b.nhs;
  if (a.nhs !== null && b.nhs !== null) {
    score += listed(
      comparisons,
      explain,
      "nhs",
      nhsAgree ? "exact" : "differ",
      nhsAgree ? weights.nhs.exact : weights.nhs.differ,
    );
    if (!nhsAgree) conflict ??= "different NHS numbers";
  }
  // Names are compared as written and, when both have two parts and disagree, with one side's order
  // swapped ("JONES Sarah" read as given JONES): the better reading counts (less 1 bit), and is listed.
  let names = compareNames(a, b, tf);
  let swapped = false;
  if (
    a.given !== null &&
    a.family !== null &&
    b.given !== null &&
    b.family !== null &&
    (names.given === "differ" ||
      names.given === "similar" ||
      names.family === "differ" ||
      names.family === "similar")
  ) {
    const other = compareNames(a, swappedNames(b), tf);
    if (other.givenWeight + other.familyWeight - 1 > names.givenWeight + names.familyWeight) {
      names = other;
      swapped = true;
    }
  }
  if (swapped) score += listed(comparisons, explain, "name order", "swapped", -1);
  if (names.given !== null) score += listed(comparisons, explain, "given", names.given, names.givenWeight);
  if (names.family !== null)
    score += listed(comparisons, explain, "family", names.family, names.familyWeight);
  if (names.given === "differ" && !nhsAgree) soft ??= "different given names";
  const dob = dobLevel(a.dob, b.dob);
  if (dob !== null) {
    score += listed(comparisons, explain, "dob", dob, weights.dob[dob]);
    if (dob === "differ" && !nhsAgree) soft ??= "different dates of birth";
  }
  if (a.postcode !== null && b.postcode !== null) {
    const level =
      a.postcode === b.postcode
        ? "exact"
        : a.postcode.slice(0, -2) === b.postcode.slice(0, -2)
          ? "sector"
          : "differ";
    score += listed(comparisons, explain, "postcode", level, weights.postcode[level]);
  }
  if (a.sex !== null && b.sex !== null) {
    const same = a.sex === b.sex;
    score += listed(
      comparisons,
      explain,
      "sex",
      same ? "same" : "differ",
      same ? weights.sex.same : weights.sex.differ,
    );
    if (!same) conflict ??= "different sex";
  }
  const role: RoleRelation =
    a.role === null && b.role === null && (a.roleKind === null || b.roleKind === null)
      ? "missing"
      : roleRelation({ role: a.role, kind: a.roleKind }, { role: b.role, kind: b.roleKind });
  if (role !== "missing") {
    score += listed(comparisons, explain, "role", role, weights.role[role]);
    if (role === "conflict") conflict ??= "roles that one person cannot hold";
  }
  if ((a.adultTitle && isChildRole(b.role)) || (b.adultTitle && isChildRole(a.role))) {
    conflict ??= "an adult's title and a child's role";
  }
  if (a.children.length > 0 && b.children.some((c) => a.children.includes(c))) {
    score += listed(comparisons, explain, "household", "shared", weights.household.shared);
  }
  return {
    score: Math.round(score * 100) / 100,
    comparisons,
    conflict: conflict ?? soft,
    hard: conflict !== null,
  };
}

/** A comparison's weight, listed when an explanation is asked for. */
function listed(
  comparisons: Comparison[],
  explain: boolean,
  field: string,
  level: string,
  weight: number,
): number {
  if (explain) comparisons.push({ field, level, weight });
  return weight;
}

function compareNames(a: Profile, b: Profile, tf: TermFrequencies): Names {
  const given = givenLevel(a, b);
  const family = familyLevel(a, b);
  return {
    given,
    family,
    givenWeight:
      given === null
        ? 0
        : given === "exact"
          ? (tf.given.get(a.given!) ?? weights.given.exact)
          : weights.given[given],
    familyWeight:
      family === null
        ? 0
        : family === "exact"
          ? (tf.family.get(a.family!) ?? weights.family.exact)
          : weights.family[family],
  };
}

/** Each profile's swapped reading, made once: a profile is compared with many others. */
const swapped = new WeakMap<Profile, Profile>();

function swappedNames(p: Profile): Profile {
  let other = swapped.get(p);
  if (other === undefined) {
    other = swapNames(p);
    swapped.set(p, other);
  }
  return other;
}

/** The profile with given and family names exchanged (for a surname written first). */
function swapNames(p: Profile): Profile {
  return {
    ...p,
    given: p.barrels[0] ?? p.family,
    givenNames: p.barrels.length > 0 ? [...p.barrels] : [p.family!],
    givenGroups: [],
    givenSound: p.familySounds[0] ?? null,
    family: p.givenNames.join(""),
    barrels: [...p.givenNames],
    familySounds: p.givenSound === null ? [] : [p.givenSound],
  };
}

type GivenLevel = keyof Levels["given"];

function givenLevel(a: Profile, b: Profile): GivenLevel | null {
  const x = a.given;
  const y = b.given;
  if (x === null || y === null) return null;
  if (x === y) return "exact";
  if (x.length === 1 || y.length === 1) return x[0] === y[0] ? "initial" : "differ";
  const relation = a.givenGroups.length > 0 && b.givenGroups.length > 0 ? relationOf(x, y) : null;
  if (relation === "variant") return "variant";
  if (Math.min(x.length, y.length) >= 2 && oneEditApart(x, y)) return "typo";
  const jw = jaroWinkler(x, y);
  if (jw >= 0.92) return "typo";
  if (a.givenNames.includes(y) || b.givenNames.includes(x)) return "middle";
  // A short form inside the full one (Liv / Olivia, Kath / Katherine) is a nickname the data may lack.
  if (Math.min(x.length, y.length) >= 3 && (x.includes(y) || y.includes(x))) return "contains";
  if (jw >= 0.85 || relation === "shared" || (a.givenSound !== null && a.givenSound === b.givenSound)) {
    return "similar";
  }
  return "differ";
}

/** givenNameRelation of each pair of given names, read once (by name, then name: no key is built). */
const relations = new Map<string, Map<string, ReturnType<typeof givenNameRelation>>>();

function relationOf(x: string, y: string): ReturnType<typeof givenNameRelation> {
  let row = relations.get(x);
  if (row === undefined) {
    // A long run meets a bounded set of names; the cap keeps a library caller's memory bounded too.
    if (relations.size > 10_000) relations.clear();
    row = new Map();
    relations.set(x, row);
  }
  let relation = row.get(y);
  if (relation === undefined) {
    relation = givenNameRelation(x, y);
    if (row.size > 10_000) row.clear();
    row.set(y, relation);
  }
  return relation;
}

type FamilyLevel = keyof Levels["family"];

function familyLevel(a: Profile, b: Profile): FamilyLevel | null {
  const x = a.family;
  const y = b.family;
  if (x === null || y === null) return null;
  if (x === y) return "exact";
  if (a.barrels.some((p) => b.barrels.includes(p))) return "part";
  if (Math.min(x.length, y.length) >= 4 && oneEditApart(x, y)) return "typo";
  const jw = jaroWinkler(x, y);
  if (jw >= 0.92) return "typo";
  if (jw >= 0.88 || a.familySounds.some((s) => b.familySounds.includes(s))) return "similar";
  return "differ";
}

type DobLevel = keyof Levels["dob"];

/**
 * The level two ISO dates of birth reach: exact, day and month swapped, one digit off (or two
 * neighbouring digits swapped), same year, or differ; null when either is missing. The same day a year
 * apart (2018-01-01, 2019-01-01) differs: two children of one name a year apart are common (cousins).
 * @param a an ISO date (yyyy-mm-dd) or null
 * @param b another
 * @returns the level
 * @example
 * dobLevel("1990-04-12", "1990-12-04") // "swapped"
 */
export function dobLevel(a: string | null, b: string | null): DobLevel | null {
  if (a === null || b === null) return null;
  if (a === b) return "exact";
  const sameYear = a.startsWith(b.slice(0, 4));
  if (sameYear && a[5] === b[8] && a[6] === b[9] && a[8] === b[5] && a[9] === b[6]) return "swapped";
  let diffs = 0;
  let first = -1;
  for (let i = 0; i < a.length; i++) {
    if (a.charCodeAt(i) !== b.charCodeAt(i)) {
      diffs++;
      if (first < 0) first = i;
    }
  }
  // Years one apart ("2018" and "2019") may well be two people (cousins of one name): not read as a slip.
  const yearApart = first === 3 && Math.abs(a.charCodeAt(3) - b.charCodeAt(3)) === 1;
  if (diffs === 1 && !yearApart) return "one-digit";
  if (diffs === 2 && a[first] === b[first + 1] && a[first + 1] === b[first]) return "one-digit";
  return sameYear ? "same-year" : "differ";
}
