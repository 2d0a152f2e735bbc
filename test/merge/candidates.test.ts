import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { candidatePairs } from "../../src/merge/cluster.js";
import { peopleEvidence, withinWindow } from "../../src/merge/evidence.js";
import { resolveMergeOptions } from "../../src/merge/merge-options.js";
import { type MergeUnit, toUnits } from "../../src/merge/merge-unit.js";
import type { NormalisedRecord, PersonMention } from "../../src/model/normalised.js";

// People as resolve would leave them: two spellings of one woman kept apart (p1, p2), a child, a woman of
// another family, a role-only "Mother" resolved to p1 or to no one known, and a professional.
const pool: { id: string; mention: Partial<PersonMention> }[] = [
  { id: "p1", mention: { name: "Sarah Jones", given: "Sarah", family: "Jones" } },
  { id: "p2", mention: { name: "Sara Jones", given: "Sara", family: "Jones" } },
  { id: "p3", mention: { name: "Liam Jones", given: "Liam", family: "Jones" } },
  { id: "p4", mention: { name: "Emma Smith", given: "Emma", family: "Smith" } },
  { id: "p1", mention: { name: null, given: null, family: null, role: "mother" } },
  { id: "p5", mention: { name: null, given: null, family: null, role: "mother" } },
  { id: "p6", mention: { name: "Ann Lee", given: "Ann", family: "Lee", roleKind: "professional" } },
  { id: "p7", mention: { name: "Mrs Jones", given: null, family: "Jones", title: "Mrs" } },
  { id: "p8", mention: { name: "Sarah Smith", given: "Sarah", family: "Smith" } },
];
const words = ["assault", "partner", "visit", "emma", "sarah", "liam", "bruise", "notification", "joint"];
const day = 86_400_000;

const rowArb = fc.record({
  agency: fc.constantFrom("Police", "ED", "CSC", "GP"),
  day: fc.integer({ min: 0, max: 5 }),
  minute: fc.option(fc.integer({ min: 0, max: 24 * 60 - 1 }), { nil: null }),
  month: fc.boolean(),
  note: fc.boolean(),
  people: fc.subarray([0, 1, 2, 3, 4, 5, 6, 7, 8]),
  words: fc.subarray(words),
});

type Row = typeof rowArb extends fc.Arbitrary<infer T> ? T : never;

function toRecords(rows: readonly Row[]): {
  records: NormalisedRecord[];
  personOf: Map<string, string[]>;
} {
  const personOf = new Map<string, string[]>();
  const records = rows.map((row, i): NormalisedRecord => {
    const timed = row.minute !== null && !row.month;
    const start = Date.UTC(2019, 2, 1) + (row.month ? 0 : row.day * day + (row.minute ?? 0) * 60_000);
    const chosen = row.people.map((k) => pool[k]!);
    personOf.set(
      `r.csv\u0000${i + 1}`,
      chosen.map((p) => p.id),
    );
    return {
      source: { agency: row.agency, file: "r.csv", row: i + 1 },
      date: {
        text: "",
        start,
        end: start + (row.month ? 31 * day : timed ? 60_000 : day),
        precision: row.month ? "month" : timed ? "minute" : "day",
        approximate: false,
        uncertain: false,
      },
      sequence: null,
      people: chosen.map(({ mention }) => ({
        text: mention.name ?? "Mother",
        name: null,
        title: null,
        given: null,
        family: null,
        role: null,
        roleKind: "family",
        sex: null,
        dob: null,
        nhs: null,
        nhsValid: false,
        ...mention,
      })),
      summary: row.words.join(" "),
      action: "",
      categories: [],
      reference: null,
      note: row.note,
    };
  });
  return { records, personOf };
}

describe("candidatePairs", () => {
  it("offers every pair the merge may score, each once, and none it may not", () => {
    const options = resolveMergeOptions({});
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 30 }), (rows) => {
        const { records, personOf } = toRecords(rows);
        const units = toUnits(records, personOf);
        const offered: string[] = [];
        candidatePairs(units, options, (i, j) => offered.push(`${i}:${j}`));
        expect(new Set(offered).size).toBe(offered.length);
        const may = (a: MergeUnit, b: MergeUnit) =>
          !a.note && !b.note && a.agency !== b.agency && withinWindow(a, b, options);
        for (const pair of offered) {
          const [i, j] = pair.split(":").map(Number) as [number, number];
          expect(i).toBeLessThan(j);
          expect(may(units[i]!, units[j]!)).toBe(true);
        }
        const got = new Set(offered);
        for (let i = 0; i < units.length; i++) {
          for (let j = i + 1; j < units.length; j++) {
            const [a, b] = [units[i]!, units[j]!];
            const related = peopleEvidence(a, b) > 0 || a.known.some((id) => b.known.includes(id));
            if (may(a, b) && related) expect(got.has(`${i}:${j}`)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
