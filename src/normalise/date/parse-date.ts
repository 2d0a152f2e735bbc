import type { DateReading } from "../../model/normalised.js";
import type { DateOrder } from "../../model/source.js";
import { addDays } from "./calendar.js";
import type { DateWarning, ReadContext, Span } from "./date-span.js";
import { readExcelSerial } from "./excel-serial.js";
import { readIso } from "./iso-date.js";
import { readNumeric } from "./numeric-date.js";
import { parseTime, type TimeOfDay } from "./parse-time.js";
import {
  readBy,
  readDayRange,
  readEitherMonth,
  readPartial,
  readPartOf,
  readRange,
  readWeekCommencing,
} from "./partial-forms.js";
import { datePlausibility } from "./plausibility.js";
import { readRelative, shiftReading } from "./relative-date.js";
import { readSeason } from "./season.js";
import { readWordDate } from "./word-date.js";
import { followsAnchor, isYearless, yearlessCandidates } from "./yearless-date.js";
import { partsPrecision, spanInterval, wallInstant } from "./zoned-interval.js";

/** How to read a date: order, zone, pivot, and the context a single cell cannot know. */
export interface DateOptions {
  /** Order of numeric dates; default "dmy" (UK). */
  dateOrder?: DateOrder;
  /** IANA zone of wall-clock times; default "Europe/London". */
  timezone?: string;
  /** Two-digit years below this are 20xx, the rest 19xx; default 50 (`16/07/06` is 2006, `3/2/67` is 1967). */
  pivot?: number;
  /** Whether the source's order is known (declared or proven); when false, `a/b/yyyy` with both parts <= 12 warns. Default true. */
  dateOrderKnown?: boolean;
  /** Read bare numbers from 10000 up as Excel serial day numbers (the column holds them). */
  excelSerial?: boolean;
  /** The previous dated row of the same return, for relative dates (`the following day`). */
  anchor?: { reading: DateReading; file: string; row: number };
  /** Epoch ms from which a date is after the review (its `to` day's end, or a `today` option); never the clock. */
  notAfter?: number;
  /** Epoch ms before which a date warns as implausibly old; default 1900-01-01T00:00Z. */
  notBefore?: number;
}

export type DateResult =
  | { ok: true; reading: DateReading; warnings: DateWarning[] }
  | {
      ok: false;
      code: "unreadable_date" | "impossible_date" | "relative_date_without_anchor" | "invalid_option";
      reason: string;
      invalidReason?: string;
      invalidExplanation?: string;
    };

export type { DateWarning } from "./date-span.js";

/** Text with no outer, doubled or unusual white space needs no clean-up. */
function isPlain(text: string): boolean {
  const n = text.length;
  if (n === 0 || text.charCodeAt(0) <= 32 || text.charCodeAt(n - 1) <= 32) return false;
  for (let i = 1; i < n - 1; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c === 0xa0 || (c === 32 && text.charCodeAt(i + 1) === 32) || (c >= 0x2000 && c <= 0x3000))
      return false;
  }
  return true;
}

/** Only text with a dash after four characters can be ISO 8601. */
function looksIso(text: string): boolean {
  return text.charCodeAt(4) === 45;
}

function startsWithLetter(text: string): boolean {
  const c = text.charCodeAt(0) | 0x20;
  return c >= 0x61 && c <= 0x7a;
}

function endsWithLetter(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 0x29 /* ) */ || c === 0x2e /* . */ || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}

const year1900 = Date.UTC(1900, 0, 1);

const approxPrefix =
  /^(?:(?:c\.?|ca\.?|circa|approx(?:\.|imately)?|around|about|abt\.?|roughly|est\.?|estimated)(?: |(?<=\.)(?=\d))|c(?=\d{4}$))/i;
const approxSuffix = / ?\(?(?:approx(?:\.|imately)?|est\.?|estimated|or thereabouts)\)?$/i;

/** A time written before the date: `14:30 on 3 May 2019`, `noon, 3 May 2019`, `2pm 3 May 2019` (never bare digits). */
const timeFirst =
  /^(noon|midday|midnight|12 noon|\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?|\d{1,2} ?[ap]\.?m\.?|\d{4} ?hrs?)(?:,? on|,)? (.+)$/i;
/** A part of the day before the date: `evening of 3 May 2019`, `early hours of 03/05/2019`. */
const partOfDayBefore =
  /^(?:the |on the |in the )?(?:(?:early|late|mid) ?-?)?(?:morning|afternoon|evening|night|lunchtime|teatime|early hours)(?: of| on|,)? (.+)$/i;
