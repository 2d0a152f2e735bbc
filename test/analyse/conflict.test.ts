import { describe, expect, it } from "vitest";
import { conflictCheck } from "../../src/analyse/conflict.js";
import { mergeEvents } from "../../src/merge/merge-events.js";
import { type RecordSpec, records } from "../merge/helpers.js";

const police: RecordSpec = {
  agency: "Police",
  row: 1,
  at: "2019-03-03T23:40",
  text: "03/03/2019 23:40",
  people: ["Sarah Jones", "Liam Jones"],
  categories: ["domestic-abuse", "injury"],
  summary: "Sarah assaulted by partner, punched in face, bruising to eye",
};

/** The emergency department's account of the police's incident, timed hours later. */
const edHoursLater = {
  ...police,
  agency: "ED",
  at: "2019-03-04T02:30",
  text: "04/03/2019 02:30",
  summary: "Attended with bruising to eye, assaulted by partner",
};

describe("conflictCheck", () => {
  it("flags two events that look like one incident dated days apart, naming both", () => {
    const { records: rows, personOf } = records([
      police,
      {
        ...police,
        agency: "GP",
        at: "2019-03-13",
        text: "13/03/2019",
        summary: "Sarah reports assault by partner, punched in face, bruising around eye",
      },
    ]);
    const events = mergeEvents(rows, personOf);
    const flags = conflictCheck(events, { timezone: "UTC" });
    expect(flags).toHaveLength(1);
    expect(flags[0]!.kind).toBe("conflict");
    expect(flags[0]!.events).toEqual(events.map((e) => e.event.id));
    expect(flags[0]!.message).toContain("Police (3 Mar 2019");
    expect(flags[0]!.message).toContain("GP (13 Mar 2019");
    expect(flags[0]!.message).toContain("the dates are 10 days apart");
    expect(flags[0]!.message).toContain("Proposed link");
  });

  it("flags a merged event whose agencies give times hours apart", () => {
    const { records: rows, personOf } = records([police, edHoursLater]);
    const events = mergeEvents(rows, personOf);
    expect(events).toHaveLength(1);
    const flags = conflictCheck(events, { timezone: "UTC" });
    expect(flags.map((f) => f.message)).toEqual([
      'ED and Police describe this event differently: date (ED "04/03/2019 02:30", Police "03/03/2019 23:40").',
    ]);
  });

  it("raises no flag for events outside the review's scope", () => {
    const { records: rows, personOf } = records([police, edHoursLater]);
    const events = mergeEvents(rows, personOf, { from: Date.UTC(2019, 5, 1) });
    expect(events[0]!.event.outOfScope).toBe(true);
    expect(conflictCheck(events)).toEqual([]);
  });

  it("does not flag an agency that names fewer people, nor different categories", () => {
    const { records: rows, personOf } = records([
      police,
      {
        ...police,
        agency: "ED",
        at: "2019-03-04T00:15",
        people: ["Sarah Jones"],
        categories: ["injury"],
        summary: "Attended with bruising to eye, assaulted by partner",
      },
    ]);
    const events = mergeEvents(rows, personOf);
    expect(events[0]!.event.conflicts.map((c) => c.field)).toEqual(["people", "category"]);
    expect(conflictCheck(events)).toEqual([]);
  });

  it("flags people named by one agency and not the other both ways", () => {
    const { records: rows, personOf } = records([
      police,
      {
        ...police,
        agency: "ED",
        at: "2019-03-04T00:15",
        people: ["Sarah Jones", "Dan Price"],
        summary: "Attended with bruising to eye, assaulted by partner",
      },
    ]);
    const events = mergeEvents(rows, personOf);
    expect(events).toHaveLength(1);
    expect(conflictCheck(events)[0]!.message).toContain(
      'people (ED "Dan Price; Sarah Jones", Police "Liam Jones; Sarah Jones")',
    );
  });
});
