import { formatInTimeZone } from "date-fns-tz";
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { zonedParts } from "../../src/export/zoned-parts.js";

describe("zonedParts", () => {
  it.each([
    ["2018-07-16T22:40:00.000Z", "Europe/London", { year: 2018, month: 7, day: 16, hour: 23, minute: 40 }],
    ["2018-07-16T23:00:00.000Z", "Europe/London", { year: 2018, month: 7, day: 17, hour: 0, minute: 0 }],
    ["2019-03-31T00:59:00.000Z", "Europe/London", { year: 2019, month: 3, day: 31, hour: 0, minute: 59 }],
    ["2019-03-31T01:00:00.000Z", "Europe/London", { year: 2019, month: 3, day: 31, hour: 2, minute: 0 }],
    ["2019-01-01T03:00:00.000Z", "America/New_York", { year: 2018, month: 12, day: 31, hour: 22, minute: 0 }],
    ["1899-12-31T12:00:00.000Z", "UTC", { year: 1899, month: 12, day: 31, hour: 12, minute: 0 }],
    // London in BST while New York is in its own spring-forward gap (a counterexample fast-check found).
    ["1991-04-07T01:00:00.000Z", "Europe/London", { year: 1991, month: 4, day: 7, hour: 2, minute: 0 }],
  ])("%s in %s", (instant, zone, expected) => {
    expect(zonedParts(instant, zone)).toEqual(expected);
  });

  it("gives each call its own parts, per zone, whether the instant is written or a number", () => {
    const instant = "2018-07-16T22:40:00.000Z";
    const first = zonedParts(instant, "Europe/London");
    first.hour = 0;
    expect(zonedParts(instant, "Europe/London")).toEqual({
      year: 2018,
      month: 7,
      day: 16,
      hour: 23,
      minute: 40,
    });
    expect(zonedParts(Date.parse(instant), "Europe/London")).toEqual(zonedParts(instant, "Europe/London"));
    expect(zonedParts(instant, "America/New_York")).toEqual({
      year: 2018,
      month: 7,
      day: 16,
      hour: 18,
      minute: 40,
    });
  });

  it("agrees with date-fns-tz on any instant in London and New York", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2060, 0, 1) }),
        fc.constantFrom("Europe/London", "America/New_York"),
        (ms, zone) => {
          const p = zonedParts(ms, zone);
          const ours = [p.year, p.month, p.day, p.hour, p.minute];
          // formatInTimeZone builds a Date in the machine's zone: a wall time that falls in that zone's own
          // spring-forward gap (under TZ=America/New_York) comes out an hour late. There, and only there, luxon
          // is the judge; everywhere else date-fns-tz is.
          const local = new Date(p.year, p.month - 1, p.day, p.hour, p.minute);
          const inMachineGap = local.getHours() !== p.hour || local.getMinutes() !== p.minute;
          const luxon = DateTime.fromMillis(ms, { zone });
          const oracle = inMachineGap
            ? [luxon.year, luxon.month, luxon.day, luxon.hour, luxon.minute]
            : formatInTimeZone(ms, zone, "yyyy M d H m").split(" ").map(Number);
          expect(ours).toEqual(oracle);
        },
      ),
      { numRuns: 300 },
    );
  });
});
