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
        `(\\b(?:no|not|nil)\\s+)?\\b(?:saw|seen|met|spoke to|spoken to|checks? (?:on|of|re|regarding)|pnc checks? on|police checks? on|assessed)\\s+(?:\\w+\\s+){0,2}?(?:${who})\\b`,
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
      const between = (match[1] ?? "").replace(own, "");
      if (negation.test(between)) notSeen = true;
      else if (
        /^\s*(?:and|&)\s/i.test(between) ||
        !(otherPerson.test(between) || /\p{Lu}\p{Ll}/u.test(between))
      )
        seen = true;
    }
    for (const match of sentence.matchAll(before)) {
      const start = match.index ?? 0;
      const lead = sentence.slice(Math.max(0, start - 12), start);
      if (match[1] !== undefined || /\b(?:no|not|nil|without)\s*$/i.test(lead)) notSeen = true;
      else seen = true;
    }
  }
  return seen ? "seen" : notSeen ? "not-seen" : null;
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
    const written = token.replace(/['’]s$/, "").replace(/^['’-]+|['’-]+$/g, "");
    // Loosely, only a capitalised word can be a nickname: "and" never names Andrew.
    if (loose && !/^\p{Lu}\p{L}{2}/u.test(written)) continue;
    const bare = written.toLowerCase();
    const set = owners.get(loose ? bare.slice(0, 3) : bare);
    if (set === undefined) continue;
    const others = except === undefined ? [...set] : [...set].filter((p) => p.id !== except);
    if (others.length === 1) found.add(others[0]!);
  }
  return candidates.filter((p) => found.has(p));
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
