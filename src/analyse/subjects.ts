import type { Person } from "../model/chronology.js";
import { compareText } from "../model/content-id.js";
import { nameKey } from "../normalise/people/name.js";

/**
 * The review's focus people: those named (matched on name or alias, case and accents ignored), or by
 * default every child: a person with the role child, or under 18 by DOB at `asOf`.
 * @param people resolved people
 * @param names subject names from `--subject` or the manifest; empty for the default
 * @param asOf epoch ms at which age is judged (the end of the review's scope, or its last event)
 * @returns the subjects, sorted by id
 * @example
 * selectSubjects(people, ["Liam Jones"], asOf).map((p) => p.name) // ["Liam Jones"]
 */
export function selectSubjects(people: readonly Person[], names: readonly string[], asOf: number): Person[] {
  if (names.length > 0) {
    const wanted = new Set(names.map(nameKey));
    return people
      .filter((p) => [p.name, ...p.aliases].some((n) => wanted.has(nameKey(n))))
      .sort((a, b) => compareText(a.id, b.id));
  }
  return people.filter((p) => isChild(p, asOf)).sort((a, b) => compareText(a.id, b.id));
}

/**
 * The subject names (from `--subject` or the manifest) that match no person on name or alias, each once,
 * in the order given: the review asked about someone the returns never name.
 * @param people resolved people
 * @param names subject names
 * @returns the names no person answers to
 * @example
 * unmatchedSubjects(people, ["Liam Jones", "Nobody Here"]) // ["Nobody Here"]
 */
export function unmatchedSubjects(people: readonly Person[], names: readonly string[]): string[] {
  if (names.length === 0) return [];
  const known = new Set(people.flatMap((p) => [p.name, ...p.aliases].map(nameKey)));
  const missing = new Map<string, string>();
  for (const name of names)
    if (!known.has(nameKey(name)) && !missing.has(nameKey(name))) missing.set(nameKey(name), name);
  return [...missing.values()];
}

/** True when a person is a child: role child, or a DOB less than 18 years before `asOf`. */
export function isChild(person: Person, asOf: number): boolean {
  if (person.dob !== null) return ageInYears(person.dob, asOf) < 18;
  return person.roles.includes("child");
}

/** Whole years of age at an instant, from an ISO date of birth. */
export function ageInYears(dob: string, at: number): number {
  const [y, m, d] = dob.split("-").map(Number) as [number, number, number];
  const now = new Date(at);
  const years = now.getUTCFullYear() - y;
  const beforeBirthday = now.getUTCMonth() + 1 < m || (now.getUTCMonth() + 1 === m && now.getUTCDate() < d);
  return beforeBirthday ? years - 1 : years;
}
