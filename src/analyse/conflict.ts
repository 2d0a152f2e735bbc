import type { MergedEvent } from "../merge/merge-events.js";
import type { MergeOptions } from "../merge/merge-options.js";
import { findNearDuplicates, type ProposedLink } from "../merge/near-duplicates.js";
import type { Conflict, Flag } from "../model/chronology.js";
import { formatDay } from "./describe.js";

/** Options of the conflict check: the zone, and the window and threshold of proposed links. */
export type ConflictOptions = Pick<
  MergeOptions,
  "timezone" | "timedWindowMinutes" | "linkWindowDays" | "linkThreshold"
>;

// Fields whose disagreement is a finding; category differences are listed on the event only,
// since agencies name the same incident from their own side (police: assault; ED: injury), and so is
// one agency naming fewer people than another.
const flaggedFields = new Set(["date", "time", "people"]);

/**
 * Flags where returns disagree about one incident (domain: "conflict"): a merged event whose
 * agencies give different dates, times or people, and two events that look like one incident dated
 * differently (days apart, or day and month swapped), named both and proposed as a link, never merged.
 * Events outside the review's scope raise no flag (a link raises one when either event is in scope).
 * @param events merged events in chronology order
 * @param options zone, link window and threshold
 * @returns one flag per disagreeing event and per proposed link
 * @throws {ChronomergeError} `invalid_option` when a threshold or window is out of range
 * @example
 * conflictCheck(events)[0].message
 * // "Police (3 Mar 2019) and GP (13 Mar 2019) may describe the same incident: ..."
 */
export function conflictCheck(events: readonly MergedEvent[], options: ConflictOptions = {}): Flag[] {
  const zone = options.timezone ?? "Europe/London";
  const flags: Flag[] = [];
  for (const { event } of events) {
    if (event.outOfScope) continue;
    const found = event.conflicts.filter(
      (c) => flaggedFields.has(c.field) && (c.field !== "people" || !nested(c)),
    );
    if (found.length === 0) continue;
    flags.push({
      kind: "conflict",
      start: event.start,
      end: event.end,
      people: event.people,
      events: [event.id],
      message: `${listAgencies(event.agencies)} describe this event differently: ${found.map(describeConflict).join("; ")}.`,
    });
  }
  for (const link of findNearDuplicates(events, options).links) {
    if (link.events.every((e) => e.event.outOfScope)) continue;
    flags.push(linkFlag(link, zone));
  }
  return flags;
}

/**
 * Whether each agency's people are within another's: one agency naming fewer people is a thinner
 * record (shown in the event's conflicts), not a disagreement about who was there.
 */
function nested(conflict: Conflict): boolean {
  const sets = conflict.values.map((v) => new Set(v.value.split("; ")));
  return sets.every((a) => sets.every((b) => [...a].every((x) => b.has(x)) || [...b].every((x) => a.has(x))));
}

function describeConflict(conflict: Conflict): string {
  const values = conflict.values.map((v) => `${v.agency} "${v.value}"`).join(", ");
  return `${conflict.field} (${values})`;
}

function linkFlag(link: ProposedLink, zone: string): Flag {
  const [a, b] = link.events;
  const side = (e: MergedEvent): string =>
    `${listAgencies(e.event.agencies)} (${formatDay(e.start, zone)}, written "${e.event.dateText.join('" / "')}")`;
  const why =
    link.reason === "day-month-swap"
      ? "the day and month of one date look swapped"
      : `the dates are ${link.days} ${link.days === 1 ? "day" : "days"} apart`;
  const shared =
    link.matchedBy === "name"
      ? "people of the same name (spelled differently)"
      : link.people.length === 1
        ? "1 person"
        : `${link.people.length} people`;
  return {
    kind: "conflict",
    start: a.event.start,
    end: b.event.end,
    people: link.people,
    events: [a.event.id, b.event.id],
    message: `${side(a)} and ${side(b)} may describe the same incident: ${why}, with ${shared} in common and similar accounts. Proposed link between ${a.event.id} and ${b.event.id}; not merged: confirm with the agencies.`,
  };
}

function listAgencies(agencies: readonly string[]): string {
  if (agencies.length <= 1) return agencies[0] ?? "One return";
  return `${agencies.slice(0, -1).join(", ")} and ${agencies.at(-1)}`;
}
