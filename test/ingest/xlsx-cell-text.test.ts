import { describe, expect, it } from "vitest";
import { type CellKind, excelCellText } from "../../src/ingest/xlsx-cell-text.js";

describe("excelCellText", () => {
  it.each<[string, unknown, CellKind, boolean, string]>([
    ["a date cell", new Date(Date.UTC(2018, 6, 16)), "date", false, "2018-07-16"],
    ["a date-time cell", new Date(Date.UTC(2018, 6, 16, 23, 40)), "date", false, "2018-07-16T23:40"],
    ["a date cell in another column", new Date(Date.UTC(1987, 10, 22)), "other", false, "1987-11-22"],
    ["a time cell in a time column", new Date(Date.UTC(1899, 11, 30, 23, 40)), "time", false, "23:40"],
    ["a time cell in another column", new Date(Date.UTC(1899, 11, 30, 8, 5)), "other", false, "08:05"],
    ["a serial in a date column", 43297, "date", false, "2018-07-16"],
    ["a serial in a 1904 workbook", 41835, "date", true, "2018-07-16"],
    ["a year typed alone in a date column", 2018, "date", false, "2018"],
    ["a number too big to be a serial", 20180716, "date", false, "20180716"],
    ["a fraction in a time column", 0.5, "time", false, "12:00"],
    ["a number elsewhere", 9990412073, "other", false, "9990412073"],
    ["a text date", "16/07/2018", "date", false, "16/07/2018"],
    ["text with line breaks", "one\r\ntwo\nthree", "other", false, "one\ntwo\nthree"],
    ["text with Excel's escaped carriage return", "one_x000D_\ntwo", "other", false, "one\ntwo"],
    [
      "rich text",
      { richText: [{ text: "BBR " }, { text: "DNA", font: { bold: true } }] },
      "other",
      false,
      "BBR DNA",
    ],
    ["a formula's cached number", { formula: "1+1", result: 2 }, "other", false, "2"],
    [
      "a formula's cached date",
      { formula: "A1+14", result: new Date(Date.UTC(2019, 10, 27)) },
      "date",
      false,
      "2019-11-27",
    ],
    ["a formula's cached serial", { formula: "A1+14", result: 43796 }, "date", false, "2019-11-27"],
    ["a shared formula's cached text", { sharedFormula: "B2", result: "Seen" }, "other", false, "Seen"],
    ["a hyperlink", { text: "record", hyperlink: "https://example.invalid" }, "other", false, "record"],
    ["an error value", { error: "#N/A" }, "other", false, "#N/A"],
    ["a boolean", true, "other", false, "TRUE"],
    ["an empty cell", null, "date", false, ""],
  ])("reads %s", (_, value, kind, date1904, expected) => {
    expect(excelCellText(value, kind, date1904)).toEqual({ text: expected, formulaWithoutValue: false });
  });

  it("marks a formula with no cached value", () => {
    expect(excelCellText({ formula: "A1+1" }, "date", false)).toEqual({
      text: "",
      formulaWithoutValue: true,
    });
  });
});
