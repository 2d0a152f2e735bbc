import type { MergedEvent } from "../merge/merge-events.js";
import type { Flag } from "../model/chronology.js";
import { compareText } from "../model/content-id.js";
import { type CheckInput, type CommonCheckOptions, dayMs, hasCategory } from "./check-input.js";
import { formatDay, isoOrNull, listText } from "./describe.js";
import { isChildAt } from "./people-kind.js";
import { timelineIndex } from "./timeline-index.js";

/** Options of the multiple-reporters check. */
export interface MultipleReportersOptions extends CommonCheckOptions {
  /** How many different agencies must record a concern; default 3. */
  minAgencies?: number;
  /** Within how many days; default 90. */
  windowDays?: number;
}

/** Categories that are a concern about a child when recorded by an agency. */
const concernCategories = ["referral", "domestic-abuse", "injury", "child-protection-enquiry", "marac"];

/**
 * Flags a child about whom several agencies each recorded a concern (a referral, a domestic incident, an
 * injury, a child protection enquiry, MARAC) within a short time: 3 or more agencies within 90 days, in
 * at least two records (one incident merged from several agencies' returns is not several reporters).
 * Reviews find that each agency held a piece of the picture and no one put the pieces together.
 * @param input the timeline and people
 * @param options number of agencies, window, zone
 * @returns one flag per child and cluster of concerns
 * @example
 * multipleReportersCheck({ events, subjects, people })[0].message
 * // "4 agencies recorded concerns about Liam Jones between 16 Jul 2018 and 9 Aug 2018: ..."
 */
export function multipleReportersCheck(input: CheckInput, options: MultipleReportersOptions = {}): Flag[] {
  const zone = options.timezone ?? "Europe/London";
  const min = options.minAgencies ?? 3;
  const window = (options.windowDays ?? 90) * dayMs;
  const index = timelineIndex(input.events);
  const flags: Flag[] = [];
  for (const child of input.people) {
    const concerns = (index.byPerson.get(child.id) ?? []).filter(
      (e) => hasCategory(e, ...concernCategories) && isChildAt(child, e.start),
    );
    let after = -Infinity;
    for (const first of concerns) {
      if (first.start < after) continue;
      const cluster = concerns.filter((e) => e.start >= first.start && e.start < first.start + window);
      const agencies = agencyNames(cluster);
      // One incident that several agencies recorded is the merge's finding, not several reporters.
      if (agencies.length < min || cluster.length < 2) continue;
      after = first.start + window;
      const last = cluster[cluster.length - 1]!;
      flags.push({
        kind: "multiple-reporters",
        start: isoOrNull(first.start),
        end: isoOrNull(last.end),
        people: [child.id],
        events: cluster.map((e) => e.event.id),
        message: `${agencies.length} agencies recorded concerns about ${child.name} ${when(first.start, last.start, zone)}: ${listText(agencies.map((a) => `${a} (${formatDay(cluster.find((e) => e.event.agencies.includes(a))!.start, zone)})`))}.`,
      });
    }
  }
  return flags;
}

function agencyNames(events: readonly MergedEvent[]): string[] {
  return [...new Set(events.flatMap((e) => e.event.agencies))].sort(compareText);
}

function when(from: number, to: number, zone: string): string {
  const a = formatDay(from, zone);
  const b = formatDay(to, zone);
  return a === b ? `on ${a}` : `between ${a} and ${b}`;
}
