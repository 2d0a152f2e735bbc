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

  it("ignores an author's note", () => {
    const note = event("2017-11-01", "# Review author", "Author's note.", [liam], { category: ["note"] });
    expect(gapCheck(timeline(before, note, after), [liam])).toHaveLength(1);
  });
});
