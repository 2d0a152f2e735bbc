import { DateTime } from "luxon";
import { compareText } from "../model/content-id.js";
import type { MergedEvent } from "./build-event.js";
import {
  type Comparable,
  pairEvidence,
  peopleEvidence,
  routineCategories,
  splitName,
  withinWindow,
} from "./evidence.js";
import { type MergeOptions, resolveMergeOptions } from "./merge-options.js";
import { diceSimilarity, textTokens } from "./text-similarity.js";

/** Two events that look like one incident dated differently: proposed, never merged. */
export interface ProposedLink {
  /** The earlier event, then the later one. */
  events: [MergedEvent, MergedEvent];
  /** `day-month-swap` when one date is the other with day and month swapped, else `far-apart`. */
  reason: "day-month-swap" | "far-apart";
  /** Whole calendar days between the two dates. */
  days: number;
  /** Evidence score without time, 0 to 1. */
  score: number;
  /** People both events name (by resolved person), or else every person of the two (matched by name). */
  people: string[];
  /** `person` when the events share a resolved person; `name` when only names written alike match. */
  matchedBy: "person" | "name";
}

interface Candidate extends Comparable {
  merged: MergedEvent;
  agencies: Set<string>;
  /** The word stems of each agency's account. */
  accounts: Set<string>[];
  /** The calendar day in the review's zone (yyyy-mm-dd). */
  dayKey: string;
  /** Days since 1970-01-01 of the calendar day in the review's zone. */
  dayNumber: number;
  /** The calendar day with day and month swapped, or null when that is no other valid date. */
  swapped: string | null;
  /** Position in start order: the pair key of two candidates. */
  index: number;
}

/** Calendar days already read, by start (ms) and by local date (yyyymmdd as a number). */
interface Calendar {
  byStart: Map<number, CalendarDay>;
  byDate: Map<number, CalendarDay>;
}

/** What an event's start reads as in the review's zone. */
interface CalendarDay {
  key: string;
  number: number;
  swapped: string | null;
}

const generic = new Set(["contact", "note"]);
/** Calendar days apart below which two accounts are a follow-up, not one incident misdated. */
const minLinkDays = 4;

/** How much lower the score may be than the link threshold for a day-month swap or the same time of day. */
const swapAllowance = 0.15;

/** Narrative similarity from which two accounts days apart are one account (copied, or the same form). */
const sameWords = 0.6;

/** The narrative similarity (Dice over word stems) below which no link is proposed. */
const minLinkText = 0.25;

/**
 * Finds pairs of events that are probably one incident dated differently by two agencies: dates
 * within the link window but too far apart to merge (3 and 13 March), or day and month swapped
 * (04/06/2019 and 06/04/2019). Both events must be dated to the day or finer, share no agency,
 * name at least one person in common, and reach the link threshold on evidence other than time.
 * Candidates come from a sweep over the window within blocks of one category that is not routine: each
 * person's events, each name's (family name and the given name's first three letters; a name with no given
 * name meets its whole family), and a family's events whose accounts hold a given name one of them lists;
 * and a lookup of the swapped date, never all pairs.
 * @param events merged events (from mergeEvents)
 * @param options zone, windows and link threshold
 * @returns proposed links, sorted by the earlier event's start then ids, and the pairs compared
 * @throws {ChronomergeError} `invalid_option` when a threshold or window is out of range
 * @example
 * findNearDuplicates(events).links.map((l) => l.reason) // ["day-month-swap"]
 */
