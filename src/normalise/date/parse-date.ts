import { DateTime } from "luxon";
import type { DateReading } from "../../model/normalised.js";
import type { DateOrder } from "../../model/source.js";
import { monthNamePattern, monthNumber } from "./month-names.js";
import { parseTime } from "./parse-time.js";
import { type DateParts, zonedInterval } from "./zoned-interval.js";

/** How to read a date: the source's day/month order, the wall-clock zone, the two-digit-year pivot. */
export interface DateOptions {
  /** Order of numeric dates; default "dmy" (UK). */
  dateOrder?: DateOrder;
  /** IANA zone of wall-clock times; default "Europe/London". */
  timezone?: string;
  /** Two-digit years below this are 20xx, the rest 19xx; default 50 (`16/07/06` is 2006, `3/2/67` is 1967). */
  pivot?: number;
}

export type DateResult =
  | { ok: true; reading: DateReading }
  | {
      ok: false;
      code: "unreadable_date" | "impossible_date";
      reason: string;
      invalidReason?: string;
      invalidExplanation?: string;
    };

const weekday = String.raw`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?`;
const month = `(${monthNamePattern})\\.?`;
const isoPattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;
const numericPattern = /^(\d{1,4})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{1,4})(?:[\sT,]+(.+))?$/;
const dayMonthYearPattern = new RegExp(
  `^${weekday}(\\d{1,2})(?:st|nd|rd|th)?[\\s-]+(?:of\\s+)?${month}[\\s,-]+(\\d{4}|\\d{2})(?:[\\s,]+(.+))?$`,
  "i",
);
const monthDayYearPattern = new RegExp(
  `^${weekday}${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:[\\s,]+(.+))?$`,
  "i",
);
const monthYearPattern = new RegExp(`^${month}[\\s,-]+(\\d{4}|\\d{2})$`, "i");
const yearPattern = /^(\d{4})$/;
const approximatePrefix = /^(?:c\.|ca\.|circa|approx(?:\.|imately)?|around|about|abt\.?)\s*/i;

/**
 * Reads a date as an agency wrote it into the UTC interval it covers, with its precision.
 * Day-first by default; month-only and year-only dates keep their whole span; a leading `?` marks
 * an uncertain date and `c.`/`circa`/`approx.` an approximate one.
 * @param text the date as written, optionally with a time (`16/07/2018 23:52`)
 * @param options date order, zone, two-digit-year pivot
 * @returns the reading, or a coded reason (luxon's invalidReason kept) when it cannot be read
 * @example
 * parseDate("07/05/2012").reading.start // 2012-05-06T23:00:00.000Z as epoch ms (BST)
 */
export function parseDate(text: string, options: DateOptions = {}): DateResult {
  const zone = options.timezone ?? "Europe/London";
  let rest = text.trim().replace(/\s+/g, " ");
  let uncertain = false;
  let approximate = false;
  if (rest.startsWith("?")) {
    uncertain = true;
    rest = rest.slice(1).trim();
  }
  const approx = approximatePrefix.exec(rest);
  if (approx !== null) {
    approximate = true;
    rest = rest.slice(approx[0].length);
  }
  const found = readParts(rest, options);
  if (found === undefined)
    return { ok: false, code: "unreadable_date", reason: `"${text}" matches no known date style` };
  if ("instant" in found) {
    return {
      ok: true,
      reading: {
        text,
        start: found.instant,
        end: found.instant + 60_000,
        precision: "minute",
        approximate,
        uncertain,
      },
    };
  }
  const interval = zonedInterval(found, zone);
  if (!interval.ok) {
    return {
      ok: false,
      code: "impossible_date",
      reason: `"${text}" is not a real date (${interval.explanation || interval.reason})`,
      invalidReason: interval.reason,
      invalidExplanation: interval.explanation,
    };
  }
  return {
    ok: true,
    reading: {
      text,
      start: interval.start,
      end: interval.end,
      precision: interval.precision,
      approximate,
      uncertain,
    },
  };
}

type Found = DateParts | { instant: number } | undefined;

function readParts(text: string, options: DateOptions): Found {
  const iso = isoPattern.exec(text);
  if (iso !== null) return readIso(text, iso);
  const numeric = numericPattern.exec(text);
  if (numeric !== null) {
    const [, a, b, c, time] = numeric;
    const parts = numericParts(a!, b!, c!, options);
    return parts === undefined ? undefined : withTime(parts, time);
  }
  const dmy = dayMonthYearPattern.exec(text);
  if (dmy !== null) {
    const [, day, name, year, time] = dmy;
    return withTime({ year: fullYear(year!, options), month: monthNumber(name!)!, day: Number(day) }, time);
  }
  const mdy = monthDayYearPattern.exec(text);
  if (mdy !== null) {
    const [, name, day, year, time] = mdy;
    return withTime({ year: Number(year), month: monthNumber(name!)!, day: Number(day) }, time);
  }
  const my = monthYearPattern.exec(text);
  if (my !== null) return { year: fullYear(my[2]!, options), month: monthNumber(my[1]!)! };
  const y = yearPattern.exec(text);
  if (y !== null) return { year: Number(y[1]) };
  return undefined;
}

function readIso(text: string, match: RegExpExecArray): Found {
  const [, year, month, day, hour, minute, , offset] = match;
  if (offset !== undefined) {
    const instant = DateTime.fromISO(text.replace(" ", "T"), { setZone: true });
    return instant.isValid ? { instant: instant.toMillis() } : undefined;
  }
  const parts: DateParts = { year: Number(year), month: Number(month), day: Number(day) };
  if (hour !== undefined) {
    parts.hour = Number(hour);
    parts.minute = Number(minute);
  }
  return parts;
}

function numericParts(a: string, b: string, c: string, options: DateOptions): DateParts | undefined {
  if (a.length === 4) return { year: Number(a), month: Number(b), day: Number(c) };
  if (c.length === 3 || c.length > 4) return undefined;
  const year = fullYear(c, options);
  const order = options.dateOrder ?? "dmy";
  if (order === "mdy") return { year, month: Number(a), day: Number(b) };
  return { year, month: Number(b), day: Number(a) };
}

function withTime(parts: DateParts, time: string | undefined): DateParts | undefined {
  if (time === undefined) return parts;
  const read = parseTime(time);
  return read === undefined ? undefined : { ...parts, hour: read.hour, minute: read.minute };
}

function fullYear(year: string, options: DateOptions): number {
  if (year.length !== 2) return Number(year);
  const yy = Number(year);
  return yy < (options.pivot ?? 50) ? 2000 + yy : 1900 + yy;
}
