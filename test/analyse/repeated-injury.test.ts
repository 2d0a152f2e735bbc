import { describe, expect, it } from "vitest";
import { repeatedInjuryCheck } from "../../src/analyse/repeated-injury.js";
import { event, liam, mia, sarah, timeline } from "./timeline.js";

const people = [liam, mia, sarah];

describe("repeatedInjuryCheck", () => {
  it("fires on two injuries to a child under 2 within 6 months, counting one incident once", () => {
    const bruise = event("2019-10-09", "Health Visiting", "Mia seen: 1cm bruise L cheek.", [mia, sarah], {
      category: ["injury"],
    });
    const ambulance = event("2019-12-18", "Ambulance", "Swelling R side of head.", [mia], {
      category: ["injury"],
    });
    const ed = event("2019-12-18", "Emergency Department", "Swelling R parietal 3cm.", [mia], {
      category: ["injury"],
    });
    const flags = repeatedInjuryCheck({ events: timeline(bruise, ambulance, ed), subjects: [mia], people });
    expect(flags).toHaveLength(1);
    expect(flags[0]!.events).toHaveLength(3);
    expect(flags[0]!.message).toBe(
      'Mia Jones, under 2, had 2 injuries recorded, each within 6 months of the one before: 9 Oct 2019 (Health Visiting) "bruise" and 18 Dec 2019 (Ambulance) "Swelling".',
    );
  });

  it("does not fire on one injury, or on injuries to a child over 2", () => {
    const one = event("2019-10-09", "Health Visiting", "Bruise L cheek.", [mia]);
    expect(repeatedInjuryCheck({ events: timeline(one), subjects: [mia], people })).toEqual([]);
    const older = timeline(
      event("2019-06-20", "School", "Bruise on arm.", [liam]),
      event("2019-07-20", "School", "Bruise on leg.", [liam]),
    );
    expect(repeatedInjuryCheck({ events: older, subjects: [liam], people })).toEqual([]);
  });

  it("fires on an injury explained as accidental with no strategy discussion or medical within 2 days", () => {
    const fall = event(
      "2019-12-18",
      "Emergency Department",
      "Fall from changing table (per mother). Swelling R parietal.",
      [mia],
    );
    const flags = repeatedInjuryCheck({ events: timeline(fall), subjects: [mia], people });
    expect(flags.map((f) => f.message)).toEqual([
      'An injury to Mia Jones (under 2) on 18 Dec 2019 (Emergency Department) was explained as accidental ("Fall from changing table (per mother)") and no strategy discussion or child protection medical is recorded within 2 days.',
    ]);
    const strategy = event(
      "2019-12-19",
      "Children's Social Care",
      "Strategy discussion. CP medical arranged.",
      [mia],
    );
    expect(repeatedInjuryCheck({ events: timeline(fall, strategy), subjects: [mia], people })).toEqual([]);
  });
});
