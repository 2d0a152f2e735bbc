import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeRecords } from "../../src/merge/merge-events.js";
import { rowKey } from "../../src/model/content-id.js";
import { type RecordSpec, records } from "./helpers.js";

const agencies = ["Police", "Ambulance", "ED", "CSC", "GP"] as const;
const people = ["Sarah Jones", "Liam Jones", "Dan Price"] as const;
const categories = ["domestic-abuse", "injury", "home-visit", "appointment", "referral"] as const;
const words = [
  "assault",
  "partner",
  "injury",
  "visit",
  "seen",
  "referral",
  "bruise",
  "school",
  "absent",
] as const;

const specArb = fc.record({
  agency: fc.constantFrom(...agencies),
  day: fc.integer({ min: 1, max: 4 }),
  time: fc.option(fc.integer({ min: 0, max: 24 * 60 - 1 }), { nil: null }),
  people: fc.subarray([...people]),
  categories: fc.subarray([...categories], { maxLength: 2 }),
  summary: fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 5 }).map((w) => w.join(" ")),
  copy: fc.boolean(),
});

type Generated = fc.Arbitrary<RecordSpec[]>;

/** A few returns with rows numbered per file; some rows also appear in a copy of their file. */
const returnsArb: Generated = fc.array(specArb, { minLength: 1, maxLength: 25 }).map((list) => {
  const rows = new Map<string, number>();
  const specs: RecordSpec[] = [];
  const add = (spec: Omit<RecordSpec, "row">) => {
    const file = spec.file ?? `${spec.agency.toLowerCase()}.csv`;
    const row = (rows.get(file) ?? 0) + 1;
    rows.set(file, row);
    specs.push({ ...spec, file, row });
  };
  for (const s of list) {
    const hh =
      s.time === null
        ? ""
        : `T${String(Math.floor(s.time / 60)).padStart(2, "0")}:${String(s.time % 60).padStart(2, "0")}`;
    const spec = {
      agency: s.agency,
      at: `2019-03-0${s.day}${hh}`,
      people: s.people,
      categories: s.categories,
      summary: s.summary,
    };
    add(spec);
    if (s.copy) add({ ...spec, file: `${s.agency.toLowerCase()}-copy.csv` });
  }
  return specs;
});

/** A permutation of a list from a list of sort keys. */
function permute<T>(list: readonly T[], keys: readonly number[]): T[] {
  return list
    .map((item, i) => ({ item, key: keys[i % Math.max(1, keys.length)] ?? 0, i }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map((x) => x.item);
}

describe("mergeRecords (properties)", () => {
  it("gives byte-identical output whatever the order of files and rows", () => {
    fc.assert(
      fc.property(returnsArb, fc.array(fc.integer(), { minLength: 1, maxLength: 60 }), (specs, keys) => {
        const a = records(specs);
        const b = records(permute(specs, keys));
        const shuffledPeople = new Map(permute([...b.personOf], keys));
        expect(JSON.stringify(mergeRecords(b.records, shuffledPeople))).toBe(
          JSON.stringify(mergeRecords(a.records, a.personOf)),
        );
      }),
      { numRuns: 150 },
    );
  });

  it("changes nothing when the same rows are merged twice", () => {
    fc.assert(
      fc.property(returnsArb, (specs) => {
        const { records: rows, personOf } = records(specs);
        expect(mergeRecords([...rows, ...rows], personOf)).toEqual(mergeRecords(rows, personOf));
      }),
      { numRuns: 100 },
    );
  });

  it("conserves every row: each is in exactly one event's sources", () => {
    fc.assert(
      fc.property(returnsArb, (specs) => {
        const { records: rows, personOf } = records(specs);
        const seen = mergeRecords(rows, personOf).events.flatMap((e) => e.event.sources.map(rowKey));
        expect(seen.sort()).toEqual(rows.map((r) => rowKey(r.source)).sort());
      }),
      { numRuns: 150 },
    );
  });

  it("never puts two different rows of one agency in one event", () => {
    fc.assert(
      fc.property(returnsArb, (specs) => {
        const { records: rows, personOf } = records(specs);
        for (const { event } of mergeRecords(rows, personOf).events) {
          const texts = new Map<string, Set<string>>();
          for (const source of event.sources) {
            const row = rows.find((r) => rowKey(r.source) === rowKey(source))!;
            const set = texts.get(source.agency) ?? new Set();
            set.add(JSON.stringify([row.date, row.summary, row.people, row.categories]));
            texts.set(source.agency, set);
          }
          for (const set of texts.values()) expect(set.size).toBe(1);
        }
      }),
      { numRuns: 150 },
    );
  });
});
