import type { Chronology } from "../model/chronology.js";
import type { Truth } from "./truth.js";

/**
 * The answer key as a chronology document: one event per truth event, one person per truth person,
 * the truth's flags. It scores 1 on every measure; use it to check a scorer or a matcher, or as the
 * shape of a perfect answer. Dates are the truth's days at UTC midnight (day precision).
 * @param truth a generated review's truth
 * @returns a document valid against ChronologySchema
 * @example
 * scoreChronology(perfectChronology(truth), truth).events.f1 // 1
 */
export function perfectChronology(truth: Truth): Chronology {
  const agencyOf = new Map(truth.files.map((f) => [f.name, f.agency]));
  const personId = (id: string) => `p_${id}`;
  const eventId = (id: string) => `e_${id}`;
  const instant = (date: string, plusDays = 0) =>
    new Date(Date.parse(`${date}T00:00:00Z`) + plusDays * 86_400_000).toISOString();
  const events = truth.events.map((event) => ({
    id: eventId(event.id),
    start: instant(event.date),
    end: instant(event.date, 1),
    precision: "day" as const,
    approximate: false,
    dateText: [event.date],
    agencies: [...new Set(event.rows.map((r) => agencyOf.get(r.file) ?? r.file))].sort(),
    category: [event.kind],
    summary: event.kind,
    people: event.people.map(personId),
    sources: event.rows.map((r) => ({ agency: agencyOf.get(r.file) ?? r.file, file: r.file, row: r.row })),
    conflicts: [],
    outOfScope: false,
  }));
  const people = truth.people.map((person) => ({
    id: personId(person.id),
    name: person.name,
    aliases: [],
    dob: person.dob,
    sex: person.sex,
    roles: [person.role],
    identifiers: { nhs: person.nhs.replace(/\s/g, "") },
    sources: person.mentions.map((m) => ({
      agency: agencyOf.get(m.file) ?? m.file,
      file: m.file,
      row: m.row,
      text: m.text,
    })),
  }));
  const flags = truth.flags.map((flag) => ({
    kind: flag.kind,
    start: instant(flag.from),
    end: instant(flag.to, 1),
    people: flag.person === null ? [] : [personId(flag.person)],
    events: flag.events.map(eventId),
    message: flag.why,
  }));
  return {
    schemaVersion: 1,
    events,
    people,
    flags,
    rejected: [],
    issues: [],
    stats: { inputRows: truth.rows, events: events.length, people: people.length, rejected: 0 },
  };
}
