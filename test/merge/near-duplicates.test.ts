import { describe, expect, it } from "vitest";
import { mergeEvents } from "../../src/merge/merge-events.js";
import { findNearDuplicates } from "../../src/merge/near-duplicates.js";
import { csvReturn, prepare, type RecordSpec, records } from "./helpers.js";

const assault = (agency: string, at: string, summary: string): RecordSpec => ({
  agency,
  row: 1,
  at,
  people: ["Sarah Jones", "Liam Jones"],
  categories: ["domestic-abuse", "injury"],
  summary,
});

describe("findNearDuplicates", () => {
  it("proposes a link between one assault dated 3 and 13 March by two agencies, without merging", () => {
    const { records: rows, personOf } = records([
      assault("Police", "2019-03-03T23:40", "Sarah assaulted by partner, punched in face, bruising to eye"),
      assault("GP", "2019-03-13", "Sarah reports assault by partner, punched in face, bruising around eye"),
    ]);
    const events = mergeEvents(rows, personOf);
    expect(events).toHaveLength(2);
    const { links } = findNearDuplicates(events);
    expect(links).toHaveLength(1);
    expect(links[0]!.reason).toBe("far-apart");
    expect(links[0]!.days).toBe(10);
    expect(links[0]!.events.map((e) => e.event.agencies[0])).toEqual(["Police", "GP"]);
    expect(links[0]!.people).toEqual(["Liam Jones", "Sarah Jones"]);
  });

  it("proposes a link by name when resolution kept the people apart: a name with no given name, or alike", () => {
    const link = (police: string, gp: string) => {
      const { records: rows, personOf } = prepare([
        csvReturn("Police", "police.csv", [
          `03/03/2019,22:10,"${police}","Domestic assault, punched in face by partner, bruising to eye"`,
        ]),
        csvReturn("GP", "gp.csv", [
          `13/03/2019,,"${gp}","Reports assault by partner, punched in face, bruising to eye"`,
        ]),
      ]);
      return findNearDuplicates(mergeEvents(rows, personOf)).links.map((l) => [l.reason, l.matchedBy]);
    };
    // Two dates of birth keep the people apart; the names are the evidence.
    expect(link("Sarah Jones (DOB 12/04/1990)", "Mrs Jones (DOB 01/01/1960)")).toEqual([
      ["far-apart", "name"],
    ]);
    expect(link("Sarah Jones (DOB 12/04/1990)", "Sara Jones (DOB 01/01/1960)")).toEqual([
      ["far-apart", "name"],
    ]);
    expect(link("Sarah Jones (DOB 12/04/1990)", "Mark Jones (DOB 01/01/1960)")).toEqual([]);
  });

  it("proposes a day-month swap by name when resolution kept the people apart", () => {
    const swap = (police: string, ed: string) => {
      const { records: rows, personOf } = prepare([
        csvReturn("Police", "police.csv", [
          `04/06/2019,21:10,"${police}","Domestic assault, hit by partner, cut to lip"`,
        ]),
        csvReturn("ED", "ed.csv", [
          `06/04/2019,22:05,"${ed}","Attended with cut to lip after assault by partner"`,
        ]),
      ]);
      return findNearDuplicates(mergeEvents(rows, personOf)).links.map((l) => [l.reason, l.matchedBy]);
    };
    expect(swap("Sarah Jones (DOB 12/04/1990)", "Mrs Jones (DOB 01/01/1960)")).toEqual([
      ["day-month-swap", "name"],
    ]);
    expect(swap("Mrs Jones (DOB 01/01/1960)", "Sarah Jones (DOB 12/04/1990)")).toEqual([
      ["day-month-swap", "name"],
    ]);
    expect(swap("Sarah Jones (DOB 12/04/1990)", "Sara Jones (DOB 01/01/1960)")).toEqual([
      ["day-month-swap", "name"],
    ]);
    expect(swap("Sarah Jones (DOB 12/04/1990)", "Amy Price (DOB 01/01/1960)")).toEqual([]);
  });

  it("proposes a link for day and month swapped (04/06/2019 and 06/04/2019)", () => {
    const person = `"Sarah Jones (mother, DOB 12/04/1990); Liam Jones (child, DOB 01/02/2018)"`;
    const { records: rows, personOf } = prepare([
      csvReturn("Police", "police.csv", [
        `04/06/2019,21:10,${person},"Domestic assault, Sarah hit by partner, cut to lip"`,
      ]),
      csvReturn("ED", "ed.csv", [
        `06/04/2019,22:05,${person},"Attended with cut to lip after assault by partner"`,
      ]),
    ]);
    const events = mergeEvents(rows, personOf);
    expect(events).toHaveLength(2);
    const { links } = findNearDuplicates(events);
    expect(links.map((l) => [l.reason, l.events[0].event.dateText, l.events[1].event.dateText])).toEqual([
      ["day-month-swap", ["06/04/2019 22:05"], ["04/06/2019 21:10"]],
    ]);
  });

  it("proposes a link for one day off at the same time of day, but not for a follow-up days later", () => {
    const police = assault(
      "Police",
      "2018-11-17T22:10",
      "Neighbour reports screaming, female punched to mouth by partner, swollen lip",
    );
    const ambulance = assault(
      "Ambulance",
      "2018-11-18T22:31",
      "Police on scene, female punched to mouth, small laceration to lip",
    );
    const linked = records([police, ambulance]);
    expect(findNearDuplicates(mergeEvents(linked.records, linked.personOf)).links.map((l) => l.days)).toEqual(
      [1],
    );
    const later = records([police, { ...ambulance, at: "2018-11-19T10:00" }]);
    expect(findNearDuplicates(mergeEvents(later.records, later.personOf)).links).toEqual([]);
  });

  it("proposes a link for the same words dated a day apart by two agencies", () => {
    const words =
      "Strategy discussion following the domestic incident, threshold for s47 enquiry met for Liam";
    const meeting = (agency: string, at: string): RecordSpec => ({
      agency,
      row: 1,
      at,
      people: ["Liam Jones"],
      categories: ["strategy-meeting", "child-protection-enquiry"],
      summary: words,
    });
    const { records: rows, personOf } = records([
      meeting("CSC", "2019-06-06T14:00"),
      meeting("Police", "2019-06-07"),
    ]);
    const events = mergeEvents(rows, personOf);
    expect(events).toHaveLength(2);
    expect(findNearDuplicates(events).links.map((l) => [l.reason, l.days])).toEqual([["far-apart", 1]]);
  });

  it("proposes nothing for routine visits a fortnight apart", () => {
    const visit = (agency: string, at: string): RecordSpec => ({
      agency,
      row: 1,
      at,
      people: ["Liam Jones"],
      categories: ["home-visit"],
      summary: "Home visit, Liam seen, home conditions adequate",
    });
    const { records: rows, personOf } = records([
      visit("CSC", "2019-03-01"),
      visit("Health Visiting", "2019-03-15"),
    ]);
    expect(findNearDuplicates(mergeEvents(rows, personOf)).links).toEqual([]);
  });

  it("proposes nothing between events that share no one", () => {
    const { records: rows, personOf } = records([
      assault("Police", "2019-03-03T23:40", "Assaulted by partner, punched in face"),
      { ...assault("GP", "2019-03-13", "Assaulted by partner, punched in face"), people: ["Amy Smith"] },
    ]);
    expect(findNearDuplicates(mergeEvents(rows, personOf)).links).toEqual([]);
  });

  it("proposes nothing beyond the link window", () => {
    const { records: rows, personOf } = records([
      assault("Police", "2019-03-03T23:40", "Sarah assaulted by partner, punched in face, bruising to eye"),
      assault("GP", "2019-03-13", "Sarah reports assault by partner, punched in face, bruising around eye"),
    ]);
    expect(findNearDuplicates(mergeEvents(rows, personOf), { linkWindowDays: 7 }).links).toEqual([]);
  });
});
