import { DateTime } from "luxon";
import { makeIssue } from "../ingest/make-issue.js";
import type { MergedEvent } from "../merge/merge-events.js";
import type { Person } from "../model/chronology.js";
import type { Issue } from "../model/issue.js";

/**
 * Warns (`date_before_birth`) of each source row of an event that names a subject and ends before the
 * subject's date of birth. The event is kept: a pre-birth assessment of an unborn child is real, a
 * mistyped year is not, and only a person can tell which.
 * @param events merged events
 * @param subjects the review's subjects (those without a date of birth are skipped)
 * @param timezone the zone a date of birth's day is taken in
 * @returns one warning per source row, in event order
 * @example
 * dateBeforeBirthIssues(events, [liam], "Europe/London")[0].code // "date_before_birth"
 */
export function dateBeforeBirthIssues(
  events: readonly MergedEvent[],
  subjects: readonly Person[],
  timezone = "Europe/London",
): Issue[] {
  const births = new Map<string, { person: Person; start: number }>();
  for (const person of subjects) {
    if (person.dob === null) continue;
    const born = DateTime.fromISO(person.dob, { zone: timezone });
    if (born.isValid) births.set(person.id, { person, start: born.toMillis() });
  }
  const issues: Issue[] = [];
  if (births.size === 0) return issues;
  for (const merged of events) {
    for (const id of merged.event.people) {
      const birth = births.get(id);
      if (birth === undefined || merged.end > birth.start) continue;
      for (const source of merged.event.sources) {
        issues.push(
          makeIssue(
            "date_before_birth",
            `${source.file} row ${source.row}: dated before ${birth.person.name} was born (${birth.person.dob}); kept (a pre-birth event, or a mistyped date?)`,
            { file: source.file, agency: source.agency, row: source.row, column: null },
            merged.event.dateText.join(" / "),
            "warning",
          ),
        );
      }
    }
  }
  return issues;
}
