import { describe, expect, it } from "vitest";
import { postcodeSector, readPostcode } from "../../../src/normalise/people/postcode.js";

describe("readPostcode", () => {
  it.each([
    ["ls6 2ab", "LS6 2AB"],
    ["LS62AB", "LS6 2AB"],
    ["12 High Street, Leeds LS6 2AB", "LS6 2AB"],
    ["SW1A 1AA", "SW1A 1AA"],
    ["no postcode here", undefined],
  ])("reads %j as %j", (text, postcode) => {
    expect(readPostcode(text)).toBe(postcode);
  });
});

describe("postcodeSector", () => {
  it("drops the unit letters", () => {
    expect(postcodeSector("LS6 2AB")).toBe("LS6 2");
  });
});
