import { describe, expect, it } from "vitest";
import { findHeaderRow, isChronologyHeader, repeatsHeader } from "../../src/ingest/xlsx-find-header.js";

describe("isChronologyHeader", () => {
  it.each<[string[], boolean]>([
    [["Date", "Details", "Outcome"], true],
    [["Date of contact", "Person(s) involved"], true],
    [["", "Date", "", "Summary", ""], true],
    [["Date", "Author"], false],
    [["Agency", "Author", "Role"], false],
    [["Probation chronology", "Probation chronology"], false],
    [[], false],
  ])("reads %j as a chronology header: %s", (cells, expected) => {
    expect(isChronologyHeader(cells)).toBe(expected);
  });

  it("counts the headers a manifest column map names", () => {
    expect(isChronologyHeader(["When seen", "What we knew"])).toBe(false);
    expect(
      isChronologyHeader(["When seen", "What we knew"], { date: "When seen", summary: "What we knew" }),
    ).toBe(true);
  });
});

describe("findHeaderRow", () => {
  it.each<[string[][], number, number]>([
    [[["Date", "Details"]], 50, 0],
    [[["Title"], [], ["Instructions: one row each"], ["Date", "Details"], ["01/01/2019", "Seen"]], 50, 3],
    [[["Title"], ["Date", "Details"]], 1, -1],
    [[["Title"], ["Notes"]], 50, -1],
  ])("finds the header of %j within %i rows at %i", (rows, limit, expected) => {
    expect(findHeaderRow(rows, {}, limit)).toBe(expected);
  });
});

describe("repeatsHeader", () => {
  it.each<[string[], string[], boolean]>([
    [["DATE", "Details "], ["Date", "Details"], true],
    [["Date", "", "Details"], ["Date", "Details"], true],
    [["01/01/2019", "Details"], ["Date", "Details"], false],
    [["", ""], ["", ""], false],
  ])("tells whether %j repeats %j: %s", (cells, header, expected) => {
    expect(repeatsHeader(cells, header)).toBe(expected);
  });
});
