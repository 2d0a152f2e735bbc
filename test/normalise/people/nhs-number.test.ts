import { describe, expect, it } from "vitest";
import { compactNhsNumber, isValidNhsNumber } from "../../../src/normalise/people/nhs-number.js";

describe("isValidNhsNumber", () => {
  it.each([
    ["943 476 5919", true],
    ["9434765919", true],
    ["943-476-5919", true],
    ["9434765918", false],
    ["943476591", false],
    ["abcdefghij", false],
  ])("checks %j as %j (mod 11)", (text, valid) => {
    expect(isValidNhsNumber(text)).toBe(valid);
  });
});

describe("compactNhsNumber", () => {
  it("removes spaces and dashes", () => {
    expect(compactNhsNumber("943 476-5919")).toBe("9434765919");
  });
});