/** A part of the day after the date: `3 May 2019 (evening)`, `03/05/2019, in the morning`. */
const partOfDayAfter =
  /^(.+?)(?:,? \(|,? )(?:in the |during the )?(?:(?:early|late|mid) ?-?)?(?:morning|afternoon|evening|night|overnight|lunchtime|teatime|early hours)\)?$/i;

function startsWithLetterOrDigit(text: string): boolean {
  return /^[\p{L}\d]/u.test(text);
}

/**
 * Reads a date as an agency wrote it into the UTC interval [start, end) it covers, with its precision.
 * Every form is listed in docs/dates.md: numeric day-first, words, ISO 8601, Excel serials, times,
 * months, years, seasons, early/mid/late, either-month, ranges, week commencing, `by`, relative dates.
 * A leading or trailing `?` marks an uncertain date and `c.`/`circa`/`approx.`/`around` an approximate one.
 * @param text the date as written, optionally with a time (`16/07/2018 23:52`)
 * @param options date order, zone, pivot, anchor for relative dates, plausibility bounds
 * @returns the reading with warnings, or a coded reason (luxon's invalidReason kept) when it cannot be read
 * @example
 * parseDate("07/05/2012").reading.start // 1336345200000 (2012-05-06T23:00:00Z, midnight BST)
 */
