import { describe, expect, it } from "vitest";
import { buildChronology } from "../../src/pipeline/build-chronology.js";

const police = [
  "Date,Person(s) involved,Details",
  '16/07/2018,"Sarah Jones (mother, DOB 12/04/1990); Liam Jones (child, DOB 03/02/2017)","Domestic. Assaulted by partner. Both drunk."',
  '25/07/2018,"Sarah Jones (mother, DOB 12/04/1990)","Low mood and anxiety, started sertraline."',
  '20/03/2018,"Liam Jones (child, DOB 03/02/2017)","WNB for imms."',
  '24/04/2018,"Liam Jones (child, DOB 03/02/2017)","WNB for imms, 2nd appt."',
].join("\n");
const sources = [{ file: "police.csv", agency: "Police", content: `${police}\n` }];

describe("buildChronology check options", () => {
  it("names the risk combination with the review's label", () => {
    const document = buildChronology(sources, { riskLabel: "trilogy of risk" });
    const risk = document.flags.filter((f) => f.kind === "risk-combination");
    expect(risk).toHaveLength(1);
    expect(risk[0]!.message).toContain('(the "trilogy of risk")');
  });

  it("passes each check its thresholds", () => {
    const before = buildChronology(sources).flags.filter((f) => f.kind === "was-not-brought");
    expect(before).toHaveLength(1);
    const after = buildChronology(sources, { checks: { wasNotBrought: { minMissed: 3 } } }).flags;
    expect(after.filter((f) => f.kind === "was-not-brought")).toEqual([]);
  });

  it("reads categories from a category column through the synonym table", () => {
    const gp = [
      "Date,Patient,DOB,Contact type,Details",
      "20/03/2018,Liam Jones,03/02/2017,DNA,12 month imms.",
      "24/04/2018,Liam Jones,03/02/2017,WNB,12 month imms - 2nd appt.",
    ].join("\n");
    const document = buildChronology([{ file: "gp.csv", agency: "GP", content: `${gp}\n` }]);
    expect(document.events.map((e) => e.category.includes("missed-appointment"))).toEqual([true, true]);
    expect(document.flags.map((f) => f.kind)).toContain("was-not-brought");
  });
});
