import { DateTime } from "luxon";
import { compareText } from "../model/content-id.js";
import type { MergedEvent } from "./build-event.js";
import { type Comparable, pairEvidence, withinWindow } from "./evidence.js";
import { type MergeOptions, resolveMergeOptions } from "./merge-options.js";
import { textTokens } from "./text-similarity.js";

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
  /** People both events name. */
  people: string[];
}

interface Candidate extends Comparable {
  merged: MergedEvent;
  agencies: Set<string>;
  day: DateTime;
}

const generic = new Set(["contact", "note"]);

/**
 * Finds pairs of events that are probably one incident dated differently by two agencies: dates
 * within the link window but too far apart to merge (3 and 13 March), or day and month swapped
 * (04/06/2019 and 06/04/2019). Both events must be dated to the day or finer, share no agency,
 * name at least one person in common, and reach the link threshold on evidence other than time.
 * Candidates come from a sweep over the window and a lookup of the swapped date, never all pairs.
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
  const candidates = events
    .filter((e) => !e.event.category.includes("note") && isDayOrFiner(e.event.precision))
    .map((e) => toCandidate(e, resolved.timezone))
    .sort((a, b) => a.start - b.start || compareText(a.merged.event.id, b.merged.event.id));
  const byDay = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = c.day.toISODate() ?? "";
    byDay.set(key, [...(byDay.get(key) ?? []), c]);
  }
  const links = new Map<string, ProposedLink>();
  let pairsCompared = 0;
  const consider = (a: Candidate, b: Candidate, reason: ProposedLink["reason"]): void => {
    const [first, second] = a.start <= b.start ? [a, b] : [b, a];
    const key = `${first.merged.event.id}\u0001${second.merged.event.id}`;
    if (links.has(key) || withinWindow(a, b, resolved) || [...a.agencies].some((x) => b.agencies.has(x))) {
      return;
    }
    pairsCompared++;
    const people = a.subjects.filter((p) => b.subjects.includes(p));
    if (people.length === 0) return;
    const { score } = pairEvidence(a, b, resolved, false);
    if (score < resolved.linkThreshold) return;
    const days = Math.round(second.day.diff(first.day, "days").days);
    links.set(key, { events: [first.merged, second.merged], reason, days, score, people });
  };
  for (const c of candidates) {
    const swapped = swappedDay(c.day);
    if (swapped === null) continue;
    for (const other of byDay.get(swapped) ?? []) consider(c, other, "day-month-swap");
  }
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i]!;
    for (let j = i + 1; j < candidates.length; j++) {
      const b = candidates[j]!;
      if (b.start - a.start > resolved.linkWindow) break;
      consider(a, b, "far-apart");
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

function isDayOrFiner(precision: string): boolean {
  return precision === "minute" || precision === "hour" || precision === "day";
}

function toCandidate(merged: MergedEvent, zone: string): Candidate {
  const { event } = merged;
  // The attribution ("Police: ") is not narrative: leave it out of the words compared.
  const narrative = event.summary
    .split("\n")
    .map((line) => {
      const agency = event.agencies.find((a) => line.startsWith(`${a}: `));
      return agency === undefined ? line : line.slice(agency.length + 2);
    })
    .join(" ");
  return {
    merged,
    start: merged.start,
    end: merged.end,
    timed: event.precision === "minute" || event.precision === "hour",
    precision: event.precision,
    subjects: event.people,
    categories: event.category.filter((c) => !generic.has(c)),
    tokens: textTokens(narrative),
    agencies: new Set(event.agencies),
    day: DateTime.fromMillis(merged.start, { zone }).startOf("day"),
  };
}

/** The calendar day with day and month swapped, or null when that is no other valid date. */
function swappedDay(day: DateTime): string | null {
  if (day.day > 12 || day.day === day.month) return null;
  const swapped = DateTime.fromObject({ year: day.year, month: day.day, day: day.month }, { zone: day.zone });
  return swapped.isValid ? swapped.toISODate() : null;
}
