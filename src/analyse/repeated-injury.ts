import type { MergedEvent } from "../merge/merge-events.js";
import type { Flag, Person } from "../model/chronology.js";
import { type CheckInput, type CommonCheckOptions, dayMs, hasCategory } from "./check-input.js";
import { citeEvent, isoOrNull, listText, quoteTriggers } from "./describe.js";
import { injuryTo } from "./injured.js";
import { ageInYears } from "./subjects.js";
import { timelineIndex } from "./timeline-index.js";

/** Options of the repeated-injury check (domain: "repeated injury"). */
export interface RepeatedInjuryOptions extends CommonCheckOptions {
  /** Children under this age in years (by DOB at the injury) are checked; default 2. */
  underAgeYears?: number;
  /** Two injuries within this many days fire; default 183 (6 months). */
  windowDays?: number;
  /** Days after an explained injury within which a strategy discussion or medical must follow; default 2. */
  responseDays?: number;
  /** Injury records closer than this many days are one incident told by several agencies; default 2. */
  sameIncidentDays?: number;
}

/** Wording that gives an injury an explanation (an accident, a fall, a sibling). */
const explained =
  /\baccident(?:al|ally)?\b|\bfell\b|\bfall(?:en)?\b|\btripped\b|\bslipped\b|\bbumped\b|\bknocked\b|\bbanged\b|\bcaught (?:in|on)\b|\brolled off\b|\bhit (?:her|him|them)(?:self)? with\b|\bper (?:mother|mum|father|dad|parents?)\b|\b(?:mum|mother|dad|father|parents?|carer|[A-Z]{2}) (?:says|said|states|stated|explained|reports)\b|\bplausible\b|\bconsistent with\b|\bmechanism consistent\b/i;
/** A child protection response to an injury. */
const response =
  /\bstrategy (?:discussion|meeting|call)\b|\bchild protection medical\b|\bcp medical\b|\bsafeguarding medical\b|\bskeletal survey\b|\bs47\b|\bsection 47\b|\bpaediatric (?:assessment|review|examination)\b/i;

/**
 * Flags injuries to a child under 2: 2 or more in 6 months (records of one incident by several agencies
 * within 2 days count once), and an injury explained as accidental with no strategy discussion or child
 * protection medical within 2 days. Children with no recorded DOB cannot be aged and are not checked.
 * @param input the timeline and people
 * @param options age limit, windows, zone
 * @returns one flag per run of injuries and one per explained injury without a response
 * @example
 * repeatedInjuryCheck({ events, subjects, people })[0].message
 * // "Mia Jones, under 2, had 2 injuries recorded within 6 months: ..."
 */
export function repeatedInjuryCheck(input: CheckInput, options: RepeatedInjuryOptions = {}): Flag[] {
  const zone = options.timezone ?? "Europe/London";
  const underAge = options.underAgeYears ?? 2;
  const window = (options.windowDays ?? 183) * dayMs;
  const respond = (options.responseDays ?? 2) * dayMs;
  const same = (options.sameIncidentDays ?? 2) * dayMs;
  const index = timelineIndex(input.events);
  const flags: Flag[] = [];
  for (const child of input.people) {
    if (child.dob === null) continue;
    const dob = child.dob;
    // Both the injuries (injuryTo) and the responses name the child.
    const mine = index.byPerson.get(child.id) ?? [];
    const injuries = mine.filter(
      (e) =>
        hasCategory(e, "injury") &&
        ageInYears(dob, e.start) < underAge &&
        injuryTo(e, child, input.people, options.lexicon).length > 0,
    );
    const incidents: MergedEvent[][] = [];
    for (const e of injuries) {
      const current = incidents[incidents.length - 1];
      if (current !== undefined && e.start - current[0]!.start <= same) current.push(e);
      else incidents.push([e]);
    }
    let run: MergedEvent[][] = [];
    const flush = () => {
      if (run.length >= 2) flags.push(runFlag(child, run, underAge, window, zone, options));
      run = [];
    };
    for (const incident of incidents) {
      const previous = run[run.length - 1];
      if (previous !== undefined && incident[0]!.start - previous[0]!.start > window) flush();
      run.push(incident);
    }
    flush();
    for (const incident of incidents) {
      const why = incident.find((e) => explained.test(e.event.summary));
      if (why === undefined) continue;
      // Quote the explanation from the sentences about the child's injury when they give one.
      const told = injuryTo(why, child, input.people, options.lexicon).find((s) => explained.test(s));
      const start = incident[0]!.start;
      const answered = mine.some(
        (e) =>
          e.start >= start &&
          e.start <= start + respond &&
          e.event.people.includes(child.id) &&
          (hasCategory(e, "strategy-meeting", "child-protection-enquiry") || response.test(e.event.summary)),
      );
      if (answered) continue;
      flags.push({
        kind: "repeated-injury",
        start: isoOrNull(start),
        end: isoOrNull(start + respond),
        people: [child.id],
        events: incident.map((e) => e.event.id),
        message: `An injury to ${child.name} (under ${underAge}) on ${citeEvent(why, zone)} was explained as accidental ("${excerpt(told ?? why.event.summary)}") and no strategy discussion or child protection medical is recorded within ${Math.round(respond / dayMs)} days.`,
      });
    }
  }
  return flags;
}

function runFlag(
  child: Person,
  run: readonly MergedEvent[][],
  underAge: number,
  window: number,
  zone: string,
  options: RepeatedInjuryOptions,
): Flag {
  const span = window === 183 * dayMs ? "6 months" : `${Math.round(window / dayMs)} days`;
  const cited = run.map((incident) => {
    const words = quoteTriggers(incident[0]!, ["injury"], options.lexicon);
    return `${citeEvent(incident[0]!, zone)}${words ? ` ${words}` : ""}`;
  });
  const events = run.flat();
  return {
    kind: "repeated-injury",
    start: isoOrNull(events[0]!.start),
    end: isoOrNull(Math.max(...events.map((e) => e.end))),
    people: [child.id],
    events: events.map((e) => e.event.id),
    message: `${child.name}, under ${underAge}, had ${run.length} injuries recorded, each within ${span} of the one before: ${listText(cited)}.`,
  };
}

/** The explanation as written, cut short for a message. */
function excerpt(text: string): string {
  const at = explained.exec(text)?.index ?? 0;
  const before = text.slice(0, at);
  const from = Math.max(...[".", ";", "|", "\n"].map((mark) => before.lastIndexOf(mark))) + 1;
  const clause = text
    .slice(from)
    .split(/[.;|\n]/)[0]!
    .replace(/^\s*[^:]{2,40}:\s+/, "")
    .trim();
  return clause.length > 90 ? `${clause.slice(0, 87)}...` : clause;
}
