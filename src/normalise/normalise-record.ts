import { DateTime } from "luxon";
import { makeIssue } from "../ingest/make-issue.js";
import type { Issue, IssueCode } from "../model/issue.js";
import type { CategoryMatch, NormalisedRecord } from "../model/normalised.js";
import type { RawRecord } from "../model/source.js";
import { categorise } from "./category/categorise.js";
import { categoriseColumn } from "./category/category-column.js";
import type { LexiconEntry } from "./category/lexicon.js";
import { type DateOptions, parseDate } from "./date/parse-date.js";
import { parseTime } from "./date/parse-time.js";
import { zonedInterval } from "./date/zoned-interval.js";
import { readPeople } from "./read-people.js";

/** Options of normalisation: every one explicit, none global. */
export interface NormaliseOptions {
  dateOrder?: "dmy" | "mdy" | "ymd";
  timezone?: string;
  pivot?: number;
  lexicon?: readonly LexiconEntry[];
  /** Date reading decided per return (docs/dates.md): order known, Excel serials, the anchor of relative dates, bounds. */
  dates?: Pick<DateOptions, "dateOrderKnown" | "excelSerial" | "anchor" | "notAfter" | "notBefore">;
}

export type NormaliseResult =
  | { ok: true; record: NormalisedRecord; issues: Issue[] }
  | { ok: false; code: IssueCode; reason: string; issues: Issue[] };

