import { makeIssue } from "../ingest/make-issue.js";
import { compareText } from "../model/content-id.js";
import type { Issue } from "../model/issue.js";
import type { NormalisedRecord } from "../model/normalised.js";
import type { RowRef } from "../model/source.js";
import { buildEvent, type MergedEvent } from "./build-event.js";
import { clusterUnits } from "./cluster.js";
import { type MergeOptions, resolveMergeOptions } from "./merge-options.js";
import { toUnits } from "./merge-unit.js";

export type { MergedEvent } from "./build-event.js";
export type { MergeOptions } from "./merge-options.js";

/** Rows that were identical (the same file given twice, the same row exported twice), merged into one event. */
export interface DuplicateRows {
  event: string;
  /** The row kept first (file then row order) and the rows that repeat it. */
  rows: RowRef[];
}

/** The merge with its report: events, identical rows merged, their issues, and the work done. */
export interface MergeResult {
  events: MergedEvent[];
  duplicates: DuplicateRows[];
  /** One `duplicate_row` warning per repeated row, naming the row it repeats. */
  issues: Issue[];
  /** Distinct rows merged (a row given twice counts once), events made, and pairs of rows scored. */
  stats: { rows: number; events: number; pairsCompared: number };
}

/**
 * Merges normalised records into events, one per real incident, and reports what it did.
 * Identical rows merge first; rows of different agencies then merge when the evidence (time, shared
 * people, categories, narrative) reaches the threshold, at most one account per agency per incident.
 * Author notes are never merged with agency facts.
 * @param records normalised records of every return
 * @param personOf person ids of each record's mentions (from resolvePeople)
 * @param options scope, zone, threshold and windows
 * @returns events sorted by start, end, sequence, id, with the duplicates found and the pairs compared
 * @throws {ChronomergeError} `invalid_option` when a threshold or window is out of range
 * @example
 * mergeRecords(records, personOf).stats // { rows: 120, events: 97, pairsCompared: 310 }
 */
export function mergeRecords(
  records: readonly NormalisedRecord[],
  personOf: ReadonlyMap<string, readonly string[]>,
  options: MergeOptions = {},
): MergeResult {
  const resolved = resolveMergeOptions(options);
  const units = toUnits(records, personOf);
  const { clusters, pairsCompared } = clusterUnits(units, resolved);
  const events: MergedEvent[] = [];
  const duplicates: DuplicateRows[] = [];
  const issues: Issue[] = [];
  for (const cluster of clusters) {
    const merged = buildEvent(cluster, resolved);
    events.push(merged);
    for (const unit of cluster) {
      if (unit.rows.length < 2) continue;
      const [kept, ...repeats] = unit.rows.map((r) => r.record.source);
      duplicates.push({ event: merged.event.id, rows: [kept!, ...repeats] });
      for (const repeat of repeats) {
        issues.push(
          makeIssue(
            "duplicate_row",
            `${repeat.file} row ${repeat.row} repeats ${kept!.file} row ${kept!.row} exactly (same agency, date, people and text): merged into one event`,
            repeat,
            undefined,
            "warning",
          ),
        );
      }
    }
  }
  events.sort(compareMerged);
  duplicates.sort((a, b) => compareText(a.event, b.event));
  issues.sort((a, b) => compareText(a.file, b.file) || (a.row ?? 0) - (b.row ?? 0));
  return {
    events,
    duplicates,
    issues,
    stats: { rows: units.reduce((n, u) => n + u.rows.length, 0), events: events.length, pairsCompared },
  };
}

/**
 * Merges normalised records into events, one per real incident (see {@link mergeRecords} for the
 * report). Ids come from the sources, so input order never changes the output.
 * @param records normalised records of every return
 * @param personOf person ids of each record's mentions (from resolvePeople)
 * @param options scope, zone, threshold and windows
 * @returns events sorted by start, end, sequence, id
 * @throws {ChronomergeError} `invalid_option` when a threshold or window is out of range
 * @example
 * mergeEvents(records, personOf).map((e) => e.event.sources.length) // [1, 3, 1, ...]
 */
export function mergeEvents(
  records: readonly NormalisedRecord[],
  personOf: ReadonlyMap<string, readonly string[]>,
  options: MergeOptions = {},
): MergedEvent[] {
  return mergeRecords(records, personOf, options).events;
}

/**
 * Events in chronology order: start, end, sequence within a day, then id.
 * @example
 * [later, earlier].sort(compareMerged) // [earlier, later]
 */
export function compareMerged(a: MergedEvent, b: MergedEvent): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    (a.sequence ?? Number.POSITIVE_INFINITY) - (b.sequence ?? Number.POSITIVE_INFINITY) ||
    compareText(a.event.id, b.event.id)
  );
}
