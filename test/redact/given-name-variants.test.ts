import { describe, expect, it } from "vitest";
import { givenNameVariants } from "../../src/redact/given-name-variants.js";

describe("givenNameVariants", () => {
  it.each([
    ["daniel", ["dan", "danny"]],
    ["danny", ["dan", "daniel"]],
    ["kayleigh", ["kayley"]],
    ["sarah", ["sally", "sara"]],
  ])("%s has among its variants %j", (name, expected) => {
    const variants = givenNameVariants(name);
    for (const v of expected) expect(variants).toContain(v);
    expect(variants).not.toContain(name);
  });

  it("knows no variant of a name no list holds", () => {
    expect(givenNameVariants("zzyzx")).toEqual([]);
  });
});
