import type { MergedEvent } from "../merge/merge-events.js";
import type { Flag } from "../model/chronology.js";
import { agencyPatterns, byAgency } from "./agency-kind.js";
import { type CheckInput, type CommonCheckOptions, dayMs, hasCategory } from "./check-input.js";
import { citeEvent, daysLater, isoOrNull, listText } from "./describe.js";
import { type HouseholdStay, householdOf, isMemberAt } from "./household.js";
import { isProfessional } from "./people-kind.js";
import { eventsNaming, timelineIndex } from "./timeline-index.js";

/** Options of the closure-then-concern check (domain: "closure then concern"). */
export interface ClosureThenConcernOptions extends CommonCheckOptions {
  /** Days after a closure in which a new referral, injury or domestic incident fires; default 30. */
  concernDays?: number;
  /** Days after a closure in which a re-referral fires; default 365. */
  reReferralDays?: number;
  /**
   * Which agencies' closures count; default children's social care and health visiting (a police "NFA"
   * on a crime is not a case closed). Use `/./` for every agency.
   */
  closingAgencies?: RegExp;
}

const recalledClosure = /\bclosed (?:on )?\d{1,2}[./-]\d{1,2}\b|\b(?:was|had been|previously) closed\b/i;

/** Concerns in the order a message names an event that is several at once. */
const concernKinds: Readonly<Record<string, string>> = {
  "domestic-abuse": "a domestic incident",
  injury: "an injury",
  referral: "a referral",
};

/**
 * Flags a case closed and then concern again: a new referral, injury or domestic incident within 30 days
 * of the closure, or a re-referral within 12 months. The concern must be about someone the closure was
 * about (a person in both records, or the household of a subject in the closure).
 * @param input the timeline, subjects and people
 * @param options days, closing agencies, zone
 * @returns one flag per closure followed by concern
 * @example
 * closureThenConcernCheck({ events, subjects, people })[0].message
 * // "The case was closed on 31 Oct 2018 (Children's Social Care); 17 days later came a domestic incident ..."
 */
export function closureThenConcernCheck(input: CheckInput, options: ClosureThenConcernOptions = {}): Flag[] {
  const zone = options.timezone ?? "Europe/London";
  const agencies = agencyPatterns(options.agencies);
  const closing =
    options.closingAgencies ??
    new RegExp(`${agencies.socialCare.source}|${agencies.healthVisiting.source}`, "i");
  const soon = (options.concernDays ?? 30) * dayMs;
  const year = (options.reReferralDays ?? 365) * dayMs;
  const index = timelineIndex(input.events);
  const { events } = index;
  const professionals = new Set(input.people.filter(isProfessional).map((p) => p.id));
  const householdsOf = new Map<string, HouseholdStay[][]>();
  for (const subject of input.subjects)
    householdsOf.set(subject.id, [...(householdsOf.get(subject.id) ?? []), householdOf(subject, input)]);
  const flags: Flag[] = [];
  for (const closure of events) {
    if (!hasCategory(closure, "case-closed") || !byAgency(closure, closing)) continue;
    // "Case closed 31/10/2018" in a later record recalls an earlier closure: it is not one.
    if (recalledClosure.test(closure.event.summary)) continue;
    const about = new Set(closure.event.people.filter((id) => !professionals.has(id)));
    if (about.size === 0) continue;
    // The households of the subjects the closure is about (a subject is linked through `about` itself).
    const theirs = [...about].flatMap((id) => householdsOf.get(id) ?? []);
    const linked = (e: MergedEvent) =>
      e.event.people.some((id) => about.has(id) || theirs.some((stays) => isMemberAt(stays, id, e.start)));
    // Only events naming someone it is about, or someone who was ever in their household, can be linked.
    const reach = closure.start + Math.max(soon, year);
    const later = eventsNaming(index, [
      ...about,
      ...theirs.flatMap((stays) => stays.map((s) => s.person)),
    ]).filter((e) => e !== closure && e.start > closure.start && e.start <= reach && linked(e));
    const concerns = later.filter(
      (e) => e.start <= closure.start + soon && Object.keys(concernKinds).some((c) => hasCategory(e, c)),
    );
    const reReferral = later.find((e) => e.start <= closure.start + year && hasCategory(e, "referral"));
    const cited = concerns.length > 0 ? concerns : reReferral === undefined ? [] : [reReferral];
    if (cited.length === 0) continue;
    const what = (e: MergedEvent) =>
      `${Object.entries(concernKinds)
        .filter(([c]) => hasCategory(e, c))
        .map(([, words]) => words)[0]!} ${daysLater(closure.start, e.start, zone)}, ${citeEvent(e, zone)}`;
    const message =
      concerns.length > 0
        ? `The case was closed on ${citeEvent(closure, zone)}, and within ${Math.round(soon / dayMs)} days came ${listText(concerns.slice(0, 4).map(what))}${concerns.length > 4 ? ` (and ${concerns.length - 4} more)` : ""}.`
        : `The case was closed on ${citeEvent(closure, zone)} and re-referred ${daysLater(closure.start, cited[0]!.start, zone)}, ${citeEvent(cited[0]!, zone)}.`;
    flags.push({
      kind: "closure-then-concern",
      start: isoOrNull(closure.start),
      end: isoOrNull(cited[cited.length - 1]!.end),
      people: [...about],
      events: [closure.event.id, ...cited.map((e) => e.event.id)],
      message,
    });
  }
  return flags;
}
