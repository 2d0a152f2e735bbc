import type { ChronologyEvent } from "../model/chronology.js";
import { compareText, contentId, rowKey } from "../model/content-id.js";
import { findConflicts } from "./conflicts.js";
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
  const rows = cluster.flatMap((unit) => unit.rows).sort(compareRows);
  const sources = rows.map(({ record }) => record.source);
  const finest = precisionOrder.find((p) => rows.some((r) => r.record.date.precision === p)) ?? "day";
  const dated = rows.filter((r) => r.record.date.precision === finest).map((r) => r.record.date);
  const start = Math.min(...dated.map((d) => d.start));
  const end = Math.max(...dated.map((d) => d.end));
  const note = rows.some((r) => r.record.note);
  const categories = new Set(rows.flatMap(({ record }) => record.categories.map((c) => c.category)));
  if (note) categories.add("note");
  const outOfScope =
    (options.from !== undefined && end <= options.from) || (options.to !== undefined && start >= options.to);
  const event: ChronologyEvent = {
    id: contentId("e", sources.map(rowKey)),
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
    precision: finest,
    approximate: rows.some(({ record }) => record.date.approximate || record.date.uncertain),
    dateText: unique(rows.map(({ record }) => record.date.text)),
    agencies: unique(sources.map((s) => s.agency)).sort(compareText),
    category: [...categories].sort(compareText),
    summary: summaryOf(rows),
    people: unique(rows.flatMap((r) => r.people)).sort(compareText),
    sources,
    conflicts: findConflicts(rows, options),
    outOfScope,
  };
  const sequences = rows.map(({ record }) => record.sequence).filter((s): s is number => s !== null);
  const names = [...new Set(cluster.flatMap((unit) => unit.names))].sort(compareText);
  return { event, start, end, sequence: sequences.length > 0 ? Math.min(...sequences) : null, names };
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
