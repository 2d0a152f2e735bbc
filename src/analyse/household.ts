import type { MergedEvent } from "../merge/merge-events.js";
import type { Person } from "../model/chronology.js";
import { compareText } from "../model/content-id.js";
import { readRole } from "../normalise/people/roles.js";
import { isChildAt, isProfessional } from "./people-kind.js";
import { namedInExcept } from "./seen.js";
import { eventsNaming, type TimelineIndex, timelineIndex } from "./timeline-index.js";

/** One stay of a person in a subject's household: `[from, to)` in epoch ms, open ends as ±Infinity. */
export interface HouseholdStay {
  person: string;
  from: number;
  to: number;
  /** Why the person counts: a parent or sibling role, co-mention with the subject, or a "moves in" record. */
  basis: "family-role" | "co-mentioned" | "moved-in";
  /** Events that put the person in (and took them out of) the household. */
  events: string[];
}

/** Roles that make a person co-mentioned with a subject a member for the whole record. */
const residentRoles = new Set([
  "mother",
  "father",
  "step-father",
  "step-mother",
  "sibling",
  "brother",
  "sister",
  "child",
]);

/** Wording that puts someone in the household. */
export const movesInPattern =
  /\b(?:moved|moves|moving|has moved|had moved|came to live|come to live)\s+in\b|\b(?:now\s+)?(?:lives|living|staying)\s+(?:at\s+\w+(?:\s+\w+)?\s+)?with\b|\bback together\b/i;
/** Wording that takes someone out of it. */
export const movesOutPattern =
  /\b(?:moved|moves|moving)\s+out\b|\bleft the (?:family )?home\b|\brelationship (?:is )?(?:over|ended)\b|\bseparated\b|\bsplit up\b|\bgone for good\b|\bno longer (?:living|around|in the household)\b/i;

/**
 * A light household model: who lives with a subject, and when. Parents and siblings co-mentioned with the
 * subject are members throughout; other non-professional people co-mentioned are members between their
 * first and last co-mention (someone with no family role needs two co-mentions); a "moves in", "lives with" or "back together" record (naming the person in
 * its people or its narrative, together with the subject or a member) starts a stay, and "moved out",
 * "left the family home", "relationship over" ends one. Professionals are never members.
 * @param subject the subject
 * @param input the timeline and every person
 * @returns stays, sorted by person then start
 * @example
 * householdOf(liam, { events, people }).map((s) => s.basis) // ["family-role", "moved-in"]
 */
export function householdOf(
  subject: Person,
  input: { events: readonly MergedEvent[]; people: readonly Person[] },
): HouseholdStay[] {
  // Several checks ask for the same household of the same timeline: build it once.
  let timeline = cache.get(input.events);
  if (timeline === undefined) {
    timeline = { index: undefined, byPeople: new WeakMap() };
    cache.set(input.events, timeline);
  }
  let bySubject = timeline.byPeople.get(input.people);
  if (bySubject === undefined) {
    bySubject = new Map();
    timeline.byPeople.set(input.people, bySubject);
  }
  let stays = bySubject.get(subject.id);
  if (stays === undefined) {
    // The households cached here already assume the timeline unchanged: so may its index, fetched once for
    // every subject (fetching it checks it against every event of the timeline).
    timeline.index ??= timelineIndex(input.events);
    stays = buildHousehold(subject, input, timeline.index);
    bySubject.set(subject.id, stays);
  }
  return stays.map((stay) => ({ ...stay, events: [...stay.events] }));
}

/** The households built for a timeline (by list of people, then subject id), and the timeline's index. */
interface TimelineHouseholds {
  index: TimelineIndex | undefined;
  byPeople: WeakMap<readonly Person[], Map<string, HouseholdStay[]>>;
}

const cache = new WeakMap<readonly MergedEvent[], TimelineHouseholds>();

