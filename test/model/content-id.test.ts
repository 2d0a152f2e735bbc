import { describe, expect, it } from "vitest";
import { compareText, contentId } from "../../src/model/content-id.js";

describe("contentId", () => {
  it("gives the same id for the same parts", () => {
    expect(contentId("e", ["police.csv\u00003"])).toBe(contentId("e", ["police.csv\u00003"]));
  });

  it("gives different ids for different parts or prefixes", () => {
    const ids = new Set([
      contentId("e", ["a"]),
      contentId("e", ["b"]),
      contentId("p", ["a"]),
      contentId("e", ["a", "b"]),
    ]);
    expect(ids.size).toBe(4);
  });

  it("has the prefix and 26 hex digits", () => {
    expect(contentId("p", ["x"])).toMatch(/^p-[0-9a-f]{26}$/);
  });
});

describe("compareText", () => {
  it("orders by code unit, not by locale", () => {
    expect(["b", "B", "a", "é"].sort(compareText)).toEqual(["B", "a", "b", "é"]);
  });
});
