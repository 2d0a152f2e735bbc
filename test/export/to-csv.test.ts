import { describe, expect, it } from "vitest";
import { toCsv } from "../../src/export/to-csv.js";
import { sampleDocument } from "./sample-document.js";

describe("toCsv", () => {
  const csv = toCsv(sampleDocument());

  it("keeps the foundation's columns, BOM and CRLF", () => {
    expect(csv.split("\r\n")[0]).toBe(
      "\uFEFFdate,time,precision,agencies,people,summary,categories,sources,conflicts,flags",
    );
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("neutralises a cell a spreadsheet would execute", () => {
    expect(csv).toContain('"\'=HYPERLINK(""http://x"") MASH referral *urgent* [link](x)"');
  });

  it("writes sources, conflicts and the flags citing each event", () => {
    const row = csv.split("\r\n")[2]!;
    expect(row).toContain("Children's Social Care csc.json#2; Health Visiting hv.tsv#7");
    expect(row).toContain("date: Children's Social Care=18/07/2018 / Health Visiting=19.07.18");
    expect(row.endsWith("gap; conflict")).toBe(true);
  });
});
