import { DateTime } from "luxon";
import type { MergedEvent } from "../merge/merge-events.js";
import type { Flag, Person } from "../model/chronology.js";
import { formatDay, wholeDays } from "./describe.js";
import { ageInYears } from "./subjects.js";
import { timelineIndex } from "./timeline-index.js";

/** Options of the gap check (domain: "gap"). */
export interface GapOptions {
  /** One threshold in days for every subject; overrides both defaults. */
  gapDays?: number;
  /** Threshold for a child under 1 at the start of the gap; default 90. */
  infantGapDays?: number;
  /** Threshold otherwise; default 180. */
  childGapDays?: number;
  /** Review scope, epoch ms: gaps are looked for within it only. */
  from?: number;
  to?: number;
  timezone?: string;
  /**
   * Wording by which an entry explicitly records no contact ("no contact", "letter sent, no response");
   * such an entry, like a no-access visit, does not end a gap. Default {@link defaultNoContactPattern}.
   */
  noContactPattern?: RegExp;
}

/** The default wording of an entry that records no contact with the person. */
export const defaultNoContactPattern =
  /\bno contact\b|\bnot in contact\b|\bunable to (?:contact|make contact|reach)\b|\bcould not (?:be )?(?:contact|reach)(?:ed)?\b|\bno response\b|\b(?:has|have|did) not (?:responded|respond|engaged|engage)\b|\bno engagement\b|\bnot responded\b|\bunallocated\b/i;

/** True when an entry records no contact: a no-access visit, or wording that says so. */
function recordsNoContact(event: MergedEvent, pattern: RegExp): boolean {
  return event.event.category.includes("no-access") || pattern.test(event.event.summary);
}

const day = 86_400_000;

/**
 * Flags each period with no event for a subject from any agency for longer than the threshold
 * (90 days for a child under 1, 180 otherwise; `gapDays` overrides both), within the review's scope.
 * An entry that explicitly records no contact (a no-access visit, "no contact", "letter sent, no response")
 * does not end a gap: it is cited as evidence instead. The evidence is the events either side of the gap.
 * With a scope, the gaps at its edges count too: from its start (or the subject's birth, if later) to the
 * first contact, and from the last contact to its end (the evidence is then the one contact at the edge).
 * Without a scope only the gaps between contacts count (there is no clock).
 * @param events merged events in chronology order
 * @param subjects the review's focus people
 * @param options thresholds and scope
 * @returns one gap flag per gap, in subject then time order
 * @example
 * gapCheck(events, [liam], { gapDays: 90 })[0].message // "No agency recorded any contact with Liam Jones for 214 days, ..."
 */
export function gapCheck(
  events: readonly MergedEvent[],
  subjects: readonly Person[],
  options: GapOptions = {},
): Flag[] {
  const flags: Flag[] = [];
  const zone = options.timezone ?? "Europe/London";
  const noContact = options.noContactPattern ?? defaultNoContactPattern;
  // Indexed once for every subject (checking a cached index against the timeline reads every event).
  const index = timelineIndex(events);
  for (const subject of subjects) {
    // The subject's agency events: in scope, naming the subject, not an author's note.
    const mine = index.byPerson.get(subject.id) ?? [];
    const seen = mine.filter((e) => !recordsNoContact(e, noContact));
    // The latest end so far, kept as the loop goes (a spread over every earlier event overflows the
    // stack on a long chronology and is quadratic).
    let latestEnd = seen[0]?.end ?? 0;
    // With a scope, the edges count too: from its start (or the birth, if later) to the first contact.
    const opening = scopeOpening(subject, options.from, zone);
    if (opening !== undefined && (options.to === undefined || opening < options.to)) {
      const first = seen[0];
      const until = first?.start ?? options.to;
      if (until !== undefined) {
        const flag = edgeGap(subject, mine, noContact, options, zone, {
          start: opening,
          end: until,
          events: first === undefined ? [] : [first],
          fromText: `from ${openingText(subject, options.from!, opening, zone)}`,
          toText:
            first === undefined ? `to ${closingText(options.to!, zone)}` : `to ${formatDay(until, zone)}`,
        });
        if (flag !== undefined) flags.push(flag);
      }
    }
    for (let i = 1; i < seen.length; i++) {
      const before = seen[i - 1]!;
      const after = seen[i]!;
      latestEnd = Math.max(latestEnd, before.end);
      const gapStart = latestEnd;
      const length = after.start - gapStart;
      const threshold = thresholdFor(subject, gapStart, options);
      if (length <= threshold * day) continue;
      const days = wholeDays(length);
      const empty = mine.filter(
        (e) => e.start >= gapStart && e.start < after.start && recordsNoContact(e, noContact),
      );
      const emptyText =
        empty.length === 0
          ? ""
          : ` The only entries in between record no contact: ${empty
              .slice(0, 3)
              .map((e) => formatDay(e.start, zone))
              .join(", ")}${empty.length > 3 ? ` and ${empty.length - 3} more` : ""}.`;
      flags.push({
        kind: "gap",
        start: new Date(gapStart).toISOString(),
        end: new Date(after.start).toISOString(),
        people: [subject.id],
        events: [before.event.id, ...empty.map((e) => e.event.id), after.event.id],
        message: `No agency recorded any contact with ${subject.name} for ${days} days, from ${formatDay(gapStart, zone)} to ${formatDay(after.start, zone)} (threshold ${threshold} days).${emptyText}`,
      });
    }
    // From the last contact to the end of the scope.
    const last = seen[seen.length - 1];
    if (last !== undefined && options.to !== undefined) {
      latestEnd = Math.max(latestEnd, last.end);
      const flag = edgeGap(subject, mine, noContact, options, zone, {
        start: latestEnd,
        end: options.to,
        events: [last],
        fromText: `from ${formatDay(latestEnd, zone)}`,
        toText: `to ${closingText(options.to, zone)}`,
      });
      if (flag !== undefined) flags.push(flag);
    }
  }
  return flags;
}

