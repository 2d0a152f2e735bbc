import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toJson } from "../../src/export/to-json.js";
import type { Chronology, Person } from "../../src/model/chronology.js";
import { redact } from "../../src/redact/redact.js";
import { leakedTokens, nameTokens } from "./leaks.js";

const letters = [..."abcdefghijklmnoprstuvwyząćęłńóśźżéüö"];
// Titles, and the words the codes and placeholders are made of ("[name]", "Adult Male 1").
const titles = new Set([
  "miss",
  "prof",
  "master",
  "name",
  "child",
  "adult",
  "male",
  "female",
  "phone",
  "email",
]);
const word = fc
  .array(fc.constantFrom(...letters), { minLength: 4, maxLength: 9 })
  .map((chars) => chars.join(""))
  .filter((w) => !titles.has(w));
const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const name = fc
  .tuple(word, word)
  .map(([given, family]) => ({ given: capital(given), family: capital(family) }));

function documentOf(names: readonly { given: string; family: string }[]): Chronology {
  const people: Person[] = names.map((n, i) => ({
    id: `p-${i}`,
    name: `${n.given} ${n.family}`,
    aliases: [],
    dob: null,
    sex: null,
    roles: i === 0 ? ["child"] : [],
    identifiers: {},
    sources: [
      { agency: "Police", file: "police.csv", row: i + 1, text: `${n.given} ${n.family.toUpperCase()}` },
    ],
  }));
  return {
    schemaVersion: 1,
    events: names.map((n, i) => ({
      id: `e-${i}`,
      start: "2019-01-01T00:00:00.000Z",
      end: "2019-01-02T00:00:00.000Z",
      precision: "day",
      approximate: false,
      dateText: ["01/01/2019"],
      agencies: ["Police"],
      category: [],
      summary: `${n.given} ${n.family.toUpperCase()} seen; ${n.given.toLowerCase()}'s room; Mr ${n.family} (${n.family.normalize("NFD")}) left.`,
      people: [`p-${i}`],
      sources: [{ agency: "Police", file: "police.csv", row: i + 1 }],
      conflicts: [],
      outOfScope: false,
    })),
    people,
    flags: [
      {
        kind: "gap",
        start: null,
        end: null,
        people: people.map((p) => p.id),
        events: [],
        message: `No contact with ${names.map((n) => `${n.given} ${n.family}`).join(", ")}.`,
      },
    ],
    rejected: [],
    issues: [],
    stats: { inputRows: names.length, events: names.length, people: names.length, rejected: 0 },
  };
}

describe("redact (properties)", () => {
  it("leaves no given or family name, in any case or accent form, and gives every person their own code", () => {
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 6 }), (names) => {
        const document = documentOf(names);
        const { document: redacted, glossary } = redact(document);
        const tokens = nameTokens(names.flatMap((n) => [n.given, n.family]));
        expect(leakedTokens(toJson(redacted), tokens)).toEqual([]);
        expect(new Set(glossary.map((g) => g.code)).size).toBe(document.people.length);
      }),
      { numRuns: 150 },
    );
  });
});
