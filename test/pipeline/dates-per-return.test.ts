import { describe, expect, it } from "vitest";
import { buildChronology } from "../../src/pipeline/build-chronology.js";

describe("buildChronology (date readings per return)", () => {
  it("reads 24:00 in a time column as 00:00 of the next day", () => {
    const doc = buildChronology([
      {
        file: "p.csv",
        agency: "Police",
        content: "Date,Time,Person,Details\n01/06/2019,24:00,Kai Lane (child),Call\n",
      },
    ]);
    expect(doc.events.map((e) => e.start)).toEqual(["2019-06-01T23:00:00.000Z"]);
  });

  it("rejects a mistyped year as impossible_date rather than keeping it with a warning", () => {
    const doc = buildChronology([
      { file: "p.csv", agency: "Police", content: "Date,Person,Details\n07/05/0019,Kai Lane (child),Call\n" },
    ]);
    expect(doc.events).toEqual([]);
    expect(doc.rejected.map((r) => [r.row, r.code])).toEqual([[1, "impossible_date"]]);
  });

  it("says when a return is read month-first although no order is declared, naming the proving value", () => {
    const content = "Date,Person,Details\n05/13/2019,Kai Lane (child),a\n06/07/2019,Kai Lane (child),b\n";
    const doc = buildChronology([{ file: "a.csv", agency: "Clinic", content }]);
    const detected = doc.issues.filter((i) => i.code === "date_order_detected");
    expect(detected.map((i) => [i.severity, i.row, i.input])).toEqual([["warning", 1, "05/13/2019"]]);
    expect(doc.flags.filter((f) => f.kind === "ambiguous-date").map((f) => f.message)).toEqual([
      'a.csv row 2: "06/07/2019" has day and month both 12 or under in a month-first return: read as 7 June 2019 (month-first), day-first it would be 6 July 2019',
    ]);
  });

  it("does not mutate its input sources", () => {
    const sources = [
      { file: "a.csv", agency: "Clinic", content: "Date,Person,Details\n05/13/2019,Kai Lane (child),a\n" },
    ];
    const copy = structuredClone(sources);
    buildChronology(sources);
    expect(sources).toEqual(copy);
  });
});
