import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SourceInput } from "../../src/model/source.js";
import { buildChronology } from "../../src/pipeline/build-chronology.js";
import { merge, startChronology } from "../../src/pipeline/merge-returns.js";

const people = [
  "Sarah Jones (mother, DOB 12/04/1990)",
  "Liam Jones (child, DOB 01/02/2018)",
  "Dan Price (partner)",
  "Sarah JONES",
];
const texts = [
  "Domestic incident, Sarah assaulted by partner, bruising to face",
  "Attended ED with bruising to face after assault",
  "Home visit, Liam seen, home conditions adequate",
  "Liam was not brought to immunisation appointment",
  "Referral received from school re bruise on arm",
];

const rowArb = fc
  .record({
    day: fc.integer({ min: 1, max: 6 }),
    time: fc.option(fc.constantFrom("09:00", "23:40", "23:52", "00:15", "14:30"), { nil: "" }),
    people: fc.subarray(people, { minLength: 1, maxLength: 2 }),
    text: fc.constantFrom(...texts),
  })
  .map((r) => `0${r.day}/03/2019,${r.time},"${r.people.join("; ")}","${r.text}"`);

const returnArb = (agency: string): fc.Arbitrary<SourceInput> =>
  fc.array(rowArb, { minLength: 1, maxLength: 6 }).map((rows) => ({
    agency,
    file: `${agency.toLowerCase()}.csv`,
    content: `Date,Time,Person(s) involved,Details\n${rows.join("\n")}\n`,
  }));

const returnsArb = fc.tuple(returnArb("Police"), returnArb("ED"), returnArb("CSC"), returnArb("GP"));

describe("merge", () => {
  it("gives the document a merge from scratch gives when returns come late", () => {
    fc.assert(
      fc.property(returnsArb, fc.integer({ min: 1, max: 3 }), (returns, split) => {
        const early = returns.slice(0, split);
        const late = returns.slice(split);
        const incremental = merge(startChronology(early, { timezone: "Europe/London" }), late);
        expect(JSON.stringify(incremental.document)).toBe(
          JSON.stringify(buildChronology([...returns].reverse(), { timezone: "Europe/London" })),
        );
      }),
      { numRuns: 40 },
    );
  });

  it("changes nothing when the same returns are merged again", () => {
    fc.assert(
      fc.property(returnsArb, (returns) => {
        const state = startChronology(returns);
        expect(merge(state, returns).document).toEqual(state.document);
      }),
      { numRuns: 20 },
    );
  });

  it("replaces a return with the corrected one of the same file and agency", () => {
    const first: SourceInput = {
      agency: "GP",
      file: "gp.csv",
      content: "Date,Details\n01/03/2019,Seen\n02/03/2019,Seen again\n",
    };
    const corrected: SourceInput = { ...first, content: "Date,Details\n01/03/2019,Seen\n" };
    const state = merge(startChronology([first]), [corrected]);
    expect(state.document.stats.inputRows).toBe(1);
    expect(state.sources).toEqual([corrected]);
  });

  it("does not mutate the previous state", () => {
    const police: SourceInput = {
      agency: "Police",
      file: "police.csv",
      content: "Date,Details\n01/03/2019,Call\n",
    };
    const gp: SourceInput = { agency: "GP", file: "gp.csv", content: "Date,Details\n01/03/2019,Seen\n" };
    const state = startChronology([police]);
    const before = structuredClone(state);
    merge(state, [gp]);
    expect(state).toEqual(before);
  });
});
