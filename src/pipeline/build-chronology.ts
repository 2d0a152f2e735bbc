import { DateTime, IANAZone } from "luxon";
import { withAmbiguousDates } from "../analyse/ambiguous-date.js";
import { dateBeforeBirthIssues } from "../analyse/date-before-birth.js";
import { type AnalyseOptions, runChecks } from "../analyse/run-checks.js";
import { selectSubjects, unmatchedSubjects } from "../analyse/subjects.js";
import { ingestSource } from "../ingest/ingest-source.js";
import { boundMessage, truncateInput } from "../ingest/make-issue.js";
import { type MergeOptions, mergeRecords } from "../merge/merge-events.js";
import type { Chronology } from "../model/chronology.js";
import { ChronomergeError } from "../model/chronomerge-error.js";
import { compareText } from "../model/content-id.js";
import type { Issue, RejectedRow } from "../model/issue.js";
import type { NormalisedRecord } from "../model/normalised.js";
import type { ReviewOptions } from "../model/options.js";
import type { SourceInput } from "../model/source.js";
import type { LexiconEntry } from "../normalise/category/lexicon.js";
import { planSourceDates } from "../normalise/date/source-dates.js";
import { type NormaliseOptions, normaliseRecord } from "../normalise/normalise-record.js";
import { resolvePeople } from "../resolve/resolve-people.js";

/** Everything a merge can be told: the review's settings plus the lexicon and two-digit-year pivot. */
export interface ChronologyOptions extends ReviewOptions {
  lexicon?: readonly LexiconEntry[];
  pivot?: number;
  /** How events merge across agencies: threshold and windows (docs/merging.md). */
  merge?: Pick<
    MergeOptions,
    "threshold" | "timedWindowMinutes" | "timeToleranceMinutes" | "linkWindowDays" | "linkThreshold"
  >;
  /** Each check's thresholds and the agency patterns (docs/checks.md). */
  checks?: Omit<AnalyseOptions, "people" | "from" | "to" | "timezone" | "gapDays">;
}

/**
 * Merges agency returns into one checked chronology document (schemaVersion 1): ingest, normalise,
 * resolve people, merge events, run the checks. Bad rows are rejected with a reason, never dropped;
 * the same returns in any order give the same document.
 * @param sources the agency returns, with their bytes or text
 * @param options scope, subjects, zone, date order, thresholds
 * @returns the chronology document
 * @throws {ChronomergeError} `invalid_option` when the zone or the scope dates are not valid, or `from` is after `to`
 * @example
 * buildChronology([{ file: "gp.csv", agency: "GP", content: "Date,Patient,Details\n07.05.2018,Liam Jones (child),Seen\n" }]).stats
 * // { inputRows: 1, events: 1, people: 1, rejected: 0 }
 */
export function buildChronology(
  sources: readonly SourceInput[],
  options: ChronologyOptions = {},
): Chronology {
  try {
    return build(sources, options);
  } catch (error) {
    if (error instanceof ChronomergeError) throw error;
    // A bug met on input nobody foresaw: only chronomerge's own error leaves, carrying the cause.
    const name = error instanceof Error ? error.name : typeof error;
    throw new ChronomergeError("internal_error", `the merge failed unexpectedly (${name})`, [], {
      cause: error,
    });
  }
}

