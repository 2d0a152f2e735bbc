import type { MergedEvent } from "../merge/merge-events.js";
import type { Person } from "../model/chronology.js";
import { categorise } from "../normalise/category/categorise.js";
import { baseLexicon, type LexiconEntry } from "../normalise/category/lexicon.js";
import { hasCategory } from "./check-input.js";
import { isChildAt, isProfessional, nameWords } from "./people-kind.js";
import { childWords } from "./seen.js";

/** Words that put an adult in a sentence: parents, partners, and initials such as "SJ". */
const adultWords =
  /\b(?:mum|mother|dad|father|partner|boyfriend|girlfriend|step-?(?:dad|mum|father|mother)|nan|gran|mgm|pgm|victim|suspect)\b/i;
/** A follow-up on an injury already recorded: "bruise faded", "healing well". */
const healed = /\b(?:faded|fading|resolved|healed|healing|has gone|gone now|no longer visible)\b/i;
/** Initials as reviews write adults ("SJ"), not the abbreviations of records ("ED", "CT", "XR"). */
const initials = /\b(?!(?:ED|AE|HV|GP|CT|XR|SW|PC|DC|DS|PS|OD|IV|IM|LT|RT|UK|NAD)\b)[A-Z]{2}\b/;

/**
 * The sentences of an event's narrative that tell of an injury to a child: a sentence with an injury
 * term (not negated) that names the child (or "child", "baby"); or, when no injury sentence names an
 * adult, any injury sentence of a record about one child alone. A follow-up on a recorded injury ("bruise
 * faded", "healing") is not a new one. The mother's cut in a police record that
 * lists the child as present is not the child's injury.
 * @param event the merged event, categorised as an injury
 * @param child the child
 * @param people every resolved person (to know who else the record names)
 * @param lexicon the lexicon that reads injury terms
 * @returns the sentences about the child's injury; empty when the injury is someone else's
 * @example
 * injuryTo(event("Liam and Mia seen - Mia has small bruise on forehead"), mia, people) // ["Mia has small bruise on forehead"]
 */
export function injuryTo(
  event: MergedEvent,
  child: Person,
  people: readonly Person[],
  lexicon: readonly LexiconEntry[] = baseLexicon,
): string[] {
  if (!hasCategory(event, "injury") || !event.event.people.includes(child.id)) return [];
  const sentences = injurySentences(event, lexicon);
  if (sentences.length === 0) return [];
  const own = nameWords(child).map((w) => w.toLowerCase());
  const named = peopleNamed(event, people);
  const others = named
    .filter((p) => p.id !== child.id && !isProfessional(p))
    .flatMap((p) => nameWords(p).map((w) => w.toLowerCase()))
    .filter((w) => !own.includes(w));
  const words = (s: string) => s.toLowerCase().split(/[^\p{L}'’-]+/u);
  const namesChild = (s: string) =>
    words(s).some((w) => own.includes(w)) || childWords.some((w) => new RegExp(`\\b${w}\\b`, "i").test(s));
  const namesAdult = (s: string) =>
    words(s).some((w) => others.includes(w)) || adultWords.test(s) || initials.test(s);
  const about = sentences.filter(namesChild);
  if (about.length > 0) return about;
  const children = named.filter((p) => isChildAt(p, event.start));
  return children.length === 1 && !sentences.some(namesAdult) ? [...sentences] : [];
}

/** The injury sentences of each event, read once per lexicon: every child of the event asks again. */
const sentenceCache = new WeakMap<MergedEvent, Map<readonly LexiconEntry[], readonly string[]>>();

function injurySentences(event: MergedEvent, lexicon: readonly LexiconEntry[]): readonly string[] {
  let byLexicon = sentenceCache.get(event);
  if (byLexicon === undefined) {
    byLexicon = new Map();
    sentenceCache.set(event, byLexicon);
  }
  let found = byLexicon.get(lexicon);
  if (found === undefined) {
    found = event.event.summary
      .split(/[.;!?\n|]+|\s[-–—]\s/)
      .filter((s) => categorise(s, lexicon).some((m) => m.category === "injury") && !healed.test(s));
    byLexicon.set(lexicon, found);
  }
  return found;
}

/** Each list of people by id, built once per list. */
const idIndexes = new WeakMap<readonly Person[], Map<string, { person: Person; at: number }[]>>();

/**
 * The people of the list the event names, in list order: the same as
 * `people.filter((p) => event.event.people.includes(p.id))` without reading the whole list.
 */
function peopleNamed(event: MergedEvent, people: readonly Person[]): Person[] {
  let byId = idIndexes.get(people);
  if (byId === undefined) {
    byId = new Map();
    for (const [at, person] of people.entries()) {
      const list = byId.get(person.id);
      if (list === undefined) byId.set(person.id, [{ person, at }]);
      else list.push({ person, at });
    }
    idIndexes.set(people, byId);
  }
  const index = byId;
  return [...new Set(event.event.people)]
    .flatMap((id) => index.get(id) ?? [])
    .sort((a, b) => a.at - b.at)
    .map((p) => p.person);
}
