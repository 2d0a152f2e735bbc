import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diceSimilarity, foldedWords, overlap, textTokens } from "../../src/merge/text-similarity.js";
import { nameKey } from "../../src/normalise/people/name.js";

describe("textTokens", () => {
  it.each([
    ["Sarah ASSAULTED by partner", ["sarah", "assau", "partn"]],
    ["Injuries: bruising; injury to face", ["injur", "bruis", "face"]],
    ["Krężołek seen at 10:00 on 3rd", ["krezo", "3rd"]],
    ["the and of", []],
    ["Hit by her boyfriend, punched twice", ["assau", "partn", "twice"]],
    ["Husband attacked her; patient attached to monitor", ["partn", "assau", "patie", "attac", "monit"]],
    ["ED notification; CSC notified", ["notification", "csc", "notif"]],
  ])("reads %j as stems %j", (text, expected) => {
    expect([...textTokens(text)]).toEqual(expected);
  });
});

describe("foldedWords", () => {
  it.each([
    ["Seen at 10:00 -- Mum's   partner", ["seen", "at", "10", "00", "mums", "partner"]],
    ["  ", [""]],
    ["Krężołek, Zoë", ["krezolek", "zoe"]],
  ])("reads %j as the words %j", (text, expected) => {
    expect(foldedWords(text)).toEqual(expected);
  });

  it("gives the words of nameKey for any text", () => {
    const ascii = fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)) });
    fc.assert(
      fc.property(fc.oneof(ascii, fc.string({ unit: "grapheme" })), (text) => {
        expect(foldedWords(text)).toEqual(nameKey(text).split(" "));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("diceSimilarity", () => {
  it.each([
    [["a", "b"], ["b", "c"], 0.5],
    [["a"], ["a"], 1],
    [[], ["a"], 0],
    [["a", "b", "c", "d"], ["e"], 0],
  ])("scores %j and %j as %d, in either order", (a, b, expected) => {
    expect(diceSimilarity(new Set(a), new Set(b))).toBe(expected);
    expect(diceSimilarity(new Set(b), new Set(a))).toBe(expected);
  });
});

describe("overlap", () => {
  it.each([
    [["p1"], ["p1", "p2"], 1],
    [["p1", "p3"], ["p1", "p2"], 0.5],
    [[], ["p1"], 0.4],
  ])("scores %j and %j as %d", (a, b, expected) => {
    expect(overlap(a, b, 0.4)).toBe(expected);
  });
});
