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

  it("returns no flag when no time is ambiguous", () => {
    expect(ambiguousDateCheck([], [])).toEqual([]);
  });
});