export function parseDate(text: string, options: DateOptions = {}): DateResult {
  const zone = options.timezone ?? "Europe/London";
  const context: ReadContext = {
    order: options.dateOrder ?? "dmy",
    pivot: options.pivot ?? 50,
    excelSerial: options.excelSerial ?? false,
  };
  let rest = isPlain(text) ? text : text.trim().replace(/\s+/g, " ");
  let uncertain = false;
  let approximate = false;
  if (rest.startsWith("?") || rest.endsWith("?") || rest.endsWith("(?)")) {
    uncertain = true;
    rest = rest.replace(/^\? ?|( ?\(\?\)| ?\?)$/g, "");
  }
  const prefix = startsWithLetter(rest) ? approxPrefix.exec(rest) : null;
  if (prefix !== null) {
    approximate = true;
    rest = rest.slice(prefix[0].length);
  }
  const suffix = endsWithLetter(rest) ? approxSuffix.exec(rest) : null;
  if (suffix !== null && suffix.index > 0) {
    approximate = true;
    rest = rest.slice(0, suffix.index);
  }
  if (/[.,;]$/.test(rest)) rest = rest.slice(0, -1);
  const iso = looksIso(rest) ? readIso(rest) : undefined;
  if (iso !== undefined && "instant" in iso) {
    const reading: DateReading = {
      text,
      start: iso.instant,
      end: iso.instant + 60_000,
      precision: "minute",
      approximate,
      uncertain,
      form: "iso-instant",
    };
    return { ok: true, reading, warnings: datePlausibility(reading, options) };
  }
  const read = (t: string): Span | undefined =>
    (t.length > 10 ? readNumericWithTime(t, context) : undefined) ??
    readSpan(t, context) ??
    readWithTime(t, context);
  let span = iso === undefined ? read(rest) : "span" in iso ? iso.span : iso.invalid;
  if (span === undefined && startsWithLetterOrDigit(rest)) {
    // `14:30 on 3 May 2019`, `noon 3 May 2019`: the time written first. `evening of 3 May 2019`,
    // `3 May 2019 (evening)`: a part of the day, read as the day.
    const reordered = timeFirst.exec(rest);
    const dayOnly = partOfDayBefore.exec(rest) ?? partOfDayAfter.exec(rest);
    span =
      reordered !== null
        ? read(`${reordered[2]} ${reordered[1]}`)
        : dayOnly !== null
          ? read(dayOnly[1]!)
          : undefined;
  }
  if (span === undefined) return relative(text, rest, { approximate, uncertain }, options, zone);
  const typo = yearTypo(span, options.notBefore);
  if (typo !== undefined) return { ok: false, code: "impossible_date", reason: `"${text}": ${typo}` };
  const interval = spanInterval(span.from, span.to, zone, span.precision ?? partsPrecision(span.from));
  if (!interval.ok) {
    return {
      ok: false,
      code: interval.reason === "unsupported zone" ? "invalid_option" : "impossible_date",
      reason: `"${text}" is not a real date (${interval.explanation || interval.reason})`,
      invalidReason: interval.reason,
      invalidExplanation: interval.explanation,
    };
  }
  if (span.form === "range" && wallInstant(span.to, zone)!.ts < interval.start) {
    return { ok: false, code: "impossible_date", reason: `"${text}": the range ends before it starts` };
  }
  const reading: DateReading = {
    text,
    start: interval.start,
    end: interval.end,
    precision: interval.precision,
    approximate: approximate || span.approximate === true,
    uncertain,
    form: span.form,
  };
  const warnings: DateWarning[] = span.warnings === undefined ? [] : [...span.warnings];
  if (interval.ambiguousTime !== undefined) {
    reading.ambiguousTime = interval.ambiguousTime;
    warnings.push({
      code: "ambiguous_time",
      severity: "warning",
      reason:
        interval.ambiguousTime === "nonexistent"
          ? `"${text}" does not exist in ${zone} (the clocks went forward); read with the offset before the change`
          : `"${text}" happened twice in ${zone} (the clocks went back); read as the first`,
    });
  }
  if (span.orderAmbiguous === true && context.order === "mdy") {
    const { year, month, day } = span.from as { year: number; month: number; day: number };
    reading.dayMonthSwap = { read: isoDay(year, month, day), other: isoDay(year, day, month) };
  }
  if (span.orderAmbiguous === true && options.dateOrderKnown === false) {
    warnings.push({
      code: "ambiguous_date",
      severity: "warning",
      reason: `"${text}" could be day-first or month-first and the source's order is not known; read as ${context.order}`,
    });
  }
  // The common case is a plausible date: skip the call (and its array) when no bound can be broken.
  if (options.notAfter !== undefined || reading.end <= (options.notBefore ?? year1900)) {
    warnings.push(...datePlausibility(reading, options));
  }
  return { ok: true, reading, warnings };
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * A year under 1000 (written with three digits, or as `00xx`) is a typo, not a date: rejected unless
 * `notBefore` is set to a day at or before it (a review that means such years says so).
 */
function yearTypo(span: Span, notBefore: number | undefined): string | undefined {
  const year = Math.min(span.from.year, span.to.year);
  if (year >= 1000) return undefined;
  if (notBefore !== undefined && new Date(notBefore).getUTCFullYear() <= year) return undefined;
  return `the year reads as ${year}, written with three digits or leading zeros: a mistyped year, not a date`;
}

/** Tries every form without a separate time, cheapest and most common first; ranges last. */
export function readSpan(text: string, context: ReadContext): Span | undefined {
  const single = readSingle(text, context);
  if (single !== undefined) return single;
  // Cheap guards keep the rarer, costlier forms off the common path.
  const inner = (t: string): Span | undefined => readSingle(t, context);
  const first = text.charCodeAt(0) | 0x20;
  if (first === 0x77 /* w */) return readWeekCommencing(text, inner);
  if (
    first === 0x62 /* b */ ||
    first === 0x6e /* n */ ||
    first === 0x61 /* a */ ||
    first === 0x70 /* p */ ||
    first === 0x73 /* s */ ||
    first === 0x6a /* j */ ||
    first === 0x66 /* f */
  ) {
    const by = readBy(text, inner);
    if (by !== undefined) return by;
  }
  if (first >= 0x30 && first <= 0x39) {
    const days = readDayRange(text);
    if (days !== undefined) return days;
  }
  if (!rangeWord.test(text)) return undefined;
  return readRange(text, (t) => readSingle(t, context) ?? readWithTime(t, context));
}

const rangeWord = / (?:and|to|until|-|–) /i;

function readSingle(text: string, context: ReadContext): Span | undefined {
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    const iso = looksIso(text) ? readIso(text) : undefined;
    if (iso !== undefined) return "span" in iso ? iso.span : undefined;
    return (
      readNumeric(text, context) ??
      (context.excelSerial ? readExcelSerial(text) : undefined) ??
      readPartial(text, context) ??
      readWordDate(text, context)
    );
  }
  return (
    readWordDate(text, context) ??
    readPartial(text, context) ??
    readSeason(text, context) ??
    readPartOf(text) ??
    readEitherMonth(text)
  );
}

const numericWithTime = /^(\d{1,2} ?[./-] ?\d{1,2} ?[./-] ?(?:\d{4}|\d{2}))(?:,? (?:at |@ ?|- )?|T)(.+)$/;

/** A day's span at a time of day (built field by field: object spread is slow on this hot path). */
function atTime(day: Span, time: TimeOfDay): Span {
  const from = day.from;
  const date = { year: from.year, month: from.month!, day: from.day! };
  const next = time.nextDay === true ? addDays(date, 1) : date;
  const parts = { year: next.year, month: next.month, day: next.day, hour: time.hour, minute: time.minute };
  const span: Span = { from: parts, to: parts, form: day.form };
  if (day.orderAmbiguous !== undefined) span.orderAmbiguous = day.orderAmbiguous;
  if (day.warnings !== undefined) span.warnings = day.warnings;
  if (day.approximate !== undefined) span.approximate = day.approximate;
  return span;
}

