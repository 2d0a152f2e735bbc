import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { namedIn, namedInExcept, recordsSeen } from "../../src/analyse/seen.js";
import { daniel, liam, mia, person, sarah } from "./timeline.js";

describe("recordsSeen", () => {
  it.each([
    ["Mum and Liam seen.", "seen"],
    ["Liam awake in cot, crying, seen by PC 1234.", "seen"],
    ["Liam seen and examined, wt 9kg.", "seen"],
    ["Liam asleep, not seen.", "not-seen"],
    ["Mum seen alone. Liam at nursery.", null],
    ["Liam with MGM, mum seen.", null],
    ["Flat tidy.", null],
  ])("reads %j as %s for Liam", (text, expected) => {
    expect(recordsSeen(text, ["Liam"])).toBe(expected);
  });

  it.each([
    ["No checks on Mr Price completed.", "not-seen"],
    ["Mr Price not present, not spoken to.", "not-seen"],
    ["SW met Daniel at the flat.", "seen"],
    ["PNC checks on Daniel Price completed.", "seen"],
  ])("reads %j for an adult", (text, expected) => {
    expect(recordsSeen(text, ["Daniel", "Price"], true)).toBe(expected);
  });
});

describe("namedIn", () => {
  it("finds a person by a name only they have", () => {
    expect(namedIn("Sarah says PRICE left.", [sarah, daniel]).map((p) => p.name)).toEqual([
      "Sarah Jones",
      "Daniel Price",
    ]);
  });

  it("matches a nickname loosely, and only a capitalised word", () => {
    expect(namedIn("Partner 'Danny' has moved in.", [daniel], true)).toEqual([daniel]);
    expect(namedIn("Partner 'Danny' has moved in.", [daniel])).toEqual([]);
    expect(namedIn("the danger and damage", [daniel], true)).toEqual([]);
  });
});

describe("namedInExcept", () => {
  const dan = person("Dan Jones", { sex: "male", roles: ["uncle"] });
  const everyone = [liam, mia, sarah, daniel, dan];
  const words = ["Dan", "Danny", "Liam", "Mia", "Jones", "Price", "Sarah", "mum", "moved", "in", "and"];

  it("names who namedIn names once the person left out is not a candidate", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { maxLength: 8 }),
        fc.constantFrom(...everyone.map((p) => p.id), undefined),
        fc.boolean(),
        (tokens, except, loose) => {
          const text = tokens.join(" ");
          const others = everyone.filter((p) => p.id !== except);
          expect(namedInExcept(text, everyone, except, loose)).toEqual(namedIn(text, others, loose));
        },
      ),
    );
  });

  it("names a nickname's owner when the other owner is the person left out", () => {
    // "Dan" is ambiguous between Daniel Price and Dan Jones until Dan Jones is left out.
    expect(namedInExcept("Dan moved in", everyone, undefined, true)).toEqual([]);
    expect(namedInExcept("Dan moved in", everyone, dan.id, true)).toEqual([daniel]);
  });
});
