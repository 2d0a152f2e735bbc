import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildChronology } from "../../src/pipeline/build-chronology.js";

// The README's worked example, read from the README itself so the two cannot drift apart.
const readme = readFileSync(join(import.meta.dirname, "../../README.md"), "utf8");
const example = readme.slice(readme.indexOf("## A worked example"), readme.indexOf("## The pipeline"));
const policeCsv = `${/```csv\n([\s\S]*?)```/.exec(example)?.[1] ?? ""}`;
const cscJson = /```json\n(\[[\s\S]*?\])\n```/.exec(example)?.[1] ?? "";

describe("the README's worked example", () => {
  const document = buildChronology([
    { file: "police.csv", agency: "Police", content: policeCsv },
    { file: "csc.json", agency: "Children's Social Care", content: cscJson },
  ]);

  it("finds both returns in the README", () => {
    expect(policeCsv).toContain("Sarah JONES");
    expect(cscJson).toContain("Referral from police");
  });

  it("gives the events the README shows", () => {
    expect(document.events.map((e) => [e.start, e.end, e.precision, e.category, e.summary])).toEqual([
      [
        "2018-07-16T22:40:00.000Z",
        "2018-07-16T22:41:00.000Z",
        "minute",
        ["domestic-abuse"],
        "Domestic incident reported by neighbour | DASH completed",
      ],
      ["2018-07-18T23:00:00.000Z", "2018-07-19T23:00:00.000Z", "day", ["referral"], "Referral from police"],
    ]);
    for (const event of document.events) expect(example).toContain(`"start": "${event.start}"`);
  });

  it("resolves the people the README shows", () => {
    expect(document.people.map((p) => [p.name, p.dob, p.sex, p.roles])).toEqual([
      ["Liam Jones", "2017-02-03", null, ["child"]],
      ["Sarah Jones", "1990-04-12", "female", ["mother"]],
    ]);
    const liam = document.people[0];
    expect(liam?.sources.map((s) => s.text)).toEqual([
      "Liam Jones (child, DOB 03/02/2017)",
      "Liam Jones (child)",
    ]);
    expect(example).toContain(`"score": ${liam?.match?.merges[0]?.score}`);
    expect(document.stats).toEqual({ inputRows: 2, events: 2, people: 2, rejected: 0 });
  });
});
