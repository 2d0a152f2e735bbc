import { DateTime } from "luxon";
import type { MergedEvent } from "../merge/merge-events.js";
import type { Flag } from "../model/chronology.js";
import { rowKey } from "../model/content-id.js";
import type { NormalisedRecord } from "../model/normalised.js";
import { compareFlags } from "./run-checks.js";

/** `2019-06-07` as `7 June 2019`. */
function spelled(day: string): string {
  return DateTime.fromISO(day, { zone: "UTC" }).toFormat("d LLLL yyyy", { locale: "en-GB" });
}

/** What makes a row's date ambiguous, or undefined when nothing does. */
function ambiguity(record: NormalisedRecord): string | undefined {
  const date = record.date;
  if (date.ambiguousTime === "nonexistent")
    return "does not exist (the clocks went forward); read with the offset before the change, so it moves forward by the gap";
  if (date.ambiguousTime === "repeated") return "happened twice (the clocks went back); read as the first";
  if (date.dayMonthSwap !== undefined)
    return `has day and month both 12 or under in a month-first return: read as ${spelled(date.dayMonthSwap.read)} (month-first), day-first it would be ${spelled(date.dayMonthSwap.other)}`;
  return undefined;
}

/**
 * Flags (`ambiguous-date`) every event with a row whose wall time a clock change skipped or repeated
 * (naming the rule applied: the offset in force before the change), or whose numeric `a/b/yyyy` date has
 * both parts 12 or under in a return read month-first (naming both readings), with the file and row.
 * Unreadable dates are rejected rows, not events; day/month swaps between returns are the `conflict` check's.
 * @param events merged events
 * @param records the normalised records the events were merged from
 * @returns one flag per such row, in a stable order
 * @example
 * ambiguousDateCheck(events, records)[0].message
 * // 'police.csv row 4: "27/10/2019 01:30" happened twice (the clocks went back); read as the first'
 */
export function ambiguousDateCheck(
  events: readonly MergedEvent[],
  records: readonly NormalisedRecord[],
): Flag[] {
  const ambiguous = new Map<string, { record: NormalisedRecord; what: string }>();
  for (const record of records) {
    const what = ambiguity(record);
    if (what !== undefined) ambiguous.set(rowKey(record.source), { record, what });
  }
  if (ambiguous.size === 0) return [];
  const flags: Flag[] = [];
  for (const { event } of events) {
    for (const source of event.sources) {
      const found = ambiguous.get(rowKey(source));
      if (found === undefined) continue;
      const { record, what } = found;
      flags.push({
        kind: "ambiguous-date",
        start: event.start,
        end: event.end,
        people: [...event.people],
        events: [event.id],
        message: `${source.file} row ${source.row}: "${record.date.text}" ${what}`,
      });
    }
  }
  return flags;
}

/**
 * Adds the ambiguous-date flags to the other checks' flags, keeping runChecks' order
 * (kind, start, first event, first person, message).
 * @param flags the flags of every other check, sorted
 * @param events merged events
 * @param records the normalised records
 * @returns every flag, sorted
 * @example
 * withAmbiguousDates(runChecks(events, subjects), events, records).length // runChecks' count plus one per ambiguous row
 */
export function withAmbiguousDates(
  flags: readonly Flag[],
  events: readonly MergedEvent[],
  records: readonly NormalisedRecord[],
): Flag[] {
  const added = ambiguousDateCheck(events, records);
  if (added.length === 0) return [...flags];
  return [...flags, ...added].sort(compareFlags);
}
