import type { MergedEvent } from "../merge/merge-events.js";
import type { Person } from "../model/chronology.js";
import type { AgencyPatterns } from "./agency-kind.js";
import { byAgency } from "./agency-kind.js";
import { hasCategory } from "./check-input.js";
import { nameWords } from "./people-kind.js";

/** Words for "a child" in a narrative, used when a record names no child. */
export const childWords = [
  "child",
  "children",
  "both children",
  "the children",
  "baby",
  "infant",
  "siblings",
  "kids",
  "young person",
];

const childVerbs = "seen|examined|weighed|observed|spoken to|spoke to|talked to";
const adultVerbs = "seen|met|spoken to|spoke to|assessed|interviewed|checked";
/** Words before a person that record them seen ("saw Liam", "checks on Mr Price"), and their negations. */
const seeingWords =
  "saw|seen|met|spoke to|spoken to|checks? (?:on|of|re|regarding)|pnc checks? on|police checks? on|assessed";
const negativeWords = "no|not|nil";
/** Other people whose mention between a name and "seen" means the seeing may be theirs. */
const otherPerson = /\b(?:mum|mother|dad|father|partner|mgm|nan|gran|grandmother|parents?|carer|she|he)\b/i;
/** "Mum seen alone" is a parent's private conversation, not a sighting of the child. */
const adultSeenAlone = /\b(?:mum|mother|dad|father|parents?|carer|partner|she|he)\s+(?:was\s+)?seen alone\b/i;
const negation = /\b(?:not|never|no|n't|nor|unable to be)\b/i;

interface SeenPatterns {
  after: RegExp;
  before: RegExp;
  own: RegExp;
  /** The terms anywhere in a text, no word boundaries: both readings need a match of it. */
  named: RegExp;
}

/** Compiled patterns by person words: the same child is looked for in every event. */
const compiled = new Map<string, SeenPatterns>();

function patterns(who: string, adult: boolean): SeenPatterns {
  const key = `${adult ? "a" : "c"}\u0000${who}`;
  let found = compiled.get(key);
  if (found === undefined) {
    const verbs = adult ? adultVerbs : childVerbs;
    found = {
      after: new RegExp(`\\b(?:${who})\\b([^.;!?\\n]{0,60}?)\\b(?:${verbs})\\b`, "giu"),
      before: new RegExp(
        `(\\b(?:${negativeWords})\\s+)?\\b(?:${seeingWords})\\s+(?:\\w+\\s+){0,2}?(?:${who})\\b`,
        "giu",
      ),
      own: new RegExp(`\\b(?:${who})\\b`, "giu"),
      named: new RegExp(`(?:${who})`, "iu"),
    };
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(key, found);
  }
  return found;
}

/** The regular-expression alternatives of a list of terms, built once per list (see {@link childTerms}). */
const alternatives = new WeakMap<readonly string[], string>();

/** A child's name words and the words for "a child", one list per child so that its pattern is built once. */
function childTerms(child: Person): readonly string[] {
  let terms = termsCache.get(child);
  if (terms === undefined) {
    terms = [...nameWords(child), ...childWords];
    termsCache.set(child, terms);
  }
  return terms;
}

const termsCache = new WeakMap<Person, readonly string[]>();

function escapeWord(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
}

/**
 * Whether a narrative records someone as seen: one of `terms` (names, or words such as "child") followed
 * within the same sentence by "seen", "examined", "weighed", "spoken to" (for an adult also "met",
 * "assessed", "checked"), or preceded by "saw", "checks on". A negation between them ("Liam not seen",
 * "no checks on Mr Price") records the opposite.
 * @param text the narrative
 * @param terms the words that stand for the person
 * @param adult whether to use the verbs for an adult (met, assessed, checked)
 * @returns "seen", "not-seen", or null when the text says neither
 * @example
 * recordsSeen("Mum and Liam seen. Flat tidy.", ["Liam"]) // "seen"
 */
export function recordsSeen(
  text: string,
  terms: readonly string[],
  adult = false,
): "seen" | "not-seen" | null {
  if (terms.length === 0) return null;
  // Compiling a person's patterns costs more than reading all their records: where the text allows, the
  // same matches are found by the patterns' shared parts and a scan for the terms (the same reading).
  const scan = scanTerms(terms);
  if (scan !== null && !foldsToAscii.test(text)) {
    // Most texts name none of the terms: a plain-ASCII first word, lower-cased, is in the lower-cased text
    // wherever its term is.
    if (scan.firstWords !== null && !includesAny(text.toLowerCase(), scan.firstWords)) return null;
    return scanSeen(text, scan, adult);
  }
  let who = alternatives.get(terms);
  if (who === undefined) {
    who = terms
      .map(escapeWord)
      .sort((a, b) => b.length - a.length)
      .join("|");
    alternatives.set(terms, who);
  }
  const { after, before, own, named } = patterns(who, adult);
  // Both patterns contain the terms, so a text without them reads neither (most texts never name the person).
  if (!named.test(text)) return null;
  let seen = false;
  let notSeen = false;
  for (const sentence of text.split(/[.;!?\n]+/)) {
    for (const match of sentence.matchAll(after)) {
      // The person's other names between ("Daniel Price seen") are theirs, not someone else's.
      const reading = readBetween((match[1] ?? "").replace(own, ""));
      if (reading === "not-seen") notSeen = true;
      else if (reading === "seen") seen = true;
    }
    for (const match of sentence.matchAll(before)) {
      if (readBefore(sentence, match.index ?? 0, match[1] !== undefined) === "not-seen") notSeen = true;
      else seen = true;
    }
  }
  return seen ? "seen" : notSeen ? "not-seen" : null;
}

/** What the words between a person and a verb make of it ("Liam not seen", "Liam with Mum, seen"). */
function readBetween(between: string): "seen" | "not-seen" | null {
  if (negation.test(between)) return "not-seen";
  if (/^\s*(?:and|&)\s/i.test(between) || !(otherPerson.test(between) || /\p{Lu}\p{Ll}/u.test(between)))
    return "seen";
  return null;
}

/** What a "saw ..." match at `start` records: negated by its own "no", or by a negation just before. */
function readBefore(sentence: string, start: number, negated: boolean): "seen" | "not-seen" {
  const lead = sentence.slice(Math.max(0, start - 12), start);
  return negated || /\b(?:no|not|nil|without)\s*$/i.test(lead) ? "not-seen" : "seen";
}

/** Letters that case-fold to ASCII ones (long s, Kelvin sign): a text with them is read by the full patterns. */
const foldsToAscii = /[\u017F\u212A]/;
/** What follows a person's term in the `after` pattern, and what precedes it in the `before` pattern. */
const afterTail = {
  child: new RegExp(`\\b([^.;!?\\n]{0,60}?)\\b(?:${childVerbs})\\b`, "iuy"),
  adult: new RegExp(`\\b([^.;!?\\n]{0,60}?)\\b(?:${adultVerbs})\\b`, "iuy"),
};
const negativeLead = new RegExp(`\\b(?:${negativeWords})\\s+`, "iuy");
const seeingLead = new RegExp(`\\b(?:${seeingWords})\\s+`, "iuy");
/** A verb anywhere in a sentence, and a seeing word anywhere: without them a sentence matches neither pattern. */
const anyVerb = {
  child: new RegExp(`\\b(?:${childVerbs})\\b`, "iu"),
  adult: new RegExp(`\\b(?:${adultVerbs})\\b`, "iu"),
};
const anySeeing = new RegExp(`\\b(?:${seeingWords})\\s`, "iu");

/** A term as the scan reads it: its words (one string per character); `\s+` joins them. */
type ScanTerm = readonly (readonly string[])[];

interface Scan {
  /** The terms in the order the patterns try them. */
  terms: readonly ScanTerm[];
  /** Each term's first word lower-cased, or null when one of them is not plain ASCII. */
  firstWords: readonly string[] | null;
  /** Each term's first character lower-cased (by `terms`), or -1 when it is not ASCII. */
  firstCodes: readonly number[];
}

/** Scans by their terms joined: callers often build a new list of the same terms for every record. */
const scans = new Map<string, Scan | null>();

/**
 * The terms in the order the patterns try them (the longest escaped first), or null when a term has
 * something the scan does not read (an empty word, a space other than " ", a surrogate).
 */
function scanTerms(terms: readonly string[]): Scan | null {
  const key = terms.join("\u0000");
  let found = scans.get(key);
  if (found === undefined) {
    const words = terms.map((t) => t.split(" "));
    const firsts = words.map((list) => list[0]!);
    found = words.some((list) => list.some((w) => w === "" || /[\s\uD800-\uDFFF]/.test(w)))
      ? null
      : withFirstCodes(
          terms
            .map((t, i) => ({ length: escapeWord(t).length, words: words[i]!.map((w) => [...w]) }))
            .sort((a, b) => b.length - a.length)
            .map((t) => t.words),
          // Printable ASCII only (no control characters either): anything else goes without the quick test.
          firsts.every((w) => /^[!-~]+$/.test(w)) ? firsts.map((w) => w.toLowerCase()) : null,
        );
    if (scans.size > 10_000) scans.clear();
    scans.set(key, found);
  }
  return found;
}

function withFirstCodes(terms: readonly ScanTerm[], firstWords: readonly string[] | null): Scan {
  const firstCodes = terms.map((t) => {
    const code = t[0]![0]!.charCodeAt(0);
    return code < 128 ? lowerAscii(code) : -1;
  });
  return { terms, firstWords, firstCodes };
}

/** Whether term `t` of a scan may start with a character (lower-cased if ASCII): a test before {@link termEnd}. */
function mayStart(scan: Scan, t: number, code: number): boolean {
  const first = scan.firstCodes[t]!;
  return first < 0 || first === code;
}

/** The first letters of {@link seeingWords} (s, m, c, p, a) and of {@link negativeWords} (n). */
const seeingFirst = new Set([115, 109, 99, 112, 97]);
const negativeFirst = 110;

function includesAny(text: string, words: readonly string[]): boolean {
  for (const word of words) if (text.includes(word)) return true;
  return false;
}

/** {@link recordsSeen} by a scan for the terms: the same matches as the person's patterns, none compiled. */
function scanSeen(text: string, scan: Scan, adult: boolean): "seen" | "not-seen" | null {
  const tail = adult ? afterTail.adult : afterTail.child;
  const verb = adult ? anyVerb.adult : anyVerb.child;
  let seen = false;
  let notSeen = false;
  for (const sentence of text.split(/[.;!?\n]+/)) {
    // `after`: a term at a word boundary, then the words up to a verb.
    const verbs = verb.test(sentence);
    for (let at = 0; verbs && at < sentence.length; at++) {
      if (!boundaryAt(sentence, at)) continue;
      const code = lowerAscii(sentence.charCodeAt(at));
      for (let t = 0; t < scan.terms.length; t++) {
        if (!mayStart(scan, t, code)) continue;
        const end = termEnd(sentence, at, scan.terms[t]!);
        if (end < 0 || !boundaryAt(sentence, end)) continue;
        tail.lastIndex = end;
        const match = tail.exec(sentence);
        if (match === null) continue;
        const reading = readBetween(withoutTerms(match[1] ?? "", scan));
        if (reading === "not-seen") notSeen = true;
        else if (reading === "seen") seen = true;
        at = tail.lastIndex - 1;
        break;
      }
    }
    // `before`: "saw", "checks on" (perhaps after "no"), up to two words, then a term.
    const seeing = anySeeing.test(sentence);
    for (let at = 0; seeing && at < sentence.length; at++) {
      if (!boundaryAt(sentence, at)) continue;
      const code = lowerAscii(sentence.charCodeAt(at));
      let end = -1;
      let negated = false;
      negativeLead.lastIndex = at;
      if (code === negativeFirst && negativeLead.test(sentence)) {
        seeingLead.lastIndex = negativeLead.lastIndex;
        if (seeingLead.test(sentence)) end = termAfterWords(sentence, seeingLead.lastIndex, scan);
        negated = end >= 0;
      }
      if (end < 0 && seeingFirst.has(code)) {
        seeingLead.lastIndex = at;
        if (seeingLead.test(sentence)) end = termAfterWords(sentence, seeingLead.lastIndex, scan);
      }
      if (end < 0) continue;
      if (readBefore(sentence, at, negated) === "not-seen") notSeen = true;
      else seen = true;
      at = end - 1;
    }
  }
  return seen ? "seen" : notSeen ? "not-seen" : null;
}

/** Where a term ends that starts at `at` (after up to two words, each followed by spaces), or -1. */
function termAfterWords(text: string, at: number, scan: Scan): number {
  let from = at;
  for (let words = 0; words <= 2; words++) {
    const code = lowerAscii(text.charCodeAt(from));
    for (let t = 0; t < scan.terms.length; t++) {
      if (!mayStart(scan, t, code)) continue;
      const end = termEnd(text, from, scan.terms[t]!);
      if (end >= 0 && boundaryAt(text, end)) return end;
    }
    let i = from;
    while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
    if (i === from) return -1;
    const spaces = i;
    while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
    if (i === spaces) return -1;
    from = i;
  }
  return -1;
}

/** A text with every term (at word boundaries) taken out, as `text.replace(own, "")` does. */
function withoutTerms(text: string, scan: Scan): string {
  let out = "";
  let kept = 0;
  for (let at = 0; at < text.length; at++) {
    if (!boundaryAt(text, at)) continue;
    const code = lowerAscii(text.charCodeAt(at));
    for (let t = 0; t < scan.terms.length; t++) {
      if (!mayStart(scan, t, code)) continue;
      const end = termEnd(text, at, scan.terms[t]!);
      if (end < 0 || !boundaryAt(text, end)) continue;
      out += text.slice(kept, at);
      kept = end;
      at = end - 1;
      break;
    }
  }
  return out + text.slice(kept);
}

/** Where a term ends if it starts at `at`, matched as the patterns match it (ignoring case), or -1. */
function termEnd(text: string, at: number, term: ScanTerm): number {
  let i = at;
  for (let w = 0; w < term.length; w++) {
    if (w > 0) {
      const spaces = i;
      while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
      if (i === spaces) return -1;
    }
    for (const char of term[w]!) {
      const code = text.codePointAt(i);
      if (code === undefined || !sameLetter(char, code)) return -1;
      i += code > 0xffff ? 2 : 1;
    }
  }
  return i;
}

/** Case-insensitive matches of non-ASCII characters, as the patterns' `iu` flags read them. */
const foldedChars = new Map<string, RegExp>();

/** Whether a text's character matches a term's, ignoring case as a `iu` pattern does. */
function sameLetter(char: string, code: number): boolean {
  const own = char.charCodeAt(0);
  if (own === code) return true;
  if (own < 128) return code < 128 && lowerAscii(own) === lowerAscii(code);
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    // Not ASCII, so never a pattern's syntax character.
    folded = new RegExp(`^${char}$`, "iu");
    foldedChars.set(char, folded);
  }
  return folded.test(String.fromCodePoint(code));
}