const noteMarker = /^[#^¬~]/;

/**
 * Normalises one raw record: its date and time to a UTC interval, its people to mentions, its
 * text to categories. A row with no readable date is not an event: the result says why.
 * @param record the raw record from ingest
 * @param options date order, zone, two-digit-year pivot, lexicon
 * @returns the normalised record and its issues, or the code and reason it is rejected
 * @example
 * normaliseRecord({ source, fields: { date: "07/05/2012", summary: "Home visit" }, columns: {}, extra: {} }).ok // true
 */
export function normaliseRecord(record: RawRecord, options: NormaliseOptions = {}): NormaliseResult {
  const issues: Issue[] = [];
  const where = { ...record.source, column: record.columns.date ?? null };
  const timezone = options.timezone ?? "Europe/London";
  const dateOptions = {
    ...options.dates,
    dateOrder: record.dateOrder ?? options.dateOrder ?? "dmy",
    timezone,
    pivot: options.pivot ?? 50,
  };
  const dateText = record.fields.date ?? "";
  if (dateText === "") {
    const reason = record.columns.date === undefined ? "the return has no date column" : "the date is empty";
    issues.push(
      makeIssue("missing_date", `${record.source.file} row ${record.source.row}: ${reason}`, where),
    );
    return { ok: false, code: "missing_date", reason, issues };
  }
  const parsed = parseDate(dateText, dateOptions);
  if (!parsed.ok) {
    const issue = makeIssue(
      parsed.code,
      `${record.source.file} row ${record.source.row}: ${parsed.reason}`,
      where,
      dateText,
    );
    if (parsed.invalidReason !== undefined) issue.message += ` [${parsed.invalidReason}]`;
    issues.push(issue);
    return { ok: false, code: parsed.code, reason: parsed.reason, issues };
  }
  for (const warning of parsed.warnings) {
    const message = `${record.source.file} row ${record.source.row}: ${warning.reason}`;
    issues.push(makeIssue(warning.code, message, where, dateText, warning.severity));
  }
  let date = parsed.reading;
  const timeText = record.fields.time ?? "";
  // A time column times a single day only: never a week, a range or a month. (The zoned day is built only
  // when there is a time to place: a DateTime per row is a large share of normalising.)
  const day = timeText !== "" && date.precision === "day" ? zonedDay(date.start, timezone) : undefined;
  if (day !== undefined && day.nextStart === date.end) {
    const time = parseTime(timeText);
    // `24:00` is 00:00 of the next day.
    const on = time?.nextDay === true ? day.next : day.day;
    const timed =
      time === undefined
        ? undefined
        : zonedInterval(
            { year: on.year, month: on.month, day: on.day, hour: time.hour, minute: time.minute },
            timezone,
          );
    if (timed?.ok) {
      date = {
        ...date,
        text: `${dateText} ${timeText}`,
        start: timed.start,
        end: timed.end,
        precision: timed.precision,
      };
      if (timed.ambiguousTime !== undefined) {
        date.ambiguousTime = timed.ambiguousTime;
        const change =
          timed.ambiguousTime === "nonexistent" ? "the clocks went forward" : "the clocks went back";
        issues.push(
          makeIssue(
            "ambiguous_time",
            `${record.source.file} row ${record.source.row}: "${date.text}" is ${timed.ambiguousTime} in ${timezone} (${change}); read with the offset before the change`,
            { ...record.source, column: record.columns.time ?? null },
            timeText,
            "warning",
          ),
        );
      }
    } else {
      issues.push(
        makeIssue(
          "unreadable_date",
          `${record.source.file} row ${record.source.row}: time "${timeText}" is not a time of day; kept the day`,
          { ...record.source, column: record.columns.time ?? null },
          timeText,
          "warning",
        ),
      );
    }
  }
  const summary = record.fields.summary ?? "";
  const action = record.fields.action ?? "";
  const categoryCell = record.fields.category ?? "";
  const sequence = record.fields.sequence === undefined ? null : Number.parseFloat(record.fields.sequence);
  return {
    ok: true,
    issues,
    record: {
      source: record.source,
      date,
      sequence: sequence === null || Number.isNaN(sequence) ? null : sequence,
      people: readPeople(
        record,
        {
          dateOrder: dateOptions.dateOrder,
          timezone,
          pivot: dateOptions.pivot,
          notAfter: Math.min(date.end, options.dates?.notAfter ?? Number.POSITIVE_INFINITY),
        },
        issues,
      ),
      summary,
      action,
      categories: mergeCategories(
        categoriseColumn(categoryCell, options.lexicon === undefined ? {} : { lexicon: options.lexicon }),
        categorise(`${summary}\n${action}`, options.lexicon),
      ),
      reference: record.fields.reference || null,
      note: noteMarker.test(record.fields.agency ?? "") || /^note$/i.test(categoryCell),
    },
  };
}

interface ZonedDay {
  /** The calendar day of the instant in the zone, and the day after. */
  day: { year: number; month: number; day: number };
  next: { year: number; month: number; day: number };
  /** The instant one calendar day later (luxon's `plus({ days: 1 })`). */
  nextStart: number;
}

const maxCachedDays = 100_000;
const zonedDays = new Map<string, Map<number, ZonedDay>>();

/**
 * The day an instant falls on in a zone and the day after, as luxon reads them. Cached per zone and instant:
 * a return's timed rows start on the same days, and a zoned DateTime per row is a large share of normalising.
 */
function zonedDay(start: number, zone: string): ZonedDay {
  let cache = zonedDays.get(zone);
  if (cache === undefined) {
    cache = new Map();
    zonedDays.set(zone, cache);
  }
  let found = cache.get(start);
  if (found === undefined) {
    const day = DateTime.fromMillis(start, { zone });
    const next = day.plus({ days: 1 });
    found = {
      day: { year: day.year, month: day.month, day: day.day },
      next: { year: next.year, month: next.month, day: next.day },
      nextStart: next.toMillis(),
    };
    if (cache.size >= maxCachedDays) cache.clear();
    cache.set(start, found);
  }
  return found;
}

function mergeCategories(a: CategoryMatch[], b: CategoryMatch[]): CategoryMatch[] {
  const byCategory = new Map<string, Set<string>>();
  for (const match of [...a, ...b]) {
    const set = byCategory.get(match.category) ?? new Set<string>();
    for (const trigger of match.triggers) set.add(trigger);
    byCategory.set(match.category, set);
  }
  return [...byCategory].map(([category, triggers]) => ({ category, triggers: [...triggers] }));
}
