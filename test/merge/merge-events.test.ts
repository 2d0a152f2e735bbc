import { describe, expect, it } from "vitest";
import { compareMerged, mergeEvents, mergeRecords } from "../../src/merge/merge-events.js";
import { ChronomergeError } from "../../src/model/chronomerge-error.js";
import { contentId, rowKey } from "../../src/model/content-id.js";
import { csvReturn, prepare, type RecordSpec, records } from "./helpers.js";

const family = ["Sarah Jones", "Liam Jones"];
const assault = {
  people: family,
  categories: ["domestic-abuse", "injury"],
};

/** The overnight incident: police 23:40, ambulance 23:52, ED 00:15 the next day. */
const overnight: RecordSpec[] = [
  {
    agency: "Police",
    row: 1,
    at: "2019-03-03T23:40",
    ...assault,
    summary: "Domestic incident, Sarah assaulted by partner, facial injury, Liam present",
  },
  {
    agency: "Ambulance",
    row: 1,
    at: "2019-03-03T23:52",
    people: ["Sarah Jones"],
    categories: ["injury", "hospital-attendance"],
    summary: "Female with facial injury after assault by partner, conveyed to hospital",
  },
  {
    agency: "ED",
    row: 1,
    at: "2019-03-04T00:15",
    people: ["Sarah Jones"],
    categories: ["injury", "hospital-attendance"],
    summary: "Attended with facial injury, states assaulted by partner",
  },
];

