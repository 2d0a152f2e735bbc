import { describe, expect, it } from "vitest";
import type { RawRecord } from "../../../src/model/source.js";
import { planSourceDates } from "../../../src/normalise/date/source-dates.js";
import { buildChronology } from "../../../src/pipeline/build-chronology.js";

const raw = (row: number, date: string): RawRecord => ({
  source: { agency: "GP", file: "gp.csv", row },
  fields: { date, summary: "Seen" },
  columns: { date: "Date" },
  extra: {},
});

const csv = (rows: readonly string[]): string =>
  `Date,Patient,Details\n${rows.map((r, i) => `${r},Liam Jones (child),Entry ${i + 1}`).join("\n")}\n`;

describe("planSourceDates", () => {
  it("detects the order and reports contradictions with provenance", () => {
    const plan = planSourceDates([raw(1, "12/25/2012"), raw(2, "05/07/2012")], "dmy");
    expect(plan.dateOrder).toBe("mdy");
    expect(plan.issues.map((i) => [i.code, i.file, i.column, i.severity])).toEqual([
      ["date_order_contradicts_declaration", "gp.csv", "Date", "warning"],
    ]);
  });

  it("reports an order detected against the day-first default on the row whose value proves it", () => {
    const plan = planSourceDates([raw(1, "06/07/2019"), raw(2, "05/13/2019")], undefined);
    expect(plan.dateOrder).toBe("mdy");
    expect(plan.issues.map((i) => [i.code, i.severity, i.row, i.input])).toEqual([
      ["date_order_detected", "warning", 2, "05/13/2019"],
    ]);
    expect(plan.issues[0]?.message).toContain("gp.csv (row 2)");
  });

  it("turns on Excel serials for a serial column", () => {
    expect(planSourceDates([raw(1, "43567"), raw(2, "43568.25")], undefined).excelSerial).toBe(true);
  });

  it("does not mutate its input", () => {
    const records = [raw(1, "07/05/2012")];
    const copy = structuredClone(records);
    planSourceDates(records, undefined);
    expect(records).toEqual(copy);
  });
});

describe("buildChronology (dates per return)", () => {
  it("resolves relative dates against the previous dated row and records the anchor", () => {
    const doc = buildChronology([
      {
        file: "csc.csv",
        agency: "CSC",
        content: csv(["12/03/2019", "the following day", "four days later"]),
      },
    ]);
    expect(doc.rejected).toEqual([]);
    expect(doc.events.map((e) => [e.start, e.dateText[0]])).toEqual([
      ["2019-03-12T00:00:00.000Z", "12/03/2019"],
      ["2019-03-13T00:00:00.000Z", "the following day"],
      ["2019-03-17T00:00:00.000Z", "four days later"],
    ]);
  });

  it("rejects a relative date with no earlier dated row, with a code", () => {
    const doc = buildChronology([
      { file: "csc.csv", agency: "CSC", content: csv(["the next day", "12/03/2019"]) },
    ]);
    expect(doc.rejected).toEqual([
      { file: "csc.csv", row: 1, code: "relative_date_without_anchor", reason: expect.any(String) },
    ]);
  });

  it("reads a return month-first when its values prove it, and says so", () => {
    const doc = buildChronology([
      { file: "us.csv", agency: "US", content: csv(["12/25/2012", "05/07/2012"]) },
    ]);
    expect(doc.events.map((e) => e.start)).toEqual(["2012-05-06T23:00:00.000Z", "2012-12-25T00:00:00.000Z"]);
    expect(doc.issues.some((i) => i.code === "date_order_contradicts_declaration")).toBe(false);
  });

  it("warns row by row of day/month ambiguity when nothing proves the order", () => {
    const doc = buildChronology([
      { file: "gp.csv", agency: "GP", content: csv(["07/05/2012", "03/04/2012"]) },
    ]);
    const codes = doc.issues.map((i) => [i.code, i.row]);
    expect(codes).toContainEqual(["date_order_undetermined", null]);
    expect(codes).toContainEqual(["ambiguous_date", 1]);
    expect(codes).toContainEqual(["ambiguous_date", 2]);
  });

  it("keeps a date after the review's end with a warning", () => {
    const doc = buildChronology(
      [{ file: "gp.csv", agency: "GP", content: csv(["25/12/2012", "25/12/2031"]) }],
      {
        to: "2020-12-31",
      },
    );
    expect(doc.stats.events).toBe(2);
    expect(doc.issues.filter((i) => i.code === "date_after_review").map((i) => i.row)).toEqual([2]);
  });

  it("judges dates against a today option when there is no end of review, never the clock", () => {
    const doc = buildChronology(
      [{ file: "gp.csv", agency: "GP", content: csv(["25/12/2012", "25/12/2013"]) }],
      {
        today: "2013-01-01",
      },
    );
    expect(doc.issues.filter((i) => i.code === "date_after_review").map((i) => i.row)).toEqual([2]);
  });

  it("reads an Excel serial date column", () => {
    const doc = buildChronology([{ file: "gp.csv", agency: "GP", content: csv(["43567", "43568.5"]) }]);
    expect(doc.events.map((e) => [e.start, e.precision])).toEqual([
      ["2019-04-11T23:00:00.000Z", "day"],
      ["2019-04-13T11:00:00.000Z", "minute"],
    ]);
  });
});