function build(sources: readonly SourceInput[], options: ChronologyOptions): Chronology {
  const timezone = options.timezone ?? "Europe/London";
  if (!IANAZone.isValidZone(timezone)) {
    throw new ChronomergeError(
      "invalid_option",
      `"${timezone}" is not a time zone (expected an IANA name such as Europe/London)`,
      [],
    );
  }
  const from = scopeBound(options.from, timezone, "from");
  const toDay = scopeBound(options.to, timezone, "to");
  if (from !== undefined && toDay !== undefined && from > toDay) {
    throw new ChronomergeError(
      "invalid_option",
      `the review's scope starts (from ${options.from}) after it ends (to ${options.to})`,
      [],
    );
  }
  const to =
    toDay === undefined
      ? undefined
      : DateTime.fromMillis(toDay, { zone: timezone }).plus({ days: 1 }).toMillis();
  const todayStart = scopeBound(options.today, timezone, "today");
  const today =
    todayStart === undefined
      ? undefined
      : DateTime.fromMillis(todayStart, { zone: timezone }).plus({ days: 1 }).toMillis();
  const issues: Issue[] = [];
  const rejected: RejectedRow[] = [];
  const records: NormalisedRecord[] = [];
  let inputRows = 0;
  for (const source of sources) {
    const ingested = ingestSource(source);
    inputRows += ingested.rows;
    append(issues, ingested.issues);
    append(rejected, ingested.rejected);
    // Dates per return (docs/dates.md): order and serials from all its cells, relative dates from the row before.
    const plan = planSourceDates(ingested.records, source.dateOrder ?? options.dateOrder);
    append(issues, plan.issues);
    let anchor: NonNullable<NormaliseOptions["dates"]>["anchor"];
    for (const raw of ingested.records) {
      const notAfter = to ?? today;
      const dates = {
        dateOrderKnown: plan.dateOrderKnown,
        excelSerial: plan.excelSerial,
        ...(anchor === undefined ? {} : { anchor }),
        ...(notAfter === undefined ? {} : { notAfter }),
      };
      const result = normaliseRecord(
        { ...raw, dateOrder: plan.dateOrder },
        {
          dates,
          timezone,
          ...(options.dateOrder === undefined ? {} : { dateOrder: options.dateOrder }),
          ...(options.pivot === undefined ? {} : { pivot: options.pivot }),
          ...(options.lexicon === undefined ? {} : { lexicon: options.lexicon }),
        },
      );
      append(issues, result.issues);
      if (result.ok) {
        records.push(result.record);
        anchor = { reading: result.record.date, file: raw.source.file, row: raw.source.row };
      } else
        rejected.push({
          file: raw.source.file,
          row: raw.source.row,
          code: result.code,
          reason: boundMessage(result.reason),
        });
    }
  }
  const { people, personOf } = resolvePeople(
    records,
    options.personThreshold === undefined ? {} : { threshold: options.personThreshold },
  );
  const merged = mergeRecords(records, personOf, {
    ...options.merge,
    timezone,
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  });
  const events = merged.events;
  append(issues, merged.issues);
  const asOf = to ?? events.reduce((latest, e) => Math.max(latest, e.end), 0);
  const subjects = selectSubjects(people, options.subjects ?? [], asOf);
  for (const name of unmatchedSubjects(people, options.subjects ?? []))
    issues.push({
      code: "subject_not_found",
      severity: "warning",
      message: boundMessage(
        `subject "${name}" matches no person in the returns (by name or alias): the checks about subjects (gap, off-radar) say nothing about them`,
      ),
      file: "",
      agency: "",
      row: null,
      column: null,
      input: truncateInput(name),
    });
  const flags = runChecks(events, subjects, {
    ...options.merge,
    ...options.checks,
    ...(options.riskLabel === undefined
      ? {}
      : { riskCombination: { ...options.checks?.riskCombination, label: options.riskLabel } }),
    ...(options.lexicon === undefined ? {} : { lexicon: options.lexicon }),
    people,
    timezone,
    ...(options.gapDays === undefined ? {} : { gapDays: options.gapDays }),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  });
  rejected.sort((a, b) => compareText(a.file, b.file) || a.row - b.row);
  return {
    schemaVersion: 1,
    events: events.map((e) => e.event),
    people,
    flags: withAmbiguousDates(flags, events, records),
    rejected,
    issues: sortIssues([...issues, ...dateBeforeBirthIssues(events, subjects, timezone)]),
    stats: { inputRows, events: events.length, people: people.length, rejected: rejected.length },
  };
}

function scopeBound(date: string | undefined, zone: string, name: string): number | undefined {
  if (date === undefined) return undefined;
  const parsed = DateTime.fromISO(date, { zone });
  if (!parsed.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new ChronomergeError(
      "invalid_option",
      `--${name} "${date}" is not a date (expected yyyy-mm-dd)`,
      [],
    );
  }
  return parsed.startOf("day").toMillis();
}

/**
 * Issues in a stable order: file, row, code, column, message.
 * @example
 * sortIssues([b, a]) // [a, b] whatever order they were found in
 */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      (a.row ?? -1) - (b.row ?? -1) ||
      compareText(a.code, b.code) ||
      compareText(a.column ?? "", b.column ?? "") ||
      compareText(a.message, b.message),
  );
}

/** Appends without spreading: a spread of 100,000+ items overflows the call stack. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
