import type { MergedEvent } from "../merge/merge-events.js";
import type { Flag } from "../model/chronology.js";
import { agencyPatterns, byAgency, caseHoldingAgencies } from "./agency-kind.js";
import {
  type CheckInput,
  type CommonCheckOptions,
  dayMs,
  hasCategory,
  recallsEarlier,
  reviewEnd,
} from "./check-input.js";
import { citeEvent, formatDay, isoOrNull, listText, wholeDays } from "./describe.js";
import { householdOf } from "./household.js";
import { bornBy, isChildAt } from "./people-kind.js";
import { childSeenIn } from "./seen.js";
import { eventsNaming, timelineIndex, unionInOrder } from "./timeline-index.js";

/** Options of the off-radar check (domain: "off the radar"). */
export interface OffRadarOptions extends CommonCheckOptions {
  /** Fire only when the child goes unseen at least this many days after the trigger; default 28. */
  minDays?: number;
  /** Missed appointments or no-access visits in the window that make a trigger; default 2. */
  minMissed?: number;
  /** That window in days; default 365. */
  missedWindowDays?: number;
  /**
   * Which agencies' closures are a trigger; default those holding the child's case
   * ({@link caseHoldingAgencies}: a police "NFA" on a crime report is not a case closed).
   */
  closingAgencies?: RegExp;
}

const deregistration =
  /\bderegist|\belective home education\b|\behe\b|\boff[- ]roll\b|removed from (?:the )?(?:school |nursery )?roll/i;
const noForwarding =
  /no forwarding address|no address (?:given|known)|address not known|whereabouts unknown/i;

/**
 * Flags a subject child whom no professional sees after a trigger until the next event that records
 * the child as seen: a move (of the child or the household), especially out of area or with no forwarding
 * address; a transfer out; a case closure by an agency holding the child's case; school deregistration or elective home education; the second
 * of 2 or more missed appointments or no-access visits in 12 months.
 * @param input the timeline, subjects and people
 * @param options minimum unseen days, trigger thresholds, zone, scope
 * @returns one flag per unseen spell, citing its triggers and the event that ends it
 * @example
 * offRadarCheck({ events, subjects, people })[0].message
 * // "No professional saw Liam Jones from 6 Jan 2020, when ..., to 28 Mar 2020 (82 days)."
 */
export function offRadarCheck(input: CheckInput, options: OffRadarOptions = {}): Flag[] {
  const zone = options.timezone ?? "Europe/London";
  const agencies = agencyPatterns(options.agencies);
  const minDays = options.minDays ?? 28;
  const window = (options.missedWindowDays ?? 365) * dayMs;
  const minMissed = options.minMissed ?? 2;
  const closing = options.closingAgencies ?? caseHoldingAgencies(agencies);
  const index = timelineIndex(input.events);
  const moved = new Set(index.events.filter((e) => hasCategory(e, "move", "transfer-out")));
  const end = reviewEnd(input, options);
  const flags: Flag[] = [];
  for (const child of input.subjects) {
    // A move by a parent moves the child; a partner giving a new address does not.
    const parents = householdOf(child, input)
      .filter((s) => s.basis === "family-role")
      .map((s) => s.person);
    const mine = index.byPerson.get(child.id) ?? [];
    const seenAt = mine.filter((e) => childSeenIn(e, child, agencies));
    const triggers: { event: MergedEvent; why: string }[] = [];
    const missed: MergedEvent[] = [];
    // Only the child's own events and a parent's moves can be triggers (the rest are skipped below).
    const parentMoves = eventsNaming(index, parents).filter((e) => moved.has(e));
    for (const e of unionInOrder(index, [mine, parentMoves])) {
      const own = e.event.people.includes(child.id);
      if (!own && !hasCategory(e, "move", "transfer-out")) continue;
      if (!isChildAt(child, e.start) || !bornBy(child, e.start)) continue;
      const why = own ? triggerReason(e, missed, window, minMissed, closing) : undefined;
      if (why !== undefined) triggers.push({ event: e, why });
      else if (!own && e.event.people.some((id) => parents.includes(id)))
        triggers.push({ event: e, why: moveReason(e, "the household") });
    }
    let i = 0;
    while (i < triggers.length) {
      const first = triggers[i]!;
      const next = seenAt.find((e) => e.start > first.event.start);
      const group = triggers.filter(
        (t) => t.event.start >= first.event.start && (next === undefined || t.event.start < next.start),
      );
      i += group.length;
      const until = next?.start ?? end;
      if (until - first.event.start < minDays * dayMs) continue;
      const reasons = simplify(group.map((t) => t.why));
      const seenThen = seenAt.includes(first.event);
      const untilText =
        next === undefined
          ? `to the end of the records (${formatDay(until, zone)})`
          : `to ${citeEvent(next, zone)}, when ${child.name} was next recorded as seen`;
      flags.push({
        kind: "off-radar",
        start: isoOrNull(first.event.start),
        end: isoOrNull(until),
        people: [child.id],
        events: [...group.map((t) => t.event.event.id), ...(next === undefined ? [] : [next.event.id])],
        message: `No professional saw ${child.name} ${seenThen ? "after" : "from"} ${citeEvent(first.event, zone)}, when ${listText(reasons.slice(0, 3))}${reasons.length > 3 ? ` (and ${reasons.length - 3} more)` : ""}${seenThen ? ` (${child.name} was seen that day)` : ""}, ${untilText} (${wholeDays(until - first.event.start)} days).`,
      });
    }
  }
  return flags;
}

function triggerReason(
  e: MergedEvent,
  missed: MergedEvent[],
  window: number,
  minMissed: number,
  closing: RegExp,
): string | undefined {
  if (hasCategory(e, "missed-appointment", "no-access")) {
    if (recallsEarlier(e)) return undefined;
    missed.push(e);
    const recent = missed.filter((m) => m.start > e.start - window);
    if (recent.length >= minMissed)
      return `${recent.length} appointments or visits in 12 months found nobody or were missed`;
    return undefined;
  }
  if (hasCategory(e, "move", "transfer-out")) return moveReason(e, "the child");
  if (hasCategory(e, "education") && deregistration.test(e.event.summary))
    return "the child was taken off a school or nursery roll";
  if (hasCategory(e, "case-closed") && byAgency(e, closing)) return `the case was closed`;
  return undefined;
}

function moveReason(e: MergedEvent, who: string): string {
  if (noForwarding.test(e.event.summary)) return `${who} moved with no forwarding address`;
  if (/out of area|out of the area/i.test(e.event.summary)) return `${who} moved out of the area`;
  if (hasCategory(e, "transfer-out")) return "records were transferred out";
  return `${who} moved`;
}

/** Distinct reasons, a plain move dropped when a move out of area or with no forwarding address says more. */
function simplify(reasons: readonly string[]): string[] {
  // Of "2 ... missed", "3 ... missed", keep the last count: it includes the others.
  const counts = reasons.filter((r) => /^\d+ appointments/.test(r));
  const unique = [...new Set(reasons.filter((r) => !counts.includes(r) || r === counts[counts.length - 1]))];
  const specific = unique.some((r) => /moved (?:with|out)/.test(r));
  return unique.filter((r) => !(specific && /moved$/.test(r)));
}
