import type { Precision } from "../../model/chronology.js";
import { type DateParts, daysInMonth, invalidParts } from "./calendar.js";
import { type AmbiguousTime, wallToUtc, zoneOf } from "./zone-offsets.js";

export type { DateParts } from "./calendar.js";

export type Interval =
  | { ok: true; start: number; end: number; precision: Precision; ambiguousTime?: AmbiguousTime }
  | { ok: false; reason: string; explanation: string };

const maxCachedDays = 100_000;
const dayCaches = new Map<string, Map<number, [number, number]>>();

/** Day intervals already worked out in a zone: a return repeats its days, and a day's interval never changes. */
function dayCache(zone: string): Map<number, [number, number]> {
  let cache = dayCaches.get(zone);
  if (cache === undefined) {
    cache = new Map();
    dayCaches.set(zone, cache);
  }
  return cache;
}

/** The precision that parts written down to their last given unit have. */
export function partsPrecision(parts: DateParts): Precision {
  if (parts.month === undefined) return "year";
  if (parts.day === undefined) return "month";
  if (parts.hour === undefined) return "day";
  return parts.minute === undefined ? "hour" : "minute";
}

/** The wall-clock parts just after the unit the parts name (the exclusive end). */
export function nextUnit(parts: DateParts): DateParts {
  const { year, month, day, hour, minute } = parts;
  if (month === undefined) return { year: year + 1 };
  if (day === undefined) return month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  if (hour === undefined || minute !== undefined) {
    if (day < daysInMonth(year, month)) return { year, month, day: day + 1 };
    return month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
  }
  return { year, month, day, hour: hour + 1 };
}

/** The instant a wall-clock unit begins, with how it met a clock change. */
export function wallInstant(
  parts: DateParts,
  zone: string,
): { ts: number; ambiguous: AmbiguousTime | undefined } | undefined {
  const z = zoneOf(zone);
  if (z === undefined) return undefined;
  const local = Date.UTC(
    parts.year,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
  );
  // Date.UTC maps years 0-99 to 1900-1999; set the year exactly.
  const fixed = parts.year < 100 ? new Date(local).setUTCFullYear(parts.year) : local;
  return wallToUtc(z, fixed);
}

/**
 * The UTC interval [start, end) that wall-clock parts cover in a zone: a day is local midnight to
 * local midnight, a month the whole month, a minute one minute. A time skipped or repeated by a
 * clock change is read with the offset in force before the change and says so in `ambiguousTime`.
 * @param parts calendar parts, from year down to minute
 * @param zone IANA zone of the wall clock, e.g. "Europe/London"
 * @returns epoch milliseconds, or luxon's reason when the parts are not a real date or the zone is unknown
 * @example
 * zonedInterval({ year: 2019, month: 7, day: 1 }, "Europe/London") // start 2019-06-30T23:00Z, end 2019-07-01T23:00Z
 */
export function zonedInterval(parts: DateParts, zone: string): Interval {
  return spanInterval(parts, parts, zone);
}

/** The interval from the start of one wall-clock unit to the end of another (both in the same zone). */
export function spanInterval(
  from: DateParts,
  to: DateParts,
  zone: string,
  precision: Precision = partsPrecision(from),
): Interval {
  if (from === to && from.day !== undefined) {
    const day = dayInterval(from.year, from.month!, from.day, zone);
    if (day !== undefined) {
      if (from.hour === undefined) return { ok: true, start: day[0], end: day[1], precision };
      // A day of exactly 24 hours has no clock change: its times are offsets from its midnight.
      const minute = from.minute ?? 0;
      if (
        day[1] - day[0] === 86_400_000 &&
        from.hour >= 0 &&
        from.hour <= 23 &&
        minute >= 0 &&
        minute <= 59
      ) {
        const start = day[0] + (from.hour * 60 + minute) * 60_000;
        return { ok: true, start, end: start + (from.minute === undefined ? 3_600_000 : 60_000), precision };
      }
    }
  }
  if (from.hour === undefined && to.hour === undefined && invalidParts(to) === undefined) {
    // Untimed spans start and end at local midnights: take both from the day cache.
    const first = dayInterval(from.year, from.month ?? 1, from.day ?? 1, zone);
    const next = nextUnit(to);
    const after =
      first === undefined ? undefined : dayInterval(next.year, next.month ?? 1, next.day ?? 1, zone);
    if (first !== undefined && after !== undefined) {
      return { ok: true, start: first[0], end: after[0], precision };
    }
  }
  const invalid = invalidParts(from) ?? invalidParts(to);
  if (invalid !== undefined) return { ok: false, ...invalid };
  const start = wallInstant(from, zone);
  if (start === undefined) {
    return { ok: false, reason: "unsupported zone", explanation: `the zone "${zone}" is not supported` };
  }
  const timed = to.minute !== undefined || to.hour !== undefined;
  const end = timed
    ? { ts: wallInstant(to, zone)!.ts + (to.minute === undefined ? 3_600_000 : 60_000) }
    : wallInstant(nextUnit(to), zone)!;
  const interval: Interval = {
    ok: true,
    start: start.ts,
    end: Math.max(end.ts, start.ts + 60_000),
    precision,
  };
  if (start.ambiguous !== undefined && from.hour !== undefined) interval.ambiguousTime = start.ambiguous;
  return interval;
}

/** A real day's [start, end) in a zone, cached; undefined when the day or the zone is not real. */
function dayInterval(year: number, month: number, day: number, zone: string): [number, number] | undefined {
  const cache = dayCache(zone);
  const key = year * 10_000 + month * 100 + day;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const parts = { year, month, day };
  if (invalidParts(parts) !== undefined) return undefined;
  const start = wallInstant(parts, zone);
  if (start === undefined) return undefined;
  const interval: [number, number] = [start.ts, wallInstant(nextUnit(parts), zone)!.ts];
  if (cache.size >= maxCachedDays) cache.clear();
  cache.set(key, interval);
  return interval;
}
