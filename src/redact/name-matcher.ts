import type { Person } from "../model/chronology.js";
import { compareText } from "../model/content-id.js";
import { roleVocabulary } from "../normalise/people/roles.js";
import { givenNameVariants } from "./given-name-variants.js";

/** Titles written before a name; a title is swallowed with the name it precedes. */
const titles: Readonly<Record<string, "male" | "female" | null>> = {
  mr: "male",
  master: "male",
  mrs: "female",
  ms: "female",
  miss: "female",
  mx: null,
  dr: null,
  prof: null,
  rev: null,
};

function isTitle(word: string): boolean {
  return Object.hasOwn(titles, word);
}

/** Abbreviations a chronology uses that are never read as someone's initials. */
const abbreviations = new Set(
  (
    "AE AM BP CA CB CC CE CP CT DA DC DI DJ DM DN DS ED EH FM GP HR HV ID IT MD MH MP MS MW NA NB NC NG NI NO " +
    "OD OK OT PC PE PH PM PN PO PP PS RA RC RE RN SB SC SG SI SN SS ST SW TA TV UC UK US WB WC " +
    "ABH AED AMP ASB CIN CNB CPS CSC CSE DNA DOB EPDS ETA ETOH FGM GBH GCS HMP ICPC LAC LSCB MAR NAD NAV NFA NHS " +
    "OOH PCC PND PNC PPN RCPC SAR SCR SPA SVD UTI WNB YOT"
  ).split(" "),
);

/** What the matcher replaces a name token with when several people share it ("Jones"). */
export const sharedNamePlaceholder = "[name]";

const wordPattern = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Folds a word for matching: diacritics removed (Krężołek → krezolek), lower case, letters of every
 * script kept.
 */
export function foldWord(word: string): string {
  return word
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[łŁ]/g, "l")
    .replace(/[øØ]/g, "o")
    .replace(/ß/g, "ss")
    .replace(/[æÆ]/g, "ae")
    .replace(/[œŒ]/g, "oe")
    .replace(/[đĐ]/g, "d")
    .replace(/ı/g, "i")
    .toLowerCase();
}

/** The folded words of a name, titles dropped. */
export function nameWords(name: string): string[] {
  const words = [...name.matchAll(wordPattern)].map((m) => foldWord(m[0]));
  while (words.length > 1 && isTitle(words[0]!)) words.shift();
  return words;
}

/** True when a person's name was made up by the resolver ("Unnamed mother"), not written by anyone. */
export function isGeneratedName(person: Pick<Person, "name" | "roles">): boolean {
  return /^unnamed\b/i.test(person.name.trim());
}

/**
 * Words never replaced alone even when part of a name: role words ("Baby Jones", "Unborn"), and small
 * words of the language ("of", "the"). Within a whole name they are still replaced.
 */
const commonWords = new Set([
  ...roleVocabulary.flatMap((r) => r.words.filter((w) => /^\p{L}+$/u.test(w))),
  ..."a an and at by for from in into of on or the to with unknown unnamed unborn person family male female".split(
    " ",
  ),
]);

/** Nicknames that are everyday words or months too: never replaced ("Will attend", "May 2019"). */
const everydayWords = new Set(
  (
    "will may mark sue pat ray art don grant joy hope faith grace rose dawn summer april june august frank sunny " +
    "guy chase bob rich sandy rusty dot kit ginger bill bell king penny bud buck jack jean gene"
  ).split(" "),
);

interface Candidate {
  id: string;
  sex: "male" | "female" | null;
}

/**
 * Builds a function that replaces every name of the given people in free text by their code: full
 * names and aliases as phrases (`Sarah JONES`, `O'Brien`), then given and family names alone, case
 * and diacritics ignored, whole words only, a title before a name swallowed with it (`Mrs Jones`).
 * Initials written in capitals (`SJ` for Sarah Jones) are replaced too, unless they spell a common
 * abbreviation (`DA`, `ED`, `SW`). A word shared by several people becomes `[name]` unless the title
 * tells them apart. Nicknames and spellings of a given name written with a capital ("Danny" for Daniel)
 * become `[name]`: never a code, since someone else may bear that name. Words of one
 * letter are never replaced alone; words of two letters are not replaced when written in capitals
 * (`ED` is the emergency department, `Ed` may be a name).
 * @param people the people whose names must go
 * @param codes each person's code
 * @returns the replacing function
 * @example
 * nameReplacer([sarah], new Map([[sarah.id, "Mother"]]))("Mrs Jones rang; Sarah's phone off") // "Mother rang; Mother's phone off"
 */
