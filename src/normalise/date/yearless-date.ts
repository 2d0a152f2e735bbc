import { DateTime } from "luxon";
import type { DateReading } from "../../model/normalised.js";
import { monthNamePattern } from "./month-names.js";

/** A month name as a whole word, the mark of a yearless date such as `2 May` or `early June`. */
const monthWord = new RegExp(`(?<![\\p{L}])(?:${monthNamePattern})\\.?(?![\\p{L}])`, "iu");
/** Any run of three or more digits, or an apostrophe year (`'19`): the text already has a year. */
const hasYear = /\d{3,}|'\d{2}\b/;

/**
 * True when a date is written with a month but no year: `2 May`, `30th Dec`, `May 2`, `early June`, `mid-March`.
 * @param rest the date as written, marks (`?`, `c.`) already removed
 * @example
 * isYearless("early June") // true; isYearless("June 2019") // false
 */
export function isYearless(rest: string): boolean {
  return monthWord.test(rest) && !hasYear.test(rest);
}

/**
 * The texts to try for a yearless date, from the previous dated row of the same return: the anchor's year, then the
 * next. Chronologies run forward, so the caller takes the first that does not fall before the anchor's month.
 * @param rest the yearless date as written
 * @param anchor the previous dated row's reading
 * @param zone the zone of wall-clock dates
 * @returns the candidate texts with a year
 * @example
 * yearlessCandidates("2 May", anchorOn20Nov2018, "Europe/London") // ["2 May 2018", "2 May 2019"]
 */
export function yearlessCandidates(rest: string, anchor: DateReading, zone: string): [string, string] {
  const year = DateTime.fromMillis(anchor.start, { zone }).year;
  return [`${rest} ${year}`, `${rest} ${year + 1}`];
}

/**
 * True when a candidate reading lies no earlier than the start of the anchor's month: a yearless date that would
 * fall before it belongs to the following year.
 * @example
 * followsAnchor(reading2May2018, anchor20Nov2018, "Europe/London") // false
 */
export function followsAnchor(reading: DateReading, anchor: DateReading, zone: string): boolean {
  return reading.end > DateTime.fromMillis(anchor.start, { zone }).startOf("month").toMillis();
}
