import { describe, expect, it } from "vitest";
import type { SourceInput } from "../../src/model/source.js";
import { buildChronology } from "../../src/pipeline/build-chronology.js";
import { redact } from "../../src/redact/redact.js";

const hv: SourceInput = {
  file: "hv.csv",
  agency: "Health Visiting",
  content:
    "Date,Name,Details\n01/01/2019,Mia Brown (child),Seen at home\n01/02/2019,Mia Brown (child),Seen at clinic\n",
};

describe("buildChronology", () => {
  it("warns subject_not_found for each subject name that matches no person", () => {
    const document = buildChronology([hv], { subjects: ["Nobody Here", "Mia Brown"] });
    expect(document.issues.filter((i) => i.code === "subject_not_found")).toEqual([
      {
        code: "subject_not_found",
        severity: "warning",
        message:
          'subject "Nobody Here" matches no person in the returns (by name or alias): the checks about subjects (gap, off-radar) say nothing about them',
        file: "",
        agency: "",
        row: null,
        column: null,
        input: "Nobody Here",
      },
    ]);
  });

  it("warns nothing when every subject is found or none is named", () => {
    expect(buildChronology([hv], { subjects: ["mia brown"] }).issues.map((i) => i.code)).not.toContain(
      "subject_not_found",
    );
    expect(buildChronology([hv]).issues.map((i) => i.code)).not.toContain("subject_not_found");
  });

  it("leaves the unmatched name out of a redacted document", () => {
    const document = buildChronology([hv], { subjects: ["Nobody Here"] });
    const issue = redact(document).document.issues.find((i) => i.code === "subject_not_found");
    expect(issue).toEqual(
      expect.objectContaining({ message: "a subject name matches no person in the returns" }),
    );
    expect(JSON.stringify(issue)).not.toContain("Nobody");
  });
});
