import { describe, expect, it } from "vitest";
import { offRadarCheck } from "../../src/analyse/off-radar.js";
import { daniel, event, liam, sarah, timeline } from "./timeline.js";

const people = [liam, sarah];
const seenBefore = event("2019-01-10", "Health Visiting", "Home visit. Mum and Liam seen.", [liam, sarah]);

describe("offRadarCheck", () => {
  it("fires when no professional sees the child after a household move with no forwarding address", () => {
    const move = event("2019-03-04", "Housing", "Tenant moved to Westholme. No forwarding address.", [sarah]);
    const nav = event("2019-03-20", "Health Visiting", "NAV - no reply. Card left.", [liam, sarah]);
    const ambulance = event("2019-03-25", "Ambulance", "Mother intoxicated. Children inside with partner.", [
      sarah,
    ]);
    const seen = event("2019-04-20", "Police", "Domestic. Liam awake in cot, seen by officers.", [
      liam,
      sarah,
    ]);
    const events = timeline(seenBefore, move, nav, ambulance, seen);
    const flags = offRadarCheck({ events, subjects: [liam], people });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      kind: "off-radar",
      start: "2019-03-04T12:00:00.000Z",
      end: "2019-04-20T12:00:00.000Z",
      people: [liam.id],
    });
    expect(flags[0]!.events[0]).toBe(move.event.id);
    expect(flags[0]!.events.at(-1)).toBe(seen.event.id);
    expect(flags[0]!.message).toBe(
      "No professional saw Liam Jones from 4 Mar 2019 (Housing), when the household moved with no forwarding address, to 20 Apr 2019 (Police), when Liam Jones was next recorded as seen (47 days).",
    );
  });

  it("does not fire when the child is seen soon after the move", () => {
    const move = event("2019-03-04", "Health Visiting", "Family moved to MGM's address.", [liam, sarah]);
    const seen = event("2019-03-09", "Health Visiting", "Home visit. Liam seen, well.", [liam, sarah]);
    expect(offRadarCheck({ events: timeline(seenBefore, move, seen), subjects: [liam], people })).toEqual([]);
  });

  it("fires after the second missed contact in 12 months", () => {
    const events = timeline(
      event("2018-03-20", "GP", "12 month imms. WNB.", [liam]),
      event("2018-05-02", "Health Visiting", "NAV - no answer.", [liam, sarah]),
      event("2018-07-02", "GP", "Imms given. Child seen, well.", [liam]),
    );
    const flags = offRadarCheck({ events, subjects: [liam], people });
    expect(flags).toHaveLength(1);
    expect(flags[0]!.start).toBe("2018-05-02T12:00:00.000Z");
    expect(flags[0]!.message).toContain("2 appointments or visits in 12 months found nobody or were missed");
  });

  it("runs to the end of the records when the child is never seen again", () => {
    const closed = event("2019-05-01", "Children's Social Care", "Case closed. NFA.", [liam, sarah]);
    const flags = offRadarCheck(
      { events: timeline(seenBefore, closed), subjects: [liam], people },
      { to: Date.parse("2019-08-01T00:00:00Z") },
    );
    expect(flags.map((f) => f.message)).toEqual([
      "No professional saw Liam Jones from 1 May 2019 (Children's Social Care), when the case was closed, to the end of the records (1 Aug 2019) (91 days).",
    ]);
  });

  it("does not take a police NFA on a crime report for a case closed", () => {
    const nfa = event("2019-05-01", "Police", "Theft from car reported by mother. NFA.", [liam, sarah]);
    const options = { to: Date.parse("2019-08-01T00:00:00Z") };
    expect(nfa.event.category).toContain("case-closed");
    expect(offRadarCheck({ events: timeline(seenBefore, nfa), subjects: [liam], people }, options)).toEqual(
      [],
    );
    expect(
      offRadarCheck(
        { events: timeline(seenBefore, nfa), subjects: [liam], people },
        { ...options, closingAgencies: /./ },
      ),
    ).toHaveLength(1);
  });

  it("takes a closure by CAMHS for a case closed", () => {
    const closed = event("2019-05-01", "CAMHS", "Discharged from CAMHS. Case closed.", [liam]);
    const flags = offRadarCheck(
      { events: timeline(seenBefore, closed), subjects: [liam], people },
      { to: Date.parse("2019-08-01T00:00:00Z") },
    );
    expect(flags.map((f) => f.events)).toEqual([[closed.event.id]]);
  });

  it("takes its minimum unseen days as an option", () => {
    const move = event("2019-03-04", "Housing", "Moved to new address.", [liam, sarah]);
    const seen = event("2019-04-20", "GP", "Liam seen, chest clear.", [liam]);
    const events = timeline(seenBefore, move, seen);
    expect(offRadarCheck({ events, subjects: [liam], people }, { minDays: 60 })).toEqual([]);
    expect(offRadarCheck({ events, subjects: [liam], people }, { minDays: 30 })).toHaveLength(1);
  });

  it("starts no spell before the child is born, nor when a partner gives a new address", () => {
    const baby = { ...liam, id: "p-baby", name: "Baby Jones", dob: "2019-08-14" };
    const before = event("2019-03-04", "Housing", "Tenant moved to new address.", [sarah, baby]);
    const born = event("2019-08-20", "Health Visiting", "New birth visit. Baby seen and weighed.", [
      baby,
      sarah,
    ]);
    expect(
      offRadarCheck({ events: timeline(before, born), subjects: [baby], people: [baby, sarah] }),
    ).toEqual([]);
    const partner = event("2019-03-10", "Police", "Vehicle stop. PRICE gave his new address.", [daniel]);
    const together = event("2019-01-20", "Police", "Domestic. Liam seen.", [liam, sarah, daniel]);
    const seen = event("2019-05-20", "GP", "Liam seen. Chest clear.", [liam]);
    const flags = offRadarCheck({
      events: timeline(seenBefore, together, partner, seen),
      subjects: [liam],
      people: [liam, sarah, daniel],
    });
    expect(flags).toEqual([]);
  });

  it("says so when the child was seen at the trigger itself", () => {
    const move = event("2019-02-27", "Health Visiting", "Family moved to MGM's. Mum, MGM and Liam seen.", [
      liam,
      sarah,
    ]);
    const next = event("2019-06-04", "Police", "Liam asleep upstairs, seen.", [liam, sarah]);
    const flags = offRadarCheck({ events: timeline(seenBefore, move, next), subjects: [liam], people });
    expect(flags.map((f) => f.message)).toEqual([
      "No professional saw Liam Jones after 27 Feb 2019 (Health Visiting), when the child moved (Liam Jones was seen that day), to 4 Jun 2019 (Police), when Liam Jones was next recorded as seen (97 days).",
    ]);
  });
});
