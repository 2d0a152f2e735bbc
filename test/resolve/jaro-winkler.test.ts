import { describe, expect, it } from "vitest";
import { jaroWinkler, oneEditApart } from "../../src/resolve/jaro-winkler.js";

describe("jaroWinkler", () => {
  // Reference values from Winkler (1990) and the usual worked examples.
  it.each([
    ["martha", "marhta", 0.9611],
    ["dwayne", "duane", 0.84],
    ["dixon", "dicksonx", 0.8133],
    ["jonathan", "jonathon", 0.95],
    ["smith", "smith", 1],
    ["abc", "xyz", 0],
    ["", "abc", 0],
  ])("scores %j and %j as %d", (a, b, score) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(score, 4);
    expect(jaroWinkler(b, a)).toBeCloseTo(score, 4);
  });

  it("caps the common-prefix bonus at four characters", () => {
    // "jonathan" and "jonathon" share five leading letters; only four count.
    const jaro = (7 / 8 + 7 / 8 + 1) / 3;
    expect(jaroWinkler("jonathan", "jonathon")).toBeCloseTo(jaro + 0.4 * (1 - jaro), 10);
  });
});

describe("oneEditApart", () => {
  it.each([
    ["smith", "smyth", true],
    ["smith", "smth", true],
    ["smith", "smiths", true],
    ["smith", "simth", true],
    ["smith", "smith", false],
    ["smith", "jones", false],
    ["ab", "abcd", false],
  ])("%j and %j: %j", (a, b, result) => {
    expect(oneEditApart(a, b)).toBe(result);
  });
});
