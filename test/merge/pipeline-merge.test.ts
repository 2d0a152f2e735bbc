import { describe, expect, it } from "vitest";
import { buildChronology } from "../../src/pipeline/build-chronology.js";
import { csvReturn } from "./helpers.js";

const sarah = `"Sarah Jones (mother, DOB 12/04/1990); Liam Jones (child, DOB 01/02/2018)"`;
const overnight = [
  csvReturn("Police", "police.csv", [
    `03/03/2019,23:40,${sarah},"Domestic incident, Sarah assaulted by partner, facial injury, Liam present"`,
  ]),
  csvReturn("Ambulance", "ambulance.csv", [
    `03/03/2019,23:52,"Sarah Jones (DOB 12/04/1990)","Female with facial injury after assault by partner, conveyed to ED"`,
  ]),
  csvReturn("ED", "ed.csv", [
    `04/03/2019,00:15,"Sarah Jones (DOB 12/04/1990)","Attended with facial injury, states assaulted by partner"`,
  ]),
];

describe("buildChronology (merging)", () => {
  it("makes one event of the overnight incident the three returns report", () => {
    const document = buildChronology(overnight);
    expect(document.events).toHaveLength(1);
    expect(document.events[0]!.agencies).toEqual(["Ambulance", "ED", "Police"]);
    expect(document.stats).toMatchObject({ inputRows: 3, events: 1 });
  });

  it("reports a return given twice as duplicate rows and keeps one event per row", () => {
    const police = overnight[0]!;
    const document = buildChronology([police, { ...police, file: "police-resent.csv" }]);
    expect(document.events).toHaveLength(1);
    expect(document.events[0]!.sources).toHaveLength(2);
    expect(document.issues.filter((i) => i.code === "duplicate_row").map((i) => i.file)).toEqual([
      "police.csv",
    ]);
  });

  it("raises a conflict flag for day and month swapped between two returns", () => {
    const document = buildChronology([
      csvReturn("Police", "police.csv", [
        `04/06/2019,21:10,${sarah},"Domestic assault, Sarah hit by partner, cut to lip"`,
      ]),
      csvReturn("ED", "ed.csv", [
        `06/04/2019,22:05,${sarah},"Attended with cut to lip after assault by partner"`,
      ]),
    ]);
    expect(document.events).toHaveLength(2);
    const conflicts = document.flags.filter((f) => f.kind === "conflict");
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.events).toEqual(document.events.map((e) => e.id));
    expect(conflicts[0]!.message).toContain("the day and month of one date look swapped");
  });

  it("takes the merge threshold from its options", () => {
    expect(buildChronology(overnight, { merge: { threshold: 1 } }).events).toHaveLength(3);
  });
});
