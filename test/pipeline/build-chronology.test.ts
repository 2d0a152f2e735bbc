import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ChronologySchema } from "../../src/model/chronology.js";
import { ChronomergeError } from "../../src/model/chronomerge-error.js";
import type { SourceInput } from "../../src/model/source.js";
import { buildChronology } from "../../src/pipeline/build-chronology.js";

const police: SourceInput = {
  file: "police.csv",
  agency: "Police",
  content:
    'Date,Time,Person(s) involved,Details\r\n16/07/2018,23:40,"Sarah JONES (mother, DOB 12/04/1990); Liam Jones (child)","Domestic incident, DASH completed"\r\nsoon,,Liam Jones (child),Unreadable date\r\n',
};
const csc: SourceInput = {
  file: "csc.json",
  agency: "Children's Social Care",
  content: JSON.stringify([
    {
      "Event date": "2018-07-19",
      Subject: "Liam Jones (child, DOB 03/02/2017)",
      Description: "Referral from police",
    },
    { "Event date": "", Subject: "Liam Jones", Description: "No date" },
  ]),
};
const gp: SourceInput = {
  file: "gp.csv",
  agency: "GP",
  content: new Uint8Array([
    ...new TextEncoder().encode("Date of contact,Patient,Details\r\n07.05.2019,Liam Jones,Seen by Dr Ren"),
    0xe9,
    ...new TextEncoder().encode("e "),
    0x93,
    ...new TextEncoder().encode("well"),
    0x94,
    ...new TextEncoder().encode("\r\n"),
  ]),
};

describe("buildChronology", () => {
  it("produces a document that validates against the schema", () => {
    const document = buildChronology([police, csc, gp]);
    expect(ChronologySchema.safeParse(document).success).toBe(true);
    expect(document.schemaVersion).toBe(1);
  });

  it("conserves every row: each is in one event's sources or in rejected", () => {
    const document = buildChronology([police, csc, gp]);
    const inEvents = document.events.flatMap((e) => e.sources.map((s) => `${s.file}#${s.row}`));
    const rejected = document.rejected.map((r) => `${r.file}#${r.row}`);
    expect([...inEvents, ...rejected].sort()).toEqual(
      ["police.csv#1", "police.csv#2", "csc.json#1", "csc.json#2", "gp.csv#1"].sort(),
    );
    expect(document.stats).toEqual({ inputRows: 5, events: 3, people: 2, rejected: 2 });
  });

  it("rejects rows with no date or an unreadable date, with their codes", () => {
    const document = buildChronology([police, csc]);
    expect(document.rejected).toEqual([
      { file: "csc.json", row: 2, code: "missing_date", reason: "the date is empty" },
      { file: "police.csv", row: 2, code: "unreadable_date", reason: '"soon" matches no known date style' },
    ]);
  });

  it("decodes a Windows-1252 return and reports the fallback", () => {
    const document = buildChronology([gp]);
    expect(document.events[0]?.summary).toBe("Seen by Dr Renée “well”");
    expect(document.issues.map((i) => i.code)).toContain("encoding_fallback");
  });

  it("resolves the same child across agencies into one person", () => {
    const document = buildChronology([police, csc, gp]);
    const liam = document.people.filter((p) => p.name === "Liam Jones");
    expect(liam).toHaveLength(1);
    expect(liam[0]?.dob).toBe("2017-02-03");
    expect(new Set(liam[0]?.sources.map((s) => s.agency))).toEqual(
      new Set(["Police", "Children's Social Care", "GP"]),
    );
  });

  it("stores times in Europe/London as UTC instants", () => {
    const document = buildChronology([police]);
    expect(document.events[0]?.start).toBe("2018-07-16T22:40:00.000Z");
    expect(document.events[0]?.precision).toBe("minute");
  });

  it("marks events outside the review's scope without dropping them", () => {
    const document = buildChronology([police, csc], { from: "2018-07-17" });
    expect(document.events.map((e) => e.outOfScope)).toEqual([true, false]);
  });

  it("gives the same document whatever the order of the returns", () => {
    const a = JSON.stringify(buildChronology([police, csc, gp]));
    const b = JSON.stringify(buildChronology([gp, police, csc]));
    expect(b).toBe(a);
  });

  it("does not mutate its input", () => {
    const sources = [police, csc];
    const before = structuredClone(sources);
    buildChronology(sources, { subjects: ["Liam Jones"] });
    expect(sources).toEqual(before);
  });

  it("throws a ChronomergeError for an unknown time zone", () => {
    expect(() => buildChronology([police], { timezone: "Mars/Olympus" })).toThrow(ChronomergeError);
  });

  it("throws invalid_option naming both dates when the scope starts after it ends", () => {
    expect(() => buildChronology([police], { from: "2020-01-01", to: "2019-01-01" })).toThrow(
      expect.objectContaining({
        code: "invalid_option",
        message: expect.stringMatching(/2020-01-01.*2019-01-01/),
      }),
    );
    expect(
      buildChronology([police], { from: "2019-01-01", to: "2019-01-01" }).stats.inputRows,
    ).toBeGreaterThan(0);
  });

  it("flags a gap for the subject longer than the threshold", () => {
    const document = buildChronology([police, csc, gp], { subjects: ["Liam Jones"] });
    const gaps = document.flags.filter((f) => f.kind === "gap");
    expect(gaps).toHaveLength(1);
    expect(gaps[0]?.message).toContain("Liam Jones");
    expect(gaps[0]?.events).toHaveLength(2);
  });
});

const cell = fc.oneof(
  fc.constantFrom(
    "07/05/2012",
    "2 May 2006",
    "March 2019",
    "2016",
    "soon",
    "",
    "31/02/2019",
    "16/07/2018 23:52",
  ),
  fc.string({ maxLength: 12 }),
);

describe("buildChronology (properties)", () => {
  it("conserves rows for generated returns, in any order", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.tuple(cell, fc.string({ maxLength: 20 }), fc.string({ maxLength: 30 })), {
            maxLength: 12,
          }),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        (returns) => {
          const sources: SourceInput[] = returns.map((rows, i) => ({
            file: `r${i}.json`,
            agency: `Agency ${i}`,
            content: JSON.stringify(
              rows.map(([date, person, details]) => ({ Date: date, Person: person, Details: details })),
            ),
          }));
          const document = buildChronology(sources);
          const seen = [
            ...document.events.flatMap((e) => e.sources.map((s) => `${s.file}#${s.row}`)),
            ...document.rejected.map((r) => `${r.file}#${r.row}`),
          ];
          const expected = returns.flatMap((rows, i) => rows.map((_, r) => `r${i}.json#${r + 1}`));
          expect(seen.sort()).toEqual(expected.sort());
          expect(document.stats.inputRows).toBe(expected.length);
          expect(JSON.stringify(buildChronology([...sources].reverse()))).toBe(JSON.stringify(document));
        },
      ),
      { numRuns: 60 },
    );
  });
});
