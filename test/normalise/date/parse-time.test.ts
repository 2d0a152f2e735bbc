import { describe, expect, it } from "vitest";
import { parseTime } from "../../../src/normalise/date/parse-time.js";

describe("parseTime", () => {
  it.each([
    ["14:05", 14, 5],
    ["1405", 14, 5],
    ["1405hrs", 14, 5],
    ["14:05 hrs", 14, 5],
    ["14.05", 14, 5],
    ["14:05:30", 14, 5],
    ["2.05pm", 14, 5],
    ["2:05 p.m.", 14, 5],
    ["11.36am", 11, 36],
    ["12.15am", 0, 15],
    ["12pm", 12, 0],
    ["7pm", 19, 0],
    ["noon", 12, 0],
    ["12 noon", 12, 0],
    ["12:00 noon", 12, 0],
    ["12.00 noon", 12, 0],
    ["12 midnight", 0, 0],
    ["12:00 midnight", 0, 0],
    ["midday", 12, 0],
    ["midnight", 0, 0],
    ["at 09:30", 9, 30],
  ])("reads %j as %i:%i", (text, hour, minute) => {
    expect(parseTime(text)).toEqual({ hour, minute });
  });

  it.each(["24:00", "2400", "24.00"])("reads %j as 00:00 of the next day", (text) => {
    expect(parseTime(text)).toEqual({ hour: 0, minute: 0, nextDay: true });
  });

  it.each(["14", "24:01", "25:00", "13pm", "2460", "soon", "", "14:60"])("does not read %j", (text) => {
    expect(parseTime(text)).toBeUndefined();
  });
});
