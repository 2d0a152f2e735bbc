import { ingestSource } from "../ingest/ingest-source.js";
import type { Person } from "../model/chronology.js";
import type { Issue } from "../model/issue.js";
import type { ReviewOptions } from "../model/options.js";
import type { SourceInput } from "../model/source.js";
import { readPeople } from "../normalise/read-people.js";
import { resolvePeople } from "../resolve/resolve-people.js";

/**
 * Reads and resolves the people of agency returns only, for rows with or without dates
 * (the `chronomerge people` command).
 * @param sources the agency returns
 * @param options date order (for DOBs) and zone
 * @returns the resolved people and the issues met
 * @example
 * resolveSourcePeople([{ file: "gp.csv", content: "Patient,DOB\nLiam Jones,03/02/2017\n" }]).people[0].dob // "2017-02-03"
 */
export function resolveSourcePeople(
  sources: readonly SourceInput[],
  options: ReviewOptions = {},
): { people: Person[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const records = sources.flatMap((source) => {
    const ingested = ingestSource(source);
    issues.push(...ingested.issues);
    return ingested.records.map((record) => ({
      source: record.source,
      people: readPeople(
        record,
        {
          dateOrder: record.dateOrder ?? options.dateOrder ?? "dmy",
          timezone: options.timezone ?? "Europe/London",
        },
        issues,
      ),
    }));
  });
  const resolved = resolvePeople(
    records,
    options.personThreshold === undefined ? {} : { threshold: options.personThreshold },
  );
  return { people: resolved.people, issues };
}
