import { describe, expect, it } from "vitest";
import { isRoleCode, readRole } from "../../../src/normalise/people/roles.js";

describe("readRole", () => {
  it.each([
    ["Mother", "mother", "family", "female"],
    ["Mum", "mother", "family", "female"],
    ["Dad", "father", "family", "male"],
    ["step-father", "step-father", "family", "male"],
    ["Stepdad", "step-father", "family", "male"],
    ["mum's boyfriend", "boyfriend", "family", "male"],
    ["Mum’s partner", "partner", "family", null],
    ["girlfriend", "girlfriend", "family", "female"],
    ["maternal grandmother", "grandmother", "family", "female"],
    ["half-sibling", "sibling", "family", null],
    ["son", "child", "family", "male"],
    ["daughter", "child", "family", "female"],
    ["child", "child", "family", null],
    ["lodger", "lodger", "family", null],
    ["unknown male", "unknown male", "family", "male"],
    ["GP", "gp", "professional", null],
    ["Health Visitor", "health visitor", "professional", null],
    ["HV", "health visitor", "professional", null],
    ["social worker", "social worker", "professional", null],
    ["Class teacher", "teacher", "professional", null],
    ["police officer", "police officer", "professional", null],
    ["Consultant paediatrician", "paediatrician", "professional", null],
    ["GP1", "gp", "professional", null],
    ["SW 2", "social worker", "professional", null],
    ["PC 1234", "police officer", "professional", null],
  ])("reads %j as %j (%s, sex %j)", (text, role, kind, sex) => {
    expect(readRole(text)).toEqual({ role, kind, sex });
  });

  it("knows nothing of a word outside the vocabulary", () => {
    expect(readRole("plumber")).toBeUndefined();
  });
});

describe("isRoleCode", () => {
  it.each([
    ["GP1", true],
    ["HV 2", true],
    ["sw-3", true],
    ["GP", false],
    ["Sarah", false],
  ])("%j is a role code: %j", (text, code) => {
    expect(isRoleCode(text)).toBe(code);
  });
});
