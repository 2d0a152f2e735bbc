import { addDays, type DateParts, daysInMonth, fullYear } from "./calendar.js";
import type { ReadContext, Span } from "./date-span.js";
import { monthGroup, monthNumber } from "./month-names.js";

// Two-digit years only after a mark (`Mar-19`, `Mar '19`): `May 20` alone is more likely a day.
const monthYear = new RegExp(`^${monthGroup}(?:[ ,./-]*(\\d{4})|(?: ?[-/.] ?| ?')(\\d{2}))$`, "i");
const yearOnly = /^(\d{4})$/;
const decade = /^(\d{3}0)'?s$/;
const yearRange = /^(\d{4}) ?[-–/] ?(\d{4}|\d{2})$/;
const partOf = new RegExp(
  `^(early|mid|middle of|late|beginning of|start of|end of)[ -]*(?:(?:of )?${monthGroup}[ ,-]*)?(\\d{4})$`,
  "i",
);
const quarter = /^(?:q([1-4]) ?[-/ ]? ?(\d{4})|(\d{4}) ?[-/ ]? ?q([1-4]))$/i;
const dayRange = new RegExp(
  `^(\\d{1,2})(?:st|nd|rd|th)? ?[-–] ?(\\d{1,2})(?:st|nd|rd|th)?(?: of)?[ ./-]*${monthGroup}[ ,./-]*(\\d{4})$`,
  "i",
);
const eitherMonth = new RegExp(`^${monthGroup} ?(?:/|or|-|to|–|and) ?${monthGroup}[ ,]*(\\d{4})$`, "i");

/** Reads `March 2019`, `Mar-19`, `Sept 2019`, `2016`, the decade `1990s` and year ranges `2018-2019`, `2016/17`. */
export function readPartial(text: string, context: ReadContext): Span | undefined {
  const y = yearOnly.exec(text);
  if (y !== null) return { from: { year: Number(y[1]) }, to: { year: Number(y[1]) }, form: "year" };
  const my = monthYear.exec(text);
  if (my !== null) {
    const year = my[2] === undefined ? fullYear(my[3]!, context.pivot) : Number(my[2]);
    const parts = { year, month: monthNumber(my[1]!)! };
    return { from: parts, to: parts, form: "month" };
  }
  const yr = yearRange.exec(text);
  if (yr !== null) {
    const first = Number(yr[1]);
    const last = yr[2]!.length === 2 ? Math.floor(first / 100) * 100 + Number(yr[2]) : Number(yr[2]);
    if (last <= first) return undefined;
    return { from: { year: first }, to: { year: last }, form: "range", precision: "year", approximate: true };
  }
  const d = decade.exec(text);
  if (d !== null) {
    const first = Number(d[1]);
    return {
      from: { year: first },
      to: { year: first + 9 },
      form: "decade",
      precision: "year",
      approximate: true,
    };
  }
  const q = quarter.exec(text);
  if (q !== null) {
    // Calendar quarters: Q1 is January to March. Three months, like a season, so precision "season".
    const year = Number(q[2] ?? q[3]);
    const last = Number(q[1] ?? q[4]) * 3;
    return {
      from: { year, month: last - 2 },
      to: { year, month: last },
      form: "quarter",
      precision: "season",
    };
  }
  return undefined;
}

/** Reads days written together before one month, `1-2 June 2019`, `1st-2nd June 2019`: a range over both days. */
export function readDayRange(text: string): Span | undefined {
  const match = dayRange.exec(text);
  if (match === null) return undefined;
  const year = Number(match[4]);
  const month = monthNumber(match[3]!)!;
  return {
    from: { year, month, day: Number(match[1]) },
    to: { year, month, day: Number(match[2]) },
    form: "range",
    precision: "day",
    approximate: true,
  };
}

/**
 * Reads a part of a month or year: `early`/`beginning of` are days 1-10 (January-April of a year),
 * `mid`/`middle of` days 11-20 (May-August), `late`/`end of` day 21 to the end (September-December).
 */
