import type { MergedEvent } from "../merge/merge-events.js";
import type { Flag, Person } from "../model/chronology.js";
import { compareText } from "../model/content-id.js";
import { readMention } from "../normalise/people/people-cell.js";
import { agencyPatterns, byAgency } from "./agency-kind.js";
import { agencyEvents, type CheckInput, type CommonCheckOptions, dayMs, reviewEnd } from "./check-input.js";
import { citeEvent, formatDay, isoOrNull, listText } from "./describe.js";
import { type HouseholdStay, householdOf, movesInPattern } from "./household.js";
import { hasName, isAdultMan, isProfessional, nameWords, statedSex } from "./people-kind.js";
import { namedIn, recordsSeen } from "./seen.js";
import { eventsNaming, eventsStartingIn, timelineIndex } from "./timeline-index.js";

/** Options of the missing-men check (domain: "missing men"). */
export interface MissingMenOptions extends CommonCheckOptions {
  /** Days after "X moves in" within which children's social care or health visiting must check X; default 30. */
  checkWithinDays?: number;
}

/** Words in a "moves in" record that show the person moving in is a man when no one is named. */
const maleWords = /\b(?:boyfriend|man|male|husband|he|his|him|mr|step-?dad|step-?father|fiance)\b/i;

/** A name given in the narrative only: "new boyfriend 'Jay'", "partner called Lee". */
const calledPattern =
  /\b(?:boyfriend|partner|husband|man|male)\s+(?:called\s+|named\s+|known as\s+)?['"‘’“]?(\p{Lu}\p{Ll}+)/u;

/**
 * Flags the men reviews find unseen: an adult male (father, step-father, partner, boyfriend, "unknown male",
 * "Mr X") who has no name, or only a first name, or no date of birth, or is known to only one agency, or is
 * in a subject's household but never recorded as seen, assessed or checked by children's social care or
 * health visiting; and each "X moves in" record with no such check of X within 30 days. Professionals and
 * women never count.
 * @param input the timeline, subjects and people
 * @param options days allowed for a check, agency patterns, zone
 * @returns one flag per man with his reasons, and one per unchecked "moves in"
 * @example
 * missingMenCheck({ events, subjects, people })[0].message
 * // "Daniel Price (partner) is in Liam Jones's household from 8 Jan 2018 but no children's social care or ..."
 */
export function missingMenCheck(input: CheckInput, options: MissingMenOptions = {}): Flag[] {
  const zone = options.timezone ?? "Europe/London";
  const agencies = agencyPatterns(options.agencies);
  const within = (options.checkWithinDays ?? 30) * dayMs;
  const asOf = reviewEnd(input, options);
  const events = agencyEvents(input.events);
  const men = input.people.filter((p) => isAdultMan(p, asOf));
  const households = input.subjects.map((subject) => ({ subject, stays: householdOf(subject, input) }));
  const checking = (e: MergedEvent) =>
    byAgency(e, agencies.socialCare) || byAgency(e, agencies.healthVisiting);
  // Each man's stays in any subject's household, in subject then stay order.
  const staysOf = new Map<string, { subject: Person; stay: HouseholdStay }[]>();
  for (const { subject, stays } of households)
    for (const stay of stays) {
      const list = staysOf.get(stay.person);
      if (list === undefined) staysOf.set(stay.person, [{ subject, stay }]);
      else list.push({ subject, stay });
    }
  const mentions = new Map<string, MergedEvent[]>(men.map((m) => [m.id, []]));
  for (const e of events) {
    const ids = new Set([...e.event.people, ...namedIn(e.event.summary, men).map((m) => m.id)]);
    for (const id of ids) mentions.get(id)?.push(e);
  }
  const flags: Flag[] = [];
  for (const man of men) {
    const own = mentions.get(man.id) ?? [];
    const reasons: string[] = [];
    if (!hasName(man)) reasons.push("has no name");
    else if (man.sources.every((s) => readMention(s.text).family === null))
      reasons.push("is known only by a first name");
    if (man.dob === null) reasons.push("has no date of birth recorded");
    const agencyNames = [...new Set(man.sources.map((s) => s.agency))].sort(compareText);
    if (agencyNames.length === 1) reasons.push(`is known to only one agency (${agencyNames[0]})`);
    const evidence = new Set<string>();
    const inHousehold = staysOf.get(man.id) ?? [];
    if (inHousehold.length > 0 && !own.some((e) => checking(e) && checkedIn(e, man))) {
      const first = inHousehold.reduce((a, b) => (b.stay.from < a.stay.from ? b : a));
      const names = [...new Set(inHousehold.map((h) => h.subject.name))];
      const since = Number.isFinite(first.stay.from) ? ` from ${formatDay(first.stay.from, zone)}` : "";
      reasons.push(
        `is in the household of ${listText(names)}${since} but no children's social care or health visiting record shows him seen, assessed or checked`,
      );
      for (const h of inHousehold) for (const id of h.stay.events) evidence.add(id);
    }
    if (reasons.length === 0) continue;
    for (const e of own.slice(0, 3)) evidence.add(e.event.id);
    const subjects = [...new Set(inHousehold.map((h) => h.subject.id))];
    flags.push({
      kind: "missing-men",
      start: own[0] === undefined ? null : isoOrNull(own[0].start),
      end: own.length === 0 ? null : isoOrNull(own[own.length - 1]!.end),
      people: [man.id, ...subjects],
      events: [...evidence],
      message: `${describeMan(man)} ${listText(reasons)}.`,
    });
  }
  flags.push(...movesInFlags(input, men, checking, within, zone));
  return flags;
}

function describeMan(man: Person): string {
  const roles = man.roles.filter((r) => r !== "unknown male");
  if (!hasName(man)) {
    const written = [...new Set(man.sources.map((s) => `"${s.text.trim()}"`))].slice(0, 2);
    return `A man recorded only as ${listText(written)}`;
  }
  const sex = statedSex(man) === null ? "; sex not recorded" : "";
  return roles.length > 0 || sex ? `${man.name} (${roles.join(", ")}${sex})`.replace("(; ", "(") : man.name;
}

function checkedIn(e: MergedEvent, man: Person): boolean {
  // Role words ("partner") stand for a man only when no return names him.
  const words = hasName(man) ? nameWords(man) : man.roles;
  return recordsSeen(e.event.summary, words, true) === "seen";
}

/** Each "moves in" record about a subject's family with no check of the man within the days allowed. */
function movesInFlags(
  input: CheckInput,
  men: readonly Person[],
  checking: (e: MergedEvent) => boolean,
  within: number,
  zone: string,
): Flag[] {
  const family = new Set(
    input.subjects.flatMap((s) => [
      s.id,
      ...householdOf(s, input)
        .filter((h) => h.basis === "family-role")
        .map((h) => h.person),
    ]),
  );
  const index = timelineIndex(input.events);
  // The people an event names, in the order of `input.people` (or of `men`), without scanning everyone.
  const inOrder = <T extends Person>(list: readonly T[]) => {
    const byId = new Map<string, { person: T; at: number }[]>();
    list.forEach((person, at) => {
      const found = byId.get(person.id);
      if (found === undefined) byId.set(person.id, [{ person, at }]);
      else found.push({ person, at });
    });
    return (ids: readonly string[]) =>
      [...new Set(ids)]
        .flatMap((id) => byId.get(id) ?? [])
        .sort((a, b) => a.at - b.at)
        .map((p) => p.person);
  };
  const peopleNamed = inOrder(input.people);
  const menNamed = inOrder(men);
  const flags: Flag[] = [];
  for (const e of eventsNaming(index, family)) {
    if (!movesInPattern.test(e.event.summary) || /\bmoved? out\b/i.test(e.event.summary)) continue;
    const named = [
      ...menNamed(e.event.people),
      ...namedIn(e.event.summary, men, true).filter((m) => !e.event.people.includes(m.id)),
    ];
    const people = peopleNamed(e.event.people).filter((p) => !isProfessional(p));
    if (named.length === 0) {
      if (!maleWords.test(e.event.summary)) continue;
      const called = calledPattern.exec(e.event.summary)?.[1];
      flags.push({
        kind: "missing-men",
        start: isoOrNull(e.start),
        end: isoOrNull(e.start + within),
        people: people.map((p) => p.id),
        events: [e.event.id],
        message:
          called === undefined
            ? `A man moved in, as recorded on ${citeEvent(e, zone)}, but the record does not name him, so no check of him can follow.`
            : `A man recorded only as "${called}" moved in, as recorded on ${citeEvent(e, zone)}; no return names him among its people, so no check of him can follow.`,
      });
      continue;
    }
    for (const man of named) {
      // Starts are whole milliseconds: "after start - 1" is "from start".
      const check = eventsStartingIn(index, e.start - 1, e.start + within).find(
        (c) => checking(c) && checkedIn(c, man),
      );
      if (check !== undefined) continue;
      flags.push({
        kind: "missing-men",
        start: isoOrNull(e.start),
        end: isoOrNull(e.start + within),
        people: [man.id, ...people.filter((p) => p.id !== man.id).map((p) => p.id)],
        events: [e.event.id],
        message: `${describeMan(man)} moved in, as recorded on ${citeEvent(e, zone)}, and no children's social care or health visiting record shows him seen, assessed or checked within ${Math.round(within / dayMs)} days.`,
      });
    }
  }
  return flags;
}
