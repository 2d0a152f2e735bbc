import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PersonSchema } from "../../src/model/chronology.js";
import { rowKey } from "../../src/model/content-id.js";
import { resolvePeople } from "../../src/resolve/resolve-people.js";
import { row } from "./helpers.js";

function personOfMention(result: ReturnType<typeof resolvePeople>, file: string, r: number, index = 0) {
  return result.personOf.get(rowKey({ file, row: r }))?.[index];
}

describe("resolvePeople", () => {
  it("makes one person of one woman written three ways, with an explanation for each merge", () => {
    const records = [
      row("csc.csv", 1, "Sarah JONES (mother, DOB 12/04/1990); Liam Jones (child, DOB 03/02/2017)"),
      row("police.csv", 1, "Sarah Jones-Smith (partner, DOB 12/04/1990)"),
      row("gp.csv", 4, "Mrs Sarah Jones (DOB 12.04.1990)"),
    ];
    const { people } = resolvePeople(records);
    const sarah = people.find((p) => p.roles.includes("mother"))!;
    expect(sarah.sources.map((s) => s.text)).toEqual([
      "Sarah JONES (mother, DOB 12/04/1990)",
      "Mrs Sarah Jones (DOB 12.04.1990)",
      "Sarah Jones-Smith (partner, DOB 12/04/1990)",
    ]);
    expect(sarah).toMatchObject({ dob: "1990-04-12", sex: "female", roles: ["mother", "partner"] });
    expect(sarah.match?.merges).toHaveLength(2);
    for (const merge of sarah.match?.merges ?? []) {
      expect(merge.rule).toBe("score");
      expect(merge.score).toBeGreaterThanOrEqual(10);
      expect(merge.comparisons.map((c) => c.field)).toContain("dob");
    }
  });

  it("does not merge a male GP and the mother's boyfriend who share a surname", () => {
    const records = [
      row("gp.csv", 1, "Dr Daniel Jones (GP); Liam Jones (child)"),
      row("police.csv", 2, "Daniel JONES (mum's boyfriend); Liam Jones (child)"),
      row("csc.csv", 3, "Mr D Jones (GP)"),
    ];
    const result = resolvePeople(records);
    const gp = personOfMention(result, "gp.csv", 1);
    const boyfriend = personOfMention(result, "police.csv", 2);
    expect(gp).not.toBe(boyfriend);
    expect(personOfMention(result, "csc.csv", 3)).toBe(gp);
  });

  it("keeps two children of one name with DOBs a year apart as two people", () => {
    const records = [
      row("csc.csv", 6, "Ella Walker (child, DOB 01/01/2018)"),
      row("csc.csv", 7, "Ella Walker (child, DOB 01/01/2019)"),
    ];
    const result = resolvePeople(records);
    expect(personOfMention(result, "csc.csv", 6)).not.toBe(personOfMention(result, "csc.csv", 7));
    expect(result.people.map((p) => p.dob).sort()).toEqual(["2018-01-01", "2019-01-01"]);
  });

  it("makes one person of a person code across returns, apart from another code and from a name", () => {
    const records = [
      row("csc.csv", 1, "Child A; Child B; Adult Male 1"),
      row("police.csv", 2, "Child A (DOB 03/02/2017); Adult Male 1"),
      row("gp.csv", 3, "Liam Jones (child)"),
    ];
    const result = resolvePeople(records);
    const childA = personOfMention(result, "csc.csv", 1, 0);
    expect(personOfMention(result, "police.csv", 2, 0)).toBe(childA);
    expect(personOfMention(result, "csc.csv", 1, 1)).not.toBe(childA);
    expect(personOfMention(result, "gp.csv", 3)).not.toBe(childA);
    expect(personOfMention(result, "police.csv", 2, 1)).toBe(personOfMention(result, "csc.csv", 1, 2));
    expect(result.people.find((p) => p.id === childA)).toMatchObject({
      name: "Child A",
      dob: "2017-02-03",
      roles: ["child"],
    });
  });

  it("keeps Mum in two families as two people", () => {
    const records = [
      row("hv.csv", 1, "Mum; Liam Jones (child)"),
      row("hv.csv", 2, "Mum; Amira Khan (child)"),
    ];
    const result = resolvePeople(records);
    const first = personOfMention(result, "hv.csv", 1);
    const second = personOfMention(result, "hv.csv", 2);
    expect(first).not.toBe(second);
    expect(result.people.filter((p) => p.roles.includes("mother")).map((p) => p.name)).toEqual([
      "Unnamed mother (family of Amira Khan)",
      "Unnamed mother (family of Liam Jones)",
    ]);
  });

  it("resolves Mum to the mother named beside the same child, and says why", () => {
    const records = [
      row("csc.csv", 1, "Sarah Jones (mother); Liam Jones (child)"),
      row("hv.csv", 5, "Mum; Liam Jones (child)"),
      row("police.csv", 9, "Mother; Liam JONES (child)"),
    ];
    const result = resolvePeople(records);
    const sarah = personOfMention(result, "csc.csv", 1);
    expect(personOfMention(result, "hv.csv", 5)).toBe(sarah);
    expect(personOfMention(result, "police.csv", 9)).toBe(sarah);
    const person = result.people.find((p) => p.id === sarah)!;
    expect(person.match?.merges.filter((m) => m.rule === "role-in-family").map((m) => m.reason)).toEqual([
      "the only mother named beside Liam Jones",
      "the only mother named beside Liam Jones",
    ]);
  });

  it("keeps a role-only mention with no child in its row its own person", () => {
    const result = resolvePeople([row("ed.csv", 1, "unknown male"), row("ed.csv", 2, "unknown male")]);
    expect(personOfMention(result, "ed.csv", 1)).not.toBe(personOfMention(result, "ed.csv", 2));
  });

  it("keeps two unknown males in one family apart", () => {
    const result = resolvePeople([
      row("police.csv", 1, "unknown male; Liam Jones (child)"),
      row("police.csv", 2, "unknown male; Liam Jones (child)"),
    ]);
    expect(personOfMention(result, "police.csv", 1)).not.toBe(personOfMention(result, "police.csv", 2));
  });

  it("keeps twins apart though they share surname and DOB", () => {
    const result = resolvePeople([
      row("gp.csv", 1, "Liam Jones (child, DOB 03/02/2017)"),
      row("gp.csv", 2, "Noah Jones (child, DOB 03/02/2017)"),
      row("school.csv", 1, "L Jones (DOB 03/02/2017)"),
    ]);
    expect(personOfMention(result, "gp.csv", 1)).not.toBe(personOfMention(result, "gp.csv", 2));
  });

  it("does not chain two people together through a weak middle link", () => {
    // "John Smith" with no DOB scores above the threshold with both; the two DOBs say they are two men.
    const result = resolvePeople([
      row("a.csv", 1, "John Smith (DOB 01/01/1980)"),
      row("a.csv", 2, "John Smith (DOB 01/01/1980)"),
      row("b.csv", 1, "John Smith"),
      row("c.csv", 1, "John Smith (DOB 15/09/2001)"),
      row("c.csv", 2, "John Smith (DOB 15/09/2001)"),
    ]);
    expect(personOfMention(result, "a.csv", 1)).not.toBe(personOfMention(result, "c.csv", 1));
    // The middle mention joins one of them, not both.
    const middle = personOfMention(result, "b.csv", 1);
    expect([personOfMention(result, "a.csv", 1), personOfMention(result, "c.csv", 1)]).toContain(middle);
  });

  it("matches on a valid NHS number and ignores an invalid one", () => {
    const valid = resolvePeople([
      row("gp.csv", 1, "Bex Cole (NHS 943 476 5919)"),
      row("ed.csv", 1, "Rebecca Cole (NHS 9434765919)"),
    ]);
    expect(valid.people).toHaveLength(1);
    expect(valid.people[0]?.identifiers).toEqual({ nhs: "9434765919" });
    const invalid = resolvePeople([
      row("gp.csv", 1, "Bex Cole (NHS 943 476 5918)"),
      row("ed.csv", 1, "Rebecca Cole (NHS 9434765918)"),
    ]);
    expect(invalid.people).toHaveLength(2);
    expect(invalid.people.every((p) => p.identifiers.nhs === undefined)).toBe(true);
  });

  it("merges less as the threshold rises", () => {
    const records = [row("a.csv", 1, "Sarah Jones"), row("b.csv", 1, "Sarah Jnoes")];
    expect(resolvePeople(records, { threshold: 5 }).people).toHaveLength(1);
    expect(resolvePeople(records, { threshold: 30 }).people).toHaveLength(2);
    expect(resolvePeople(records, { threshold: 30 }).people[0]?.match?.threshold).toBe(30);
  });

  it("sorts people by name then id and gives valid person documents", () => {
    const { people } = resolvePeople([
      row("a.csv", 1, "Zoe Adams; Amy Brown; Mother"),
      row("a.csv", 2, "Amy Brown (child)"),
    ]);
    expect(people.map((p) => p.name)).toEqual([...people.map((p) => p.name)].sort());
    for (const person of people) expect(PersonSchema.parse(person)).toEqual(person);
  });

  it("gives every mention a person", () => {
    const records = [row("a.csv", 1, "Sarah Jones; Mum; Liam Jones (child); GP1"), row("b.csv", 7, "GP1")];
    const result = resolvePeople(records);
    expect(result.personOf.get(rowKey({ file: "a.csv", row: 1 }))).toHaveLength(4);
    expect(personOfMention(result, "a.csv", 1, 3)).toBe(personOfMention(result, "b.csv", 7));
    const mentions = result.people.reduce((n, p) => n + p.sources.length, 0);
    expect(mentions).toBe(5);
  });

  it("gives the same people and ids whatever the order of the records", () => {
    const records = [
      row("csc.csv", 1, "Sarah JONES (mother, DOB 12/04/1990); Liam Jones (child, DOB 03/02/2017)"),
      row("police.csv", 1, "Sarah Jones-Smith (partner); Daniel PRICE (boyfriend); Liam Jones (child)"),
      row("gp.csv", 4, "Mrs Sarah Jones (DOB 12.04.1990); Mum's boyfriend; Liam Jones (child)"),
      row("hv.csv", 2, "Mum; Dad; Liam Jones (child)"),
      row("ed.csv", 3, "Liam JONES (DOB 03/02/2017); unknown male"),
      row("school.csv", 8, "Mr Price; Liam Jones"),
    ];
    const expected = resolvePeople(records);
    fc.assert(
      fc.property(fc.shuffledSubarray(records, { minLength: records.length }), (shuffled) => {
        const result = resolvePeople(shuffled);
        expect(result.people).toEqual(expected.people);
        expect([...result.personOf].sort()).toEqual([...expected.personOf].sort());
      }),
      { numRuns: 30 },
    );
  });

  it("does not mutate its input", () => {
    const records = [
      row("csc.csv", 1, "Sarah Jones (mother); Liam Jones (child)"),
      row("hv.csv", 1, "Mum; Liam Jones (child)"),
    ];
    const copy = structuredClone(records);
    resolvePeople(records);
    expect(records).toEqual(copy);
  });
});

