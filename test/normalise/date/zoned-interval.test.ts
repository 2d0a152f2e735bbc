import { describe, expect, it } from "vitest";
import { zonedInterval } from "../../../src/normalise/date/zoned-interval.js";

describe("zonedInterval", () => {
  it.each([
    [{ year: 2019, month: 7, day: 1 }, "2019-06-30T23:00:00.000Z", "2019-07-01T23:00:00.000Z", "day"],
    [{ year: 2019, month: 3, day: 31 }, "2019-03-31T00:00:00.000Z", "2019-03-31T23:00:00.000Z", "day"],
    [{ year: 2019, month: 10, day: 27 }, "2019-10-26T23:00:00.000Z", "2019-10-28T00:00:00.000Z", "day"],
    [{ year: 2019, month: 2 }, "2019-02-01T00:00:00.000Z", "2019-03-01T00:00:00.000Z", "month"],
    [{ year: 2019 }, "2019-01-01T00:00:00.000Z", "2020-01-01T00:00:00.000Z", "year"],
    [
      { year: 2019, month: 7, day: 1, hour: 14 },
      "2019-07-01T13:00:00.000Z",
      "2019-07-01T14:00:00.000Z",
      "hour",
    ],
  ])("covers %j in London as [%s, %s) at %s precision", (parts, start, end, precision) => {
    const interval = zonedInterval(parts, "Europe/London");
    if (!interval.ok) throw new Error(interval.reason);
    expect([new Date(interval.start).toISOString(), new Date(interval.end).toISOString()]).toEqual([
      start,
      end,
    ]);
    expect(interval.precision).toBe(precision);
  });

  it("names a skipped and a repeated time", () => {
    const skipped = zonedInterval({ year: 2019, month: 3, day: 31, hour: 1, minute: 30 }, "Europe/London");
    const repeated = zonedInterval({ year: 2019, month: 10, day: 27, hour: 1, minute: 30 }, "Europe/London");
    expect(skipped.ok && skipped.ambiguousTime).toBe("nonexistent");
    expect(repeated.ok && repeated.ambiguousTime).toBe("repeated");
    expect(repeated.ok && new Date(repeated.start).toISOString()).toBe("2019-10-27T00:30:00.000Z");
  });

  it("returns luxon's reason for a day that does not exist", () => {
    const interval = zonedInterval({ year: 2019, month: 2, day: 29 }, "Europe/London");
    expect(interval.ok ? "" : interval.reason).toBe("unit out of range");
  });

  it("reads days in a zone with a half-hour offset", () => {
    const interval = zonedInterval({ year: 2020, month: 1, day: 1 }, "Asia/Kolkata");
    expect(interval.ok && new Date(interval.start).toISOString()).toBe("2019-12-31T18:30:00.000Z");
  });
});
