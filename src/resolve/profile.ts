import { doubleMetaphone } from "double-metaphone";
import type { Sex } from "../model/chronology.js";
import type { PersonMention, RoleKind } from "../model/normalised.js";
import { givenNameGroups } from "../normalise/people/given-names.js";
import { familyBarrels, familyKey, nameKey } from "../normalise/people/name.js";
import { isPersonCode } from "../normalise/people/people-cell.js";
import { isRoleCode } from "../normalise/people/roles.js";

/** A named mention made ready to compare: folded keys, phonetic codes and context. Internal. */
export interface Profile {
  /** Canonical content key: mentions with the same key are the same profile. */
  key: string;
  /** A mention standing for the profile (the first in a total order). */
  mention: PersonMention;
  /** First given name, folded; null when only a title and surname are known. */
  given: string | null;
  /** Every given name (first and middle), folded. */
  givenNames: readonly string[];
  givenGroups: readonly string[];
  givenSound: string | null;
  /** Family name folded whole (Mac → Mc, no spaces). */
  family: string | null;
  barrels: readonly string[];
  familySounds: readonly string[];
  dob: string | null;
  /** A valid NHS number only: an invalid one is kept in the mention but never matched on. */
  nhs: string | null;
  postcode: string | null;
  sex: Sex;
  role: string | null;
  roleKind: RoleKind | null;
  /** Mr, Mrs or Ms: the person is an adult. */
  adultTitle: boolean;
  /** A role code (GP1, SW 2) or person code (Child A) written as the name, upper case without spaces. */
  code: string | null;
  /** Folded names of the other named children in the row (the family the mention belongs to). */
  children: readonly string[];
}

const adultTitles = new Set(["Mr", "Mrs", "Ms"]);

/** Double Metaphone primary codes already computed: names repeat, and the algorithm is not cheap. */
const sounds = new Map<string, string>();

function sound(word: string): string {
  let code = sounds.get(word);
  if (code === undefined) {
    code = doubleMetaphone(word)[0];
    if (sounds.size > 100_000) sounds.clear();
    sounds.set(word, code);
  }
  return code;
}

/**
 * Builds the profile of a named mention in its row's context.
 * @param mention the mention (with a name)
 * @param children folded names of the named children of its row, other than itself
 * @returns the profile
 */
export function toProfile(mention: PersonMention, children: readonly string[]): Profile {
  // A role code (GP1) or a person code as reviews write them (Child A, Adult Male 1): one code, one person.
  const code =
    mention.name !== null && (isRoleCode(mention.name) || isPersonCode(mention.name))
      ? mention.name.replace(/\s+/g, "").toUpperCase()
      : null;
  const givenNames = code === null && mention.given !== null ? nameKey(mention.given).split(" ") : [];
  const given = givenNames[0] ?? null;
  const family = code === null && mention.family !== null ? familyKey(mention.family) || null : null;
  const barrels = code === null && mention.family !== null ? familyBarrels(mention.family) : [];
  const profile: Profile = {
    key: "",
    mention,
    given,
    givenNames,
    givenGroups: given === null ? [] : givenNameGroups(given),
    givenSound: given === null ? null : sound(given) || null,
    family,
    barrels,
    familySounds: [...new Set(barrels.map(sound).filter((s) => s !== ""))],
    dob: mention.dob,
    nhs: mention.nhsValid ? mention.nhs : null,
    postcode: mention.postcode ?? null,
    sex: mention.sex,
    role: mention.role,
    roleKind: mention.roleKind,
    adultTitle: mention.title !== null && adultTitles.has(mention.title),
    code,
    children: [...new Set(children)].sort(),
  };
  profile.key = [
    code ?? "",
    givenNames.join(" "),
    family ?? "",
    profile.dob ?? "",
    profile.nhs ?? "",
    profile.postcode ?? "",
    profile.sex ?? "",
    profile.role ?? "",
    profile.roleKind ?? "",
    profile.adultTitle ? "adult" : "",
    profile.children.join(","),
  ].join("|");
  return profile;
}
