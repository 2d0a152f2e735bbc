import { describe, expect, it } from "vitest";
import type { Person } from "../../src/model/chronology.js";
import { assignCodes } from "../../src/redact/person-codes.js";

function person(id: string, name: string, roles: string[], extra: Partial<Person> = {}): Person {
  return { id, name, aliases: [], dob: null, sex: null, roles, identifiers: {}, sources: [], ...extra };
}

const asOf = Date.UTC(2020, 0, 1);

describe("assignCodes", () => {
  it("codes children by letter, subjects first, then by date of birth", () => {
    const people = [
      person("p-1", "Zoe Smith", ["child"], { dob: "2015-01-01" }),
      person("p-2", "Amy Smith", [], { dob: "2018-06-01" }),
      person("p-3", "Ben Smith", ["child"], { dob: "2012-03-01" }),
    ];
    expect(Object.fromEntries(assignCodes(people, { asOf }))).toEqual({
      "p-3": "Child A",
      "p-1": "Child B",
      "p-2": "Child C",
    });
    expect(assignCodes(people, { asOf, subjects: ["AMY SMITH"] }).get("p-2")).toBe("Child A");
  });

  it.each([
    [[["mother"]], ["Mother"]],
    [
      [["mother"], ["mother"]],
      ["Mother 1", "Mother 2"],
    ],
    [
      [["boyfriend"], ["unknown male"]],
      ["Adult Male 1", "Adult Male 2"],
    ],
    [
      [["partner"], []],
      ["Adult 1", "Adult 2"],
    ],
    [
      [["gp"], ["gp"], ["social worker"]],
      ["GP1", "GP2", "SW1"],
    ],
    [
      [["grandmother"], ["health visitor"]],
      ["Grandmother", "HV1"],
    ],
    [
      [["constructor"], ["toString"]],
      ["Adult 1", "Adult 2"],
    ],
  ])("codes adults and professionals by role: %j", (roles, codes) => {
    const people = roles.map((r, i) => person(`p-${i}`, `Name ${i}`, r));
    const assigned = assignCodes(people, { asOf });
    expect(people.map((p) => assigned.get(p.id))).toEqual(codes);
  });

  it("keeps a role code already written and numbers the others around it", () => {
    const people = [person("p-a", "GP1", ["gp"]), person("p-b", "Aisha Patel", ["gp"])];
    expect(Object.fromEntries(assignCodes(people, { asOf }))).toEqual({ "p-a": "GP1", "p-b": "GP2" });
  });

  it("keeps a person code already written and gives it to nobody else", () => {
    const people = [
      person("p-1", "Ben Smith", ["child"], { dob: "2012-03-01" }),
      person("p-2", "Child A", ["child"], { dob: "2016-03-01" }),
      person("p-3", "Adult Male 1", [], { sex: "male" }),
      person("p-4", "Mr Tom Hill", [], { sex: "male" }),
    ];
    expect(Object.fromEntries(assignCodes(people, { asOf }))).toEqual({
      "p-1": "Child B",
      "p-2": "Child A",
      "p-3": "Adult Male 1",
      "p-4": "Adult Male 2",
    });
  });

  it("uses the sex a name's title gave for other adults", () => {
    const people = [person("p-1", "Mrs Smith", [], { sex: "female" })];
    expect(assignCodes(people, { asOf }).get("p-1")).toBe("Adult Female 1");
  });

  it("does not depend on the order of the people", () => {
    const people = [
      person("p-1", "A", ["mother"]),
      person("p-2", "B", ["mother"]),
      person("p-3", "C", ["child"]),
      person("p-4", "D", ["gp"]),
    ];
    expect(assignCodes([...people].reverse(), { asOf })).toEqual(assignCodes(people, { asOf }));
  });
});
