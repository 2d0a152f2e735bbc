import { describe, expect, it } from "vitest";
import { gapCheck } from "../../src/analyse/gap.js";
import { event, liam, timeline } from "./timeline.js";

describe("gapCheck", () => {
  const before = event("2017-08-19", "Police", "Domestic. Liam seen.", [liam]);
  const after = event("2018-03-06", "GP", "Liam seen. Cough.", [liam]);

  it("fires on a period longer than the threshold with no event for the subject", () => {
    const flags = gapCheck(timeline(before, after), [liam]);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.message).toBe(
      "No agency recorded any contact with Liam Jones for 198 days, from 19 Aug 2017 to 6 Mar 2018 (threshold 90 days).",
    );
  });

  it("does not let an entry that records no contact end the gap, and cites it", () => {
    const letter = event("2017-11-01", "Health Visiting", "Letter sent offering review. No response.", [
      liam,
    ]);
    const nav = event("2017-12-01", "Health Visiting", "NAV - no reply.", [liam]);
    const flags = gapCheck(timeline(before, letter, nav, after), [liam]);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.events).toEqual([before.event.id, letter.event.id, nav.event.id, after.event.id]);
    expect(flags[0]!.message).toContain(
      "The only entries in between record no contact: 1 Nov 2017, 1 Dec 2017.",
    );
  });

  it("does not fire when a real contact falls in between", () => {
    const visit = event("2017-11-01", "Health Visiting", "Home visit. Liam seen.", [liam]);
    expect(gapCheck(timeline(before, visit, after), [liam], { gapDays: 180 })).toEqual([]);
  });

  it("measures from the scope's start to the first contact and from the last contact to the scope's end", () => {
    const from = Date.parse("2017-06-01T00:00:00Z");
    const to = Date.parse("2018-06-01T00:00:00Z");
    const flags = gapCheck(timeline(before, after), [liam], { from, to, gapDays: 60, timezone: "UTC" });
    expect(flags.map((f) => [f.start, f.end, f.events])).toEqual([
      ["2017-06-01T00:00:00.000Z", new Date(before.start).toISOString(), [before.event.id]],
      [
        new Date(before.end).toISOString(),
        new Date(after.start).toISOString(),
        [before.event.id, after.event.id],
      ],
      [new Date(after.end).toISOString(), "2018-06-01T00:00:00.000Z", [after.event.id]],
    ]);
    expect(flags[0]!.message).toBe(
      "No agency recorded any contact with Liam Jones for 79 days, from the start of the review's scope (1 Jun 2017) to 19 Aug 2017 (threshold 60 days).",
    );
    expect(flags[2]!.message).toBe(
      "No agency recorded any contact with Liam Jones for 86 days, from 6 Mar 2018 to the end of the review's scope (31 May 2018) (threshold 60 days).",
    );
  });

  it("starts the first gap at the subject's birth when it is after the scope's start", () => {
    const baby = { ...liam, dob: "2017-05-01" };
    const first = event("2017-09-01", "Health Visiting", "New birth visit. Liam seen.", [baby]);
    const flags = gapCheck(timeline(first), [baby], {
      from: Date.parse("2017-01-01T00:00:00Z"),
      to: Date.parse("2017-10-01T00:00:00Z"),
      timezone: "UTC",
    });
    expect(flags.map((f) => f.message)).toEqual([
      "No agency recorded any contact with Liam Jones for 123 days, from Liam Jones's birth (1 May 2017) to 1 Sep 2017 (threshold 90 days).",
    ]);
  });

  it("flags the whole scope, citing its no-contact entries, when nothing in it records contact", () => {
    const letter = event("2019-03-01", "Health Visiting", "Letter sent. No response.", [liam]);
    const flags = gapCheck(timeline(letter), [liam], {
      from: Date.parse("2019-01-01T00:00:00Z"),
      to: Date.parse("2020-01-01T00:00:00Z"),
      timezone: "UTC",
    });
    expect(flags).toHaveLength(1);
    expect(flags[0]!.events).toEqual([letter.event.id]);
    expect(flags[0]!.message).toBe(
      "No agency recorded any contact with Liam Jones for 365 days, from the start of the review's scope (1 Jan 2019) to the end of the review's scope (31 Dec 2019) (threshold 180 days). The only entries in between record no contact: 1 Mar 2019.",
    );
  });

  it("measures nothing at the edges without a scope (there is no clock)", () => {
    const visit = event("2017-11-01", "Health Visiting", "Home visit. Liam seen.", [liam]);
    expect(gapCheck(timeline(before, visit, after), [liam], { gapDays: 180 })).toEqual([]);
  });

  it("ignores an author's note", () => {
    const note = event("2017-11-01", "# Review author", "Author's note.", [liam], { category: ["note"] });
    expect(gapCheck(timeline(before, note, after), [liam])).toHaveLength(1);
  });
});
