import { describe, expect, it } from "vitest";
import { buildChronology } from "../../src/pipeline/build-chronology.js";

describe("dateBeforeBirthIssues", () => {
  it("warns of a subject's event dated before their birth and keeps it", () => {
    const content =
      'Date,Person,Details\n21/02/2014,"Liam Jones (child, DOB 12/04/2015)",Seen\n21/05/2016,"Liam Jones (child, DOB 12/04/2015)",Seen\n';
    const doc = buildChronology([{ file: "gp.csv", agency: "GP", content }], { subjects: ["Liam Jones"] });
    expect(doc.stats.events).toBe(2);
    expect(doc.issues.filter((i) => i.code === "date_before_birth").map((i) => i.row)).toEqual([1]);
  });
});
