import type { MergedEvent } from "../merge/merge-events.js";
import type { Flag, Person } from "../model/chronology.js";
import { compareText } from "../model/content-id.js";
import { nameKey } from "../normalise/people/name.js";
import { readMention } from "../normalise/people/people-cell.js";
import { agencyPatterns, byAgency } from "./agency-kind.js";
import { agencyEvents, type CheckInput, type CommonCheckOptions, dayMs, reviewEnd } from "./check-input.js";
import { citeEvent, formatDay, isoOrNull, listText } from "./describe.js";
import { type HouseholdStay, householdOf, movesInPattern } from "./household.js";
import { hasName, isAdultMan, isChildAt, isProfessional, nameWords, statedSex } from "./people-kind.js";
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
  /\b(?:boyfriend|partner|husband|man|male)\s+(?:called\s+|named\s+|known as\s+)?['"‘’“]?(\p{Lu}\p{Ll}+)(?:\s+(\p{Lu}[\p{L}'’-]+))?/u;

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
      const written = calledPattern.exec(e.event.summary);
      const called = written?.[1];
      // A man the narrative names ("boyfriend Jason Reid") may be a person some return lists.
      const match = written === null ? undefined : personCalled(written[1]!, written[2], e, input);
      if (match?.person !== undefined) named.push(match.person);
      else
        flags.push({
          kind: "missing-men",
          start: isoOrNull(e.start),
          end: isoOrNull(e.start + within),
          people: people.map((p) => p.id),
          events: [e.event.id],
          message:
            called === undefined
              ? `A man moved in, as recorded on ${citeEvent(e, zone)}, but the record does not name him, so no check of him can follow.`
              : match?.namesakes === 0
                ? `A man recorded ${written?.[2] === undefined ? "only " : ""}as "${match.written}" moved in, as recorded on ${citeEvent(e, zone)}; no return names him among its people, so no check of him can follow.`
                : `A man recorded as "${match?.written ?? called}" moved in, as recorded on ${citeEvent(e, zone)}; he cannot be matched with certainty to anyone the returns list by that name, so no check of him can be traced.`,
        });
      if (named.length === 0) continue;
    }
    for (const man of named) {
      // Starts are whole milliseconds: "after start - 1" is "from start".
      const check = eventsStartingIn(index, e.start - 1, e.start + within).find(
        (c) => checking(c) && checkedIn(c, man),
      );
      if (check !== undefined) continue;
      // A man matched by the narrative's name alone is described by that name only.
      const who = men.includes(man) ? describeMan(man) : man.name;
      flags.push({
        kind: "missing-men",
        start: isoOrNull(e.start),
        end: isoOrNull(e.start + within),
        people: [man.id, ...people.filter((p) => p.id !== man.id).map((p) => p.id)],
        events: [e.event.id],
        message: `${who} moved in, as recorded on ${citeEvent(e, zone)}, and no children's social care or health visiting record shows him seen, assessed or checked within ${Math.round(within / dayMs)} days.`,
      });
    }
  }
  return flags;
}

/**
 * The person a narrative's name for a man moving in stands for: the one adult, not a professional nor a
 * woman, whose name has that first word and that family name; with a first name only, the family name of
 * someone the record or the review is about (the family's surname), when that gives exactly one person.
 * `namesakes` counts the people with that first name at all (0: no return names him among its people).
 */
function personCalled(
  given: string,
  family: string | undefined,
  e: MergedEvent,
  input: CheckInput,
): { person: Person | undefined; written: string; namesakes: number } {
  const first = nameKey(given);
  const words = (p: Person) =>
    [p.name, ...p.aliases].map((n) => nameKey(n).split(" ")).filter((w) => w.length >= 2);
  const namesakes = input.people.filter(
    (p) =>
      hasName(p) &&
      !isProfessional(p) &&
      !isChildAt(p, e.start) &&
      statedSex(p) !== "female" &&
      words(p).some((w) => w[0] === first),
  );
  const called = (surname: string) =>
    namesakes.filter((p) => words(p).some((w) => w[w.length - 1] === surname));
  const written = family === undefined ? given : `${given} ${family}`;
  const byFullName = family === undefined ? [] : called(nameKey(family));
  if (byFullName.length === 1) return { person: byFullName[0], written, namesakes: namesakes.length };
  // The family's surnames: of the record's people and the review's subjects.
  const ids = new Set(e.event.people);
  const surnames = new Set(
    [...input.people.filter((p) => ids.has(p.id) && !isProfessional(p)), ...input.subjects]
      .filter(hasName)
      .map((p) => nameKey(p.name).split(" "))
      .filter((w) => w.length >= 2)
      .map((w) => w[w.length - 1]!),
  );
  const byFamily = [...new Set([...surnames].flatMap(called))];
  return {
    person: byFullName.length === 0 && byFamily.length === 1 ? byFamily[0] : undefined,
    written,
    namesakes: namesakes.length,
  };
}
