import { describe, expect, it } from "vitest";
import { excelSerialToText, excelTimeText, isoWallText, isTimeOnly } from "../../src/ingest/xlsx-serial.js";

describe("excelSerialToText", () => {
  it.each([
    [1, false, "1900-01-01"],
    [59, false, "1900-02-28"],
    [60, false, "1900-02-29"],
    [61, false, "1900-03-01"],
    [43297, false, "2018-07-16"],
    [43297.6041666667, false, "2018-07-16T14:30"],
    [43297.9999, false, "2018-07-16T23:59"],
    [2958465, false, "9999-12-31"],
    [0, true, "1904-01-01"],
    [41835, true, "2018-07-16"],
    [41835.25, true, "2018-07-16T06:00"],
  ])("reads serial %s (1904 system: %s) as %s", (serial, date1904, expected) => {
    expect(excelSerialToText(serial, date1904)).toBe(expected);
  });

  it.each([
    [0, false],
    [-5, false],
    [2958466, false],
    [Number.NaN, false],
    [-1, true],
    [2958465 - 1461, true],
  ])("gives undefined for %s (1904 system: %s), which Excel cannot show as a date", (serial, date1904) => {
    expect(excelSerialToText(serial, date1904)).toBeUndefined();
  });

  it("keeps the 1462-day offset between the two date systems", () => {
    for (const serial of [1462, 20000, 43297, 45000]) {
      expect(excelSerialToText(serial - 1462, true)).toBe(excelSerialToText(serial, false));
    }
  });
});

describe("isoWallText", () => {
  it.each([
    [new Date(Date.UTC(2018, 6, 16)), "2018-07-16"],
    [new Date(Date.UTC(2018, 6, 16, 14, 30)), "2018-07-16T14:30"],
    [new Date(Date.UTC(2018, 6, 16, 14, 29, 59, 999)), "2018-07-16T14:30"],
    [new Date(Date.UTC(2018, 6, 16, 14, 29, 45)), "2018-07-16T14:29"],
  ])("writes %s as wall-clock text %s", (date, expected) => {
    expect(isoWallText(date)).toBe(expected);
  });
});

describe("excelTimeText", () => {
  it.each([
    [0.6041666667, "14:30"],
    [0, "00:00"],
    [0.99999, "23:59"],
    [new Date(Date.UTC(1899, 11, 30, 9, 5)), "09:05"],
    [new Date(Date.UTC(1904, 0, 1, 23, 40)), "23:40"],
  ])("reads %s as %s", (value, expected) => {
    expect(excelTimeText(value)).toBe(expected);
  });
});

describe("isTimeOnly", () => {
  it.each([
    [new Date(Date.UTC(1899, 11, 30, 9, 5)), true],
    [new Date(Date.UTC(1904, 0, 1, 9, 5)), true],
    [new Date(Date.UTC(2018, 6, 16, 9, 5)), false],
  ])("tells whether %s holds only a time of day (%s)", (date, expected) => {
    expect(isTimeOnly(date)).toBe(expected);
  });
});