function buildHousehold(
  subject: Person,
  input: { events: readonly MergedEvent[]; people: readonly Person[] },
  index: TimelineIndex,
): HouseholdStay[] {
  // Everyone but the subject and the professionals may be a member (one list per review, not per subject).
  const { candidates, byId: everyone } = membersOf(input.people);
  const byId = {
    has: (id: string) => id !== subject.id && everyone.has(id),
    get: (id: string) => everyone.get(id),
  };
  const co = new Map<string, MergedEvent[]>();
  for (const event of index.byPerson.get(subject.id) ?? []) {
    for (const id of event.event.people) {
      if (!byId.has(id)) continue;
      const list = co.get(id);
      if (list === undefined) co.set(id, [event]);
      else list.push(event);
    }
  }
  const stays: HouseholdStay[] = [];
  for (const [id, list] of co) {
    const person = byId.get(id)!;
    const first = list[0]!;
    const last = list[list.length - 1]!;
    const resident = person.roles.some((r) => residentRoles.has(r)) || isChildAt(person, first.start);
    // Someone with no family role (a neighbour, a caller) named once with the child is not household.
    const familyRole = person.roles.some((r) => readRole(r)?.kind === "family");
    if (!resident && !familyRole && list.length < 2) continue;
    stays.push(
      resident
        ? { person: id, from: -Infinity, to: Infinity, basis: "family-role", events: [first.event.id] }
        : {
            person: id,
            from: first.start,
            to: last.end,
            basis: "co-mentioned",
            events: [first.event.id, last.event.id],
          },
    );
  }
  const linked = new Set([
    subject.id,
    ...stays.filter((s) => s.basis === "family-role").map((s) => s.person),
  ]);
  // A move counts only when it names the subject or a family member: read those events only.
  const moveRecords = movesOf(index);
  for (const event of eventsNaming(index, linked)) {
    const move = moveRecords.get(event);
    if (move === undefined) continue;
    const { into, out } = move;
    const text = event.event.summary;
    const involved = event.event.people.filter((id) => linked.has(id));
    if (involved.length === 0) continue;
    const named = new Set([
      ...event.event.people.filter((id) => byId.has(id) && !linked.has(id)),
      ...namedInExcept(text, candidates, subject.id, true)
        .map((p) => p.id)
        .filter((id) => !linked.has(id)),
    ]);
    for (const id of named) {
      if (into && !out)
        stays.push({
          person: id,
          from: event.start,
          to: Infinity,
          basis: "moved-in",
          events: [event.event.id],
        });
      if (out) closeStays(stays, id, event);
    }
  }
  return stays.sort((a, b) => compareText(a.person, b.person) || a.from - b.from);
}

interface Members {
  /** The people who are not professionals, in review order. */
  candidates: readonly Person[];
  byId: ReadonlyMap<string, Person>;
}

const membersCache = new WeakMap<readonly Person[], Members>();

/** The people who may be household members (not professionals), once per list of people. */
function membersOf(people: readonly Person[]): Members {
  let found = membersCache.get(people);
  if (found === undefined) {
    const candidates = people.filter((p) => !isProfessional(p));
    found = { candidates, byId: new Map(candidates.map((p) => [p.id, p])) };
    membersCache.set(people, found);
  }
  return found;
}

interface MoveRecord {
  event: MergedEvent;
  into: boolean;
  out: boolean;
}

const moves = new WeakMap<TimelineIndex, Map<MergedEvent, MoveRecord>>();

/** The events whose words move someone in or out, found once per timeline rather than once per subject. */
function movesOf(index: TimelineIndex): Map<MergedEvent, MoveRecord> {
  let found = moves.get(index);
  if (found === undefined) {
    found = new Map();
    for (const event of index.events) {
      const into = movesInPattern.test(event.event.summary);
      const out = movesOutPattern.test(event.event.summary);
      if (into || out) found.set(event, { event, into, out });
    }
    moves.set(index, found);
  }
  return found;
}

function closeStays(stays: HouseholdStay[], id: string, event: MergedEvent): void {
  for (const stay of stays) {
    if (stay.person === id && stay.from <= event.start && stay.to > event.start) {
      stay.to = event.start;
      stay.events.push(event.event.id);
    }
  }
}

/**
 * The people in a household at an instant.
 * @param stays the household, from {@link householdOf}
 * @param at epoch ms
 * @returns person ids of everyone whose stay covers the instant
 * @example
 * membersAt(stays, Date.UTC(2018, 6, 1)) // ["p-sarah", "p-daniel"]
 */
export function membersAt(stays: readonly HouseholdStay[], at: number): string[] {
  return [...new Set(stays.filter((s) => s.from <= at && at < s.to).map((s) => s.person))];
}

/**
 * Whether a person is in a household at an instant: `membersAt(stays, at).includes(id)`, without building
 * the list (checks ask it for every person of every event).
 * @param stays the household, from {@link householdOf}
 * @param id a person id
 * @param at epoch ms
 * @returns whether a stay of that person covers the instant
 * @example
 * isMemberAt(stays, "p-daniel", Date.UTC(2018, 6, 1)) // true
 */
export function isMemberAt(stays: readonly HouseholdStay[], id: string, at: number): boolean {
  for (const s of stays) if (s.person === id && s.from <= at && at < s.to) return true;
  return false;
}
