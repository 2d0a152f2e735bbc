import { describe, expect, it } from "vitest";
import { multipleReportersCheck } from "../../src/analyse/multiple-reporters.js";
import { event, liam, sarah, timeline } from "./timeline.js";

const people = [liam, sarah];

describe("multipleReportersCheck", () => {
  it("fires when 3 agencies record concerns about a child within 90 days", () => {
    const events = timeline(
      event("2019-06-20", "School", "Bruise on Liam's arm. Referral to CSC.", [liam]),
      event("2019-07-10", "Police", "Domestic incident, Liam present.", [liam, sarah]),
      event("2019-08-01", "GP", "Safeguarding referral made.", [liam]),
    );
    const flags = multipleReportersCheck({ events, subjects: [liam], people });
    expect(flags.map((f) => f.message)).toEqual([
      "3 agencies recorded concerns about Liam Jones between 20 Jun 2019 and 1 Aug 2019: GP (1 Aug 2019), Police (10 Jul 2019) and School (20 Jun 2019).",
    ]);
  });

  it("does not fire on two agencies, or on three spread over a year", () => {
    const two = timeline(
      event("2019-06-20", "School", "Referral to CSC.", [liam]),
      event("2019-07-10", "Police", "Domestic incident.", [liam]),
    );
    expect(multipleReportersCheck({ events: two, subjects: [liam], people })).toEqual([]);
    const spread = timeline(...two, event("2020-03-01", "GP", "Referral.", [liam]));
    expect(multipleReportersCheck({ events: spread, subjects: [liam], people })).toEqual([]);
  });

  it("does not count one incident merged from three agencies' returns", () => {
    const merged = event("2019-02-12", "Police", "Domestic assault. Liam present.", [liam, sarah]);
    merged.event.agencies = ["Ambulance", "Emergency Department", "Police"];
    expect(multipleReportersCheck({ events: [merged], subjects: [liam], people })).toEqual([]);
  });
});