export function findNearDuplicates(
  events: readonly MergedEvent[],
  options: MergeOptions = {},
): { links: ProposedLink[]; pairsCompared: number } {
  const resolved = resolveMergeOptions(options);
  // Reading a start in the zone (luxon) is the dearest part of a candidate; events of one day share a start.
  const calendar: Calendar = { byStart: new Map(), byDate: new Map() };
  const candidates = events
    .filter((e) => !e.event.category.includes("note") && isDayOrFiner(e.event.precision))
    .map((e) => toCandidate(e, resolved.timezone, calendar))
    .sort((a, b) => a.start - b.start || compareText(a.merged.event.id, b.merged.event.id));
  candidates.forEach((c, i) => {
    c.index = i;
  });
  const stemsOf = (c: Candidate): string[] =>
    c.names
      .map((n) => splitName(n)[0])
      .filter((given) => given.length >= 3 && !given.includes(" "))
      .map((given) => given.slice(0, 5));
  const stems = candidates.map(stemsOf);
  const namedStems = new Set(stems.flat());
  // The given names each event lists or whose words hold one listed somewhere: read once per event.
  const words = candidates.map((c) =>
    unique([...stems[c.index]!, ...[...c.tokens].filter((t) => namedStems.has(t))]),
  );
  // Events by day and by who they may be about (the people evidence a link needs): a person, a name
  // (family name and the given name's first three letters), a family name (every event of it, and the
  // events naming someone of it with no given name), a given name listed or held in an account.
  const byDay = new Map<string, Candidate[]>();
  const onDay = (day: string, key: string, c: Candidate): void => {
    const id = `${day}\u0000${key}`;
    const list = byDay.get(id);
    if (list === undefined) byDay.set(id, [c]);
    else if (list[list.length - 1] !== c) list.push(c);
  };
  const ownersOf = (c: Candidate): string[] => {
    const keys = c.subjects.map((id) => `p:${id}`);
    for (const name of c.names) {
      const [given, family] = splitName(name);
      if (family === "") continue;
      keys.push(`F:${family}`);
      keys.push(given === "" ? `g:${family}` : `n:${family}|${given.slice(0, 3)}`);
    }
    for (const word of words[c.index]!) keys.push(`w:${word}`);
    return keys;
  };
  const owners = candidates.map(ownersOf);
  for (const c of candidates) for (const key of owners[c.index]!) onDay(c.dayKey, key, c);
  const links = new Map<string, ProposedLink>();
  // Ordered pairs already considered, by the positions of the two: a string per pair is most of the memory
  // of a large review, and a Set of one number per pair is slow once the numbers pass 2^31.
  const seen = pairSet();
  let pairsCompared = 0;
  const consider = (a: Candidate, b: Candidate, reason: ProposedLink["reason"]): void => {
    const ordered = a.start <= b.start;
    const first = ordered ? a : b;
    const second = ordered ? b : a;
    if (!seen.add(first.index, second.index)) return;
    if (withinWindow(a, b, resolved) || sharesAgency(a, b)) return;
    pairsCompared++;
    // Incidents recur: a far-apart link needs a category in common that is not routine. The cheapest test
    // a link must pass, so it comes before the people and the accounts are scored (same links either way).
    if (reason === "far-apart" && !sharesKeyCategory(a, b)) return;
    const shared = a.subjects.filter((p) => b.subjects.includes(p));
    // Resolution may have kept two spellings apart: then the people of the same name are the evidence.
    if (shared.length === 0 && peopleEvidence(a, b) < 0.6) return;
    const people =
      shared.length > 0 ? shared : [...new Set([...a.subjects, ...b.subjects])].sort(compareText);
    // Each agency's account on its own: one matching account is the evidence, not the merged whole.
    const [ta, tb] = bestAccounts(a.accounts, b.accounts);
    const evidence = pairEvidence({ ...a, tokens: ta }, { ...b, tokens: tb }, resolved, false);
    if (evidence.category === 0) return;
    const days = second.dayNumber - first.dayNumber;
    // One day off at the same time of day (22:10, and 22:31 the next day): a date written wrong.
    const clock = days === 1 && sameClock(a, b, resolved.timeTolerance);
    if (reason === "day-month-swap" || clock) {
      // An exact swap, or the same time of day on another date, is evidence in itself: the accounts may agree less.
      if (evidence.score < resolved.linkThreshold - swapAllowance) return;
    } else if (evidence.score < resolved.linkThreshold || evidence.text < minLinkText) {
      // Incidents recur (a second assault a fortnight later): a far-apart link needs the accounts to agree.
      return;
    }
    const { score } = evidence;
    // A few days later is how follow-ups arrive (the notification, the GP visit), in their own words:
    // not a misdating, unless the accounts are nearly the same words.
    if (reason === "far-apart" && days < minLinkDays && !clock && evidence.text < sameWords) return;
    links.set(`${first.merged.event.id}\u0001${second.merged.event.id}`, {
      events: [first.merged, second.merged],
      reason,
      days,
      score,
      people,
      matchedBy: shared.length > 0 ? "person" : "name",
    });
  };
  for (const c of candidates) {
    const { swapped } = c;
    if (swapped === null) continue;
    for (const key of owners[c.index]!) {
      // An `F:` key is every event of the family: only a name with no given name meets them all, and
      // every name of a family meets its given-less names (`g:`).
      const lookups = key.startsWith("F:")
        ? [`g:${key.slice(2)}`]
        : key.startsWith("g:")
          ? [`F:${key.slice(2)}`]
          : [key];
      for (const lookup of lookups) {
        for (const other of byDay.get(`${swapped}\u0000${lookup}`) ?? [])
          consider(c, other, "day-month-swap");
      }
    }
  }
  // A far-apart link needs a category in common that is not routine, and the same person, or names alike
  // (the same family name and the given name's first three letters, or no given name: `Mrs Jones`), or one
  // account naming a person the other lists, in two events that share a family name (people evidence 0.6).
  // So only events in one such block of one kind meet (a family's assaults, not all its visits, and not
  // every family of the same name). Blocks map an owner, then a kind, to candidates in start order.
  // Which block a pair meets in first does not matter: a pair is considered once, the same way in any block.
  const byPerson = new Map<string, Map<string, Candidate[]>>();
  const byName = new Map<string, Map<string, Candidate[]>>();
  const byFamily = new Map<string, Map<string, Candidate[]>>();
  const givenless = new Map<string, Map<string, Candidate[]>>();
  const byNamed = new Map<string, Map<string, Candidate[]>>();
  for (const c of candidates) {
    const kinds = unique(c.categories.filter((category) => !routineCategories.has(category)));
    if (kinds.length === 0) continue;
    for (const id of unique(c.subjects)) addToBlocks(byPerson, id, kinds, c);
    const families = unique(c.names.map((n) => splitName(n)[1]).filter((f) => f !== ""));
    for (const name of unique(c.names)) {
      const [given, family] = splitName(name);
      if (family === "") continue;
      if (given === "") addToBlocks(givenless, family, kinds, c);
      else addToBlocks(byName, `${family}|${given.slice(0, 3)}`, kinds, c);
    }
    for (const family of families) {
      addToBlocks(byFamily, family, kinds, c);
      for (const word of words[c.index]!) addToBlocks(byNamed, `${family}|${word}`, kinds, c);
    }
  }
  const blocks = [byPerson, byName, byNamed].flatMap((map) =>
    [...map.values()].flatMap((byKind) => [...byKind.values()]),
  );
  for (const block of blocks) {
    for (let i = 0; i < block.length; i++) {
      const a = block[i]!;
      for (let j = i + 1; j < block.length; j++) {
        const b = block[j]!;
        if (b.start - a.start > resolved.linkWindow) break;
        consider(a, b, "far-apart");
      }
    }
  }
  // A name with no given name meets every event of its family name and kind within the window.
  for (const [family, byKind] of givenless) {
    for (const [kind, hubs] of byKind) {
      const all = byFamily.get(family)?.get(kind) ?? [];
      for (const hub of hubs) {
        for (let k = firstFrom(all, hub.start - resolved.linkWindow); k < all.length; k++) {
          const other = all[k]!;
          if (other.start - hub.start > resolved.linkWindow) break;
          if (other === hub) continue;
          if (other.index < hub.index) consider(other, hub, "far-apart");
          else consider(hub, other, "far-apart");
        }
      }
    }
  }
  const sorted = [...links.values()].sort(
    (x, y) =>
      x.events[0].start - y.events[0].start ||
      compareText(x.events[0].event.id, y.events[0].event.id) ||
      compareText(x.events[1].event.id, y.events[1].event.id),
  );
  return { links: sorted, pairsCompared };
}

