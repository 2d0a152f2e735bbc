import { describe, expect, it } from "vitest";
import { isPersonCode, parsePeopleCell, readMention } from "../../../src/normalise/people/people-cell.js";

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

  it("reads a cell again to the same mentions, each call with its own objects", () => {
    const cell = "Sarah JONES (mother, DOB 12/04/1990); Liam Jones (child)";
    const first = parsePeopleCell(cell);
    first[0]!.dob = "2000-01-01";
    first[0]!.address = "changed";
    first.pop();
    const second = parsePeopleCell(cell);
    expect(second).toEqual(parsePeopleCell(cell));
    expect(second.map((p) => [p.name, p.dob, p.address])).toEqual([
      ["Sarah Jones", "1990-04-12", undefined],
      ["Liam Jones", null, undefined],
    ]);
    expect(second[0]).not.toBe(parsePeopleCell(cell)[0]);
  });

  it("reads a two-digit DOB year against each call's own limit, and each zone and order apart", () => {
    const cell = "Sarah Jones (mother, DOB 12/04/45)";
    expect(parsePeopleCell(cell, { notAfter: Date.UTC(2019, 0, 1) })[0]!.dob).toBe("1945-04-12");
    expect(parsePeopleCell(cell, { notAfter: Date.UTC(2046, 0, 1) })[0]!.dob).toBe("2045-04-12");
    expect(parsePeopleCell(cell)[0]!.dob).toBe("2045-04-12");
    expect(parsePeopleCell(cell, { notAfter: Date.UTC(2019, 0, 1) })[0]!.dob).toBe("1945-04-12");
    const us = "Sarah Jones (mother, DOB 04/12/1990)";
    expect(parsePeopleCell(us)[0]!.dob).toBe("1990-12-04");
    expect(parsePeopleCell(us, { dateOrder: "mdy" })[0]!.dob).toBe("1990-04-12");
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

describe("parsePeopleCell (people written together)", () => {
  it.each([
    [
      "Sarah Jones, Liam Jones",
      [
        ["Sarah Jones", null, null],
        ["Liam Jones", null, null],
      ],
    ],
    [
      "Sarah Jones and Liam Jones",
      [
        ["Sarah Jones", null, null],
        ["Liam Jones", null, null],
      ],
    ],
    [
      "Sarah Jones & Liam Jones",
      [
        ["Sarah Jones", null, null],
        ["Liam Jones", null, null],
      ],
    ],
    [
      "Mum and Dad",
      [
        [null, "mother", null],
        [null, "father", null],
      ],
    ],
    [
      "Mum, Dad",
      [
        [null, "mother", null],
        [null, "father", null],
      ],
    ],
    ["JONES, Sarah (mother)", [["Sarah Jones", "mother", null]]],
    ["JONES, Sarah Anne", [["Sarah Anne Jones", null, null]]],
    ["Sarah Jones, mother", [["Sarah Jones", "mother", null]]],
    ["Liam Jones, DOB 03/02/2017", [["Liam Jones", null, "2017-02-03"]]],
    ["Sarah JONES (mother; DOB 12/04/1990)", [["Sarah Jones", "mother", "1990-04-12"]]],
    ["Sarah Jones (mother) DOB 12/04/1990", [["Sarah Jones", "mother", "1990-04-12"]]],
    ["Sarah Jones d.o.b. 12/04/1990", [["Sarah Jones", null, "1990-04-12"]]],
    ["Tyler-Jay O'Brien (child DOB 05/06/2019)", [["Tyler-Jay O'Brien", "child", "2019-06-05"]]],
    ["Mr Alan Green (grandfather DOB 01/01/1950)", [["Alan Green", "grandfather", "1950-01-01"]]],
    ["Liam Jones (child - DOB 03/02/2018)", [["Liam Jones", "child", "2018-02-03"]]],
    ["Liam Jones (paternal uncle)", [["Liam Jones", "uncle", null]]],
    ["Liam Jones (aged 2)", [["Liam Jones", null, null]]],
    // The family name written once after two given names: two people of that name.
    [
      "Tom and Jerry Smith",
      [
        ["Tom Smith", null, null],
        ["Jerry Smith", null, null],
      ],
    ],
    [
      "Mr and Mrs Smith",
      [
        ["Mr Smith", null, null],
        ["Mrs Smith", null, null],
      ],
    ],
    [
      "Mr & Mrs Jones (parents)",
      [
        ["Mr Jones", null, null],
        ["Mrs Jones", "parents", null],
      ],
    ],
    [
      "Sarah (mother) and Darren Jones (partner)",
      [
        ["Sarah Jones", "mother", null],
        ["Darren Jones", "partner", null],
      ],
    ],
    [
      "Sarah Jones and Darren Price",
      [
        ["Sarah Jones", null, null],
        ["Darren Price", null, null],
      ],
    ],
    [
      "Sarah and PC Jones",
      [
        ["Sarah", null, null],
        ["PC Jones", "police officer", null],
      ],
    ],
    ["Tom Smith (Cousin)", [["Tom Smith", "cousin", null]]],
    ["Tom Smith (Godmother)", [["Tom Smith", "godmother", null]]],
    ["Tom Smith (Polish)", [["Tom Smith", null, null]]],
    [
      "Sarah and Darren van Dyke",
      [
        ["Sarah van Dyke", null, null],
        ["Darren van Dyke", null, null],
      ],
    ],
    [
      "Anne-Marie and Darren Jones",
      [
        ["Anne-Marie Jones", null, null],
        ["Darren Jones", null, null],
      ],
    ],
    ["Sarah Jones (Friend - reported concerns)", [["Sarah Jones", "friend", null]]],
    [
      "Sarah Jones (mother, DOB 12/04/1990), Liam Jones (child)",
      [
        ["Sarah Jones", "mother", "1990-04-12"],
        ["Liam Jones", "child", null],
      ],
    ],
  ])("reads %j as [name, role, DOB] %j", (cell, expected) => {
    expect(parsePeopleCell(cell).map((p) => [p.name, p.role, p.dob])).toEqual(expected);
  });
});

describe("readMention (roles outside the family)", () => {
  it.each([
    ["Mr Ali (interpreter)", "Mr Ali", "interpreter", "professional"],
    ["Mr Bell (solicitor)", "Mr Bell", "solicitor", "professional"],
    ["Ms Cole (counsellor)", "Ms Cole", "counsellor", "professional"],
    ["Mr Green (landlord)", "Mr Green", "landlord", "other"],
    ["Mr Price (neighbour)", "Mr Price", "neighbour", "other"],
    ["Mr Smith (cousin)", "Mr Smith", "cousin", null],
    ["PC Mark Davies", "Mark Davies", "police officer", "professional"],
    ["DS Khan", "DS Khan", "police officer", "professional"],
    ["Sgt. Lee Hall", "Lee Hall", "police officer", "professional"],
    ["Di Smith", "Di Smith", null, null],
    ["Danny (White)", "Danny", null, null],
  ])("reads %j: name %j, role %j, kind %j", (text, name, role, kind) => {
    const mention = readMention(text);
    expect([mention.name, mention.role, mention.roleKind]).toEqual([name, role, kind]);
  });
});

describe("isPersonCode", () => {
  it.each([
    ["Child A", true],
    ["Adult Male 1", true],
    ["Mother 2", true],
    ["child a", false],
    ["Child Ann", false],
    ["GP1", false],
  ])("%j is a person code: %j", (text, expected) => {
    expect(isPersonCode(text)).toBe(expected);
  });

  it.each([
    ["Child A", "child", "family", null],
    ["Adult Male 1", null, null, "male"],
    ["Adult Female 2", null, null, "female"],
    ["Mother 2", "mother", "family", "female"],
  ])("reads %j as a named person: role %j, kind %j, sex %j", (text, role, kind, sex) => {
    const mention = readMention(text);
    expect([mention.name, mention.role, mention.roleKind, mention.sex]).toEqual([text, role, kind, sex]);
  });
});

describe("parsePeopleCell: names joined by and", () => {
  it("does not share a family name out of a service's name", () => {
    for (const cell of [
      "Stoke and Staffordshire Police",
      "Health and Social Care",
      "Smith and Jones Solicitors",
    ]) {
      expect(parsePeopleCell(cell)).toHaveLength(1);
    }
  });
});
