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

/** recordsSeen as its patterns read a text: the reading the scan for a person's terms must give. */
function byPatterns(text: string, terms: readonly string[], adult: boolean): "seen" | "not-seen" | null {
  if (terms.length === 0) return null;
  const who = terms
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
    .sort((a, b) => b.length - a.length)
    .join("|");
  const verbs = adult
    ? "seen|met|spoken to|spoke to|assessed|interviewed|checked"
    : "seen|examined|weighed|observed|spoken to|spoke to|talked to";
  const after = new RegExp(`\\b(?:${who})\\b([^.;!?\\n]{0,60}?)\\b(?:${verbs})\\b`, "giu");
  const before = new RegExp(
    `(\\b(?:no|not|nil)\\s+)?\\b(?:saw|seen|met|spoke to|spoken to|checks? (?:on|of|re|regarding)|pnc checks? on|police checks? on|assessed)\\s+(?:\\w+\\s+){0,2}?(?:${who})\\b`,
    "giu",
  );
  const own = new RegExp(`\\b(?:${who})\\b`, "giu");
  let seen = false;
  let notSeen = false;
  for (const sentence of text.split(/[.;!?\n]+/)) {
    for (const match of sentence.matchAll(after)) {
      const between = (match[1] ?? "").replace(own, "");
      if (/\b(?:not|never|no|n't|nor|unable to be)\b/i.test(between)) notSeen = true;
      else if (
        /^\s*(?:and|&)\s/i.test(between) ||
        !(
          /\b(?:mum|mother|dad|father|partner|mgm|nan|gran|grandmother|parents?|carer|she|he)\b/i.test(
            between,
          ) || /\p{Lu}\p{Ll}/u.test(between)
        )
      )
        seen = true;
    }
    for (const match of sentence.matchAll(before)) {
      const start = match.index ?? 0;
      const lead = sentence.slice(Math.max(0, start - 12), start);
      if (match[1] !== undefined || /\b(?:no|not|nil|without)\s*$/i.test(lead)) notSeen = true;
      else seen = true;
    }
  }
  return seen ? "seen" : notSeen ? "not-seen" : null;
}

describe("recordsSeen's scan", () => {
  const pieces = [
    "Liam",
    "LIAM",
    "liam's",
    "Liamx",
    "Jones",
    "Zoë",
    "ZOË",
    "zoe",
    "O'Neil",
    "Mary-Jane",
    "Siân",
    "child",
    "children",
    "both children",
    "both\tchildren",
    "both  children",
    "the children",
    "young person",
    "baby",
    "unknown male",
    "not",
    "no",
    "nil",
    "without",
    "never",
    "n't",
    "seen",
    "saw",
    "met",
    "weighed",
    "spoken to",
    "spoke  to",
    "checks on",
    "check re",
    "checks regarding",
    "PNC checks on",
    "police check on",
    "assessed",
    "checked",
    "Mum",
    "he",
    "Dr",
    "Smith",
    "and",
    "&",
    "with",
    "at",
    " ",
    " ",
    " ",
    "\u00a0",
    "\t",
    ",",
    ".",
    ";",
    "\n",
    "-",
    "_",
    "’",
    "'",
    "é",
    "ſ",
    "\u212a",
    "😀",
    "7",
    "x".repeat(30),
    "very long filler words here",
  ];
  const termLists = [
    ["Liam", "Jones", "child", "children", "both children", "the children", "baby", "young person"],
    ["Zoë", "Mary-Jane", "O'Neil", "child"],
    ["Siân", "Jones"],
    ["unknown male", "partner"],
    ["Daniel", "Price"],
  ];

  it("reads every text as the person's patterns do", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 24 }),
        fc.array(fc.constantFrom("", " "), { minLength: 24, maxLength: 24 }),
        fc.constantFrom(...termLists),
        fc.boolean(),
        (words, gaps, terms, adult) => {
          const text = words.map((w, i) => w + gaps[i]).join("");
          expect(recordsSeen(text, terms, adult)).toBe(byPatterns(text, terms, adult));
        },
      ),
      { numRuns: 3000 },
    );
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
