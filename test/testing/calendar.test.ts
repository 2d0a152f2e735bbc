import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { civil, dayNumber, formatDay, formatMinute, parseIsoDay } from "../../src/testing/calendar.js";

describe("dayNumber", () => {
  it("agrees with Date.UTC for every day from 1900 to 2100 (round trip through civil)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 47_482 }), (days) => {
        const date = new Date(days * 86_400_000);
        const ymd = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
        expect(civil(days)).toEqual(ymd);
        expect(dayNumber(ymd)).toBe(days);
      }),
    );
  });
});

describe("formatDay", () => {
  const day = parseIsoDay("2019-05-07");
  it.each([
    ["dd/mm/yyyy", false, "07/05/2019"],
    ["dd/mm/yyyy", true, "05/07/2019"],
    ["d/m/yy", false, "7/5/19"],
    ["dd.mm.yyyy", false, "07.05.2019"],
    ["d MMM yyyy", false, "7 May 2019"],
    ["d MMMM yyyy", false, "7 May 2019"],
    ["iso", false, "2019-05-07"],
  ] as const)("writes %s (swapped: %s) as %s", (style, swap, expected) => {
    expect(formatDay(day, style, swap)).toBe(expected);
  });

  it("writes minutes as HH:mm", () => {
    expect(formatMinute(23 * 60 + 5)).toBe("23:05");
  });

  it("rejects a date that is not yyyy-mm-dd", () => {
    expect(() => parseIsoDay("7/5/2019")).toThrow(RangeError);
  });
});
