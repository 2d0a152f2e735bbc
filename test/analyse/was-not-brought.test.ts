import { describe, expect, it } from "vitest";
import { wasNotBroughtCheck } from "../../src/analyse/was-not-brought.js";
import { event, liam, sarah, timeline } from "./timeline.js";

const people = [liam, sarah];

describe("wasNotBroughtCheck", () => {
  it("fires on two missed contacts for a child within 12 months, naming each", () => {
    const events = timeline(
      event("2018-03-20", "GP", "12 month imms. WNB. Letter sent.", [liam]),
      event("2018-05-02", "Health Visiting", "NAV - no reply, curtains closed. Card left.", [liam, sarah]),
    );
    const flags = wasNotBroughtCheck({ events, subjects: [liam], people });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      kind: "was-not-brought",
      people: [liam.id],
      events: events.map((e) => e.event.id),
    });
    expect(flags[0]!.message).toBe(
      "Liam Jones was not brought, or not found at home, 2 times in 12 months: missed appointment 20 Mar 2018 (GP) and no access 2 May 2018 (Health Visiting).",
    );
  });

  it("does not fire on a single missed appointment", () => {
    const events = timeline(event("2018-03-20", "GP", "12 month imms. WNB.", [liam]));
    expect(wasNotBroughtCheck({ events, subjects: [liam], people })).toEqual([]);
  });

  it("does not fire on two missed appointments more than 12 months apart", () => {
    const events = timeline(
      event("2018-03-20", "GP", "WNB", [liam]),
      event("2019-04-20", "GP", "WNB", [liam]),
    );
    expect(wasNotBroughtCheck({ events, subjects: [liam], people })).toEqual([]);
  });

  it("does not count a record that looks back on earlier missed appointments", () => {
    const events = timeline(
      event("2018-03-20", "GP", "WNB for 2/12 review.", [liam]),
      event(
        "2018-04-25",
        "Health Visiting",
        "Task from GP: Liam not brought for imms twice (20/03 and 24/04).",
        [liam],
      ),
    );
    expect(wasNotBroughtCheck({ events, subjects: [liam], people })).toEqual([]);
  });

  it("does not count an adult's own missed appointments", () => {
    const events = timeline(
      event("2018-10-09", "GP", "Review appointment. DNA.", [sarah]),
      event("2018-11-09", "GP", "Review appointment. DNA.", [sarah]),
    );
    expect(wasNotBroughtCheck({ events, subjects: [liam], people })).toEqual([]);
  });

  it("flags DNA wording used for a child", () => {
    const events = timeline(event("2018-04-24", "GP", "12 month imms - 2nd appt. DNA.", [liam]));
    const flags = wasNotBroughtCheck({ events, subjects: [liam], people });
    expect(flags.map((f) => f.message)).toEqual([
      `Liam Jones's missed appointment was recorded as "did not attend" (DNA) on 24 Apr 2018 (GP): a child does not fail to attend, a child is not brought (WNB).`,
    ]);
    expect(wasNotBroughtCheck({ events, subjects: [liam], people }, { flagDnaWording: false })).toEqual([]);
  });

  it("fires on one missed appointment while a child protection plan is active", () => {
    const plan = event(
      "2019-01-10",
      "Children's Social Care",
      "ICPC: Liam made subject to a child protection plan.",
      [liam],
    );
    const missed = event("2019-02-01", "Health Visiting", "Liam WNB for 2 year review.", [liam]);
    const flags = wasNotBroughtCheck({ events: timeline(plan, missed), subjects: [liam], people });
    expect(flags).toHaveLength(1);
    expect(flags[0]!.events).toEqual([plan.event.id, missed.event.id]);
    expect(flags[0]!.message).toContain("while a child protection plan was in place");
  });

  it("ends a plan at children's social care's closure, not at a police NFA", () => {
    const plan = event(
      "2019-01-10",
      "Children's Social Care",
      "ICPC: Liam made subject to a child protection plan.",
      [liam],
    );
    const nfa = event("2019-01-20", "Police", "Theft from car reported by mother. NFA.", [liam]);
    const closed = event("2019-01-20", "Children's Social Care", "Case closed.", [liam]);
    const missed = event("2019-02-01", "Health Visiting", "Liam WNB for 2 year review.", [liam]);
    const check = (...events: ReturnType<typeof event>[]) =>
      wasNotBroughtCheck({ events: timeline(...events), subjects: [liam], people }).length;
    expect(check(plan, nfa, missed)).toBe(1);
    expect(check(plan, closed, missed)).toBe(0);
  });

  it("uses its thresholds as options", () => {
    const events = timeline(
      event("2018-03-20", "GP", "WNB", [liam]),
      event("2018-04-20", "GP", "WNB", [liam]),
    );
    expect(wasNotBroughtCheck({ events, subjects: [liam], people }, { minMissed: 3 })).toEqual([]);
    expect(wasNotBroughtCheck({ events, subjects: [liam], people }, { windowDays: 20 })).toEqual([]);
  });

  it("does not mutate its input", () => {
    const events = timeline(
      event("2018-03-20", "GP", "WNB", [liam]),
      event("2018-04-20", "GP", "WNB", [liam]),
    );
    const copy = structuredClone(events);
    wasNotBroughtCheck({ events, subjects: [liam], people });
    expect(events).toEqual(copy);
  });
});
