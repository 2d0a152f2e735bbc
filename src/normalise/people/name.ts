import type { Sex } from "../../model/chronology.js";

const titles: Readonly<Record<string, Sex>> = {
  mr: "male",
  master: "male",
  mrs: "female",
  ms: "female",
  miss: "female",
  dr: null,
  prof: null,
  rev: null,
  mx: null,
};

/** Particles that belong to the family name that follows them (de Souza, van der Berg, al Hassan). */
const particles = new Set(["de", "da", "di", "del", "della", "van", "von", "der", "den", "le", "la", "du"]);
const particlesBeforeSurname = new Set([...particles, "st", "st.", "al", "el", "bin", "ibn", "ter", "ten"]);

export interface NameReading {
  /** The name for display, case normalised, diacritics kept, title dropped unless it is all there is. */
  display: string;
  title: string | null;
  /** Given names (first and middle), as written apart from case. */
  given: string | null;
  /** Family name: the last name with its particles (de Souza), hyphens kept (Jones-Smith). */
  family: string | null;
  /** The sex the title implies (Mr, Mrs, Ms, Miss, Master), else null. */
  sex: Sex;
}

/**
 * Reads a personal name: title kept as a hint, shouting case (`JONES`) put right, Mc/O' kept,
 * `SURNAME, Given` and `SURNAME Given` (surname first in capitals) understood.
 * @param text the name as written
 * @returns display form, title, given and family names, and the sex the title implies
 * @example
 * readName("Mrs Sarah JONES-SMITH") // { display: "Sarah Jones-Smith", title: "Mrs", given: "Sarah", family: "Jones-Smith", sex: "female" }
 */
export function readName(text: string): NameReading {
  const comma = /^([^,]+),\s*([^,]+)$/.exec(text.trim());
  let words = (comma === null ? text : `${comma[2]} ${comma[1]}`)
    .trim()
    .replace(/\s+/g, " ")
    .split(" ")
    .filter(Boolean);
  let title: string | null = null;
  let sex: Sex = null;
  const first = words[0]?.toLowerCase().replace(/\.$/, "");
  if (first !== undefined && first in titles && words.length > 1) {
    title = capitalise(first);
    sex = titles[first] ?? null;
    words = words.slice(1);
  }
  if (comma === null) words = surnameLast(words);
  const cased = words.map(fixCase);
  let familyStart = cased.length - 1;
  while (familyStart > 1 && particlesBeforeSurname.has(cased[familyStart - 1]!.toLowerCase())) familyStart--;
  const single = cased.length === 1;
  const given = single ? (title !== null ? null : (cased[0] ?? null)) : cased.slice(0, familyStart).join(" ");
  const family = single ? (title !== null ? (cased[0] ?? null) : null) : cased.slice(familyStart).join(" ");
  const display = title !== null && given === null ? `${title} ${family ?? ""}`.trim() : cased.join(" ");
  return { display, title, given: given || null, family: family || null, sex };
}

/** `JONES Sarah`: a leading run of capitalised words followed by ordinary ones is the surname, first. */
function surnameLast(words: readonly string[]): string[] {
  const shouting = (w: string) => /\p{Lu}{2}/u.test(w) && !/\p{Ll}/u.test(w);
  const lead = words.findIndex((w) => !shouting(w));
  if (lead <= 0 || words.slice(lead).some(shouting)) return [...words];
  return [...words.slice(lead), ...words.slice(0, lead)];
}

/**
 * Folds a name for matching: diacritics removed, lower case, punctuation dropped (Krężołek → krezolek).
 * @param text a name or part of one
 * @returns the folded form
 * @example
 * nameKey("Krężołek") // "krezolek"
 */
export function nameKey(text: string): string {
  if (text.length > maxCachedLength) return foldName(text);
  let key = nameKeys.get(text);
  if (key === undefined) {
    key = foldName(text);
    if (nameKeys.size >= maxCachedKeys) nameKeys.clear();
    nameKeys.set(text, key);
  }
  return key;
}

/**
 * Names already folded: the same names are folded again and again while resolving and merging. Long texts
 * (an event's summary) are folded each time, not kept.
 */
const maxCachedKeys = 50_000;
const maxCachedLength = 64;
const nameKeys = new Map<string, string>();

function foldName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ł/g, "l")
    .replace(/Ł/g, "L")
    .replace(/ø/gi, "o")
    .replace(/ß/g, "ss")
    .replace(/æ/gi, "ae")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/['’`]/g, "")
    .replace(/[^a-z0-9 ]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Folds a family name for matching: nameKey without spaces, Mac folded to Mc (MacDonald, Mc Donald,
 * McDonald agree; O'Brien and OBrien agree).
 * @param family the family name as written
 * @returns the folded key
 * @example
 * familyKey("MacDonald") // "mcdonald"
 */
export function familyKey(family: string): string {
  return nameKey(family)
    .replace(/ /g, "")
    .replace(/^mac(?=[^aeiouy]{1}\w{2,})/, "mc");
}

/**
 * The barrels of a family name for matching: each hyphen- or space-separated part, folded, without its
 * particles; a single name gives one barrel (Jones-Smith → ["jones", "smith"]).
 * @param family the family name as written
 * @returns the folded parts
 * @example
 * familyBarrels("Jones-Smith") // ["jones", "smith"]
 */
export function familyBarrels(family: string): string[] {
  const parts = family
    .split(/[-\s]+/)
    .map((p) => p.trim())
    .filter((p) => p !== "" && !particles.has(p.toLowerCase()))
    .map(familyKey)
    .filter((p) => p !== "");
  return [...new Set(parts)];
}

function fixCase(word: string): string {
  const hasLower = /\p{Ll}/u.test(word);
  const hasUpper = /\p{Lu}/u.test(word);
  // Mixed case as written ("McDonald", "de Souza") is the writer's choice: keep it.
  if (hasLower && hasUpper && !/^\p{Lu}+$/u.test(word)) return word;
  if (particles.has(word.toLowerCase()) && hasLower) return word;
  return word
    .toLowerCase()
    .replace(/(^|[-'’ ])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase())
    .replace(
      /(^|-)(Mc)(\p{L})/u,
      (_m, sep: string, mc: string, letter: string) => sep + mc + letter.toUpperCase(),
    );
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
