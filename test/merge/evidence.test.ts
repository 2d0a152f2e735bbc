import { describe, expect, it } from "vitest";
import { categoryEvidence, corroborated, intervalGap, peopleEvidence } from "../../src/merge/evidence.js";

describe("peopleEvidence", () => {
  it.each([
    ["a shared person", ["p1", "p2"], ["p1"], [], [], 1],
    ["half shared", ["p1", "p2"], ["p1", "p3"], [], [], 0.875],
    ["nobody named on one side", [], ["p1"], [], [], 0.4],
    ["strangers", ["p1"], ["p2"], ["sarah|jones"], ["amy|smith"], 0],
    ["the same name kept apart by resolution", ["p1"], ["p2"], ["sarah|jones"], ["sarah|jones"], 0.75],
    ["a spelling (Sara, Sarah)", ["p1"], ["p2"], ["sarah|jones"], ["sara|jones"], 0.6],
    ["a family name only on one side", ["p1"], ["p2"], ["|jones"], ["sarah|jones"], 0.6],
    ["the same given name in another family", ["p1"], ["p2"], ["sarah|jones"], ["sarah|price"], 0],
  ])("scores %s", (_case, subjectsA, subjectsB, namesA, namesB, expected) => {
    const a = { subjects: subjectsA, names: namesA };
    const b = { subjects: subjectsB, names: namesB };
    expect(peopleEvidence(a, b)).toBe(expected);
    expect(peopleEvidence(b, a)).toBe(expected);
  });
});

describe("categoryEvidence", () => {
  it.each([
    ["none on one side", [], ["injury"], 0.4],
    ["incompatible", ["appointment"], ["education"], 0],
    ["two sides of one incident (assault, injury)", ["domestic-abuse"], ["injury"], 0.4],
    ["only a routine category shared", ["home-visit"], ["home-visit", "child-seen"], 0.5],
    ["the same injury", ["injury"], ["injury"], 1],
  ])("scores %s", (_case, a, b, expected) => {
    expect(categoryEvidence(a, b)).toBe(expected);
  });
});

describe("corroborated", () => {
  it.each([
    [0.9, 0, 1, true],
    [0.9, 0.1, 0.4, true],
    [0.9, 0, 0.4, false],
    [0.6, 0.3, 0, true],
    [0.6, 0.1, 1, false],
  ])("time %d, text %d and categories %d give %s", (time, text, category, expected) => {
    expect(corroborated({ people: 1, category, time, text, score: 0.9 })).toBe(expected);
  });
});

describe("intervalGap", () => {
  it("is the gap between two intervals, 0 when they touch or overlap", () => {
    expect(intervalGap({ start: 0, end: 10 }, { start: 15, end: 20 })).toBe(5);
    expect(intervalGap({ start: 15, end: 20 }, { start: 0, end: 10 })).toBe(5);
    expect(intervalGap({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(0);
  });
});
