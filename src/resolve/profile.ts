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

/** What a profile reads from a given name, a family name and a name: the same for every mention of it. */
interface GivenPart {
  givenNames: readonly string[];
  given: string | null;
  givenGroups: readonly string[];
  givenSound: string | null;
}
interface FamilyPart {
  family: string | null;
  barrels: readonly string[];
  familySounds: readonly string[];
}

const noGiven: GivenPart = { givenNames: [], given: null, givenGroups: [], givenSound: null };
const noFamily: FamilyPart = { family: null, barrels: [], familySounds: [] };
const givenParts = new Map<string, GivenPart>();
const familyParts = new Map<string, FamilyPart>();
const codes = new Map<string, string | null>();

/** Reads a value once per distinct input: names repeat in every row of a family. */
function remember<T>(cache: Map<string, T>, input: string, read: (input: string) => T): T {
  let value = cache.get(input);
  if (value === undefined && !cache.has(input)) {
    value = read(input);
    // A long run meets a bounded set of names; the cap keeps a library caller's memory bounded too.
    if (cache.size > 100_000) cache.clear();
    cache.set(input, value);
  }
  return value as T;
}

// A role code (GP1) or a person code as reviews write them (Child A, Adult Male 1): one code, one person.
const codeOf = (name: string): string | null =>
  remember(codes, name, (n) =>
    isRoleCode(n) || isPersonCode(n) ? n.replace(/\s+/g, "").toUpperCase() : null,
  );

const givenOf = (text: string): GivenPart =>
  remember(givenParts, text, (t) => {
    const givenNames = nameKey(t).split(" ");
    const given = givenNames[0] ?? null;
    return {
      givenNames,
      given,
      givenGroups: given === null ? [] : givenNameGroups(given),
      givenSound: given === null ? null : sound(given) || null,
    };
  });

const familyOf = (text: string): FamilyPart =>
  remember(familyParts, text, (t) => {
    const barrels = familyBarrels(t);
    return {
      family: familyKey(t) || null,
      barrels,
      familySounds: [...new Set(barrels.map(sound).filter((s) => s !== ""))],
    };
  });

/**
 * Builds the profile of a named mention in its row's context.
 * @param mention the mention (with a name)
 * @param children folded names of the named children of its row, other than itself
 * @returns the profile
 */
export function toProfile(mention: PersonMention, children: readonly string[]): Profile {
  const { code, givenPart, familyPart, household, key } = readMention(mention, children);
  return {
    key,
    mention,
    given: givenPart.given,
    givenNames: [...givenPart.givenNames],
    givenGroups: givenPart.givenGroups,
    givenSound: givenPart.givenSound,
    family: familyPart.family,
    barrels: [...familyPart.barrels],
    familySounds: [...familyPart.familySounds],
    dob: mention.dob,
    nhs: mention.nhsValid ? mention.nhs : null,
    postcode: mention.postcode ?? null,
    sex: mention.sex,
    role: mention.role,
    roleKind: mention.roleKind,
    adultTitle: isAdult(mention),
    code,
    children: household,
  };
}

/**
 * The key of the profile a named mention would have ({@link toProfile}'s `key`), without building it:
 * most mentions repeat a profile already made.
 * @param mention the mention (with a name)
 * @param children folded names of the named children of its row, other than itself
 * @returns the profile's key
 */
export function profileKey(mention: PersonMention, children: readonly string[]): string {
  return readMention(mention, children).key;
}

function isAdult(mention: PersonMention): boolean {
  return mention.title !== null && adultTitles.has(mention.title);
}

function readMention(mention: PersonMention, children: readonly string[]) {
  // A role code (GP1) or a person code as reviews write them (Child A, Adult Male 1): one code, one person.
  const code = mention.name === null ? null : codeOf(mention.name);
  const givenPart = code === null && mention.given !== null ? givenOf(mention.given) : noGiven;
  const familyPart = code === null && mention.family !== null ? familyOf(mention.family) : noFamily;
  const household = children.length === 0 ? [] : [...new Set(children)].sort();
  const key = [
    code ?? "",
    givenPart.givenNames.join(" "),
    familyPart.family ?? "",
    mention.dob ?? "",
    (mention.nhsValid ? mention.nhs : null) ?? "",
    mention.postcode ?? "",
    mention.sex ?? "",
    mention.role ?? "",
    mention.roleKind ?? "",
    isAdult(mention) ? "adult" : "",
    household.join(","),
  ].join("|");
  return { code, givenPart, familyPart, household, key };
}
