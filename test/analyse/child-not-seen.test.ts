import { describe, expect, it } from "vitest";
import { childNotSeenCheck } from "../../src/analyse/child-not-seen.js";
import { event, liam, mia, sarah, timeline } from "./timeline.js";

const people = [liam, mia, sarah];

describe("childNotSeenCheck", () => {
  it("fires on a home visit that records only the mother as seen", () => {
    const visit = event("2018-09-26", "Children's Social Care", "CIN home visit. Mother seen, home tidy.", [
      sarah,
      liam,
    ]);
    const flags = childNotSeenCheck({ events: timeline(visit), subjects: [liam], people });
    expect(flags).toEqual([
      {
        kind: "child-not-seen",
        start: "2018-09-26T12:00:00.000Z",
        end: "2018-09-26T12:01:00.000Z",
        people: [liam.id],
        events: [visit.event.id],
        message:
          "The home visit on 26 Sep 2018 (Children's Social Care) does not record Liam Jones as seen or seen alone.",
      },
    ]);
  });

  it("does not take a parent seen alone for the child seen", () => {
    const visit = event(
      "2018-09-26",
      "Health Visiting",
      "Home visit. Mother seen alone for routine enquiry.",
      [sarah, liam],
    );
    expect(visit.event.category).toContain("child-seen");
    expect(childNotSeenCheck({ events: timeline(visit), subjects: [liam], people })).toHaveLength(1);
  });

  it("says so when the record states the child was not seen", () => {
    const visit = event("2019-10-01", "Health Visiting", "Home visit. Mia seen. Liam asleep, not seen.", [
      sarah,
      liam,
      mia,
    ]);
    const flags = childNotSeenCheck({ events: timeline(visit), subjects: [liam, mia], people });
    expect(flags.map((f) => f.message)).toEqual([
      "The home visit on 1 Oct 2019 (Health Visiting) records that Liam Jones was not seen.",
    ]);
  });

  it.each([
    ["Home visit. Mum and Liam seen.", "a child seen by name"],
    ["Home visit. Liam seen alone in his bedroom.", "a child seen alone"],
    ["Home visit. Both children seen, asleep.", "children seen"],
    ["NAV - no reply. Card left.", "a no-access visit"],
    ["Telephone call with mother.", "not a visit"],
    ["Birth notification received. New birth visit booked.", "a visit only booked"],
    ["Liam WNB for review. Letter offering home visit.", "a visit only offered"],
    ["Task from GP re missed imms. Home visit planned.", "a visit only planned"],
  ])("does not fire on %j (%s)", (summary) => {
    const e = event("2018-09-26", "Children's Social Care", summary, [sarah, liam]);
    expect(childNotSeenCheck({ events: timeline(e), subjects: [liam], people })).toEqual([]);
  });

  it("checks an assessment that took place, not one only decided on", () => {
    const done = event("2018-12-14", "Children's Social Care", "Single assessment completed. Mother seen.", [
      sarah,
      liam,
    ]);
    const planned = event(
      "2018-11-19",
      "Children's Social Care",
      "Re-referral. Progress to single assessment.",
      [sarah, liam],
    );
    const flags = childNotSeenCheck({ events: timeline(planned, done), subjects: [liam], people });
    expect(flags.map((f) => f.events[0])).toEqual([done.event.id]);
    expect(
      childNotSeenCheck({ events: timeline(done), subjects: [liam], people }, { assessments: false }),
    ).toEqual([]);
  });
});
