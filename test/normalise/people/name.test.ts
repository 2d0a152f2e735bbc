import { describe, expect, it } from "vitest";
import { familyBarrels, familyKey, nameKey, readName } from "../../../src/normalise/people/name.js";

describe("readName", () => {
  it.each([
    ["Sarah JONES", "Sarah Jones", null, "Sarah", "Jones", null],
    ["Mrs Sarah JONES-SMITH", "Sarah Jones-Smith", "Mrs", "Sarah", "Jones-Smith", "female"],
    ["Ms JONES", "Ms Jones", "Ms", null, "Jones", "female"],
    ["Mr K", "Mr K", "Mr", null, "K", "male"],
    ["Master Liam Jones", "Liam Jones", "Master", "Liam", "Jones", "male"],
    ["Miss Amy Cole", "Amy Cole", "Miss", "Amy", "Cole", "female"],
    ["Dr Patel", "Dr Patel", "Dr", null, "Patel", null],
    ["JONES, Sarah", "Sarah Jones", null, "Sarah", "Jones", null],
    ["JONES Sarah", "Sarah Jones", null, "Sarah", "Jones", null],
    ["Sarah Louise JONES", "Sarah Louise Jones", null, "Sarah Louise", "Jones", null],
    ["Patrick MCDONALD", "Patrick McDonald", null, "Patrick", "McDonald", null],
    ["Sean O'BRIEN", "Sean O'Brien", null, "Sean", "O'Brien", null],
    ["Maria de Souza", "Maria de Souza", null, "Maria", "de Souza", null],
    ["Anna KRĘŻOŁEK", "Anna Krężołek", null, "Anna", "Krężołek", null],
    ["Liam", "Liam", null, "Liam", null, null],
  ])("reads %j", (text, display, title, given, family, sex) => {
    expect(readName(text)).toEqual({ display, title, given, family, sex });
  });
});

describe("nameKey", () => {
  it.each([
    ["Krężołek", "krezolek"],
    ["Krezolek", "krezolek"],
    ["O'Brien", "obrien"],
    ["Zoë", "zoe"],
    ["Jones-Smith", "jones smith"],
  ])("folds %j to %j", (text, key) => {
    expect(nameKey(text)).toBe(key);
  });

  it("folds a name again to the same key, and a long text as well as a short one", () => {
    expect([nameKey("Zoë KRĘŻOŁEK"), nameKey("Zoë KRĘŻOŁEK")]).toEqual(["zoe krezolek", "zoe krezolek"]);
    const long = `${"Zoë O'Brien ".repeat(10)}seen`;
    expect([nameKey(long), nameKey(long)]).toEqual([
      `${"zoe obrien ".repeat(10)}seen`,
      `${"zoe obrien ".repeat(10)}seen`,
    ]);
  });
});

describe("familyKey", () => {
  it.each([
    ["MacDonald", "mcdonald"],
    ["Mc Donald", "mcdonald"],
    ["McDonald", "mcdonald"],
    ["O'Brien", "obrien"],
    ["O Brien", "obrien"],
    ["Macey", "macey"],
  ])("folds %j to %j", (text, key) => {
    expect(familyKey(text)).toBe(key);
  });
});

describe("familyBarrels", () => {
  it("splits a double-barrelled surname into its parts", () => {
    expect(familyBarrels("Jones-Smith")).toEqual(["jones", "smith"]);
  });

  it("drops particles", () => {
    expect(familyBarrels("de Souza")).toEqual(["souza"]);
  });
});
