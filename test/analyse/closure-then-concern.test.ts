import { describe, expect, it } from "vitest";
import { closureThenConcernCheck } from "../../src/analyse/closure-then-concern.js";
import { daniel, event, liam, sarah, timeline } from "./timeline.js";

const people = [liam, sarah, daniel];
const closed = event("2018-10-31", "Children's Social Care", "CIN plan ended. Case closed.", [sarah, liam]);

describe("closureThenConcernCheck", () => {
  it("fires on a domestic incident within 30 days of a case closed", () => {
    const incident = event("2018-11-17", "Police", "Domestic. PRICE punched SJ. Liam present, seen.", [
      sarah,
      daniel,
      liam,
    ]);
    const flags = closureThenConcernCheck({ events: timeline(closed, incident), subjects: [liam], people });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      kind: "closure-then-concern",
      events: [closed.event.id, incident.event.id],
    });
    expect(flags[0]!.message).toBe(
      "The case was closed on 31 Oct 2018 (Children's Social Care), and within 30 days came a domestic incident 17 days later, 17 Nov 2018 (Police).",
    );
  });

  it("fires on a re-referral within 12 months of closure", () => {
    const referral = event("2019-05-01", "Children's Social Care", "Re-referral from school.", [liam]);
    const flags = closureThenConcernCheck({ events: timeline(closed, referral), subjects: [liam], people });
    expect(flags.map((f) => f.message)).toEqual([
      "The case was closed on 31 Oct 2018 (Children's Social Care) and re-referred 182 days later, 1 May 2019 (Children's Social Care).",
    ]);
  });

  it("counts a concern about the household of a child in the closure", () => {
    const incident = event("2018-11-10", "Police", "Domestic incident at the flat.", [sarah]);
    const seen = event("2018-01-01", "Health Visiting", "Mum and Liam seen.", [sarah, liam]);
    const onlyLiam = event("2018-10-31", "Children's Social Care", "Case closed.", [liam]);
    expect(
      closureThenConcernCheck({ events: timeline(seen, onlyLiam, incident), subjects: [liam], people }),
    ).toHaveLength(1);
  });

  it.each([
    [
      "a case closed with no later concern",
      [event("2019-02-01", "Health Visiting", "Home visit. Liam seen, well.", [liam, sarah])],
    ],
    ["a concern long after", [event("2020-01-10", "Police", "Domestic incident.", [sarah, liam])]],
  ])("does not fire on %s", (_name, later) => {
    expect(closureThenConcernCheck({ events: timeline(closed, ...later), subjects: [liam], people })).toEqual(
      [],
    );
  });

  it("does not treat a police NFA on a crime as a case closed, unless told to", () => {
    const nfa = event("2018-09-28", "Police", "CPS: insufficient evidence. NFA.", [sarah, daniel]);
    const incident = event("2018-10-10", "Police", "Domestic. Assault.", [sarah, daniel]);
    expect(closureThenConcernCheck({ events: timeline(nfa, incident), subjects: [liam], people })).toEqual(
      [],
    );
    expect(
      closureThenConcernCheck(
        { events: timeline(nfa, incident), subjects: [liam], people },
        { closingAgencies: /./ },
      ),
    ).toHaveLength(1);
  });

  it("does not read a recalled closure as a new one", () => {
    const recalled = event("2018-11-19", "Children's Social Care", "Re-referral. Case closed 31/10/2018.", [
      sarah,
      liam,
    ]);
    const incident = event("2018-11-25", "Police", "Domestic incident.", [sarah, liam]);
    expect(
      closureThenConcernCheck({ events: timeline(recalled, incident), subjects: [liam], people }),
    ).toEqual([]);
  });
});