export function nameReplacer(
  people: readonly Person[],
  codes: ReadonlyMap<string, string>,
): (text: string) => string {
  const phrases = new Map<string, Map<string, Candidate>>();
  const singles = new Map<string, Map<string, Candidate>>();
  const initials = new Map<string, Map<string, Candidate>>();
  const variants = new Set<string>();
  let longest = 1;
  const sorted = [...people].sort((a, b) => compareText(a.id, b.id));
  for (const person of sorted) {
    const candidate: Candidate = { id: person.id, sex: person.sex };
    const names = isGeneratedName(person) ? person.aliases : [person.name, ...person.aliases];
    for (const name of names) {
      const words = nameWords(name).filter((w) => w !== "");
      if (words.length === 0) continue;
      const written = [...name.matchAll(wordPattern)].map((m) => foldWord(m[0]));
      // "Mr K" is matched with its title: a one-letter name is never replaced alone.
      if (written.length > words.length) addTo(phrases, written.join(" "), candidate);
      longest = Math.max(longest, written.length);
      addTo(phrases, words.join(" "), candidate);
      for (const word of words)
        if ([...word].length >= 2 && !isTitle(word) && !commonWords.has(word))
          addTo(singles, word, candidate);
      // Parts of a name of two words or more: "O'Brien", "Krężołek-Jones", "Sarah Ann" of "Sarah Ann Jones".
      for (let from = 0; from < words.length; from++)
        for (let to = from + 2; to <= words.length; to++)
          if (to - from < words.length) addTo(singles, words.slice(from, to).join(" "), candidate);
      // Nicknames and spellings of the given name ("Danny" for Daniel), when written with a capital.
      if (words.length >= 2)
        for (const variant of givenNameVariants(words[0]!))
          if ([...variant].length >= 3 && !commonWords.has(variant) && !everydayWords.has(variant))
            variants.add(variant);
      if (words.length >= 2) {
        const letters = words.map((w) => [...w][0]!.toUpperCase());
        for (const key of new Set([letters.join(""), `${letters[0]}${letters.at(-1)}`]))
          if (!abbreviations.has(key)) addTo(initials, key, candidate);
      }
    }
  }
  return (text) => replaceNames(text, { phrases, singles, initials, variants, longest, codes });
}

function addTo(map: Map<string, Map<string, Candidate>>, key: string, candidate: Candidate): void {
  const entry = map.get(key) ?? new Map<string, Candidate>();
  entry.set(candidate.id, candidate);
  map.set(key, entry);
}

interface Tables {
  phrases: ReadonlyMap<string, ReadonlyMap<string, Candidate>>;
  singles: ReadonlyMap<string, ReadonlyMap<string, Candidate>>;
  /** Initials as written in capitals (`SJ`), matched case-sensitively. */
  initials: ReadonlyMap<string, ReadonlyMap<string, Candidate>>;
  /** Nicknames and spellings of the people's given names: replaced by `[name]`, never by a code. */
  variants: ReadonlySet<string>;
  longest: number;
  codes: ReadonlyMap<string, string>;
}

interface Word {
  start: number;
  end: number;
  text: string;
  folded: string;
}

