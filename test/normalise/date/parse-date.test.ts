import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { parseDate } from "../../../src/normalise/date/parse-date.js";
import { dateTable } from "./date-table.js";

const zone = "Europe/London";
const local = (text: string): number => DateTime.fromISO(text, { zone }).toMillis();

describe("parseDate", () => {
  it("has a table of at least 200 date strings", () => {
    expect(dateTable.length).toBeGreaterThanOrEqual(200);
  });

  it.each(dateTable)(
    "reads %j as [%s, %s) at %s precision (flags %j)",
    (text, start, end, precision, flags) => {
      const result = parseDate(text);
      if (!result.ok) throw new Error(result.reason);
      expect(new Date(result.reading.start).toISOString()).toBe(new Date(local(start)).toISOString());
      expect(new Date(result.reading.end).toISOString()).toBe(new Date(local(end)).toISOString());
      expect(result.reading.precision).toBe(precision);
      expect(result.reading.approximate).toBe(flags.includes("a"));
      expect(result.reading.uncertain).toBe(flags.includes("u"));
      expect(result.reading.text).toBe(text);
    },
  );

  it.each([
    ["31/02/2019", "impossible_date"],
    ["29/02/2019", "impossible_date"],
    ["32/01/2019", "impossible_date"],
    ["00/01/2019", "impossible_date"],
    ["15/13/2019", "impossible_date"],
    ["2019-02-30", "impossible_date"],
    ["31 June 2019", "impossible_date"],
    ["07/05/2012 25:00", "unreadable_date"],
    ["between 7 July and 26 April 1999", "impossible_date"],
    ["garbage", "unreadable_date"],
    ["", "unreadable_date"],
    ["12/2019/05", "unreadable_date"],
    ["Smarch 2019", "unreadable_date"],
    ["2 May", "relative_date_without_anchor"],
    ["early June", "relative_date_without_anchor"],
    ["May 20", "relative_date_without_anchor"],
    ["the following day", "relative_date_without_anchor"],
    ["four days later", "relative_date_without_anchor"],
    ["07/05/0019", "impossible_date"],
    ["07/05/019", "impossible_date"],
    ["7 May 0019", "impossible_date"],
    ["0019-05-07", "impossible_date"],
    ["0990s", "impossible_date"],
    ["3-1 June 2019", "impossible_date"],
    ["Q5 2019", "unreadable_date"],
    ["01/06/2019 24:01", "unreadable_date"],
  ])("rejects %j with %s", (text, code) => {
    const result = parseDate(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe(code);
  });

  it("names a year under 1000 as a mistyped year, unless notBefore allows it", () => {
    const typo = parseDate("07/05/0019");
    expect(typo.ok ? undefined : typo.reason).toContain("mistyped year");
    const allowed = parseDate("07/05/0019", { notBefore: Date.parse("0001-01-01T00:00:00Z") });
    expect(allowed.ok).toBe(true);
  });

  it("records both readings of an a/b/yyyy read month-first, and none day-first", () => {
    const mdy = parseDate("06/07/2019", { dateOrder: "mdy" });
    expect(mdy.ok && mdy.reading.dayMonthSwap).toEqual({ read: "2019-06-07", other: "2019-07-06" });
    const timed = parseDate("06/07/2019 14:05", { dateOrder: "mdy" });
    expect(timed.ok && timed.reading.dayMonthSwap).toEqual({ read: "2019-06-07", other: "2019-07-06" });
    for (const [text, order] of [
      ["06/07/2019", "dmy"],
      ["06/06/2019", "mdy"],
      ["05/13/2019", "mdy"],
    ] as const) {
      const result = parseDate(text, { dateOrder: order });
      expect(result.ok && result.reading.dayMonthSwap).toBeUndefined();
    }
  });

  it("keeps luxon's invalidReason for an impossible date", () => {
    const result = parseDate("31/02/2019");
    expect(result.ok ? undefined : result.invalidReason).toBe("unit out of range");
  });

  it("reads month-first when the source is declared month-first", () => {
    const result = parseDate("05/07/2012", { dateOrder: "mdy" });
    expect(result.ok && result.reading.start).toBe(local("2012-05-07"));
  });

  it("reads year-first two-digit dates when the source is declared ymd", () => {
    const result = parseDate("12/05/07", { dateOrder: "ymd" });
    expect(result.ok && result.reading.start).toBe(local("2012-05-07"));
  });

  it.each([
    ["16/07/49", 30, "1949-07-16"],
    ["16/07/29", 30, "2029-07-16"],
    ["16/07/06", 50, "2006-07-16"],
    ["3/2/67", 50, "1967-02-03"],
  ])("resolves the two-digit year of %j with pivot %i to %s", (text, pivot, day) => {
    const result = parseDate(text, { pivot });
    expect(result.ok && result.reading.start).toBe(local(day));
  });

  it.each([
    ["Monday 2 May 2006", "weekday_mismatch"],
    ["22.05/16", "mixed_date_separators"],
    ["31/03/2019 01:30", "ambiguous_time"],
    ["27/10/2019 01:30", "ambiguous_time"],
  ])("reads %j and warns %s", (text, code) => {
    const result = parseDate(text);
    expect(result.ok && result.warnings.map((w) => w.code)).toEqual([code]);
  });

  it("warns of a/b/yyyy with both parts <= 12 only when the source's order is not known", () => {
    const unknown = parseDate("07/05/2012", { dateOrderKnown: false });
    const known = parseDate("07/05/2012");
    const proven = parseDate("17/05/2012", { dateOrderKnown: false });
    expect(unknown.ok && unknown.warnings.map((w) => w.code)).toEqual(["ambiguous_date"]);
    expect(known.ok && known.warnings).toEqual([]);
    expect(proven.ok && proven.warnings).toEqual([]);
  });

  it("reads an ISO instant with an offset whatever the zone option", () => {
    const result = parseDate("2019-03-07T14:05:00+01:00", { timezone: "America/New_York" });
    expect(result.ok && result.reading.start).toBe(Date.UTC(2019, 2, 7, 13, 5));
    expect(result.ok && result.reading.precision).toBe("minute");
  });

  it("reads wall times in the zone it is given", () => {
    const result = parseDate("07/05/2012 14:05", { timezone: "America/New_York" });
    expect(result.ok && result.reading.start).toBe(Date.UTC(2012, 4, 7, 18, 5));
  });

  it.each([
    ["43567", "2019-04-12", "day"],
    ["43567.5", "2019-04-12T12:00", "minute"],
    ["36526", "2000-01-01", "day"],
    ["2016", "2016-01-01", "year"],
  ])("reads the Excel serial %j as %s when the column holds serials", (text, start, precision) => {
    const result = parseDate(text, { excelSerial: true });
    expect(result.ok && result.reading.start).toBe(local(start));
    expect(result.ok && result.reading.precision).toBe(precision);
  });

  it("does not read a bare number as an Excel serial unless told", () => {
    expect(parseDate("43567").ok).toBe(false);
  });

  it.each([
    ["the following day", "2019-03-13", "2019-03-14"],
    ["the next day", "2019-03-13", "2019-03-14"],
    ["four days later", "2019-03-16", "2019-03-17"],
    ["a month later", "2019-04-12", "2019-04-13"],
    ["22 days before the conference", "2019-02-18", "2019-02-19"],
    ["the same day", "2019-03-12", "2019-03-13"],
    ["two weeks later", "2019-03-26", "2019-03-27"],
    ["the previous day", "2019-03-11", "2019-03-12"],
  ])("resolves %j against its anchor to [%s, %s)", (text, start, end) => {
    const anchorRead = parseDate("12/03/2019 14:05");
    if (!anchorRead.ok) throw new Error("anchor");
    const result = parseDate(text, { anchor: { reading: anchorRead.reading, file: "gp.csv", row: 3 } });
    if (!result.ok) throw new Error(result.reason);
    expect([result.reading.start, result.reading.end]).toEqual([local(start), local(end)]);
    expect(result.reading.precision).toBe("day");
    expect(result.reading.anchor).toEqual({ file: "gp.csv", row: 3 });
  });

  it("keeps a coarse anchor's precision: a month later than March 2019 is April 2019", () => {
    const anchorRead = parseDate("March 2019");
    if (!anchorRead.ok) throw new Error("anchor");
    const result = parseDate("a month later", { anchor: { reading: anchorRead.reading, file: "x", row: 1 } });
    expect(result.ok && [result.reading.start, result.reading.end, result.reading.precision]).toEqual([
      local("2019-04-01"),
      local("2019-05-01"),
      "month",
    ]);
  });

  it("warns of dates after the review's end and before 1900, and keeps them", () => {
    const future = parseDate("01/01/2031", { notAfter: local("2030-01-01") });
    const old = parseDate("1899");
    expect(future.ok && future.warnings.map((w) => w.code)).toEqual(["date_after_review"]);
    expect(old.ok && old.warnings.map((w) => w.code)).toEqual(["date_before_1900"]);
  });

  it("returns the same reading under any machine zone (no clock or TZ read)", () => {
    const a = parseDate("07/05/2012 14:05");
    expect(a.ok && a.reading.start).toBe(Date.UTC(2012, 4, 7, 13, 5));
  });

  it("rejects an unknown zone with invalid_option", () => {
    const result = parseDate("07/05/2012", { timezone: "Mars/Olympus" });
    expect(result.ok ? "" : result.code).toBe("invalid_option");
  });

  it("does not mutate its options", () => {
    const options = Object.freeze({ dateOrder: "dmy" as const, pivot: 50 });
    expect(() => parseDate("07/05/2012", options)).not.toThrow();
  });
});
