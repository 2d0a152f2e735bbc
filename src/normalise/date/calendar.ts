import { DateTime } from "luxon";

/** Calendar parts of a wall-clock date; absent parts widen the interval. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}

/** Whether a Gregorian year has 29 February. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Why parts are not a real calendar date, as luxon words it, or undefined when they are. */
export function invalidParts(parts: DateParts): { reason: string; explanation: string } | undefined {
  const { year, month = 1, day = 1, hour = 0, minute = 0 } = parts;
  const ok =
    Number.isInteger(year) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour >= 0 &&
    hour <= 23 &&
    minute >= 0 &&
    minute <= 59;
  if (ok) return undefined;
  // Only on the failure path: luxon names what is wrong (convention: keep its invalidReason).
  const check = DateTime.fromObject({ year, month, day, hour, minute }, { zone: "UTC" });
  return {
    reason: check.invalidReason ?? "unit out of range",
    explanation: check.invalidExplanation ?? `${year}-${month}-${day} ${hour}:${minute} is not a date`,
  };
}

/** The year of a written year: two digits go through the pivot (below it 20xx, else 19xx). */
export function fullYear(year: string, pivot: number): number {
  if (year.length !== 2) return Number(year);
  const yy = Number(year);
  return yy < pivot ? 2000 + yy : 1900 + yy;
}

/** Adds days to a calendar day, returning the new calendar day. */
export function addDays(
  day: { year: number; month: number; day: number },
  days: number,
): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Weekday of a calendar day, 1 = Monday ... 7 = Sunday (ISO). */
export function isoWeekday(year: number, month: number, day: number): number {
  const d = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return d === 0 ? 7 : d;
}