function replaceNames(text: string, tables: Tables): string {
  const words: Word[] = [...text.matchAll(wordPattern)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    folded: foldWord(m[0]),
  }));
  const joinable = (a: Word, b: Word) => /^[\s\-'’.]{0,3}$/.test(text.slice(a.end, b.start));
  let out = "";
  let cursor = 0;
  let lastCode: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const match = matchAt(words, i, tables, joinable);
    if (match === undefined) continue;
    let from = words[i]!.start;
    const title = i > 0 ? words[i - 1]! : undefined;
    const titleSex = title !== undefined && isTitle(title.folded) && joinable(title, words[i]!);
    let candidates = [...match.candidates.values()];
    if (titleSex && title !== undefined) {
      from = title.start;
      const sex = titles[title.folded];
      // "Mrs Jones": the one female Jones if there is one, else those whose sex is not known.
      const exact = candidates.filter((c) => c.sex === sex);
      const unknown = candidates.filter((c) => c.sex === null);
      if (sex !== null && exact.length > 0) candidates = exact;
      else if (sex !== null && unknown.length > 0) candidates = unknown;
    }
    const code =
      candidates.length === 1
        ? (tables.codes.get(candidates[0]!.id) ?? sharedNamePlaceholder)
        : match.phrase
          ? candidates
              .map((c) => tables.codes.get(c.id) ?? sharedNamePlaceholder)
              .sort(compareText)
              .join(" or ")
          : sharedNamePlaceholder;
    const gap = text.slice(cursor, from);
    // The same person twice in a row ("Sarah" then "JONES" as two matches) is written once.
    const repeated = code === lastCode && /^\s+$/.test(gap) && out.endsWith(code);
    if (!repeated) out += gap + code;
    lastCode = code;
    cursor = words[match.last]!.end;
    i = match.last;
  }
  return out + text.slice(cursor);
}

function matchAt(
  words: readonly Word[],
  i: number,
  tables: Tables,
  joinable: (a: Word, b: Word) => boolean,
): { last: number; candidates: ReadonlyMap<string, Candidate>; phrase: boolean } | undefined {
  let key = words[i]!.folded;
  let full: { last: number; candidates: ReadonlyMap<string, Candidate>; phrase: boolean } | undefined;
  let part: { last: number; candidates: ReadonlyMap<string, Candidate>; phrase: boolean } | undefined;
  const whole = tables.phrases.get(key);
  if (whole !== undefined && replaceable(words[i]!)) full = { last: i, candidates: whole, phrase: true };
  const single = tables.singles.get(key);
  if (single !== undefined && replaceable(words[i]!)) part = { last: i, candidates: single, phrase: false };
  for (let j = i + 1; j < words.length && j - i < tables.longest; j++) {
    if (!joinable(words[j - 1]!, words[j]!)) break;
    key += ` ${words[j]!.folded}`;
    const found = tables.phrases.get(key);
    if (found !== undefined) full = { last: j, candidates: found, phrase: true };
    const piece = tables.singles.get(key);
    if (piece !== undefined) part = { last: j, candidates: piece, phrase: false };
  }
  // The longest match wins; a whole name before a part of one as long.
  if (full !== undefined && (part === undefined || full.last >= part.last)) return full;
  if (part !== undefined) return part;
  const initials = tables.initials.get(words[i]!.text);
  if (initials !== undefined) return { last: i, candidates: initials, phrase: false };
  // Initials written apart: "S.J.", "S. J.".
  let letters = "";
  let last = i;
  for (let j = i; j < words.length && j - i < 3 && /^\p{Lu}$/u.test(words[j]!.text); j++) {
    if (j > i && !joinable(words[j - 1]!, words[j]!)) break;
    letters += words[j]!.text;
    last = j;
  }
  const spaced = letters.length >= 2 ? tables.initials.get(letters) : undefined;
  if (spaced !== undefined) return { last, candidates: spaced, phrase: false };
  const word = words[i]!;
  return tables.variants.has(word.folded) && /^\p{Lu}/u.test(word.text)
    ? { last: i, candidates: new Map(), phrase: false }
    : undefined;
}

/** One-letter words never stand alone for a name; two-letter words in capitals are abbreviations. */
function replaceable(word: Word): boolean {
  const length = [...word.folded].length;
  if (length < 2) return false;
  return !(length === 2 && word.text === word.text.toUpperCase() && word.text !== word.text.toLowerCase());
}
