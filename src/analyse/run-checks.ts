import type { MergedEvent } from "../merge/merge-events.js";
import type { Flag, Person } from "../model/chronology.js";
import { compareText } from "../model/content-id.js";
import type { CheckInput, CommonCheckOptions } from "./check-input.js";
import { type ChildNotSeenOptions, childNotSeenCheck } from "./child-not-seen.js";
import { type ClosureThenConcernOptions, closureThenConcernCheck } from "./closure-then-concern.js";
import { type ConflictOptions, conflictCheck } from "./conflict.js";
import { type GapOptions, gapCheck } from "./gap.js";
import { type MissingMenOptions, missingMenCheck } from "./missing-men.js";
import { type MultipleReportersOptions, multipleReportersCheck } from "./multiple-reporters.js";
import { type NotSharedOptions, notSharedCheck } from "./not-shared.js";
import { type OffRadarOptions, offRadarCheck } from "./off-radar.js";
import { type RepeatedInjuryOptions, repeatedInjuryCheck } from "./repeated-injury.js";
import { type RiskCombinationOptions, riskCombinationCheck } from "./risk-combination.js";
import { type WasNotBroughtOptions, wasNotBroughtCheck } from "./was-not-brought.js";

/**
 * Options of every check, with the review's scope and zone. Gap and conflict options sit at the top
 * level; each other check's own thresholds sit under its name (`offRadar: { minDays: 42 }`), and
 * the shared settings (zone, scope, agencies, lexicon) apply to all.
 */
export type AnalyseOptions = GapOptions &
  ConflictOptions &
  CommonCheckOptions & {
    /** Every resolved person; default the subjects only (missing-men and household need everyone). */
    people?: readonly Person[];
    offRadar?: OffRadarOptions;
    wasNotBrought?: WasNotBroughtOptions;
    missingMen?: MissingMenOptions;
    riskCombination?: RiskCombinationOptions;
    childNotSeen?: ChildNotSeenOptions;
    closureThenConcern?: ClosureThenConcernOptions;
    repeatedInjury?: RepeatedInjuryOptions;
    notShared?: NotSharedOptions;
    multipleReporters?: MultipleReportersOptions;
  };

/** One check: reads the timeline, returns its flags. Add a check by adding a line to {@link checks}. */
type Check = (input: CheckInput, options: AnalyseOptions) => Flag[];

/** The shared settings every check receives, then the check's own. */
function common(o: AnalyseOptions): CommonCheckOptions {
  return {
    ...(o.timezone === undefined ? {} : { timezone: o.timezone }),
    ...(o.from === undefined ? {} : { from: o.from }),
    ...(o.to === undefined ? {} : { to: o.to }),
    ...(o.agencies === undefined ? {} : { agencies: o.agencies }),
    ...(o.lexicon === undefined ? {} : { lexicon: o.lexicon }),
  };
}

/** Every check, in no particular order (flags are sorted afterwards). */
const checks: readonly Check[] = [
  (i, o) => gapCheck(i.events, i.subjects, o),
  (i, o) => conflictCheck(i.events, o),
  (i, o) => offRadarCheck(i, { ...common(o), ...o.offRadar }),
  (i, o) => wasNotBroughtCheck(i, { ...common(o), ...o.wasNotBrought }),
  (i, o) => missingMenCheck(i, { ...common(o), ...o.missingMen }),
  (i, o) => riskCombinationCheck(i, { ...common(o), ...o.riskCombination }),
  (i, o) => childNotSeenCheck(i, { ...common(o), ...o.childNotSeen }),
  (i, o) => closureThenConcernCheck(i, { ...common(o), ...o.closureThenConcern }),
  (i, o) => repeatedInjuryCheck(i, { ...common(o), ...o.repeatedInjury }),
  (i, o) => notSharedCheck(i, { ...common(o), ...o.notShared }),
  (i, o) => multipleReportersCheck(i, { ...common(o), ...o.multipleReporters }),
];

/**
 * Runs every check over the merged timeline and returns the flags in a stable order
 * (kind, start, first event id, first person, message).
 * @param events merged events in chronology order
 * @param subjects the review's focus people
 * @param options thresholds, scope, zone, every resolved person (`people`)
 * @returns every flag
 * @example
 * runChecks(events, subjects, { people }).filter((f) => f.kind === "gap").length // 1
 */
export function runChecks(
  events: readonly MergedEvent[],
  subjects: readonly Person[],
  options: AnalyseOptions = {},
): Flag[] {
  const input: CheckInput = { events, subjects, people: options.people ?? subjects };
  const flags = checks.flatMap((check) => check(input, options));
  return flags.sort(compareFlags);
}

/**
 * The order of flags in the document: kind, start, first event, first person, then message (a total order).
 * @example
 * [...flags].sort(compareFlags)
 */
export function compareFlags(a: Flag, b: Flag): number {
  return (
    compareText(a.kind, b.kind) ||
    compareText(a.start ?? "", b.start ?? "") ||
    compareText(a.events[0] ?? "", b.events[0] ?? "") ||
    compareText(a.people[0] ?? "", b.people[0] ?? "") ||
    compareText(a.message, b.message)
  );
}
