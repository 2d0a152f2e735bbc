import type { Chronology } from "../model/chronology.js";
import { compareText } from "../model/content-id.js";
import type { SourceInput } from "../model/source.js";
import { buildChronology, type ChronologyOptions } from "./build-chronology.js";

/**
 * A chronology with the returns and options it was built from, so that late returns can be added.
 * The document stays the contract's document (nothing extra in it, so a redacted copy carries no
 * return text); the returns are kept beside it, by the caller.
 */
export interface ChronologyState {
  document: Chronology;
  /** The returns, one per file and agency, in file then agency order. */
  sources: SourceInput[];
  options: ChronologyOptions;
}

/**
 * Builds a chronology and keeps what a later {@link merge} needs.
 * @param sources the agency returns
 * @param options scope, zone, thresholds (kept for later merges)
 * @returns the document, the returns and the options
 * @throws {ChronomergeError} `invalid_option` when an option is not valid
 * @example
 * startChronology([police, gp]).document.stats.inputRows // 57
 */
export function startChronology(
  sources: readonly SourceInput[],
  options: ChronologyOptions = {},
): ChronologyState {
  const kept = canonical(sources);
  return { document: buildChronology(kept, options), sources: kept, options };
}

/**
 * Adds late returns to an existing chronology. The result is the document a merge of every return from
 * scratch gives (same ids, same bytes): people are resolved and events merged again over all rows, since
 * a late row can join people and incidents found before. A return with the file name and agency of one
 * already merged replaces it (a corrected return), so merging the same returns twice changes nothing.
 * @param previous the state from {@link startChronology} or an earlier merge
 * @param newReturns the late returns
 * @returns the new state
 * @throws {ChronomergeError} `invalid_option` when an option is not valid
 * @example
 * merge(startChronology([police]), [gp]).document // deep-equals buildChronology([police, gp])
 */
export function merge(previous: ChronologyState, newReturns: readonly SourceInput[]): ChronologyState {
  return startChronology([...previous.sources, ...newReturns], previous.options);
}

/** One return per file and agency (the later wins), in file then agency order. */
function canonical(sources: readonly SourceInput[]): SourceInput[] {
  const byKey = new Map<string, SourceInput>();
  for (const source of sources) byKey.set(`${source.file}\u0000${source.agency ?? ""}`, source);
  return [...byKey.values()].sort(
    (a, b) => compareText(a.file, b.file) || compareText(a.agency ?? "", b.agency ?? ""),
  );
}
