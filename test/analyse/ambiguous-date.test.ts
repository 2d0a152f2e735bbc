import { describe, expect, it } from "vitest";
import { ambiguousDateCheck } from "../../src/analyse/ambiguous-date.js";
import { buildChronology } from "../../src/pipeline/build-chronology.js";

const police =
  "Date,Time,Person,Details\n27/10/2019,01:30,Sarah Jones (mother),Call-out\n31/03/2019,01:30,Sarah Jones (mother),Call-out\n01/06/2019,01:30,Sarah Jones (mother),Call-out\n";

describe("ambiguousDateCheck", () => {
  it("flags each row whose time a clock change skipped or repeated, naming file and row", () => {
    const doc = buildChronology([{ file: "police.csv", agency: "Police", content: police }]);
    const flags = doc.flags.filter((f) => f.kind === "ambiguous-date");
    expect(flags.map((f) => f.message)).toEqual([
      'police.csv row 2: "31/03/2019 01:30" does not exist (the clocks went forward); read with the offset before the change, so it moves forward by the gap',
      'police.csv row 1: "27/10/2019 01:30" happened twice (the clocks went back); read as the first',
    ]);
    const byRow = new Map(doc.events.map((e) => [e.sources[0]?.row, e]));
    expect(flags.map((f) => f.events)).toEqual([[byRow.get(2)?.id], [byRow.get(1)?.id]]);
    expect(doc.issues.filter((i) => i.code === "ambiguous_time").map((i) => i.row)).toEqual([1, 2]);
  });

  it.each([
    ["declared month-first", "mdy", ["06/07/2019", "12/11/2019"]],
    ["detected month-first", undefined, ["05/13/2019", "06/07/2019", "12/11/2019"]],
  ] as const)(
    "flags each a/b/yyyy with both parts <= 12 in a %s return, with both readings",
    (_, order, dates) => {
      const content = `Date,Person,Details\n${dates.map((d) => `${d},Kai Lane (child),Seen`).join("\n")}\n`;
      const doc = buildChronology([
        { file: "us.csv", agency: "Clinic", content, ...(order === undefined ? {} : { dateOrder: order }) },
      ]);
      const flags = doc.flags.filter((f) => f.kind === "ambiguous-date");
      const first = dates.length - 2;
      expect(flags.map((f) => f.message)).toEqual([
        `us.csv row ${first + 1}: "06/07/2019" has day and month both 12 or under in a month-first return: read as 7 June 2019 (month-first), day-first it would be 6 July 2019`,
        `us.csv row ${first + 2}: "12/11/2019" has day and month both 12 or under in a month-first return: read as 11 December 2019 (month-first), day-first it would be 12 November 2019`,
      ]);
      const byRow = new Map(doc.events.map((e) => [e.sources[0]?.row, e]));
      expect(flags.map((f) => f.events)).toEqual([[byRow.get(first + 1)?.id], [byRow.get(first + 2)?.id]]);
    },
  );

  it("does not flag a day-first return, nor a date that reads the same both ways", () => {
    const content =
      "Date,Person,Details\n06/07/2019,Kai Lane (child),Seen\n25/12/2019,Kai Lane (child),Seen\n";
    const mdy = "Date,Person,Details\n06/06/2019,Kai Lane (child),Seen\n";
    const doc = buildChronology([
      { file: "uk.csv", agency: "School", content },
      { file: "us.csv", agency: "Clinic", content: mdy, dateOrder: "mdy" },
    ]);
    expect(doc.flags.filter((f) => f.kind === "ambiguous-date")).toEqual([]);
  });

  it("returns no flag when no time is ambiguous", () => {
    expect(ambiguousDateCheck([], [])).toEqual([]);
  });
});