function lowerAscii(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** `\b` at a position of a text without the letters that fold to ASCII: word characters are ASCII ones. */
function boundaryAt(text: string, at: number): boolean {
  const before = at > 0 && isWordCode(text.charCodeAt(at - 1));
  const after = at < text.length && isWordCode(text.charCodeAt(at));
  return before !== after;
}

function isWordCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
  );
}

/** `\s`: ECMAScript white space and line terminators. */
function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * The people of `candidates` a narrative names: a given or family name that only one candidate has,
 * as a whole word, ignoring case ("Mum says partner 'Danny' has moved in" names Daniel Price when
 * "Danny" is one of his names).
 * @param text the narrative
 * @param candidates the people who may be named
 * @param loose match on the first three letters, so that a nickname ("Dan", "Danny") names "Daniel"
 * @returns the candidates named, in candidate order
 * @example
 * namedIn("Dan gone for good", [daniel, sarah]).map((p) => p.name) // ["Daniel Price"]
 */
export function namedIn(text: string, candidates: readonly Person[], loose = false): Person[] {
  return namedInExcept(text, candidates, undefined, loose);
}

/**
 * {@link namedIn} among the candidates other than one person: the same answer as
 * `namedIn(text, candidates.filter((p) => p.id !== except), loose)`, but the candidates' name index is
 * built once for the list, not once per person left out.
 * @param text the narrative
 * @param candidates the people who may be named
 * @param except the id of the person left out, if any
 * @param loose match on the first three letters
 * @returns the candidates named, in candidate order
 * @example
 * namedInExcept("Dan gone for good", [liam, daniel, sarah], liam.id).map((p) => p.name) // ["Daniel Price"]
 */
