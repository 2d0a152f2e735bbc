import { describe, expect, it } from "vitest";
import type { Chronology } from "../../src/model/chronology.js";
import { generateReview } from "../../src/testing/generate-review.js";
import { type ChronologyMatchers, chronologyMatchers } from "../../src/testing/matchers.js";
import { perfectChronology } from "../../src/testing/perfect-chronology.js";

expect.extend(chronologyMatchers);

declare module "vitest" {
  interface Assertion<T> extends ChronologyMatchers<T> {}
}

const { truth } = generateReview({ seed: 9, families: 12 });
const document = perfectChronology(truth);
const shared = truth.events.find((e) => e.rows.length >= 2)!;
const other = truth.events.find((e) => e !== shared && e.rows.length >= 1)!;
const hidden = truth.flags.find((f) => f.kind === "missing-men")!;
const hiddenName = truth.people.find((p) => p.id === hidden.person)!.name;
const { toConserveRows, toHaveFlag, toMergeRows } = chronologyMatchers;

describe("toConserveRows", () => {
  it("passes when every row is in one event or rejected, with and without the truth", () => {
    expect(document).toConserveRows();
    expect(document).toConserveRows(truth);
    expect(document).toConserveRows(truth.rows);
  });

  it.each<[string, (d: Chronology) => Chronology, RegExp]>([
    [
      "a row dropped",
      (d) => ({ ...d, events: d.events.slice(1) }),
      /row\(s\) are in no event and not rejected: \S+ row \d+/,
    ],
    [
      "a row cited twice",
      (d) => ({ ...d, rejected: [{ ...d.events[0]!.sources[0]!, code: "x", reason: "x" }] }),
      /row\(s\) are cited more than once/,
    ],
    [
      "a row invented",
      (d) => ({ ...d, rejected: [{ file: "nowhere.csv", row: 9, code: "x", reason: "x" }] }),
      /cited are not in the returns: nowhere\.csv row 9/,
    ],
  ])("fails with a message naming the rows when %s", (_name, breakIt, message) => {
    const result = toConserveRows(breakIt(document), truth);
    expect(result.pass).toBe(false);
    expect(result.message()).toMatch(message);
    expect(() => expect(breakIt(document)).toConserveRows(truth)).toThrow(message);
  });

  it("fails without the truth when the counts disagree with stats.inputRows", () => {
    const result = toConserveRows({ ...document, stats: { ...document.stats, inputRows: truth.rows + 1 } });
    expect(result.pass).toBe(false);
    expect(result.message()).toContain(`${truth.rows + 1} input rows, but ${truth.rows} distinct rows`);
  });

  it("fails on something that is not a chronology", () => {
    expect(toConserveRows({ events: 3 }).message()).toMatch(/expected a chronology document.*keys events/);
    expect(toConserveRows(null).pass).toBe(false);
  });
});

describe("toHaveFlag", () => {
  it("passes for a flag naming the person by name, id or with accents folded, within the window", () => {
    expect(document).toHaveFlag("missing-men");
    expect(document).toHaveFlag("missing-men", { person: hiddenName, from: hidden.from, to: hidden.to });
    expect(document).toHaveFlag("missing-men", { person: `p_${hidden.person}` });
    expect(document).toHaveFlag("missing-men", { person: hiddenName.toUpperCase() });
  });

  it("fails listing the kinds present when there is no flag of the kind", () => {
    const result = toHaveFlag({ ...document, flags: document.flags.filter((f) => f.kind !== "gap") }, "gap", {
      person: "Liam Jones",
    });
    expect(result.pass).toBe(false);
    expect(result.message()).toMatch(
      /^expected a gap flag for "Liam Jones", but the chronology has no gap flag at all \(flags present: .*missing-men/,
    );
  });

  it("fails listing the flags of the kind when they are about someone else or another time", () => {
    const byPerson = toHaveFlag(document, "missing-men", { person: "Nobody Atall" });
    expect(byPerson.pass).toBe(false);
    expect(byPerson.message()).toMatch(
      /are about other people or times:\n {2}- \d{4}-\d{2}-\d{2} → .*lives in the household/,
    );
    const byTime = toHaveFlag(document, "missing-men", {
      person: hiddenName,
      from: "1990-01-01",
      to: "1990-12-31",
    });
    expect(byTime.pass).toBe(false);
    expect(byTime.message()).toContain("between 1990-01-01 and 1990-12-31");
  });

  it("explains a negated match by listing the flags found", () => {
    expect(() => expect(document).not.toHaveFlag("missing-men", { person: hiddenName })).toThrow(
      /expected no missing-men flag for ".*", but found:\n {2}- /,
    );
  });
});

describe("toMergeRows", () => {
  it("passes when the rows are sources of one event", () => {
    expect(document).toMergeRows(shared.rows);
    expect(document).not.toMergeRows([shared.rows[0]!, other.rows[0]!]);
  });

  it("fails naming the event each row is in", () => {
    const rows = [shared.rows[0]!, other.rows[0]!];
    const result = toMergeRows(document, rows);
    expect(result.pass).toBe(false);
    const message = result.message();
    expect(message).toContain(
      `expected ${rows[0]!.file} row ${rows[0]!.row}, ${rows[1]!.file} row ${rows[1]!.row} to be one event`,
    );
    expect(message).toContain(`event e_${shared.id}`);
    expect(message).toContain(`event e_${other.id}`);
  });

  it("says where a row went when it is rejected or nowhere", () => {
    const first = shared.rows[0]!;
    const withRejected = {
      ...document,
      events: document.events.filter((e) => e.id !== `e_${shared.id}`),
      rejected: [{ ...first, code: "unreadable_date", reason: "bad date" }],
    };
    const message = toMergeRows(withRejected, shared.rows).message();
    expect(message).toContain(`${first.file} row ${first.row} → rejected`);
    expect(message).toContain("nowhere (not in any event, not rejected)");
  });

  it("explains a negated match with the event that holds the rows", () => {
    expect(() => expect(document).not.toMergeRows(shared.rows)).toThrow(
      /not to be one event, but they are all in event e_/,
    );
  });

  it("asks for at least two rows", () => {
    expect(toMergeRows(document, [shared.rows[0]!]).message()).toMatch(/at least two rows/);
  });
});