describe("mergeEvents", () => {
  it("merges one incident seen by three agencies across midnight into one event", () => {
    const { records: rows, personOf } = records(overnight);
    const events = mergeEvents(rows, personOf);
    expect(events).toHaveLength(1);
    const [merged] = events;
    expect(merged!.event.agencies).toEqual(["Ambulance", "ED", "Police"]);
    expect(merged!.event.sources.map((s) => s.agency)).toEqual(["Ambulance", "ED", "Police"]);
    expect(merged!.event.start).toBe("2019-03-03T23:40:00.000Z");
    expect(merged!.event.end).toBe("2019-03-04T00:16:00.000Z");
    expect(merged!.event.id).toBe(contentId("e", merged!.event.sources.map(rowKey)));
  });

  it("keeps each agency's account, attributed, instead of one invented sentence", () => {
    const { records: rows, personOf } = records(overnight);
    const [merged] = mergeEvents(rows, personOf);
    expect(merged!.event.summary.split("\n")).toEqual([
      "Ambulance: Female with facial injury after assault by partner, conveyed to hospital",
      "ED: Attended with facial injury, states assaulted by partner",
      "Police: Domestic incident, Sarah assaulted by partner, facial injury, Liam present",
    ]);
  });

  it("keeps two home visits on the same day by the same social worker apart", () => {
    const visit = {
      agency: "CSC",
      people: family,
      categories: ["home-visit"],
      summary: "Home visit by SW1, Liam seen",
    };
    const { records: rows, personOf } = records([
      { ...visit, row: 1, at: "2019-05-02T10:00" },
      { ...visit, row: 2, at: "2019-05-02T15:30" },
    ]);
    expect(mergeEvents(rows, personOf)).toHaveLength(2);
  });

  it("keeps two different contacts of two agencies with one family on one day apart", () => {
    const { records: rows, personOf } = records([
      {
        agency: "GP",
        row: 1,
        at: "2019-05-02",
        people: ["Sarah Jones"],
        categories: ["appointment"],
        summary: "Low mood reviewed, sertraline continued",
      },
      {
        agency: "School",
        row: 1,
        at: "2019-05-02",
        people: ["Liam Jones"],
        categories: ["education"],
        summary: "Liam absent, no reason given",
      },
    ]);
    expect(mergeEvents(rows, personOf)).toHaveLength(2);
  });

  it("merges day-precision rows of two agencies on the same day, never on different days", () => {
    const marac = (agency: string, at: string) => ({
      agency,
      row: 1,
      at,
      people: ["Sarah Jones"],
      categories: ["marac"],
      summary: "MARAC meeting, Sarah's case heard, high risk, safety plan agreed",
    });
    const same = records([marac("Police", "2019-06-12"), marac("IDVA", "2019-06-12")]);
    expect(mergeEvents(same.records, same.personOf)).toHaveLength(1);
    const apart = records([marac("Police", "2019-06-12"), marac("IDVA", "2019-06-13")]);
    const result = mergeRecords(apart.records, apart.personOf);
    expect(result.events).toHaveLength(2);
    expect(result.stats.pairsCompared).toBe(0);
  });

  it("compares a partial date with the rows inside the interval it covers", () => {
    const { records: rows, personOf } = records([
      {
        agency: "GP",
        row: 1,
        at: "2019-03-01",
        precision: "month",
        people: ["Sarah Jones"],
        text: "March 2019",
      },
      { agency: "Police", row: 1, at: "2019-03-20", people: ["Sarah Jones"] },
      { agency: "CSC", row: 1, at: "2019-04-20", people: ["Sarah Jones"] },
    ]);
    expect(mergeRecords(rows, personOf).stats.pairsCompared).toBe(1);
  });

  it("does not merge a referral received the same day, told in other words, with the incident", () => {
    const { records: rows, personOf } = records([
      { ...overnight[0]!, at: "2019-03-03" },
      {
        agency: "Probation",
        row: 1,
        at: "2019-03-03",
        people: family,
        categories: ["referral", "domestic-abuse"],
        summary: "MASH notification received, offender manager informed",
      },
    ]);
    expect(mergeEvents(rows, personOf)).toHaveLength(2);
  });

  it("merges identical rows (the same file given twice) and reports them", () => {
    const row = `12/06/2019,10:00,"Sarah Jones (mother, DOB 12/04/1990)","Home visit, Sarah seen"`;
    const { records: rows, personOf } = prepare([
      csvReturn("CSC", "csc.csv", [row]),
      csvReturn("CSC", "csc-copy.csv", [row]),
    ]);
    const result = mergeRecords(rows, personOf);
    expect(result.events).toHaveLength(1);
    expect(result.events[0]!.event.sources.map((s) => s.file)).toEqual(["csc-copy.csv", "csc.csv"]);
    expect(result.duplicates).toEqual([
      {
        event: result.events[0]!.event.id,
        rows: [
          { agency: "CSC", file: "csc-copy.csv", row: 1 },
          { agency: "CSC", file: "csc.csv", row: 1 },
        ],
      },
    ]);
    expect(result.issues.map((i) => [i.code, i.severity, i.file, i.row])).toEqual([
      ["duplicate_row", "warning", "csc.csv", 1],
    ]);
  });

  it("merges the same row exported twice within one file", () => {
    const row = `12/06/2019,10:00,"Sarah Jones","Home visit, Sarah seen"`;
    const { records: rows, personOf } = prepare([csvReturn("CSC", "csc.csv", [row, row])]);
    const result = mergeRecords(rows, personOf);
    expect(result.events).toHaveLength(1);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]!.message).toContain("csc.csv row 2 repeats csc.csv row 1");
  });

  it("does not merge two rows of one agency that are alike but not identical", () => {
    const { records: rows, personOf } = records([
      { ...overnight[0]!, row: 1 },
      { ...overnight[0]!, row: 2, at: "2019-03-03T23:45" },
    ]);
    expect(mergeEvents(rows, personOf)).toHaveLength(2);
  });

  it("cannot chain events: a joins b and b joins c, but a and c are hours apart", () => {
    const same = {
      people: family,
      categories: ["domestic-abuse"],
      summary: "Argument, partner shouting, neighbours called",
    };
    const { records: rows, personOf } = records([
      { ...same, agency: "Police", row: 1, at: "2019-03-03T18:00" },
      { ...same, agency: "Ambulance", row: 1, at: "2019-03-03T22:00" },
      { ...same, agency: "ED", row: 1, at: "2019-03-04T02:00" },
    ]);
    const events = mergeEvents(rows, personOf);
    expect(events.map((e) => e.event.sources.length).sort()).toEqual([1, 2]);
  });

  it("keeps author notes as notes, never merged with agency facts", () => {
    const { records: rows, personOf } = records([
      { ...overnight[0]! },
      { ...overnight[0]!, agency: "# Author", row: 1, note: true },
    ]);
    const events = mergeEvents(rows, personOf);
    expect(events).toHaveLength(2);
    expect(events.filter((e) => e.event.category.includes("note")).map((e) => e.event.agencies)).toEqual([
      ["# Author"],
    ]);
  });

  it("lists date, people and category disagreements with each agency's value", () => {
    const { records: rows, personOf } = records([
      { ...overnight[0]!, text: "03/03/2019 23:40" },
      { ...overnight[2]!, at: "2019-03-04T02:30", text: "04/03/2019 02:30" },
    ]);
    const [merged] = mergeEvents(rows, personOf);
    expect(merged!.event.conflicts).toEqual([
      {
        field: "date",
        values: [
          { agency: "ED", value: "04/03/2019 02:30" },
          { agency: "Police", value: "03/03/2019 23:40" },
        ],
      },
      {
        field: "people",
        values: [
          { agency: "ED", value: "Sarah Jones" },
          { agency: "Police", value: "Liam Jones; Sarah Jones" },
        ],
      },
      {
        field: "category",
        values: [
          { agency: "ED", value: "hospital-attendance, injury" },
          { agency: "Police", value: "domestic-abuse, injury" },
        ],
      },
    ]);
  });

  it("lists no time conflict when times differ within the tolerance", () => {
    const { records: rows, personOf } = records(overnight);
    const [merged] = mergeEvents(rows, personOf);
    expect(merged!.event.conflicts.map((c) => c.field)).not.toContain("date");
    expect(merged!.event.conflicts.map((c) => c.field)).not.toContain("time");
  });

  it("sorts events by start, end, sequence within a day, then id", () => {
    const day = { agency: "CSC", at: "2019-05-02", people: ["Liam Jones"] };
    const { records: rows, personOf } = records([
      { ...day, row: 1, sequence: 3, summary: "Strategy discussion" },
      { ...day, row: 2, sequence: 1, summary: "Referral received" },
      { ...day, row: 3, sequence: 2, summary: "Checks made" },
      { agency: "CSC", row: 4, at: "2019-05-01", summary: "Earlier" },
    ]);
    const events = mergeEvents(rows, personOf);
    expect(events.map((e) => e.event.summary)).toEqual([
      "Earlier",
      "Referral received",
      "Checks made",
      "Strategy discussion",
    ]);
    expect([...events].reverse().sort(compareMerged)).toEqual(events);
  });

  it("marks events outside the review's scope", () => {
    const { records: rows, personOf } = records(overnight);
    const [merged] = mergeEvents(rows, personOf, { from: Date.UTC(2019, 3, 1) });
    expect(merged!.event.outOfScope).toBe(true);
  });

  it("merges nothing across agencies with the threshold at 1 unless the evidence is perfect", () => {
    const { records: rows, personOf } = records(overnight);
    expect(mergeEvents(rows, personOf, { threshold: 1 })).toHaveLength(3);
  });

  it.each([
    [{ threshold: 1.5 }],
    [{ linkThreshold: -0.1 }],
    [{ timedWindowMinutes: -5 }],
    [{ linkWindowDays: Number.NaN }],
  ])("throws invalid_option for %o", (options) => {
    const { records: rows, personOf } = records(overnight);
    expect(() => mergeEvents(rows, personOf, options)).toThrow(ChronomergeError);
  });

  it("does not mutate its input", () => {
    const { records: rows, personOf } = records(overnight);
    const before = structuredClone({ rows, personOf: [...personOf] });
    mergeRecords(rows, personOf);
    expect({ rows, personOf: [...personOf] }).toEqual(before);
  });
});

