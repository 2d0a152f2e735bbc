import { describe, expect, it } from "vitest";
import type { Person } from "../../src/model/chronology.js";
import { nameReplacer } from "../../src/redact/name-matcher.js";

function person(id: string, name: string, extra: Partial<Person> = {}): Person {
  return { id, name, aliases: [], dob: null, sex: null, roles: [], identifiers: {}, sources: [], ...extra };
}

const people = [
  person("p-sarah", "Sarah Jones", { sex: "female", aliases: ["Sara Jones"] }),
  person("p-liam", "Liam Jones"),
  person("p-dan", "Daniel O'Brien", { sex: "male", aliases: ["Dan O'Brien"] }),
  person("p-mia", "Mia Krężołek-Jones"),
  person("p-ed", "Ed Hughes"),
  person("p-k", "Mr K", { sex: "male" }),
  person("p-unnamed", "Unnamed unknown male (family of Liam Jones)"),
];
const codes = new Map([
  ["p-sarah", "Mother"],
  ["p-liam", "Child A"],
  ["p-dan", "Adult Male 1"],
  ["p-mia", "Child B"],
  ["p-ed", "HV1"],
  ["p-k", "Adult Male 2"],
  ["p-unnamed", "Adult Male 3"],
]);
const replace = nameReplacer(people, codes);

describe("nameReplacer", () => {
  it.each([
    ["Sarah JONES attended", "Mother attended"],
    ["sara jones rang", "Mother rang"],
    ["Liam's cot; Liam seen", "Child A's cot; Child A seen"],
    ["Mrs Jones said", "Mother said"],
    ["Jones family", "[name] family"],
    ["Mr O'Brien and O'BRIEN and Dan", "Adult Male 1 and Adult Male 1 and Adult Male 1"],
    ["KREZOLEK-JONES and krężołek", "Child B and Child B"],
    ["Mia Krezolek-Jones seen", "Child B seen"],
    ["Ed Hughes visited; seen in ED", "HV1 visited; seen in ED"],
    ["Ed called", "HV1 called"],
    ["Mr K was there, K said", "Adult Male 2 was there, K said"],
    ["SJ declined", "Mother declined"],
    ["S.J. declined; S. J. left; A.B. came", "Mother. declined; Mother. left; A.B. came"],
    ["DA incident, SW informed", "DA incident, SW informed"],
    ["Jonesy and Liamson", "Jonesy and Liamson"],
    ["family of the unknown male", "family of the unknown male"],
    ["Danny came in May. Will attend.", "[name] came in May. Will attend."],
    ["Sally rang", "[name] rang"],
    ["", ""],
    ["constructor toString valueOf", "constructor toString valueOf"],
  ])("%j → %j", (text, expected) => {
    expect(replace(text)).toBe(expected);
  });
});
