import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, it } from "vitest";
import { parseDate } from "../../../src/normalise/date/parse-date.js";
import { monthLong as months } from "../../../src/testing/calendar.js";

const short = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"];
const weekdays = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const pad = (n: number): string => String(n).padStart(2, "0");
const ordinal = (n: number): string =>
  `${n}${n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th")}`;

type Day = { year: number; month: number; day: number };
const styles: readonly ((d: Day) => string)[] = [
  (d) => `${pad(d.day)}/${pad(d.month)}/${d.year}`,
  (d) => `${d.day}/${d.month}/${d.year}`,
  (d) => `${pad(d.day)}.${pad(d.month)}.${d.year}`,
  (d) => `${pad(d.day)}-${pad(d.month)}-${d.year}`,
  (d) => `${ordinal(d.day)} ${months[d.month - 1]} ${d.year}`,
  (d) => `${d.day} ${short[d.month - 1]} ${d.year}`,
  (d) => `${months[d.month - 1]} ${d.day}, ${d.year}`,
  (d) => `${d.day}-${short[d.month - 1]!.toLowerCase()}-${d.year}`,
  (d) => `${d.year}-${pad(d.month)}-${pad(d.day)}`,
  (d) =>
    `${weekdays[DateTime.fromObject(d, { zone: "UTC" }).weekday]} ${d.day} ${months[d.month - 1]} ${d.year}`,
];

const day = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((d) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }));
const zone = fc.constantFrom("Europe/London", "America/New_York", "Australia/Sydney", "UTC");

describe("parseDate (properties)", () => {
  it("reads any valid day written in a supported style back to that day", () => {
    fc.assert(
      fc.property(day, fc.nat(styles.length - 1), zone, (d, style, tz) => {
        const result = parseDate(styles[style]!(d), { timezone: tz });
        const expected = DateTime.fromObject(d, { zone: tz });
        return (
          result.ok &&
          result.reading.start === expected.toMillis() &&
          result.reading.end === expected.plus({ days: 1 }).toMillis() &&
          result.reading.precision === "day"
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("reads a two-digit year back within the pivot's century", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 99 }), (d, pivot) => {
        const yy = d.year % 100;
        const result = parseDate(`${pad(d.day)}/${pad(d.month)}/${pad(yy)}`, { pivot });
        const year = yy < pivot ? 2000 + yy : 1900 + yy;
        if (year !== d.year) return true;
        return (
          result.ok && result.reading.start === DateTime.fromObject(d, { zone: "Europe/London" }).toMillis()
        );
      }),
      { numRuns: 500 },
    );
  });

  it("reads any wall time of a day back to that minute, outside clock changes, in any zone", () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        zone,
        (d, hour, minute, tz) => {
          const expected = DateTime.fromObject({ ...d, hour, minute }, { zone: tz });
          const hourBefore = expected.minus({ hours: 1 });
          if (expected.hour !== hour || expected.offset !== hourBefore.offset) return true;
          if (expected.offset !== expected.plus({ hours: 1 }).offset) return true;
          const result = parseDate(`${pad(d.day)}/${pad(d.month)}/${d.year} ${pad(hour)}:${pad(minute)}`, {
            timezone: tz,
          });
          return (
            result.ok && result.reading.start === expected.toMillis() && result.reading.precision === "minute"
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("reads any month written as a month and year back to that whole month", () => {
    const monthStyles: readonly ((y: number, m: number) => string)[] = [
      (y, m) => `${months[m - 1]} ${y}`,
      (y, m) => `${short[m - 1]} ${y}`,
      (y, m) => `${short[m - 1]}-${pad(y % 100)}`,
      (y, m) => `${pad(m)}/${y}`,
      (y, m) => `${y}-${pad(m)}`,
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 2049 }),
        fc.integer({ min: 1, max: 12 }),
        fc.nat(monthStyles.length - 1),
        (year, month, style) => {
          const result = parseDate(monthStyles[style]!(year, month));
          const start = DateTime.fromObject({ year, month }, { zone: "Europe/London" });
          return (
            result.ok &&
            result.reading.start === start.toMillis() &&
            result.reading.end === start.plus({ months: 1 }).toMillis() &&
            result.reading.precision === "month"
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("reads any season back to its three UK meteorological months", () => {
    const seasons = [
      ["Spring", 3],
      ["Summer", 6],
      ["Autumn", 9],
      ["Winter", 12],
    ] as const;
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2099 }), fc.nat(3), (year, index) => {
        const [name, first] = seasons[index]!;
        const result = parseDate(`${name} ${year}`);
        const start = DateTime.fromObject({ year, month: first }, { zone: "Europe/London" });
        return (
          result.ok &&
          result.reading.start === start.toMillis() &&
          result.reading.end === start.plus({ months: 3 }).toMillis() &&
          result.reading.precision === "season"
        );
      }),
      { numRuns: 500 },
    );
  });

  it("reads month-first text back when the order says mdy", () => {
    fc.assert(
      fc.property(day, (d) => {
        const result = parseDate(`${d.month}/${d.day}/${d.year}`, { dateOrder: "mdy" });
        return (
          result.ok && result.reading.start === DateTime.fromObject(d, { zone: "Europe/London" }).toMillis()
        );
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const result = parseDate(text);
        return result.ok ? result.reading.start < result.reading.end : result.reason.length > 0;
      }),
      { numRuns: 2000 },
    );
  });
});
