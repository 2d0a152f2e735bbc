import type { ChronologyEvent } from "../model/chronology.js";
import { compareText, contentId, rowKey } from "../model/content-id.js";
import type { NormalisedRecord } from "../model/normalised.js";
import { nameKey } from "../normalise/people/name.js";

/** The review's scope as epoch milliseconds; events outside are kept but marked `outOfScope`. */
export interface MergeOptions {
  from?: number;
  to?: number;
}

/** A merged event with the numbers the later stages sort and compare on. */
export interface MergedEvent {
  event: ChronologyEvent;
  start: number;
  end: number;
  sequence: number | null;
}

/**
 * Merges normalised records into events: rows that are the same event exactly (same interval, same
 * people, same normalised text) become one event keeping every source. Author notes are never merged.
 * Ids come from the sources, so input order never changes the output.
 * @param records normalised records of every return
 * @param personOf person ids of each record's mentions (from resolvePeople)
 * @param options the review's scope
 * @returns events sorted by start, end, sequence, id
 * @example
 * mergeEvents(records, personOf).map((e) => e.event.sources.length) // [1, 2, 1, ...]
 */
export function mergeEvents(
  records: readonly NormalisedRecord[],
  personOf: ReadonlyMap<string, readonly string[]>,
  options: MergeOptions = {},
): MergedEvent[] {
  const groups = new Map<string, { record: NormalisedRecord; people: string[] }[]>();
  for (const record of records) {
    const people = [...new Set(personOf.get(rowKey(record.source)) ?? [])].sort(compareText);
    const key = record.note
      ? `note\u0000${rowKey(record.source)}`
      : [
          record.date.start,
          record.date.end,
          record.date.precision,
          people.join(","),
          nameKey(`${record.summary} ${record.action}`),
        ].join("\u0000");
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [{ record, people }]);
    else list.push({ record, people });
  }
  const merged = [...groups.values()].map((group) => toEvent(group, options));
  return merged.sort(compareMerged);
}

/** Events in chronology order: start, end, sequence within a day, then id. */
export function compareMerged(a: MergedEvent, b: MergedEvent): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    (a.sequence ?? Number.POSITIVE_INFINITY) - (b.sequence ?? Number.POSITIVE_INFINITY) ||
    compareText(a.event.id, b.event.id)
  );
}

function toEvent(
  group: readonly { record: NormalisedRecord; people: string[] }[],
  options: MergeOptions,
): MergedEvent {
  const rows = [...group].sort(
    (a, b) =>
      compareText(a.record.source.file, b.record.source.file) || a.record.source.row - b.record.source.row,
  );
  const first = rows[0]!.record;
  const sources = rows.map(({ record }) => record.source);
  const categories = new Set(rows.flatMap(({ record }) => record.categories.map((c) => c.category)));
  if (first.note) categories.add("note");
  const start = first.date.start;
  const end = first.date.end;
  const outOfScope =
    (options.from !== undefined && end <= options.from) || (options.to !== undefined && start >= options.to);
  const event: ChronologyEvent = {
    id: contentId("e", sources.map(rowKey)),
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
    precision: first.date.precision,
    approximate: rows.some(({ record }) => record.date.approximate || record.date.uncertain),
    dateText: unique(rows.map(({ record }) => record.date.text)),
    agencies: unique(sources.map((s) => s.agency)).sort(compareText),
    category: [...categories].sort(compareText),
    summary: [first.summary, first.action].filter((text) => text !== "").join(" | "),
    people: rows[0]!.people,
    sources,
    conflicts: [],
    outOfScope,
  };
  const sequences = rows.map(({ record }) => record.sequence).filter((s): s is number => s !== null);
  return { event, start, end, sequence: sequences.length > 0 ? Math.min(...sequences) : null };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