export function readPartOf(text: string): Span | undefined {
  const match = partOf.exec(text);
  if (match === null) return undefined;
  const which = match[1]!.toLowerCase();
  const third = /early|beginning|start/.test(which) ? 0 : /mid/.test(which) ? 1 : 2;
  const year = Number(match[3]);
  if (match[2] === undefined) {
    const from = { year, month: 1 + third * 4 };
    const to = { year, month: 4 + third * 4 };
    return { from, to, form: "part-of", precision: "year", approximate: true };
  }
  const month = monthNumber(match[2])!;
  const from = { year, month, day: 1 + third * 10 };
  const to = { year, month, day: third === 2 ? daysInMonth(year, month) : 10 + third * 10 };
  return { from, to, form: "part-of", precision: "month", approximate: true };
}

/** Reads `November / December 2006` (also `Nov-Dec 2006`, `November or December 2006`): both months. */
export function readEitherMonth(text: string): Span | undefined {
  const match = eitherMonth.exec(text);
  if (match === null) return undefined;
  const year = Number(match[3]);
  const first = monthNumber(match[1]!)!;
  const second = monthNumber(match[2]!)!;
  // The year written belongs to the second month: `December / January 2007` starts in December 2006.
  const from = { year: first > second ? year - 1 : year, month: first };
  return { from, to: { year, month: second }, form: "either-month", precision: "month", approximate: true };
}

const range = /^(?:between|from) (.+?) (?:and|to|until|-|–) (.+)$|^(.+?) (?:-|–|to|until) (.+)$/i;
const dayOnly = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const weekCommencing =
  /^(?:w\/c|wc|w\.c\.?|w\/b|wb|week commencing|week beginning|week of|week starting) ?(.+)$/i;
const byPattern =
  /^(?:(by|no later than|not later than)|(before|prior to|(?:some ?time|shortly|just) before)|(after|(?:some ?time|shortly|just) after|following)) (.+)$/i;

/** Reads a range, `between 26 April and 7 July 1999` or `26/04/1999 - 07/07/1999`; the first date may omit what the second gives. */
export function readRange(text: string, read: (inner: string) => Span | undefined): Span | undefined {
  const match = range.exec(text);
  if (match === null) return undefined;
  const firstText = (match[1] ?? match[3])!;
  const last = read((match[2] ?? match[4])!);
  if (last === undefined) return undefined;
  let first = read(firstText);
  if (first === undefined && last.to.year !== undefined) {
    const day = dayOnly.exec(firstText);
    if (day !== null && last.to.month !== undefined) {
      const parts = { year: last.to.year, month: last.to.month, day: Number(day[1]) };
      first = { from: parts, to: parts, form: "range" };
    } else {
      first = read(`${firstText} ${last.to.year}`);
    }
  }
  if (first === undefined) return undefined;
  return {
    from: first.from,
    to: last.to,
    form: "range",
    precision: first.precision ?? precisionOf(first.from),
    approximate: true,
  };
}

/** Reads `w/c 12/03/2019` (week commencing): the seven days from that day. */
export function readWeekCommencing(
  text: string,
  read: (inner: string) => Span | undefined,
): Span | undefined {
  const match = weekCommencing.exec(text);
  if (match === null) return undefined;
  const day = read(match[1]!);
  const from = day?.from;
  if (from?.day === undefined || from.month === undefined || day?.from !== day?.to) return undefined;
  const to = addDays({ year: from.year, month: from.month, day: from.day }, 6);
  return {
    from: { year: from.year, month: from.month, day: from.day },
    to,
    form: "week-commencing",
    precision: "day",
    approximate: true,
  };
}

/**
 * Reads `by February 1999`, `before March 2019`, `shortly after 12/05/2018`: the period named, marked
 * approximate (the event was no later than its end, or before or after it: the text kept says which).
 */
export function readBy(text: string, read: (inner: string) => Span | undefined): Span | undefined {
  const match = byPattern.exec(text);
  if (match === null) return undefined;
  const inner = read(match[4]!);
  if (inner === undefined) return undefined;
  const form = match[1] !== undefined ? "by" : match[2] !== undefined ? "before" : "after";
  return { ...inner, form, approximate: true };
}

function precisionOf(parts: DateParts): "year" | "month" | "day" {
  if (parts.month === undefined) return "year";
  return parts.day === undefined ? "month" : "day";
}