export function namedInExcept(
  text: string,
  candidates: readonly Person[],
  except: string | undefined,
  loose = false,
): Person[] {
  const owners = ownersOf(candidates, loose);
  const found = new Set<Person>();
  for (const token of text.split(/[^\p{L}'’-]+/u)) {
    // Most tokens are plain words: nothing to strip.
    const written =
      token.includes("'") || token.includes("’") || token.includes("-")
        ? token.replace(/['’]s$/, "").replace(/^['’-]+|['’-]+$/g, "")
        : token;
    // Loosely, only a capitalised word can be a nickname: "and" never names Andrew.
    if (loose && !/^\p{Lu}\p{L}{2}/u.test(written)) continue;
    const bare = written.toLowerCase();
    const set = owners.get(loose ? bare.slice(0, 3) : bare);
    if (set === undefined) continue;
    const others = except === undefined ? [...set] : [...set].filter((p) => p.id !== except);
    if (others.length === 1) found.add(others[0]!);
  }
  if (found.size === 0) return [];
  // In candidate order, without reading every candidate (a list holding someone twice is filtered).
  const positions = positionsOf(candidates);
  if (positions === null) return candidates.filter((p) => found.has(p));
  return [...found].sort((a, b) => positions.get(a)! - positions.get(b)!);
}

const positionCache = new WeakMap<readonly Person[], ReadonlyMap<Person, number> | null>();

/** Each candidate's position in its list, or null when the list holds someone twice. */
function positionsOf(candidates: readonly Person[]): ReadonlyMap<Person, number> | null {
  let found = positionCache.get(candidates);
  if (found === undefined) {
    const positions = new Map(candidates.map((p, i) => [p, i]));
    found = positions.size === candidates.length ? positions : null;
    positionCache.set(candidates, found);
  }
  return found;
}

/**
 * Whether an event records a child as seen by a professional: the narrative says so (the child's name or
 * "child"/"children" with "seen", "examined", "weighed"), or it is a "seen alone" or child-seen entry, an
 * attended appointment, or an attendance at a hospital or ambulance service. A no-access visit, a missed
 * appointment and an author's note never see a child.
 * @param event the merged event
 * @param child the child
 * @param agencies how hospitals are recognised
 * @returns whether the child was seen
 * @example
 * childSeenIn(homeVisitLiamSeen, liam, defaultAgencyPatterns) // true
 */
export function childSeenIn(event: MergedEvent, child: Person, agencies: AgencyPatterns): boolean {
  if (!event.event.people.includes(child.id)) return false;
  if (hasCategory(event, "note", "no-access", "missed-appointment")) return false;
  const reading = recordsSeen(event.event.summary, childTerms(child));
  if (reading !== null) return reading === "seen";
  if (hasCategory(event, "child-seen") && !adultSeenAlone.test(event.event.summary)) return true;
  if (hasCategory(event, "hospital-attendance")) return true;
  if (hasCategory(event, "appointment") && !hasCategory(event, "referral")) return true;
  // A hospital or ambulance record about the child alone is the child's own attendance.
  return (
    event.event.people.length === 1 && byAgency(event, agencies.hospital) && !hasCategory(event, "referral")
  );
}

const ownerCache = new WeakMap<readonly Person[], Map<string, Set<Person>>[]>();

/** Which candidates own each name word (first three letters when loose), built once per list. */
function ownersOf(candidates: readonly Person[], loose: boolean): Map<string, Set<Person>> {
  const cached = ownerCache.get(candidates) ?? [];
  const index = loose ? 1 : 0;
  const hit = cached[index];
  if (hit !== undefined) return hit;
  const owners = new Map<string, Set<Person>>();
  for (const person of candidates) {
    for (const word of nameWords(person)) {
      const key = loose ? word.toLowerCase().slice(0, 3) : word.toLowerCase();
      const set = owners.get(key) ?? new Set<Person>();
      set.add(person);
      owners.set(key, set);
    }
  }
  cached[index] = owners;
  ownerCache.set(candidates, cached);
  return owners;
}
