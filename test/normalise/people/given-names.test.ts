import { describe, expect, it } from "vitest";
import { givenNameGroups, givenNameRelation } from "../../../src/normalise/people/given-names.js";

describe("givenNameRelation", () => {
  it.each([
    ["bill", "william", "variant"],
    ["jon", "jonathan", "variant"],
    ["kayley", "kayleigh", "variant"],
    ["mohammed", "muhammad", "variant"],
    ["mohamed", "mohammad", "variant"],
    ["shaun", "shawn", "variant"],
    ["ben", "jamie", "shared"],
    ["liam", "noah", null],
    ["zzzz", "william", null],
  ])("relates %j and %j as %j", (a, b, relation) => {
    expect(givenNameRelation(a, b)).toBe(relation);
    expect(givenNameRelation(b, a)).toBe(relation);
  });
});

describe("givenNameGroups", () => {
  it("puts a nickname in its formal name's group", () => {
    expect(givenNameGroups("bill")).toContain("n:william");
  });

  it("knows no group for a name neither list holds", () => {
    expect(givenNameGroups("xqzt")).toEqual([]);
  });
});
