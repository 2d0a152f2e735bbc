import { describe, expect, it } from "vitest";
import type { Chronology } from "../../src/model/chronology.js";
import { ChronologySchema } from "../../src/model/chronology.js";
import { generateReview } from "../../src/testing/generate-review.js";
import { perfectChronology } from "../../src/testing/perfect-chronology.js";
import { checkConservation, scoreChronology, scoreEvents, scorePeople } from "../../src/testing/score.js";

const { truth } = generateReview({ seed: 8, families: 8 });
const perfect = perfectChronology(truth);

/** Every row its own event and every mention its own person: the answer that merges nothing. */
function oneEventPerRow(document: Chronology): Chronology {
  return {
    ...document,
    events: document.events.flatMap((e) =>
      e.sources.map((s, i) => ({ ...e, id: `${e.id}-${i}`, sources: [s] })),
    ),
    people: document.people.flatMap((p) =>
      p.sources.map((s, i) => ({ ...p, id: `${p.id}-${i}`, sources: [s] })),
    ),
    flags: [],
  };
}

describe("perfectChronology", () => {
  it("builds a document that validates against the schema", () => {
    expect(ChronologySchema.safeParse(perfect).success).toBe(true);
  });
});

describe("scoreChronology", () => {
  it("scores a perfect answer built from the truth 1.0 on every measure", () => {
    const score = scoreChronology(perfect, truth);
    expect(score.events).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(score.people).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    for (const flag of score.flags.filter((f) => f.expected > 0)) {
      expect(flag).toMatchObject({ recall: 1, precision: 1 });
    }
    expect(score.conservation.ok).toBe(true);
  });

  it("scores a one-event-per-row answer clearly lower", () => {
    const score = scoreChronology(oneEventPerRow(perfect), truth);
    expect(score.events.truePairs).toBeGreaterThan(0);
    expect(score.events.recall).toBe(0);
    expect(score.events.f1).toBeLessThan(0.5);
    expect(score.people.f1).toBeLessThan(0.5);
    expect(score.flags.filter((f) => f.expected > 0).every((f) => f.recall === 0)).toBe(true);
    expect(score.conservation.ok).toBe(true);
  });

  it("lowers event precision when unrelated rows are put together", () => {
    const [a, b, ...rest] = perfect.events;
    const lumped = { ...perfect, events: [{ ...a!, sources: [...a!.sources, ...b!.sources] }, ...rest] };
    const score = scoreEvents(lumped, truth);
    expect(score.precision).toBeLessThan(1);
    expect(score.recall).toBe(1);
  });

  it("counts each misdated row as its own event when asked, so that flagging it rather than merging it scores 1", () => {
    const disputed = generateReview({ seed: 9, families: 12 }).truth;
    const answer = perfectChronology(disputed);
    const event = disputed.events.find((e) => e.misdated !== undefined)!;
    const misdated = event.misdated![0]!;
    const key = (r: { file: string; row: number }) => `${r.file}#${r.row}`;
    const split = {
      ...answer,
      events: answer.events.flatMap((e) => {
        const alone = e.sources.filter((s) => key(s) === key(misdated));
        if (alone.length === 0) return [e];
        const rest = e.sources.filter((s) => key(s) !== key(misdated));
        return [
          { ...e, sources: rest },
          { ...e, id: `${e.id}-misdated`, sources: alone },
        ];
      }),
    };
    expect(scoreEvents(split, disputed).recall).toBeLessThan(1);
    expect(scoreEvents(split, disputed, { misdatedApart: true })).toMatchObject({ precision: 1, recall: 1 });
    expect(scoreEvents(answer, disputed, { misdatedApart: true }).precision).toBeLessThan(1);
  });

  it("matches people by row and text even when the document orders mentions differently", () => {
    const shuffled = {
      ...perfect,
      people: perfect.people.map((p) => ({ ...p, sources: [...p.sources].reverse() })).reverse(),
    };
    expect(scorePeople(shuffled, truth).f1).toBe(1);
  });

  it("does not mutate the document or the truth", () => {
    const before = JSON.stringify([perfect, truth]);
    scoreChronology(perfect, truth);
    expect(JSON.stringify([perfect, truth])).toBe(before);
  });
});

describe("checkConservation", () => {
  it("names the rows that are missing, cited twice or unknown", () => {
    const [first, second, ...rest] = perfect.events;
    const broken: Chronology = {
      ...perfect,
      events: [
        { ...first!, sources: [] },
        {
          ...second!,
          sources: [...second!.sources, second!.sources[0]!, { agency: "X", file: "x.csv", row: 1 }],
        },
        ...rest,
      ],
    };
    const result = checkConservation(broken, truth);
    expect(result.ok).toBe(false);
    expect(result.missing).toEqual(first!.sources.map(({ file, row }) => ({ file, row })));
    expect(result.duplicated).toEqual([{ file: second!.sources[0]!.file, row: second!.sources[0]!.row }]);
    expect(result.unknown).toEqual([{ file: "x.csv", row: 1 }]);
  });
});
