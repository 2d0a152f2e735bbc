import type { Flag, Person } from "../model/chronology.js";
import { agencyPatterns, byAgency } from "./agency-kind.js";
import { type CheckInput, type CommonCheckOptions, dayMs, hasCategory } from "./check-input.js";
import { citeEvent, formatDay, isoOrNull } from "./describe.js";
import { householdOf, isMemberAt } from "./household.js";
import { injuryTo } from "./injured.js";
import { isChildAt } from "./people-kind.js";
import { eventsStartingIn, timelineIndex } from "./timeline-index.js";

/** Options of the not-shared check (domain: "not shared"). */
export interface NotSharedOptions extends CommonCheckOptions {
  /** Days within which children's social care, health visiting or the school must record it; default 7. */
  withinDays?: number;
  /** Agencies that must hear of a risk event; default children's social care, health visiting, school. */
  recipients?: RegExp;
}

/** Narrative that puts a child at a domestic incident though the record names no child. */
const childPresent =
  /\b(?:child|children|baby|infant|kids|son|daughter)\b[^.;\n]{0,30}\b(?:present|inside|in (?:the )?(?:property|house|flat|home|room|cot|bedroom)|at (?:the )?(?:address|property|home)|asleep|witnessed|upstairs)\b|\bchild(?:ren)? in (?:the )?(?:property|house|flat)\b/i;

/**
 * Flags a risk event in one agency that the agencies who protect children do not record within 7 days:
 * a domestic incident with a child present (a child in its people, or "children inside" in its narrative),
 * or an injury to a child recorded by an agency other than children's social care. It counts as shared
 * when children's social care, health visiting or the school (an agency other than the reporter) records
 * anything about the same people within the window; an agency writing "PPN submitted" is not enough
 * unless someone records receiving it.
 * @param input the timeline, subjects and people
 * @param options window, recipient agencies, zone
 * @returns one flag per risk event not shared
 * @example
 * notSharedCheck({ events, subjects, people })[0].message
 * // "A domestic incident on 19 Aug 2017 (Police) with Liam Jones present has no record at children's ..."
 */
export function notSharedCheck(input: CheckInput, options: NotSharedOptions = {}): Flag[] {
  const zone = options.timezone ?? "Europe/London";
  const agencies = agencyPatterns(options.agencies);
  const recipients =
    options.recipients ??
    new RegExp(
      `${agencies.socialCare.source}|${agencies.healthVisiting.source}|${agencies.school.source}`,
      "i",
    );
  const within = (options.withinDays ?? 7) * dayMs;
  const index = timelineIndex(input.events);
  const { events } = index;
  const byId = new Map(input.people.map((p) => [p.id, p]));
  const households = input.subjects.map((s) => ({ subject: s, stays: householdOf(s, input) }));
  // Which households (by position) each person ever stays in: a member at some time is a member of these only.
  const householdsWith = new Map<string, number[]>();
  households.forEach((h, at) => {
    for (const stay of h.stays)
      householdsWith.set(stay.person, [...(householdsWith.get(stay.person) ?? []), at]);
  });
  const flags: Flag[] = [];
  for (const e of events) {
    const children = e.event.people
      .map((id) => byId.get(id))
      .filter((p): p is Person => p !== undefined && isChildAt(p, e.start));
    const domestic =
      hasCategory(e, "domestic-abuse") && (children.length > 0 || childPresent.test(e.event.summary));
    const injured = hasCategory(e, "injury")
      ? children.filter((c) => injuryTo(e, c, input.people, options.lexicon).length > 0)
      : [];
    // A risk event children's social care records itself is already with children's social care, and a
    // notification that a recipient records is the sharing itself.
    if (!domestic && injured.length === 0) continue;
    if (byAgency(e, agencies.socialCare) || (hasCategory(e, "referral") && byAgency(e, recipients))) continue;
    const atRisk = !domestic
      ? injured
      : children.length > 0
        ? children
        : [...new Set(e.event.people.flatMap((id) => householdsWith.get(id) ?? []))]
            .sort((a, b) => a - b)
            .map((at) => households[at]!)
            .filter((h) => e.event.people.some((id) => isMemberAt(h.stays, id, e.start)))
            .map((h) => h.subject);
    const about = new Set([...e.event.people, ...atRisk.map((c) => c.id)]);
    // Starts are whole milliseconds: "after start - day - 1" is "from start - day".
    const shared = eventsStartingIn(index, e.start - dayMs - 1, e.start + within).some(
      (r) =>
        r !== e &&
        r.event.agencies.some((a) => recipients.test(a) && !e.event.agencies.includes(a)) &&
        r.event.people.some((id) => about.has(id)),
    );
    if (shared) continue;
    const names = atRisk.map((c) => c.name);
    const who = names.length > 0 ? names.join(" and ") : "a child";
    const what = domestic
      ? `A domestic incident on ${citeEvent(e, zone)} with ${who} present`
      : `An injury to ${who} recorded on ${citeEvent(e, zone)}`;
    flags.push({
      kind: "not-shared",
      start: isoOrNull(e.start),
      end: isoOrNull(e.start + within),
      people: [...about],
      events: [e.event.id],
      message: `${what} has no record at children's social care, health visiting or the school by ${formatDay(e.start + within, zone)} (${Math.round(within / dayMs)} days).`,
    });
  }
  return flags;
}
