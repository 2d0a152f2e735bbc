import type { Person } from "../model/chronology.js";
import { readMention } from "../normalise/people/people-cell.js";
import { isRoleCode, readRole } from "../normalise/people/roles.js";

const professionalTitle = /^(?:dr|pc|dc|ds|ps|di|dci|sgt|insp|inspector|nurse|sister|cllr)\.?\s/i;
/** Roles that never make a person a "missing man" without a DOB showing an adult: children of the family. */
const childRoles = new Set(["child", "sibling", "brother", "sister", "son", "daughter"]);
/** Roles whose holder is treated as a possible man when the returns do not record a sex. */
const partnerRoles = new Set(["partner", "ex-partner", "cohabitee"]);

/**
 * True when a person is a professional: a professional role (GP, social worker, police officer...), a role
 * code as a name (`GP1`, `PC 1234`) or a professional title (`Dr`, `DC`). Professionals are never household
 * members or missing men.
 * @example
 * isProfessional({ ...person, name: "Dr A Patel", roles: ["gp"] }) // true
 */
export function isProfessional(person: Person): boolean {
  if (person.roles.some((role) => readRole(role)?.kind === "professional")) return true;
  if (isRoleCode(person.name)) return true;
  return professionalTitle.test(person.name);
}

/** True when every role a person holds is outside family and professions (landlord, neighbour): never household. */
function isOutsider(person: Person): boolean {
  return person.roles.length > 0 && person.roles.every((role) => readRole(role)?.kind === "other");
}

/** The sex a person's record or roles state: the recorded sex, else the one every sexed role implies. */
export function statedSex(person: Person): "male" | "female" | null {
  if (person.sex !== null) return person.sex;
  const implied = new Set(
    person.roles.map((role) => readRole(role)?.sex ?? null).filter((sex): sex is "male" | "female" => !!sex),
  );
  return implied.size === 1 ? ([...implied][0] ?? null) : null;
}

/** True when a person is a child at an instant: under 18 by DOB, or with the role child when no DOB. */
export function isChildAt(person: Person, at: number): boolean {
  if (person.dob !== null) return at < adulthood(person.dob);
  return person.roles.some((role) => childRoles.has(role));
}

/**
 * True when a person is born by an instant: no DOB recorded, or the instant is on or after the DOB.
 * @example
 * bornBy({ ...person, dob: "2019-08-14" }, Date.UTC(2019, 0, 1)) // false
 */
export function bornBy(person: Person, at: number): boolean {
  if (person.dob === null) return true;
  const [y, m, d] = person.dob.split("-").map(Number) as [number, number, number];
  return at >= Date.UTC(y, m - 1, d) - 86_400_000;
}

const adulthoods = new Map<string, number>();

/** The instant (UTC) of the 18th birthday of someone born on an ISO date. */
function adulthood(dob: string): number {
  let at = adulthoods.get(dob);
  if (at === undefined) {
    const [y, m, d] = dob.split("-").map(Number) as [number, number, number];
    at = Date.UTC(y + 18, m - 1, d);
    if (adulthoods.size > 100_000) adulthoods.clear();
    adulthoods.set(dob, at);
  }
  return at;
}

/**
 * True when a person may be a man in the household: not a professional, not only an outsider (landlord,
 * neighbour), not a child, and male by record or role, or a partner whose sex no return records. Women are
 * never included.
 * @example
 * isAdultMan({ ...person, roles: ["boyfriend"], sex: null }, asOf) // true
 */
export function isAdultMan(person: Person, at: number): boolean {
  if (isProfessional(person) || isOutsider(person) || isChildAt(person, at)) return false;
  const sex = statedSex(person);
  if (sex === "female") return false;
  if (sex === "male") return true;
  return person.roles.some((role) => partnerRoles.has(role));
}

/** True when some return names the person (not only a role such as "unknown male"). */
export function hasName(person: Person): boolean {
  let named = namedCache.get(person);
  if (named === undefined) {
    named = person.sources.some((source) => readMention(source.text).name !== null);
    namedCache.set(person, named);
  }
  return named;
}

const namedCache = new WeakMap<Person, boolean>();

/** How a message names a person: the name, or the role as written for someone no return names. */
export function displayName(person: Person): string {
  if (hasName(person)) return person.name;
  const written = [...new Set(person.sources.map((s) => s.text.trim()))][0];
  return written === undefined ? person.name : `an unnamed person recorded as "${written}"`;
}

/** Words a narrative may use for a person: given and family names of the name and aliases, 3+ letters. */
export function nameWords(person: Person): string[] {
  let words = wordsCache.get(person);
  if (words === undefined) {
    words = readNameWords(person);
    wordsCache.set(person, words);
  }
  return [...words];
}

/** Each person's name words, read once: every check asks for them, for every event. */
const wordsCache = new WeakMap<Person, readonly string[]>();

function readNameWords(person: Person): string[] {
  if (!hasName(person)) return [];
  const words = new Set<string>();
  for (const name of [person.name, ...person.aliases]) {
    const parts = name.split(/\s+/).filter((w) => /^\p{L}[\p{L}'’-]{2,}$/u.test(w));
    for (const part of parts) words.add(part);
  }
  return [...words];
}
