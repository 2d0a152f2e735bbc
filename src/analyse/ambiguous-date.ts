import type { MergedEvent } from "../merge/merge-events.js";
import type { Flag } from "../model/chronology.js";
import { compareText, rowKey } from "../model/content-id.js";
import type { NormalisedRecord } from "../model/normalised.js";

/**
 * Flags (`ambiguous-date`) every event with a row whose wall time a clock change skipped or repeated,
 * naming the file and row and the rule applied (the offset in force before the change).
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
  const ambiguous = new Map<string, NormalisedRecord>();
  for (const record of records) {
    if (record.date.ambiguousTime !== undefined) ambiguous.set(rowKey(record.source), record);
  }
  if (ambiguous.size === 0) return [];
  const flags: Flag[] = [];
  for (const { event } of events) {
    for (const source of event.sources) {
      const record = ambiguous.get(rowKey(source));
      if (record === undefined) continue;
      const what =
        record.date.ambiguousTime === "nonexistent"
          ? "does not exist (the clocks went forward); read with the offset before the change, so it moves forward by the gap"
          : "happened twice (the clocks went back); read as the first";
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
  return [...flags, ...added].sort(
    (a, b) =>
      compareText(a.kind, b.kind) ||
      compareText(a.start ?? "", b.start ?? "") ||
      compareText(a.events[0] ?? "", b.events[0] ?? "") ||
      compareText(a.people[0] ?? "", b.people[0] ?? "") ||
      compareText(a.message, b.message),
  );
}
