import type { MergedEvent } from "../merge/merge-events.js";
import type { Flag, Person } from "../model/chronology.js";
import { compareText } from "../model/content-id.js";
import { type ConflictOptions, conflictCheck } from "./conflict.js";
import { type GapOptions, gapCheck } from "./gap.js";

/** Options of every check, with the review's scope and zone. */
export type AnalyseOptions = GapOptions & ConflictOptions;

/**
 * Runs every check over the merged timeline and returns the flags in a stable order
 * (kind, start, then first event id).
 * @param events merged events in chronology order
 * @param subjects the review's focus people
 * @param options thresholds, scope, zone
 * @returns every flag
 * @example
 * runChecks(events, subjects).filter((f) => f.kind === "gap").length // 1
 */
export function runChecks(
  events: readonly MergedEvent[],
  subjects: readonly Person[],
  options: AnalyseOptions = {},
): Flag[] {
  const flags = [...gapCheck(events, subjects, options), ...conflictCheck(events, options)];
  return flags.sort(
    (a, b) =>
      compareText(a.kind, b.kind) ||
      compareText(a.start ?? "", b.start ?? "") ||
      compareText(a.events[0] ?? "", b.events[0] ?? "") ||
      compareText(a.people[0] ?? "", b.people[0] ?? ""),
  );
}