describe("mergeEvents: which accounts are one incident", () => {
  const merged = (sources: Parameters<typeof prepare>[0]) => {
    const { records: rows, personOf } = prepare(sources);
    return mergeEvents(rows, personOf).map((e) => e.event.sources.map((s) => `${s.file}:${s.row}`));
  };

  it("merges the police and the emergency department 75 minutes apart, told in their own words", () => {
    const events = merged([
      csvReturn("Police", "police.csv", [
        `03/03/2019,22:26,"Sarah JONES (mother, DOB 12/04/1990); Liam Jones (child)","Domestic incident at 7 Albion Terrace. Neighbour reported shouting. Sarah had a cut above her eye, stated she was assaulted by her partner. Liam present, seen by officers. DASH completed, high risk."`,
      ]),
      csvReturn("ED", "ed.csv", [
        `03/03/2019,23:41,"Sarah Jones (DOB 12/04/1990)","Laceration above left eye. States fell against a door during an argument. Wound closed with steri-strips, discharged."`,
      ]),
    ]);
    expect(events).toEqual([["ed.csv:1", "police.csv:1"]]);
  });

  it("keeps a strategy discussion apart from an arrest hours before it, though both name the injuries", () => {
    const events = merged([
      csvReturn("Police", "police.csv", [
        `09/05/2020,13:30,"Sarah JONES (DOB 12/04/1990); Mia Jones","Following medical findings (subdural haemorrhages, rib fractures) both parents arrested on suspicion of GBH. Both interviewed, released on bail pending investigation."`,
      ]),
      csvReturn("CSC", "csc.csv", [
        `09/05/2020,11:00,"Mia Jones (child); Sarah Jones (mother)","Strategy discussion. Mia admitted with subdural haemorrhages (Westholme lead). Liam placed with MGM at 8 Heron Way under s20, s47 joint with police."`,
      ]),
    ]);
    expect(events).toHaveLength(2);
  });

  it("keeps two agencies' notifications of one incident apart: each was told, on its own", () => {
    const events = merged([
      csvReturn("CSC", "csc.csv", [
        `07/06/2019,09:08,"Liam Jones (child); Sarah Jones (mother)","Police notification: domestic incident 06/06/2019, children present. MASH screening."`,
      ]),
      csvReturn("School", "school.csv", [
        `07/06/2019,,"Liam Jones","Operation Encompass notification of a domestic incident at home last night. Liam quiet in class."`,
      ]),
    ]);
    expect(events).toHaveLength(2);
  });

  it("keeps two agencies' home visits on one day apart unless one says the visit was joint", () => {
    const hv = (text: string) =>
      csvReturn("Health Visiting", "hv.csv", [
        `20/02/2017,10:46,"Oliver Brown; Stacey Brown (mother)","${text}"`,
      ]);
    const csc = (text: string) =>
      csvReturn("CSC", "csc.csv", [
        `20/02/2017,10:56,"Oliver Brown (child); Stacey Brown (mother)","${text}"`,
      ]);
    expect(
      merged([
        hv("HV home visit, Oliver weighed and development check."),
        csc("Home visit by social worker. Oliver seen, home conditions adequate."),
      ]),
    ).toHaveLength(2);
    expect(
      merged([
        hv("Joint home visit with social worker. Oliver weighed."),
        csc("Home visit with HV. Oliver seen, home conditions adequate."),
      ]),
    ).toHaveLength(1);
  });

  it("counts a person the other account names as shared, when one row lists only 'Mother'", () => {
    const events = merged([
      csvReturn("CSC", "csc.csv", [
        `06/03/2016,,"Mother; Poppy SMITH (child, DOB 06/01/2011)","Attended MARAC for Emma, high risk domestic abuse, Poppy in household."`,
      ]),
      csvReturn("Police", "police.csv", [
        `06/03/2016,,"Emma SMITH (mother, DOB 02/05/1990)","MARAC meeting. Emma Smith case heard, high risk, actions agreed."`,
      ]),
    ]);
    expect(events).toEqual([["csc.csv:1", "police.csv:1"]]);
  });

  it("keeps two families' strategy discussions apart, though the same form, day and agencies", () => {
    const events = merged([
      csvReturn("Police", "police.csv", [
        `28/04/2018,,"Finley Shaw (child); Siobhan SHAW (mother, DOB 22/04/1997)","Strategy discussion (CSC, police, health) following the domestic incident. Threshold for s47 enquiry met."`,
      ]),
      csvReturn("Health Visiting", "hv.csv", [
        `28/04/2018,,"Layla Ahmed (child); Nadia Ahmed (mother)","Strategy discussion (CSC, police, health) following the domestic incident. Threshold for s47 enquiry met."`,
      ]),
    ]);
    expect(events).toHaveLength(2);
  });

  it("merges when the only person both rows name is one row's 'Mother', resolved to the other's named woman", () => {
    const events = merged([
      csvReturn("Police", "police.csv", [
        `01/12/2017,19:31,"Mother; Oliver Brown (child); Lee BROWN (partner)","Domestic incident at 39 Mill Lane. Mother reports being assaulted by partner Lee Brown, bruised ribs. Oliver present."`,
      ]),
      csvReturn("Ambulance", "ambulance.csv", [
        `01/12/2017,19:43,"Stacy BROWN (mother, DOB 26/12/1988)","Called to 39 Mill Lane by police. Female patient with bruised ribs following assault by partner."`,
      ]),
      // Where the family is learnt: Oliver's mother is Stacy Brown.
      csvReturn("GP", "gp.csv", [
        `02/10/2017,,"Oliver Brown (child); Stacy Brown (mother)","Immunisations given."`,
      ]),
    ]);
    expect(events).toEqual([["gp.csv:1"], ["ambulance.csv:1", "police.csv:1"]]);
  });
});