describe("resolvePeople (family context)", () => {
  it("joins a partner known only by first name to the named partner beside the same child", () => {
    const result = resolvePeople([
      row("police.csv", 1, "Daniel PRICE (partner, DOB 22/11/1987); Liam Jones (child)"),
      row("school.csv", 11, "Liam Jones; mum's boyfriend (Danny)"),
    ]);
    expect(personOfMention(result, "school.csv", 11, 1)).toBe(personOfMention(result, "police.csv", 1));
  });

  it("keeps a first name alone apart when nothing else ties it", () => {
    const result = resolvePeople([
      row("police.csv", 1, "Daniel PRICE (partner, DOB 22/11/1987)"),
      row("school.csv", 11, "Danny"),
    ]);
    expect(personOfMention(result, "school.csv", 11)).not.toBe(personOfMention(result, "police.csv", 1));
  });
});

describe("resolvePeople (children without a role)", () => {
  it("takes a person never given a role or adult title as the child beside a role-only parent", () => {
    const result = resolvePeople([
      row("hv.tsv", 1, "Evie Evans; Mother"),
      row("hv.tsv", 2, "Evie Evans; Aisha Evans (mother)"),
    ]);
    expect(personOfMention(result, "hv.tsv", 1, 1)).toBe(personOfMention(result, "hv.tsv", 2, 1));
  });

  it("does not take a named adult as a child", () => {
    const result = resolvePeople([
      row("police.csv", 1, "Mr Kieran Williams; Mother"),
      row("police.csv", 2, "Mr Kieran Williams; Aisha Evans (mother)"),
    ]);
    expect(personOfMention(result, "police.csv", 1, 1)).not.toBe(personOfMention(result, "police.csv", 2, 1));
  });
});

