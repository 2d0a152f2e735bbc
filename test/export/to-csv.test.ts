import { describe, expect, it } from "vitest";
import { toCsv, writtenDate, writtenTime } from "../../src/export/to-csv.js";
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

describe("writtenDate", () => {
  it.each([
    ["2018-07-16T23:00:00.000Z", "day", false, "17/07/2018"],
    ["2019-08-31T23:00:00.000Z", "month", false, "Sept 2019"],
    ["2019-03-01T00:00:00.000Z", "season", true, "c. Mar 2019"],
    ["2014-12-31T23:59:00.000Z", "year", true, "c. 2014"],
    ["2015-01-01T00:00:00.000Z", "year", false, "2015"],
  ] as const)("%s (%s, approximate %s) → %s", (start, precision, approximate, expected) => {
    expect(writtenDate({ start, precision, approximate }, "Europe/London")).toBe(expected);
  });
});

describe("writtenTime", () => {
  it.each([
    ["2018-07-16T22:40:00.000Z", "minute", "23:40"],
    ["2018-12-16T09:00:00.000Z", "hour", "09:00"],
    ["2018-12-16T00:00:00.000Z", "day", ""],
  ] as const)("%s (%s) → %j", (start, precision, expected) => {
    expect(writtenTime({ start, precision }, "Europe/London")).toBe(expected);
  });
});