/** The commonest timed form, tried first: a numeric day then a time (`07/05/2012 14:05`). */
function readNumericWithTime(text: string, context: ReadContext): Span | undefined {
  const fast = numericWithTime.exec(text);
  if (fast === null) return undefined;
  const time = parseTime(fast[2]!);
  const day = time === undefined ? undefined : readNumeric(fast[1]!, context);
  if (time === undefined || day === undefined || day.from.day === undefined) return undefined;
  return atTime(day, time);
}

/** A day with a time before or after it: `07/05/2012 14:05`, `2 May 2006 at 2.05pm`, `14:05 on 07/05/2012`. */
function readWithTime(text: string, context: ReadContext): Span | undefined {
  // Fast split: `<day> at <time>`, or `<day> <time>` at the last space.
  const at = text.lastIndexOf(" at ");
  const split = at > 0 ? at : text.lastIndexOf(" ");
  if (split > 0) {
    const fast = dayAtTime(
      text.slice(0, split).replace(/,$/, ""),
      text.slice(split + (at > 0 ? 4 : 1)),
      context,
    );
    if (fast !== undefined) return fast;
  }
  const trailing =
    /^(.+?)(?:,? (?:at |@ ?|- )?|T)(\d{1,2}(?:[:.h]\d{2}(?:[:.]\d{2})?)? ?(?:[ap]\.?m\.?|hrs?|hours|h)?|\d{4}(?: ?hrs?)?|noon|midday|midnight|12(?:[:.]00)? noon|12(?:[:.]00)? midnight)$/i.exec(
      text,
    );
  const leading =
    trailing === null
      ? /^(.+?(?:[ap]\.?m\.?|hrs?|noon|midday|midnight|\d))(?:,? (?:on )?)(.+)$/i.exec(text)
      : null;
  const dateText = trailing?.[1] ?? leading?.[2];
  const timeText = trailing?.[2] ?? leading?.[1];
  if (dateText === undefined || timeText === undefined) return undefined;
  return dayAtTime(dateText, timeText, context);
}

/** A day written without a time, read at a time of day; undefined unless both read. */
function dayAtTime(dateText: string, timeText: string, context: ReadContext): Span | undefined {
  const time = parseTime(timeText);
  const day = time === undefined ? undefined : readSingle(dateText, context);
  if (time === undefined || day === undefined || day.from !== day.to || day.from.day === undefined)
    return undefined;
  if (day.from.hour !== undefined) return undefined;
  return atTime(day, time);
}

function relative(
  text: string,
  rest: string,
  marks: { approximate: boolean; uncertain: boolean },
  options: DateOptions,
  zone: string,
): DateResult {
  const offset = readRelative(rest);
  if (offset === undefined) {
    return (
      yearless(text, rest, marks, options, zone) ?? {
        ok: false,
        code: "unreadable_date",
        reason: `"${text}" matches no known date style`,
      }
    );
  }
  const anchor = options.anchor;
  if (anchor === undefined) {
    return {
      ok: false,
      code: "relative_date_without_anchor",
      reason: `"${text}" is relative to an earlier date but no earlier row of this return has one`,
    };
  }
  const shifted = shiftReading(anchor.reading, offset, zone);
  const reading: DateReading = {
    text,
    ...shifted,
    approximate: marks.approximate || anchor.reading.approximate,
    uncertain: marks.uncertain || anchor.reading.uncertain,
    form: "relative",
    anchor: { file: anchor.file, row: anchor.row },
  };
  return { ok: true, reading, warnings: datePlausibility(reading, options) };
}

/** A date with no year (`2 May`, `early June`) takes its year from the previous dated row of the same return. */
function yearless(
  text: string,
  rest: string,
  marks: { approximate: boolean; uncertain: boolean },
  options: DateOptions,
  zone: string,
): DateResult | undefined {
  if (!isYearless(rest)) return undefined;
  const { anchor, ...withoutAnchor } = options;
  if (anchor === undefined) {
    return {
      ok: false,
      code: "relative_date_without_anchor",
      reason: `"${text}" has no year and no earlier row of this return gives one`,
    };
  }
  const readings = yearlessCandidates(rest, anchor.reading, zone)
    .map((candidate) => parseDate(candidate, withoutAnchor))
    .filter((result): result is Extract<DateResult, { ok: true }> => result.ok);
  const chosen = readings.find((r) => followsAnchor(r.reading, anchor.reading, zone)) ?? readings[0];
  if (chosen === undefined) return undefined;
  const reading: DateReading = {
    ...chosen.reading,
    text,
    approximate: marks.approximate || chosen.reading.approximate,
    uncertain: marks.uncertain || chosen.reading.uncertain,
    form: "yearless",
    anchor: { file: anchor.file, row: anchor.row },
  };
  return { ok: true, reading, warnings: chosen.warnings };
}
