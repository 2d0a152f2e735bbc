import { describe, expect, it } from "vitest";
import { parsePeopleCell, readMention } from "../../../src/normalise/people/people-cell.js";

describe("parsePeopleCell", () => {
  it("reads several people with roles and DOBs", () => {
    const people = parsePeopleCell("Sarah JONES (mother, DOB 12/04/1990); Liam Jones (child); unknown male");
    expect(people.map((p) => [p.name, p.role, p.roleKind, p.sex, p.dob])).toEqual([
      ["Sarah Jones", "mother", "family", "female", "1990-04-12"],
      ["Liam Jones", "child", "family", null, null],
      [null, "unknown male", "family", "male", null],
    ]);
  });

  it("keeps each mention's text as written", () => {
    expect(parsePeopleCell("Sarah JONES (mother) | Mum").map((p) => p.text)).toEqual([
      "Sarah JONES (mother)",
      "Mum",
    ]);
  });

  it("returns no mentions for an empty cell", () => {
    expect(parsePeopleCell("  ")).toEqual([]);
  });
});

describe("readMention", () => {
  it.each([
    ["Mother", null, "mother", "female"],
    ["Dad", null, "father", "male"],
    ["mum's boyfriend", null, "boyfriend", "male"],
    ["unknown male", null, "unknown male", "male"],
    ["Mr Daniel Price", "Daniel Price", null, "male"],
    ["Mrs Price", "Mrs Price", null, "female"],
    ["Daniel Price", "Daniel Price", null, null],
    ["Dr Patel (GP)", "Dr Patel", "gp", null],
    ["GP1", "GP1", "gp", null],
    ["Liam (03/02/2017)", "Liam", null, null],
  ])("reads %j: name %j, role %j, sex %j", (text, name, role, sex) => {
    const mention = readMention(text);
    expect([mention.name, mention.role, mention.sex]).toEqual([name, role, sex]);
  });

  it("takes sex from the title before the role", () => {
    expect(readMention("Mr Sam Cole (partner)").sex).toBe("male");
  });

  it("marks an NHS number that fails its check digit", () => {
    const mention = readMention("Liam Jones (NHS 943 476 5918)");
    expect([mention.nhs, mention.nhsValid]).toEqual(["9434765918", false]);
  });

  it("accepts a valid NHS number", () => {
    const mention = readMention("Liam Jones (NHS no. 943 476 5919)");
    expect([mention.nhs, mention.nhsValid]).toEqual(["9434765919", true]);
  });
});

describe("readMention (bracketed names)", () => {
  it("reads the name in brackets after a role", () => {
    const mention = readMention("mum's boyfriend (Danny)");
    expect([mention.name, mention.given, mention.role, mention.sex]).toEqual([
      "Danny",
      "Danny",
      "boyfriend",
      "male",
    ]);
  });

  it("does not read a description of an unknown male as a name", () => {
    expect(readMention("unknown male (White)").name).toBeNull();
  });
});
