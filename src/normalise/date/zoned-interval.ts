import { DateTime } from "luxon";
import type { Precision } from "../../model/chronology.js";

/** Calendar parts of a wall-clock date; absent parts widen the interval. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}

export type Interval =
  | { ok: true; start: number; end: number; precision: Precision }
  | { ok: false; reason: string; explanation: string };

/**
 * The UTC interval [start, end) that wall-clock parts cover in a zone: a day is local midnight to
 * local midnight, a month the whole month, a minute one minute.
 * @param parts calendar parts, from year down to minute
 * @param zone IANA zone of the wall clock, e.g. "Europe/London"
 * @returns epoch milliseconds, or luxon's reason when the parts are not a real date
 * @example
 * zonedInterval({ year: 2019, month: 7, day: 1 }, "Europe/London") // start 2019-06-30T23:00Z, end 2019-07-01T23:00Z
 */
export function zonedInterval(parts: DateParts, zone: string): Interval {
  const start = DateTime.fromObject(
    {
      year: parts.year,
      month: parts.month ?? 1,
      day: parts.day ?? 1,
      hour: parts.hour ?? 0,
      minute: parts.minute ?? 0,
    },
    { zone },
  );
  if (!start.isValid) {
    return {
      ok: false,
      reason: start.invalidReason ?? "invalid",
      explanation: start.invalidExplanation ?? "",
    };
  }
  const precision: Precision =
    parts.month === undefined
      ? "year"
      : parts.day === undefined
        ? "month"
        : parts.hour === undefined
          ? "day"
          : parts.minute === undefined
            ? "hour"
            : "minute";
  const unit = precision === "year" ? "years" : precision === "month" ? "months" : `${precision}s`;
  const end = start.plus({ [unit]: 1 });
  return { ok: true, start: start.toMillis(), end: end.toMillis(), precision };
}