/** The position of the first candidate starting at or after `start` in a list in start order. */
function firstFrom(list: readonly Candidate[], start: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]!.start < start) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The items of a short list, each once, in order. */
function unique<T>(items: readonly T[]): readonly T[] {
  return items.every((item, i) => items.indexOf(item) === i) ? items : [...new Set(items)];
}

/** Adds a candidate to its owner's block of each kind. */
function addToBlocks(
  blocks: Map<string, Map<string, Candidate[]>>,
  owner: string,
  kinds: readonly string[],
  c: Candidate,
): void {
  let byKind = blocks.get(owner);
  if (byKind === undefined) {
    byKind = new Map();
    blocks.set(owner, byKind);
  }
  for (const kind of kinds) {
    const block = byKind.get(kind);
    if (block === undefined) byKind.set(kind, [c]);
    else block.push(c);
  }
}

/** A set of pairs of non-negative 32-bit integers (open addressing in typed arrays). */
interface PairSet {
  /** Adds a pair; false when it was there already. */
  add(first: number, second: number): boolean;
}

function pairSet(): PairSet {
  let firsts = new Int32Array(1 << 12).fill(-1);
  let seconds = new Int32Array(1 << 12);
  let size = 0;
  const slotOf = (first: number, second: number, keys: Int32Array, values: Int32Array): number => {
    const mask = keys.length - 1;
    let h = Math.imul(first, 0x9e3779b1) ^ Math.imul(second ^ (second >>> 16), 0x85ebca6b);
    h ^= h >>> 15;
    let slot = h & mask;
    while (keys[slot] !== -1 && (keys[slot] !== first || values[slot] !== second)) slot = (slot + 1) & mask;
    return slot;
  };
  return {
    add(first, second) {
      let slot = slotOf(first, second, firsts, seconds);
      if (firsts[slot] !== -1) return false;
      if ((size + 1) * 2 > firsts.length) {
        const [oldFirsts, oldSeconds] = [firsts, seconds];
        firsts = new Int32Array(oldFirsts.length * 2).fill(-1);
        seconds = new Int32Array(oldFirsts.length * 2);
        for (let i = 0; i < oldFirsts.length; i++) {
          if (oldFirsts[i] === -1) continue;
          const to = slotOf(oldFirsts[i]!, oldSeconds[i]!, firsts, seconds);
          firsts[to] = oldFirsts[i]!;
          seconds[to] = oldSeconds[i]!;
        }
        slot = slotOf(first, second, firsts, seconds);
      }
      firsts[slot] = first;
      seconds[slot] = second;
      size++;
      return true;
    },
  };
}

