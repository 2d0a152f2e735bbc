import type { Chronology } from "../../src/model/chronology.js";

/** A small named chronology with text that tries to break every format. */
export function sampleDocument(): Chronology {
  return {
    schemaVersion: 1,
    events: [
      {
        id: "e-1",
        start: "2018-07-16T22:40:00.000Z",
        end: "2018-07-16T22:41:00.000Z",
        precision: "minute",
        approximate: false,
        dateText: ["16/07/2018 23:40"],
        agencies: ["Police"],
        category: ["domestic-abuse"],
        summary: "Call | shouting\nline two <script>alert(1)</script> </script><img src=x onerror=alert(2)>",
        people: ["p-sarah", "p-liam"],
        sources: [{ agency: "Police", file: "police.csv", row: 1 }],
        conflicts: [],
        outOfScope: false,
      },
      {
        id: "e-2",
        start: "2018-07-17T23:00:00.000Z",
        end: "2018-07-18T23:00:00.000Z",
        precision: "day",
        approximate: false,
        dateText: ["18/07/2018", "19.07.18"],
        agencies: ["Children's Social Care", "Health Visiting"],
        category: ["referral"],
        summary: '=HYPERLINK("http://x") MASH referral *urgent* [link](x)',
        people: ["p-liam"],
        sources: [
          { agency: "Children's Social Care", file: "csc.json", row: 2 },
          { agency: "Health Visiting", file: "hv.tsv", row: 7 },
        ],
        conflicts: [
          {
            field: "date",
            values: [
              { value: "18/07/2018", agency: "Children's Social Care" },
              { value: "19.07.18", agency: "Health Visiting" },
            ],
          },
        ],
        outOfScope: false,
      },
      {
        id: "e-3",
        start: "2019-03-01T00:00:00.000Z",
        end: "2019-04-01T00:00:00.000Z",
        precision: "month",
        approximate: true,
        dateText: ["c. March 2019"],
        agencies: ["GP"],
        category: [],
        summary: "Seen by GP",
        people: ["p-sarah"],
        sources: [{ agency: "GP", file: "gp.csv", row: 3 }],
        conflicts: [],
        outOfScope: true,
      },
    ],
    people: [
      {
        id: "p-liam",
        name: "Liam Jones",
        aliases: [],
        dob: "2017-02-03",
        sex: null,
        roles: ["child"],
        identifiers: {},
        sources: [{ agency: "Police", file: "police.csv", row: 1, text: "Liam Jones (child)" }],
      },
      {
        id: "p-sarah",
        name: "Sarah Jones",
        aliases: [],
        dob: "1990-04-12",
        sex: "female",
        roles: ["mother"],
        identifiers: {},
        sources: [{ agency: "Police", file: "police.csv", row: 1, text: "Sarah JONES (mother)" }],
      },
    ],
    flags: [
      {
        kind: "gap",
        start: "2018-07-18T23:00:00.000Z",
        end: "2019-03-01T00:00:00.000Z",
        people: ["p-liam"],
        events: ["e-2", "e-3"],
        message: "No agency recorded any contact with Liam Jones for 225 days | a <b>gap</b>.",
      },
      {
        kind: "conflict",
        start: null,
        end: null,
        people: [],
        events: ["e-2"],
        message: "Dates differ.",
      },
    ],
    rejected: [{ file: "gp.csv", row: 9, code: "unreadable_date", reason: '"sometime" is not a date' }],
    issues: [],
    stats: { inputRows: 4, events: 3, people: 2, rejected: 1 },
  };
}
