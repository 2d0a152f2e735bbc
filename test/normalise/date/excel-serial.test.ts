import { describe, expect, it } from "vitest";
import { excelSerialParts, isExcelSerialColumn } from "../../../src/normalise/date/excel-serial.js";

describe("excelSerialParts", () => {
  it.each([
    [1, { year: 1900, month: 1, day: 1 }],
    [59, { year: 1900, month: 2, day: 28 }],
    [61, { year: 1900, month: 3, day: 1 }],
    [36526, { year: 2000, month: 1, day: 1 }],
    [43567, { year: 2019, month: 4, day: 12 }],
    [43567.75, { year: 2019, month: 4, day: 12, hour: 18, minute: 0 }],
    [44197.6048611111, { year: 2021, month: 1, day: 1, hour: 14, minute: 31 }],
  ])("reads serial %d as %j (1900 system, leap-year quirk kept)", (serial, parts) => {
    expect(excelSerialParts(serial)).toEqual(parts);
  });

  it.each([0, 60, -5])(
    "has no day for serial %d (Excel's fictitious 1900-02-29 and before 1900)",
    (serial) => {
      expect(excelSerialParts(serial)).toBeUndefined();
    },
  );
});

describe("isExcelSerialColumn", () => {
  it.each([
    [["43567", "43570.5", ""], true],
    [["43567", "43568", "07/05/2012"], false],
    [["2016", "2017"], false],
    [["07/05/2012"], false],
    [[], false],
  ])("judges %j a serial column: %s", (texts, expected) => {
    expect(isExcelSerialColumn(texts)).toBe(expected);
  });
});
