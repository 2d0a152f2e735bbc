import type { Comparison } from "../model/chronology.js";
import { jaroWinkler, oneEditApart } from "./jaro-winkler.js";
import type { Profile } from "./profile.js";
import { isChildRole, roleRelation } from "./role-compatibility.js";
import { levelParameters, levelWeight, tfPriorWeight } from "./weights.js";

/** How often each folded given and family name occurs among the profiles: for term-frequency weights. */
export interface TermFrequencies {
  given: ReadonlyMap<string, number>;
  family: ReadonlyMap<string, number>;
  total: number;
}

/** The outcome of comparing two profiles. */
export interface PairScore {
  score: number;
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
 * Counts the folded names of the profiles for term-frequency adjustment.
 * @param profiles every profile
 * @returns the counts
 */
export function termFrequencies(profiles: readonly Profile[]): TermFrequencies {
  const given = new Map<string, number>();
  const family = new Map<string, number>();
  for (const p of profiles) {
    if (p.given !== null) given.set(p.given, (given.get(p.given) ?? 0) + 1);
    if (p.family !== null) family.set(p.family, (family.get(p.family) ?? 0) + 1);
  }
  return { given, family, total: profiles.length };
}

/**
 * Compares two profiles field by field in the Fellegi-Sunter manner: each field reaches a level, each
 * level has a weight, the score is their sum. Missing values weigh nothing and are not listed.
 * @param a a profile
 * @param b another
 * @param tf name frequencies (exact name agreement on a common name weighs less)
 * @returns score, comparisons and any conflict
 */
export function compareProfiles(a: Profile, b: Profile, tf: TermFrequencies): PairScore {
  const comparisons: Comparison[] = [];
  let conflict: string | null = null;
  let soft: string | null = null;
  const add = (field: string, level: string, m: number, u: number) => {
    comparisons.push({ field, level, weight: levelWeight(m, u) });
  };
  const table = levelParameters;
  if (a.code !== null || b.code !== null) {
    if (a.code === b.code) add("code", "exact", table.code.exact.m, table.code.exact.u);
    else conflict = a.code !== null && b.code !== null ? "different role codes" : "a role code and a name";
  }
  const nhsAgree = a.nhs !== null && a.nhs === b.nhs;
  if (a.nhs !== null && b.nhs !== null) {
    const level = nhsAgree ? "exact" : "differ";
    add("nhs", level, table.nhs[level].m, table.nhs[level].u);
    if (!nhsAgree) conflict ??= "different NHS numbers";
  }
  // Names are compared as written and, when both have two parts, with one side's order swapped
  // ("JONES Sarah" read as given JONES): the better reading counts, and a swap is listed.
  let names = nameComparisons(a, b, tf);
  if (
    a.given !== null &&
    a.family !== null &&
    b.given !== null &&
    b.family !== null &&
    names.comparisons.some((c) => c.level === "differ" || c.level === "similar")
  ) {
    const swapped = nameComparisons(a, swapNames(b), tf);
    if (total(swapped.comparisons) - 1 > total(names.comparisons)) {
      names = {
        ...swapped,
        comparisons: [{ field: "name order", level: "swapped", weight: -1 }, ...swapped.comparisons],
      };
    }
  }
  comparisons.push(...names.comparisons);
  if (names.givenDiffer && !nhsAgree) soft ??= "different given names";
  const dob = dobLevel(a.dob, b.dob);
  if (dob !== null) {
    add("dob", dob, table.dob[dob].m, table.dob[dob].u);
    if (dob === "differ" && !nhsAgree) soft ??= "different dates of birth";
  }
  if (a.postcode !== null && b.postcode !== null) {
    const level =
      a.postcode === b.postcode
        ? "exact"
        : a.postcode.slice(0, -2) === b.postcode.slice(0, -2)
          ? "sector"
          : "differ";
    add("postcode", level, table.postcode[level].m, table.postcode[level].u);
  }
  if (a.sex !== null && b.sex !== null) {
    const level = a.sex === b.sex ? "same" : "differ";
    add("sex", level, table.sex[level].m, table.sex[level].u);
    if (level === "differ") conflict ??= "different sex";
  }
  const role = roleRelation({ role: a.role, kind: a.roleKind }, { role: b.role, kind: b.roleKind });
  if (role !== "missing") {
    add("role", role, table.role[role].m, table.role[role].u);
    if (role === "conflict") conflict ??= "roles that one person cannot hold";
  }
  if ((a.adultTitle && isChildRole(b.role)) || (b.adultTitle && isChildRole(a.role))) {
    conflict ??= "an adult's title and a child's role";
  }
  if (a.children.length > 0 && b.children.some((c) => a.children.includes(c))) {
    add("household", "shared", table.household.shared.m, table.household.shared.u);
  }
  let score = 0;
  for (const c of comparisons) score += c.weight;
  return {
    score: Math.round(score * 100) / 100,
    comparisons,
    conflict: conflict ?? soft,
    hard: conflict !== null,
  };
}

function nameComparisons(
  a: Profile,
  b: Profile,
  tf: TermFrequencies,
): { comparisons: Comparison[]; givenDiffer: boolean } {
  const comparisons: Comparison[] = [];
  const given = givenLevel(a, b);
  if (given !== null) {
    const p = levelParameters.given[given];
    const u = given === "exact" ? tfU(tf.given, a.given!, tf.total, p.u) : p.u;
    comparisons.push({ field: "given", level: given, weight: levelWeight(p.m, u) });
  }
  const family = familyLevel(a, b);
  if (family !== null) {
    const p = levelParameters.family[family];
    const u = family === "exact" ? tfU(tf.family, a.family!, tf.total, p.u) : p.u;
    comparisons.push({ field: "family", level: family, weight: levelWeight(p.m, u) });
  }
  return { comparisons, givenDiffer: given === "differ" };
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

function total(comparisons: readonly Comparison[]): number {
  let sum = 0;
  for (const c of comparisons) sum += c.weight;
  return sum;
}

/** u of an exact agreement on a name: its frequency among the profiles, smoothed toward the table's u. */
function tfU(counts: ReadonlyMap<string, number>, value: string, total: number, prior: number): number {
  return ((counts.get(value) ?? 0) + tfPriorWeight * prior) / (total + tfPriorWeight);
}

type GivenLevel = keyof typeof levelParameters.given;

function givenLevel(a: Profile, b: Profile): GivenLevel | null {
  const x = a.given;
  const y = b.given;
  if (x === null || y === null) return null;
  if (x === y) return "exact";
  if (x.length === 1 || y.length === 1) return x[0] === y[0] ? "initial" : "differ";
  if (a.givenGroups.some((g) => b.givenGroups.includes(g))) return "variant";
  if (Math.min(x.length, y.length) >= 3 && oneEditApart(x, y)) return "typo";
  const jw = jaroWinkler(x, y);
  if (jw >= 0.92) return "typo";
  if (a.givenNames.includes(y) || b.givenNames.includes(x)) return "middle";
  // A short form inside the full one (Liv / Olivia, Kath / Katherine) is a nickname the data may lack.
  if (Math.min(x.length, y.length) >= 3 && (x.includes(y) || y.includes(x))) return "contains";
  if (jw >= 0.85 || (a.givenSound !== null && a.givenSound === b.givenSound)) return "similar";
  return "differ";
}

type FamilyLevel = keyof typeof levelParameters.family;

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

type DobLevel = keyof typeof levelParameters.dob;

/**
 * The level two ISO dates of birth reach: exact, day and month swapped, one digit off (or two
 * neighbouring digits swapped), same year, or differ; null when either is missing.
 * @example
 * dobLevel("1990-04-12", "1990-12-04") // "swapped"
 */
export function dobLevel(a: string | null, b: string | null): DobLevel | null {
  if (a === null || b === null) return null;
  if (a === b) return "exact";
  const [ya, ma, da] = a.split("-");
  const [yb, mb, db] = b.split("-");
  if (ya === yb && ma === db && da === mb) return "swapped";
  const x = a.replace(/-/g, "");
  const y = b.replace(/-/g, "");
  let diffs = 0;
  let first = -1;
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== y[i]) {
      diffs++;
      if (first < 0) first = i;
    }
  }
  if (diffs === 1) return "one-digit";
  if (diffs === 2 && x[first] === y[first + 1] && x[first + 1] === y[first]) return "one-digit";
  if (ya === yb) return "same-year";
  return "differ";
}
