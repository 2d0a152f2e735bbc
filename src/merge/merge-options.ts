/** How events are merged: the review's scope, the zone, the evidence threshold and the time windows. */
export interface MergeOptions {
  /** Start of the review's scope, epoch ms: events that end before it are kept but marked `outOfScope`. */
  from?: number;
  /** End of the review's scope (exclusive), epoch ms. */
  to?: number;
  /** The zone calendar days are read in (day-month swaps, date conflicts); default Europe/London. */
  timezone?: string;
  /**
   * Evidence score (0 to 1) two rows of different agencies need to be one incident; default 0.55.
   * Higher merges less (safer, more duplicates left), lower merges more.
   */
  threshold?: number;
  /** How far apart (minutes) two rows may be when one of them has a time; default 360 (6 hours). */
  timedWindowMinutes?: number;
  /** Times within one merged event that differ by more than this (minutes) are a conflict; default 60. */
  timeToleranceMinutes?: number;
  /** How far apart (days) two rows may be and still be proposed as one incident dated differently; default 31. */
  linkWindowDays?: number;
  /** Evidence score without time (0 to 1) that proposes linking two far-apart events; default 0.7. */
  linkThreshold?: number;
}

import { ChronomergeError } from "../model/chronomerge-error.js";

/** Every merge option with its default filled in (scope bounds stay optional). */
export interface ResolvedMergeOptions {
  from: number | undefined;
  to: number | undefined;
  timezone: string;
  threshold: number;
  timedWindow: number;
  timeTolerance: number;
  linkWindow: number;
  linkThreshold: number;
}

const minute = 60_000;
const day = 86_400_000;

/**
 * The documented defaults of {@link MergeOptions} (docs/merging.md, "Options").
 * @example
 * defaultMergeOptions.threshold // 0.55
 */
export const defaultMergeOptions = {
  timezone: "Europe/London",
  threshold: 0.55,
  timedWindowMinutes: 360,
  timeToleranceMinutes: 60,
  linkWindowDays: 31,
  linkThreshold: 0.7,
} as const;

/**
 * Fills in the defaults and converts windows to milliseconds.
 * @throws {ChronomergeError} `invalid_option` when a threshold is outside 0..1 or a window is negative
 */
export function resolveMergeOptions(options: MergeOptions): ResolvedMergeOptions {
  const d = defaultMergeOptions;
  for (const name of ["threshold", "linkThreshold"] as const) {
    const value = options[name];
    if (value !== undefined && !(value >= 0 && value <= 1)) {
      throw new ChronomergeError("invalid_option", `${name} ${value} is not a score between 0 and 1`, []);
    }
  }
  for (const name of ["timedWindowMinutes", "timeToleranceMinutes", "linkWindowDays"] as const) {
    const value = options[name];
    if (value !== undefined && !(value >= 0 && Number.isFinite(value))) {
      throw new ChronomergeError("invalid_option", `${name} ${value} is not a non-negative number`, []);
    }
  }
  return {
    from: options.from,
    to: options.to,
    timezone: options.timezone ?? d.timezone,
    threshold: options.threshold ?? d.threshold,
    timedWindow: (options.timedWindowMinutes ?? d.timedWindowMinutes) * minute,
    timeTolerance: (options.timeToleranceMinutes ?? d.timeToleranceMinutes) * minute,
    linkWindow: (options.linkWindowDays ?? d.linkWindowDays) * day,
    linkThreshold: options.linkThreshold ?? d.linkThreshold,
  };
}
