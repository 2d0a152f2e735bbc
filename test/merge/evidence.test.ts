import { describe, expect, it } from "vitest";
import {
  categoryEvidence,
  corroborated,
  emergencyService,
  intervalGap,
  keptApart,
  peopleEvidence,
} from "../../src/merge/evidence.js";

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

describe("corroborated: emergencies and accounts kept apart", () => {
  it.each([
    [true, 0.6, 0.1, 1, false, true],
    [false, 0.6, 0.1, 1, false, false],
    [true, 0.4, 0.1, 1, false, false],
    [true, 0.6, 0, 1, false, false],
    [true, 0.6, 0.1, 0.4, false, false],
    [false, 0.9, 0.4, 1, true, false],
    [false, 0.9, 0.7, 1, true, true],
  ])(
    "emergency %s, time %d, text %d, categories %d, kept apart %s give %s",
    (emergency, time, text, category, apart, expected) => {
      expect(corroborated({ people: 1, category, time, text, score: 0.9, emergency, apart })).toBe(expected);
    },
  );
});

describe("emergencyService", () => {
  it.each([
    ["police", true],
    ["west midlands ambulance service", true],
    ["emergency department", true],
    ["ed", true],
    ["a e", true],
    ["wmas", true],
    ["nwas paramedics", true],
    ["secamb", true],
    ["west yorkshire fire and rescue service", true],
    ["mps", true],
    ["childrens social care", false],
    ["mash", false],
    ["housing", false],
    ["gp", false],
    ["ethnic minority achievement service emas", false],
    ["health visiting", false],
    ["education", false],
  ])("reads %j as %s", (agency, expected) => {
    expect(emergencyService(agency)).toBe(expected);
  });
});

describe("keptApart", () => {
  const tokens = (...words: string[]) => ({ tokens: new Set(words) });
  it("keeps a notification received apart, and routine contacts unless one says it was joint", () => {
    expect(keptApart(tokens("polic", "notification", "domes"), tokens("domes", "incid"), 1)).toBe(true);
    // The police that write "notification" are sending one; "notified" alone is not read as told.
    const police = { ...tokens("notification", "domes"), agency: "police" };
    expect(keptApart(police, tokens("domes", "incid"), 1)).toBe(false);
    expect(keptApart(tokens("csc", "notif", "domes"), tokens("domes", "incid"), 1)).toBe(false);
    expect(keptApart(tokens("home", "visit"), tokens("home", "visit", "weigh"), 0.5)).toBe(true);
    expect(keptApart(tokens("joint", "home", "visit"), tokens("home", "visit"), 0.5)).toBe(false);
    expect(keptApart(tokens("domes", "assau"), tokens("assau", "injur"), 1)).toBe(false);
  });
});

describe("peopleEvidence: a person named in the other account", () => {
  it("counts the given name of one row's person in the other's account as shared (0.6)", () => {
    const csc = { subjects: ["poppy"], names: ["poppy|smith"], tokens: new Set(["atten", "marac", "emma"]) };
    const police = { subjects: ["emma"], names: ["emma|smith"], tokens: new Set(["marac", "meeti"]) };
    expect(peopleEvidence(csc, police)).toBe(0.6);
    expect(peopleEvidence(police, csc)).toBe(0.6);
    expect(peopleEvidence({ ...csc, tokens: new Set(["marac"]) }, police)).toBe(0);
  });
});

describe("intervalGap", () => {
  it("is the gap between two intervals, 0 when they touch or overlap", () => {
    expect(intervalGap({ start: 0, end: 10 }, { start: 15, end: 20 })).toBe(5);
    expect(intervalGap({ start: 15, end: 20 }, { start: 0, end: 10 })).toBe(5);
    expect(intervalGap({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(0);
  });
});
