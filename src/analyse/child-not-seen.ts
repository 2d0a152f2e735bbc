import type { Flag, Person } from "../model/chronology.js";
import { agencyPatterns, byAgency } from "./agency-kind.js";
import { agencyEvents, type CheckInput, type CommonCheckOptions, hasCategory } from "./check-input.js";
import { formatDay, isoOrNull, listText } from "./describe.js";
import { isChildAt, nameWords } from "./people-kind.js";
import { childSeenIn, childWords, recordsSeen } from "./seen.js";

/** Options of the child-not-seen check (domain: "child not seen"). */
export interface ChildNotSeenOptions extends CommonCheckOptions {
  /** Also check assessments (not only home visits); default true. */
  assessments?: boolean;
}

/** A visit only booked, planned or offered ("New birth visit booked", "Letter offering home visit"). */
const plannedVisit =
  /\b(?:book|booked|plan|planned|offer|offered|offering|arrange|arranged|rebook|rebooked|schedule|scheduled)\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,2}?visits?\b|\bvisits?\s+(?:[\w-]+\s+)?(?:booked|planned|offered|arranged|requested|rebooked|scheduled|to be)\b/gi;

/**
 * True when the record tells of a home visit that happened: it does not speak of a visit at all (the
 * category came from the category column), or some mention of a visit is not a booking or an offer.
 */
function visitTookPlace(text: string): boolean {
  return !/\bvisit/i.test(text) || /\bvisit/i.test(text.replace(plannedVisit, " "));
}

/** An assessment that took place, not one only planned or decided on. */
const assessmentDone =
  /\bassessment (?:visit|completed|undertaken|carried out|concluded|started)\b|\bcompleted (?:the |a |an )?(?:single |c&f |core |initial |child and family )?assessment\b|\bassessed\b/i;

/**
 * Flags a home visit that took place (not one only booked, planned or offered), or an assessment that did, of a family with a child, that does not record the
 * child as seen (or seen alone). A no-access visit is not a visit (the off-radar and was-not-brought checks
 * cover it); a home visit counts whatever the agency; an assessment counts when children's social care or
 * health visiting records it as done.
 * @param input the timeline and people
 * @param options whether to check assessments, zone, agency patterns
 * @returns one flag per visit, naming the children it does not record as seen
 * @example
 * childNotSeenCheck({ events, subjects, people })[0].message
 * // "The home visit on 26 Sep 2018 (Children's Social Care) does not record Liam Jones as seen or seen alone."
 */
export function childNotSeenCheck(input: CheckInput, options: ChildNotSeenOptions = {}): Flag[] {
  const zone = options.timezone ?? "Europe/London";
  const agencies = agencyPatterns(options.agencies);
  const byId = new Map(input.people.map((p) => [p.id, p]));
  const flags: Flag[] = [];
  for (const e of agencyEvents(input.events)) {
    if (hasCategory(e, "no-access", "missed-appointment")) continue;
    const visit = hasCategory(e, "home-visit") && visitTookPlace(e.event.summary);
    const assessment =
      (options.assessments ?? true) &&
      hasCategory(e, "assessment") &&
      !hasCategory(e, "referral", "strategy-meeting", "conference") &&
      (byAgency(e, agencies.socialCare) || byAgency(e, agencies.healthVisiting)) &&
      assessmentDone.test(e.event.summary);
    if (!visit && !assessment) continue;
    const children = e.event.people
      .map((id) => byId.get(id))
      .filter((p): p is Person => p !== undefined && isChildAt(p, e.start));
    const unseen = children.filter((child) => !childSeenIn(e, child, agencies));
    if (unseen.length === 0) continue;
    const what = visit ? "home visit" : "assessment";
    const said = unseen.map((child) =>
      recordsSeen(e.event.summary, [...nameWords(child), ...childWords]) === "not-seen"
        ? `records that ${child.name} was not seen`
        : `does not record ${child.name} as seen or seen alone`,
    );
    flags.push({
      kind: "child-not-seen",
      start: isoOrNull(e.start),
      end: isoOrNull(e.end),
      people: unseen.map((p) => p.id),
      events: [e.event.id],
      message: `The ${what} on ${formatDay(e.start, zone)} (${e.event.agencies.join(", ")}) ${listText(said)}.`,
    });
  }
  return flags;
}
