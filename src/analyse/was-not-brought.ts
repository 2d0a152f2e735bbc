import type { MergedEvent } from "../merge/merge-events.js";
import type { Flag, Person } from "../model/chronology.js";
import { agencyPatterns, byAgency } from "./agency-kind.js";
import {
  type CheckInput,
  type CommonCheckOptions,
  dayMs,
  hasCategory,
  recallsEarlier,
} from "./check-input.js";
import { citeEvent, isoOrNull, listText } from "./describe.js";
import { isChildAt } from "./people-kind.js";
import { timelineIndex } from "./timeline-index.js";

/** Options of the was-not-brought check (domain: "was not brought"). */
export interface WasNotBroughtOptions extends CommonCheckOptions {
  /** How many missed appointments or no-access visits in the window fire; default 2. */
  minMissed?: number;
  /** The window in days; default 365 (12 months). */
  windowDays?: number;
  /** Flag "DNA" wording used for a child's appointment; default true. */
  flagDnaWording?: boolean;
}

const dnaWording = /\bdna(?:'d)?\b|\bdid not attend\b|\bdidn't attend\b|\bfailed to attend\b/i;
const cpPlan = /\bchild protection plan\b|\bcp plan\b|\bsubject to (?:a )?(?:cp|child protection)\b/i;

/**
 * Flags children not brought to appointments or not found at home: 2 or more missed appointments (WNB,
 * DNA, cancelled) or no-access visits in 12 months, or 1 while a child protection plan is active; also
 * "DNA" wording recorded for a child, who does not fail to attend but is not brought.
 * @param input the timeline and people
 * @param options thresholds, zone
 * @returns one flag per run of missed contacts, per lone miss under a plan, and per child with DNA wording
 * @example
 * wasNotBroughtCheck({ events, subjects, people })[0].message
 * // "Liam Jones was not brought, or not found at home, 2 times in 12 months: ..."
 */
export function wasNotBroughtCheck(input: CheckInput, options: WasNotBroughtOptions = {}): Flag[] {
  const zone = options.timezone ?? "Europe/London";
  const min = options.minMissed ?? 2;
  const window = (options.windowDays ?? 365) * dayMs;
  // A child protection plan is children's social care's: only its closure ends one (not a police "NFA").
  const planHolder = agencyPatterns(options.agencies).socialCare;
  const index = timelineIndex(input.events);
  const flags: Flag[] = [];
  for (const child of input.people) {
    const mine = index.byPerson.get(child.id) ?? [];
    const missed = mine.filter(
      (e) =>
        isChildAt(child, e.start) && hasCategory(e, "missed-appointment", "no-access") && !recallsEarlier(e),
    );
    if (missed.length === 0) continue;
    const flagged = new Set<MergedEvent>();
    for (const first of missed) {
      if (flagged.has(first)) continue;
      const run = missed.filter(
        (e) => !flagged.has(e) && e.start >= first.start && e.start < first.start + window,
      );
      if (run.length < min) continue;
      for (const e of run) flagged.add(e);
      flags.push(runFlag(child, run, options.windowDays ?? 365, zone));
    }
    for (const e of missed) {
      if (flagged.has(e)) continue;
      // On a sorted timeline the child's own events are the only ones activePlan reads before it stops.
      const plan = activePlan(index.sorted ? mine : index.events, child, e.start, planHolder);
      if (plan !== undefined)
        flags.push({
          kind: "was-not-brought",
          start: isoOrNull(e.start),
          end: isoOrNull(e.end),
          people: [child.id],
          events: [plan.event.id, e.event.id],
          message: `${child.name} was not brought, or not found at home, on ${citeEvent(e, zone)} while a child protection plan was in place (from ${citeEvent(plan, zone)}).`,
        });
    }
    if (options.flagDnaWording ?? true) {
      const dna = missed.filter(
        (e) => hasCategory(e, "missed-appointment") && dnaWording.test(e.event.summary),
      );
      if (dna.length > 0)
        flags.push({
          kind: "was-not-brought",
          start: isoOrNull(dna[0]!.start),
          end: isoOrNull(dna[dna.length - 1]!.end),
          people: [child.id],
          events: dna.map((e) => e.event.id),
          message: `${child.name}'s missed appointment${dna.length > 1 ? "s were" : " was"} recorded as "did not attend" (DNA) on ${listText(dna.map((e) => citeEvent(e, zone)))}: a child does not fail to attend, a child is not brought (WNB).`,
        });
    }
  }
  return flags;
}

function runFlag(child: Person, run: readonly MergedEvent[], windowDays: number, zone: string): Flag {
  const span = windowDays === 365 ? "12 months" : `${windowDays} days`;
  return {
    kind: "was-not-brought",
    start: isoOrNull(run[0]!.start),
    end: isoOrNull(run[run.length - 1]!.end),
    people: [child.id],
    events: run.map((e) => e.event.id),
    message: `${child.name} was not brought, or not found at home, ${run.length} times in ${span}: ${listText(run.map((e) => `${hasCategory(e, "no-access") ? "no access" : "missed appointment"} ${citeEvent(e, zone)}`))}.`,
  };
}

/** The plan-start event of a child protection plan active for the child at an instant, if any. */
function activePlan(
  events: readonly MergedEvent[],
  child: Person,
  at: number,
  planHolder: RegExp,
): MergedEvent | undefined {
  let plan: MergedEvent | undefined;
  for (const e of events) {
    if (e.start > at) break;
    if (!e.event.people.includes(child.id)) continue;
    const closed = hasCategory(e, "case-closed") && byAgency(e, planHolder);
    if (hasCategory(e, "plan-end") || (closed && plan !== undefined)) plan = undefined;
    else if (hasCategory(e, "plan-start", "conference") && cpPlan.test(e.event.summary)) plan = e;
  }
  return plan;
}
