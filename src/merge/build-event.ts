import type { ChronologyEvent } from "../model/chronology.js";
import { compareText, contentId } from "../model/content-id.js";
import type { RowRef } from "../model/source.js";
import { findConflicts } from "./conflicts.js";
import { precisionRank } from "./evidence.js";
import type { ResolvedMergeOptions } from "./merge-options.js";
import { compareRows, type MergeRow, type MergeUnit } from "./merge-unit.js";

/** A merged event with the numbers the later stages sort and compare on. */
export interface MergedEvent {
  event: ChronologyEvent;
  start: number;
  end: number;
  sequence: number | null;
  /** The folded names (`given|family`) of the named people its rows are about; set by the merge. */
  names?: string[];
}

const precisionOrder = ["minute", "hour", "day", "month", "season", "year"] as const;

/**
 * Builds one event from a cluster of units. The date is the finest one given (earliest start and latest
 * end among the rows of that precision); the summary keeps each agency's account, attributed when more
 * than one agency or account is merged; the id hashes the sorted row keys of its sources.
 */
export function buildEvent(cluster: readonly MergeUnit[], options: ResolvedMergeOptions): MergedEvent {
  const rows = cluster.length === 1 ? [...cluster[0]!.rows] : cluster.flatMap((unit) => unit.rows);
  rows.sort(compareRows);
  // One pass over the rows for what is read from each of them.
  const sources: RowRef[] = [];
  const keys: string[] = [];
  let finestRank: number = precisionOrder.length;
  let note = false;
  let approximate = false;
  let sequence = Number.POSITIVE_INFINITY;
  for (const row of rows) {
    const { record } = row;
    sources.push(record.source);
    keys.push(row.key);
    finestRank = Math.min(finestRank, precisionRank[record.date.precision]);
    if (record.note) note = true;
    if (record.date.approximate || record.date.uncertain) approximate = true;
    if (record.sequence !== null) sequence = Math.min(sequence, record.sequence);
  }
  const finest = precisionOrder[finestRank] ?? "day";
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const { record } of rows) {
    if (record.date.precision !== finest) continue;
    start = Math.min(start, record.date.start);
    end = Math.max(end, record.date.end);
  }
  const categories = new Set<string>();
  for (const { record } of rows) for (const c of record.categories) categories.add(c.category);
  if (note) categories.add("note");
  const outOfScope =
    (options.from !== undefined && end <= options.from) || (options.to !== undefined && start >= options.to);
  const event: ChronologyEvent = {
    id: contentId("e", keys),
    start: isoOf(start),
    end: isoOf(end),
    precision: finest,
    approximate,
    dateText: unique(rows.map(({ record }) => record.date.text)),
    agencies: unique(sources.map((s) => s.agency)).sort(compareText),
    category: [...categories].sort(compareText),
    summary: summaryOf(rows),
    people: (rows.length === 1 ? [...rows[0]!.people] : unique(rows.flatMap((r) => r.people))).sort(
      compareText,
    ),
    sources,
    conflicts: findConflicts(rows, options),
    outOfScope,
  };
  const names =
    cluster.length === 1
      ? [...cluster[0]!.names].sort(compareText)
      : [...new Set(cluster.flatMap((unit) => unit.names))].sort(compareText);
  return { event, start, end, sequence: sequence === Number.POSITIVE_INFINITY ? null : sequence, names };
}

/** ISO text of each instant written: events of one day share their midnights. */
const isoTexts = new Map<number, string>();

function isoOf(instant: number): string {
  let text = isoTexts.get(instant);
  if (text === undefined) {
    text = new Date(instant).toISOString();
    // A long run meets a bounded set of instants; the cap keeps a library caller's memory bounded too.
    if (isoTexts.size > 100_000) isoTexts.clear();
    isoTexts.set(instant, text);
  }
  return text;
}

/** Each agency's account, attributed ("Police: ..."), one a line; unattributed when there is one. */
function summaryOf(rows: readonly MergeRow[]): string {
  const accounts = new Map<string, { agency: string; text: string }>();
  for (const { record } of rows) {
    const text = [record.summary, record.action].filter((t) => t !== "").join(" | ");
    accounts.set(`${record.source.agency}\u0000${text}`, { agency: record.source.agency, text });
  }
  const list = [...accounts.values()].sort(
    (a, b) => compareText(a.agency, b.agency) || compareText(a.text, b.text),
  );
  if (list.length === 1) return list[0]!.text;
  return list.map((a) => `${a.agency}: ${a.text}`).join("\n");
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
