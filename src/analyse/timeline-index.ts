import type { MergedEvent } from "../merge/merge-events.js";
import { agencyEvents } from "./check-input.js";

/**
 * The events a check may count, indexed once per timeline: by person, and by position so that the
 * events of several people come back in timeline order. Every check asks the same questions of the same
 * timeline; the index answers them without filtering every event per subject.
 */
export interface TimelineIndex {
  /** The agency events ({@link agencyEvents}), in the timeline's order. */
  events: readonly MergedEvent[];
  /** Each event's position in `events`. */
  position: ReadonlyMap<MergedEvent, number>;
  /** The events naming each person id, in timeline order (an event once per person). */
  byPerson: ReadonlyMap<string, readonly MergedEvent[]>;
  /** The positions in `events` of each person's events (`byPerson` as numbers: joined without lookups). */
  positionsByPerson: ReadonlyMap<string, readonly number[]>;
  /** Whether `events` are in ascending `start` order (a merged timeline always is). */
  sorted: boolean;
}

/** One index per timeline array: the checks of one run share it; it goes with the array. */
const indexes = new WeakMap<
  readonly MergedEvent[],
  { indexed: readonly MergedEvent[]; index: TimelineIndex }
>();

/**
 * The index of a timeline's agency events, built on first use and shared by every check of the same
 * timeline array; an array changed since (events added, removed or reordered) is indexed again. The events
 * themselves must not be changed (no stage mutates them).
 * @param timeline merged events in chronology order
 * @returns the agency events with their per-person index
 * @example
 * timelineIndex(events).byPerson.get("p-liam")?.length // 12
 */
export function timelineIndex(timeline: readonly MergedEvent[]): TimelineIndex {
  const found = indexes.get(timeline);
  if (found !== undefined && sameEvents(found.indexed, timeline)) return found.index;
  const events = agencyEvents(timeline);
  const position = new Map<MergedEvent, number>();
  const byPerson = new Map<string, MergedEvent[]>();
  const positionsByPerson = new Map<string, number[]>();
  let sorted = true;
  events.forEach((event, i) => {
    position.set(event, i);
    if (i > 0 && events[i - 1]!.start > event.start) sorted = false;
    for (const id of new Set(event.event.people)) {
      const list = byPerson.get(id);
      if (list === undefined) {
        byPerson.set(id, [event]);
        positionsByPerson.set(id, [i]);
      } else {
        list.push(event);
        positionsByPerson.get(id)!.push(i);
      }
    }
  });
  const index = { events, position, byPerson, positionsByPerson, sorted };
  indexes.set(timeline, { indexed: [...timeline], index });
  return index;
}

/** Whether an array still holds the events it held when indexed (a caller may have changed it since). */
function sameEvents(indexed: readonly MergedEvent[], timeline: readonly MergedEvent[]): boolean {
  if (indexed.length !== timeline.length) return false;
  for (let i = 0; i < indexed.length; i++) if (indexed[i] !== timeline[i]) return false;
  return true;
}

/**
 * The agency events naming any of the people, each once, in timeline order: the same events as
 * `index.events.filter((e) => e.event.people.some((id) => ids.includes(id)))`.
 * @param index the timeline's index
 * @param ids person ids
 * @returns the events, in timeline order
 * @example
 * eventsNaming(timelineIndex(events), ["p-liam", "p-sarah"]).length // 20
 */
export function eventsNaming(index: TimelineIndex, ids: Iterable<string>): MergedEvent[] {
  // The people's positions joined: the same events as the union of their lists, found without lookups.
  const lists: (readonly number[])[] = [];
  let count = 0;
  for (const id of new Set(ids)) {
    const list = index.positionsByPerson.get(id);
    if (list !== undefined && list.length > 0) {
      lists.push(list);
      count += list.length;
    }
  }
  if (lists.length === 0) return [];
  if (lists.length === 1) return lists[0]!.map((at) => index.events[at]!);
  const positions = new Float64Array(count);
  let at = 0;
  for (const list of lists) for (const position of list) positions[at++] = position;
  return eventsAt(index, positions.sort());
}

/**
 * Lists of the index's events joined, each event once, in timeline order.
 * @param index the timeline's index
 * @param lists lists of events of `index.events`
 * @returns their union, in timeline order
 * @example
 * unionInOrder(index, [liamsEvents, moves]).length // 15
 */
export function unionInOrder(
  index: TimelineIndex,
  lists: readonly (readonly MergedEvent[])[],
): MergedEvent[] {
  const nonEmpty = lists.filter((list) => list.length > 0);
  if (nonEmpty.length === 0) return [];
  if (nonEmpty.length === 1) return [...new Set(nonEmpty[0])];
  // Sorted by position as numbers: a comparator looking up both events' positions is most of the cost.
  let count = 0;
  for (const list of nonEmpty) count += list.length;
  const positions = new Float64Array(count);
  let at = 0;
  for (const list of nonEmpty)
    for (const event of list) {
      const position = index.position.get(event);
      if (position === undefined) return unionBySet(index, nonEmpty);
      positions[at++] = position;
    }
  return eventsAt(index, positions.sort());
}

/** The events at sorted positions, each once. */
function eventsAt(index: TimelineIndex, sorted: Float64Array): MergedEvent[] {
  const union: MergedEvent[] = [];
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[i - 1]) union.push(index.events[sorted[i]!]!);
  return union;
}

/** {@link unionInOrder} for lists holding an event the index does not (outside its contract): as it always did. */
function unionBySet(index: TimelineIndex, lists: readonly (readonly MergedEvent[])[]): MergedEvent[] {
  const seen = new Set<MergedEvent>();
  for (const list of lists) for (const event of list) seen.add(event);
  return [...seen].sort((a, b) => index.position.get(a)! - index.position.get(b)!);
}

/**
 * The agency events whose start lies in `(after, until]`, in timeline order: the same events as
 * `index.events.filter((e) => e.start > after && e.start <= until)`, found by binary search on a sorted
 * timeline.
 * @param index the timeline's index
 * @param after exclusive lower bound, epoch ms
 * @param until inclusive upper bound, epoch ms
 * @returns the events, in timeline order
 * @example
 * eventsStartingIn(timelineIndex(events), closure.start, closure.start + 30 * 86_400_000).length // 3
 */
export function eventsStartingIn(index: TimelineIndex, after: number, until: number): MergedEvent[] {
  const { events } = index;
  if (!index.sorted) return events.filter((e) => e.start > after && e.start <= until);
  let low = 0;
  let high = events.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (events[middle]!.start > after) high = middle;
    else low = middle + 1;
  }
  const found: MergedEvent[] = [];
  for (let i = low; i < events.length && events[i]!.start <= until; i++) found.push(events[i]!);
  return found;
}
