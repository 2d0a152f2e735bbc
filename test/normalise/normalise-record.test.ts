import { describe, expect, it } from "vitest";
import type { RawRecord } from "../../src/model/source.js";
import { normaliseRecord } from "../../src/normalise/normalise-record.js";

function raw(fields: RawRecord["fields"], columns: RawRecord["columns"] = { date: "Date" }): RawRecord {
  return { source: { agency: "Police", file: "police.csv", row: 4 }, fields, columns, extra: {} };
}

describe("normaliseRecord", () => {
  it("joins a separate time cell to the day, in Europe/London", () => {
    const result = normaliseRecord(raw({ date: "16/07/2018", time: "23:40", summary: "Call-out" }));
    expect(result.ok && result.record.date).toMatchObject({
      start: Date.UTC(2018, 6, 16, 22, 40),
      precision: "minute",
      text: "16/07/2018 23:40",
    });
  });

  it("keeps the day and warns when the time cell is not a time", () => {
    const result = normaliseRecord(
      raw({ date: "16/07/2018", time: "late", summary: "x" }, { date: "Date", time: "Time" }),
    );
    expect(result.ok && result.record.date.precision).toBe("day");
    expect(result.issues).toMatchObject([
      { code: "unreadable_date", severity: "warning", row: 4, column: "Time", input: "late" },
    ]);
  });

  it.each([
    [{ date: "" }, "missing_date", "the date is empty"],
    [{ date: "whenever" }, "unreadable_date", '"whenever" matches no known date style'],
    [{ date: "31/02/2019" }, "impossible_date", '"31/02/2019" is not a real date'],
  ])("rejects %j with %s", (fields, code, reason) => {
    const result = normaliseRecord(raw(fields));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe(code);
      expect(result.reason).toContain(reason);
      expect(result.issues[0]).toMatchObject({ code, file: "police.csv", row: 4, column: "Date" });
    }
  });

  it("says when the return has no date column at all", () => {
    const result = normaliseRecord(raw({ summary: "x" }, {}));
    expect(!result.ok && result.reason).toBe("the return has no date column");
  });

  it("reads a month-first source when the record says so", () => {
    const record = { ...raw({ date: "05/07/2012" }), dateOrder: "mdy" as const };
    const result = normaliseRecord(record);
    expect(result.ok && new Date(result.record.date.start).toISOString()).toBe("2012-05-06T23:00:00.000Z");
  });

  it("marks an author's note from a source cell beginning with #", () => {
    const result = normaliseRecord(
      raw({ date: "01/02/2019", agency: "# Review author", summary: "Gap in HV records" }),
    );
    expect(result.ok && result.record.note).toBe(true);
  });

  it("applies DOB and NHS columns to the one person a row names, and reports a bad NHS number", () => {
    const result = normaliseRecord(
      raw(
        { date: "01/02/2019", people: "Liam JONES", dob: "03/02/2017", nhs: "999 203 1270" },
        { date: "Date", nhs: "NHS No" },
      ),
    );
    expect(result.ok && result.record.people[0]).toMatchObject({
      name: "Liam Jones",
      dob: "2017-02-03",
      nhs: "9992031270",
      nhsValid: false,
    });
    expect(result.issues).toMatchObject([{ code: "invalid_nhs_number", column: "NHS No" }]);
  });

  it("does not mutate the raw record", () => {
    const record = raw({ date: "16/07/2018", time: "23:40", people: "Sarah JONES (mother)" });
    const before = structuredClone(record);
    normaliseRecord(record);
    expect(record).toEqual(before);
  });
});
