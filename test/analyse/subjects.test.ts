import { describe, expect, it } from "vitest";
import { unmatchedSubjects } from "../../src/analyse/subjects.js";
import { liam, sarah } from "./timeline.js";

describe("unmatchedSubjects", () => {
  it.each([
    [["Liam Jones"], []],
    [["LIAM JONES", "Nobody Here"], ["Nobody Here"]],
    [["Nobody Here", "nobody  here", "Sarah Jones"], ["Nobody Here"]],
    [[], []],
  ])("finds of %j the names no person answers to: %j", (names, expected) => {
    expect(unmatchedSubjects([liam, sarah], names)).toEqual(expected);
  });

  it("counts an alias as the person's name", () => {
    expect(unmatchedSubjects([{ ...liam, aliases: ["Liam Price"] }], ["Liam Price"])).toEqual([]);
  });
});
