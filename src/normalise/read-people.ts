import { DateTime } from "luxon";
import { makeIssue } from "../ingest/make-issue.js";
import type { Issue } from "../model/issue.js";
import type { PersonMention } from "../model/normalised.js";
import type { RawRecord } from "../model/source.js";
import { parseDate } from "./date/parse-date.js";
import { applyDetail, type PeopleOptions, parsePeopleCell, readDob, setNhs } from "./people/people-cell.js";
import { readPostcode } from "./people/postcode.js";

/**
 * The people a raw record mentions: its people cell, with DOB, NHS number, role, address and postcode
 * columns applied to the one person a row names. An NHS number that fails its check digit is an issue (kept, not matched on).
 * A DOB is never after the row's date (`options.notAfter`, else the row's date column read here): a two-digit
 * year takes the century before it; a four-digit DOB after it is kept and is an `invalid_dob` warning.
 * @param record the raw record
 * @param options date order and zone for DOBs
 * @param issues where issues are added
 * @returns the mentions, in the order written
 * @example
 * readPeople(record, { dateOrder: "dmy", timezone: "Europe/London" }, [])[0].role // "mother"
 */
export function readPeople(record: RawRecord, options: PeopleOptions, issues: Issue[]): PersonMention[] {
  if (options.notAfter === undefined) {
    const end = rowDateEnd(record, options);
    if (end !== undefined) options = { ...options, notAfter: end };
  }
  const people = parsePeopleCell(record.fields.people ?? "", options);
  const { dob, nhs, role, address, postcode } = record.fields;
  // One person per row: DOB, NHS number and role columns describe the person the row names.
  const only = people.length === 1 ? people[0] : undefined;
  if (only !== undefined) {
    if (dob) {
      const read = readDob(dob, options);
      if (read !== undefined) only.dob = read;
      else
        issues.push(
          makeIssue(
            "invalid_dob",
            `${record.source.file} row ${record.source.row}: date of birth "${dob}" is not a full date; kept out of matching`,
            { ...record.source, column: record.columns.dob ?? null },
            dob,
            "warning",
          ),
        );
    }
    if (nhs) setNhs(only, nhs);
    if (role) applyDetail(only, role, options);
    if (address) only.address = address.trim();
    const code = readPostcode(postcode || address || "");
    if (code !== undefined) only.postcode = code;
  }
  for (const person of people) {
    if (
      person.dob !== null &&
      options.notAfter !== undefined &&
      dobStart(person.dob, options) >= options.notAfter
    ) {
      issues.push(
        makeIssue(
          "invalid_dob",
          `${record.source.file} row ${record.source.row}: date of birth ${person.dob} of "${person.text}" is after the row's date; kept as written`,
          {
            ...record.source,
            column: (dob ? record.columns.dob : undefined) ?? record.columns.people ?? null,
          },
          person.dob,
          "warning",
        ),
      );
    }
    if (person.nhs !== null && !person.nhsValid) {
      issues.push(
        makeIssue(
          "invalid_nhs_number",
          `${record.source.file} row ${record.source.row}: NHS number "${person.nhs}" fails its check digit; kept but not used for matching`,
          { ...record.source, column: record.columns.nhs ?? record.columns.people ?? null },
          person.nhs,
          "warning",
        ),
      );
    }
  }
  return people;
}

/** The end (epoch ms) of the row's own date, read as the row writes it, or undefined when unreadable. */
function rowDateEnd(record: RawRecord, options: PeopleOptions): number | undefined {
  const text = record.fields.date;
  if (!text) return undefined;
  const read = parseDate(text, {
    dateOrder: options.dateOrder ?? "dmy",
    timezone: options.timezone ?? "Europe/London",
    pivot: options.pivot ?? 50,
  });
  return read.ok ? read.reading.end : undefined;
}

const maxCachedDobStarts = 50_000;
const dobStarts = new Map<string, number>();

/** The start (epoch ms) of an ISO DOB in the options' zone (cached: a person's DOB is on every row about them). */
function dobStart(dob: string, options: PeopleOptions): number {
  const zone = options.timezone ?? "Europe/London";
  const key = `${zone}\u0000${dob}`;
  let start = dobStarts.get(key);
  if (start === undefined) {
    start = DateTime.fromISO(dob, { zone }).toMillis();
    if (dobStarts.size >= maxCachedDobStarts) dobStarts.clear();
    dobStarts.set(key, start);
  }
  return start;
}
