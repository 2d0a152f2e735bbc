import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { offsetAt, wallToUtc, zoneOf } from "../../../src/normalise/date/zone-offsets.js";

const zones = [
  "Europe/London",
  "America/New_York",
  "Australia/Sydney",
  "Africa/Casablanca",
  "Asia/Kolkata",
  "America/Sao_Paulo",
  "Pacific/Chatham",
  "Europe/Dublin",
  "Asia/Tehran",
  "America/St_Johns",
];

describe("offsetAt", () => {
  it("agrees with luxon's offset at any instant from 1950 to 2049 in zones with odd rules", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2049, 11, 31) }),
        (name, ts) => {
          const zone = zoneOf(name)!;
          return offsetAt(zone, ts) === zone.offset(ts) * 60_000;
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe("wallToUtc", () => {
  it("returns the instant whose wall time is the one given, outside clock changes", () => {
    const zone = zoneOf("Europe/London")!;
    const local = Date.UTC(2019, 6, 1, 14, 5);
    expect(wallToUtc(zone, local)).toEqual({ ts: Date.UTC(2019, 6, 1, 13, 5), ambiguous: undefined });
  });

  it("reads a skipped time with the offset before the change", () => {
    const zone = zoneOf("Europe/London")!;
    expect(wallToUtc(zone, Date.UTC(2019, 2, 31, 1, 30))).toEqual({
      ts: Date.UTC(2019, 2, 31, 1, 30),
      ambiguous: "nonexistent",
    });
  });

  it("reads a repeated time as its first occurrence", () => {
    const zone = zoneOf("Europe/London")!;
    expect(wallToUtc(zone, Date.UTC(2019, 9, 27, 1, 30))).toEqual({
      ts: Date.UTC(2019, 9, 27, 0, 30),
      ambiguous: "repeated",
    });
  });
});
