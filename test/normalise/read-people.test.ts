import { describe, expect, it } from "vitest";
import type { Issue } from "../../src/model/issue.js";
import type { RawRecord } from "../../src/model/source.js";
import { readPeople } from "../../src/normalise/read-people.js";

const options = { dateOrder: "dmy" as const, timezone: "Europe/London" };

function raw(fields: RawRecord["fields"]): RawRecord {
  return {
    source: { agency: "GP", file: "gp.csv", row: 3 },
    fields,
    columns: { people: "Name", dob: "DOB", nhs: "NHS number", address: "Address", postcode: "Postcode" },
    extra: {},
  };
}

describe("readPeople", () => {
  it("applies the DOB, NHS, role, address and postcode columns to the one person a row names", () => {
    const issues: Issue[] = [];
    const [person] = readPeople(
      raw({
        people: "Sarah JONES",
        dob: "12/04/1990",
        nhs: "943 476 5919",
        role: "Mum",
        address: "4 Elm Road, Leeds",
        postcode: "ls6 2ab",
      }),
      options,
      issues,
    );
    expect(person).toMatchObject({
      name: "Sarah Jones",
      dob: "1990-04-12",
      nhs: "9434765919",
      nhsValid: true,
      role: "mother",
      sex: "female",
      address: "4 Elm Road, Leeds",
      postcode: "LS6 2AB",
    });
    expect(issues).toEqual([]);
  });

  it("finds the postcode in the address when there is no postcode column", () => {
    const [person] = readPeople(
      raw({ people: "Liam Jones", address: "4 Elm Road, Leeds LS6 2AB" }),
      options,
      [],
    );
    expect(person?.postcode).toBe("LS6 2AB");
  });

  it("keeps an invalid NHS number as written and reports it", () => {
    const issues: Issue[] = [];
    const [person] = readPeople(raw({ people: "Liam Jones", nhs: "943 476 5918" }), options, issues);
    expect([person?.nhs, person?.nhsValid]).toEqual(["9434765918", false]);
    expect(issues.map((i) => [i.code, i.severity, i.row, i.column])).toEqual([
      ["invalid_nhs_number", "warning", 3, "NHS number"],
    ]);
  });

  it("reports a DOB that is not a full date", () => {
    const issues: Issue[] = [];
    const [person] = readPeople(raw({ people: "Liam Jones", dob: "March 2017" }), options, issues);
    expect(person?.dob).toBeNull();
    expect(issues.map((i) => i.code)).toEqual(["invalid_dob"]);
  });

  it.each([
    ["01/03/2019", "12/04/45", "1945-04-12"],
    ["01/03/2020", "12/04/19", "2019-04-12"],
    ["01/03/2019", "12/04/19", "1919-04-12"],
    ["01/03/2030", "12/04/45", "1945-04-12"],
  ])("on a row dated %j reads the two-digit DOB %j as %j, never after the row", (date, dob, expected) => {
    const issues: Issue[] = [];
    const [person] = readPeople(raw({ date, people: "Ann Old", dob }), options, issues);
    expect(person?.dob).toBe(expected);
    expect(issues).toEqual([]);
  });

  it("reads a two-digit DOB in brackets before the row's date", () => {
    const [person] = readPeople(
      raw({ date: "01/03/2019", people: "Ann Old (maternal grandmother, DOB 12/04/45)" }),
      options,
      [],
    );
    expect(person?.dob).toBe("1945-04-12");
  });

  it("keeps a four-digit DOB after the row's date and reports it", () => {
    const issues: Issue[] = [];
    const [person] = readPeople(
      raw({ date: "01/03/2019", people: "Liam Jones", dob: "03/02/2020" }),
      options,
      issues,
    );
    expect(person?.dob).toBe("2020-02-03");
    expect(issues.map((i) => [i.code, i.severity])).toEqual([["invalid_dob", "warning"]]);
  });

  it("takes the limit from the options before the row's date", () => {
    const [person] = readPeople(
      raw({ date: "01/03/2060", people: "Ann Old", dob: "12/04/45" }),
      { ...options, notAfter: Date.UTC(2020, 0, 1) },
      [],
    );
    expect(person?.dob).toBe("1945-04-12");
  });

  it("does not apply person columns when the cell names several people", () => {
    const people = readPeople(raw({ people: "Sarah Jones; Liam Jones", dob: "12/04/1990" }), options, []);
    expect(people.map((p) => p.dob)).toEqual([null, null]);
  });

  it("does not mutate the record", () => {
    const record = raw({ people: "Sarah JONES", dob: "12/04/1990" });
    const copy = structuredClone(record);
    readPeople(record, options, []);
    expect(record).toEqual(copy);
  });
});