/** A gap at an edge of the scope: its bounds, the contact bounding it (if any) and how the message words each end. */
interface Edge {
  start: number;
  end: number;
  events: readonly MergedEvent[];
  fromText: string;
  toText: string;
}

/** The flag for a gap at an edge of the scope, if it is longer than the threshold. */
function edgeGap(
  subject: Person,
  mine: readonly MergedEvent[],
  noContact: RegExp,
  options: GapOptions,
  zone: string,
  edge: Edge,
): Flag | undefined {
  const threshold = thresholdFor(subject, edge.start, options);
  const length = edge.end - edge.start;
  if (length <= threshold * day) return undefined;
  const empty = mine.filter(
    (e) => e.start >= edge.start && e.start < edge.end && recordsNoContact(e, noContact),
  );
  const ids = [...edge.events, ...empty].sort((a, b) => a.start - b.start).map((e) => e.event.id);
  return {
    kind: "gap",
    start: new Date(edge.start).toISOString(),
    end: new Date(edge.end).toISOString(),
    people: [subject.id],
    events: [...new Set(ids)],
    message: `No agency recorded any contact with ${subject.name} for ${wholeDays(length)} days, ${edge.fromText} ${edge.toText} (threshold ${threshold} days).${noContactText(empty, zone)}`,
  };
}

function noContactText(empty: readonly MergedEvent[], zone: string): string {
  return empty.length === 0
    ? ""
    : ` The only entries in between record no contact: ${empty
        .slice(0, 3)
        .map((e) => formatDay(e.start, zone))
        .join(", ")}${empty.length > 3 ? ` and ${empty.length - 3} more` : ""}.`;
}

/** Where a gap at the start of the scope begins: the scope's start, or the subject's birth if later. */
function scopeOpening(subject: Person, from: number | undefined, zone: string): number | undefined {
  if (from === undefined) return undefined;
  if (subject.dob === null || bornWellBefore(subject.dob, from)) return from;
  const birth = DateTime.fromISO(subject.dob, { zone }).toMillis();
  return birth !== undefined && Number.isFinite(birth) && birth > from ? birth : from;
}

/**
 * Whether a yyyy-mm-dd date of birth is over two days before an instant: its midnight in any zone (offsets
 * stay within a day of UTC) is then before it too, so the zone need not be read (most subjects).
 */
function bornWellBefore(dob: string, at: number): boolean {
  const [y, m, d] = dob.split("-").map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  return Date.UTC(y, m - 1, d) + 2 * day <= at;
}

function openingText(subject: Person, from: number, opening: number, zone: string): string {
  return opening > from
    ? `${subject.name}'s birth (${formatDay(opening, zone)})`
    : `the start of the review's scope (${formatDay(from, zone)})`;
}

/** The scope's end is exclusive (the instant after its last day): the message names its last day. */
function closingText(to: number, zone: string): string {
  return `the end of the review's scope (${formatDay(to - 1, zone)})`;
}

function thresholdFor(subject: Person, at: number, options: GapOptions): number {
  if (options.gapDays !== undefined) return options.gapDays;
  const infant = subject.dob !== null && ageInYears(subject.dob, at) < 1;
  return infant ? (options.infantGapDays ?? 90) : (options.childGapDays ?? 180);
}
