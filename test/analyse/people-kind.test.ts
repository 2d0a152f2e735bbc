import { describe, expect, it } from "vitest";
import { displayName, isAdultMan, isProfessional } from "../../src/analyse/people-kind.js";
import { daniel, liam, person, sarah } from "./timeline.js";

const asOf = Date.UTC(2020, 0, 1);

describe("isAdultMan", () => {
  it.each([
    [daniel, true],
    [person("Unnamed unknown male", { roles: ["unknown male"], text: "unknown male" }), true],
    [person("Unnamed boyfriend", { roles: ["boyfriend"], text: "mum's boyfriend" }), true],
    [person("Sam Doe", { roles: ["partner"] }), true],
    [person("Dr A Patel", { sex: "male", roles: ["gp"] }), false],
    [person("PC 1234", { sex: "male" }), false],
    [sarah, false],
    [person("Jo Doe", { sex: "female", roles: ["partner"] }), false],
    [liam, false],
    [person("Mr Green", { sex: "male", roles: ["landlord"] }), false],
    [person("Mr Price", { sex: "male", roles: ["neighbour"] }), false],
    [person("Mr Ali", { sex: "male", roles: ["interpreter"] }), false],
    [person("Mr Bell", { sex: "male", roles: ["neighbour", "boyfriend"] }), true],
  ])("classes %o", (p, expected) => {
    expect(isAdultMan(p, asOf)).toBe(expected);
  });
});

describe("isProfessional", () => {
  it("knows a professional by role, role code or title", () => {
    expect(isProfessional(person("HV1"))).toBe(true);
    expect(isProfessional(person("A Smith", { roles: ["social worker"] }))).toBe(true);
    expect(isProfessional(person("DC Jones"))).toBe(true);
    expect(isProfessional(daniel)).toBe(false);
  });
});

describe("displayName", () => {
  it("names an unnamed person by the role as written", () => {
    expect(displayName(person("Unnamed unknown male", { text: "unknown male" }))).toBe(
      'an unnamed person recorded as "unknown male"',
    );
    expect(displayName(daniel)).toBe("Daniel Price");
  });
});