/** Whether two events share an agency (a link is between two agencies' accounts). */
function sharesAgency(a: Candidate, b: Candidate): boolean {
  for (const agency of a.agencies) if (b.agencies.has(agency)) return true;
  return false;
}

/** Whether two events share a category that is not routine. */
function sharesKeyCategory(a: Candidate, b: Candidate): boolean {
  return a.categories.some((c) => !routineCategories.has(c) && b.categories.includes(c));
}

/** Whether two timed events fall at the same time of day, give or take the tolerance. */
function sameClock(a: Candidate, b: Candidate, tolerance: number): boolean {
  if (!a.timed || !b.timed) return false;
  const day = 86_400_000;
  const apart = (((a.start - b.start) % day) + day) % day;
  return Math.min(apart, day - apart) <= tolerance;
}

/** The pair of accounts, one from each event, whose words agree most. */
function bestAccounts(a: readonly Set<string>[], b: readonly Set<string>[]): [Set<string>, Set<string>] {
  let best: [Set<string>, Set<string>] = [a[0] ?? new Set(), b[0] ?? new Set()];
  let bestScore = -1;
  for (const x of a) {
    for (const y of b) {
      const score = diceSimilarity(x, y);
      if (score > bestScore) [best, bestScore] = [[x, y], score];
    }
  }
  return best;
}

function isDayOrFiner(precision: string): boolean {
  return precision === "minute" || precision === "hour" || precision === "day";
}

function toCandidate(merged: MergedEvent, zone: string, calendar: Calendar): Candidate {
  const { event } = merged;
  let day = calendar.byStart.get(merged.start);
  if (day === undefined) {
    const local = DateTime.fromMillis(merged.start, { zone });
    // What is read from the day depends on its date alone (its midnight, wherever a change of offset
    // puts it, is on that date): one reading per calendar day, not per time of day.
    const date = local.year * 10_000 + local.month * 100 + local.day;
    day = calendar.byDate.get(date);
    if (day === undefined) {
      const start = local.startOf("day");
      day = {
        key: start.toISODate() ?? "",
        number: Date.UTC(start.year, start.month - 1, start.day) / 86_400_000,
        swapped: swappedDay(start),
      };
      calendar.byDate.set(date, day);
    }
    calendar.byStart.set(merged.start, day);
  }
  // The attribution ("Police: ") is not narrative: leave it out of the words compared.
  const accounts = event.summary.split("\n").map((line) => {
    const agency = event.agencies.find((a) => line.startsWith(`${a}: `));
    return textTokens(agency === undefined ? line : line.slice(agency.length + 2));
  });
  return {
    merged,
    start: merged.start,
    end: merged.end,
    timed: event.precision === "minute" || event.precision === "hour",
    precision: event.precision,
    subjects: event.people,
    names: merged.names ?? [],
    categories: event.category.filter((c) => !generic.has(c)),
    tokens: accounts[0] ?? new Set(),
    accounts,
    agencies: new Set(event.agencies),
    dayKey: day.key,
    dayNumber: day.number,
    swapped: day.swapped,
    index: 0,
  };
}

/** The calendar day with day and month swapped, or null when that is no other valid date. */
function swappedDay(day: DateTime): string | null {
  if (day.day > 12 || day.day === day.month) return null;
  const swapped = DateTime.fromObject({ year: day.year, month: day.day, day: day.month }, { zone: day.zone });
  return swapped.isValid ? swapped.toISODate() : null;
}