describe("resolvePeople (unnamed people)", () => {
  it("makes one unnamed boyfriend of the same family across agencies", () => {
    const result = resolvePeople([
      row("police.csv", 1, "mum's boyfriend; Liam Jones (child)"),
      row("school.csv", 2, "Liam Jones; Mum's boyfriend"),
    ]);
    const id = personOfMention(result, "police.csv", 1);
    expect(personOfMention(result, "school.csv", 2, 1)).toBe(id);
    expect(result.people.find((p) => p.id === id)?.name).toBe("Unnamed boyfriend (family of Liam Jones)");
  });

  it("makes one unnamed professional per agency within a family", () => {
    const result = resolvePeople([
      row("gp.csv", 1, "GP; Liam Jones (child)"),
      row("gp.csv", 2, "GP; Liam Jones (child)"),
      row("ed.csv", 1, "GP; Liam Jones (child)"),
    ]);
    expect(personOfMention(result, "gp.csv", 1)).toBe(personOfMention(result, "gp.csv", 2));
    expect(personOfMention(result, "gp.csv", 1)).not.toBe(personOfMention(result, "ed.csv", 1));
  });

  it("keeps Mum apart when two women are named as the child's mother", () => {
    const result = resolvePeople([
      row("csc.csv", 1, "Sarah Jones (mother); Liam Jones (child)"),
      row("csc.csv", 2, "Kelly Brown (mother); Liam Jones (child)"),
      row("hv.csv", 1, "Mum; Liam Jones (child)"),
    ]);
    const mum = personOfMention(result, "hv.csv", 1);
    expect([personOfMention(result, "csc.csv", 1), personOfMention(result, "csc.csv", 2)]).not.toContain(mum);
  });
});

describe("resolvePeople (dates of birth across groups)", () => {
  it("keeps apart two groups each of whose DOB is written twice, even one digit apart", () => {
    const result = resolvePeople([
      row("a.csv", 1, "Thomas Edwards (DOB 12/10/2005)"),
      row("a.csv", 2, "Thomas EDWARDS (DOB 12/10/2005)"),
      row("b.csv", 1, "Thomas Edwards (DOB 17/10/2005)"),
      row("b.csv", 2, "Tom Edwards (DOB 17/10/2005)"),
    ]);
    expect(personOfMention(result, "a.csv", 1)).not.toBe(personOfMention(result, "b.csv", 1));
  });

  it("joins a single DOB one digit off to the group it fits", () => {
    const result = resolvePeople([
      row("a.csv", 1, "Thomas Edwards (DOB 12/10/2005)"),
      row("a.csv", 2, "Thomas EDWARDS (DOB 12/10/2005)"),
      row("b.csv", 1, "Thomas Edwards (DOB 13/10/2005)"),
    ]);
    expect(result.people).toHaveLength(1);
  });
});
