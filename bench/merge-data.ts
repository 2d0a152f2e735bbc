// A seeded synthetic multi-agency review for the event-merging benchmark: families, incidents seen by
// one to four agencies (each in its own words, clock and date style), hard negatives (two visits on one
// day, different agencies with the same family on the same day), rows exported twice, and incidents one
// agency dates days away or with day and month swapped. The truth of every row is known.
import type { SourceInput } from "../src/model/source.js";
import { createRandom, type Random } from "../src/testing/random.js";

/** One generated row's truth: the incident it records, and whether its date was planted wrong. */
export interface RowTruth {
  file: string;
  row: number;
  incident: string;
  /** "far-apart" or "day-month-swap" when this row's date was planted wrong; null otherwise. */
  misdated: "far-apart" | "day-month-swap" | null;
}

export interface MergeBenchData {
  sources: SourceInput[];
  truth: RowTruth[];
}

interface Person {
  given: string;
  family: string;
  dob: string;
  role: string;
}

interface Family {
  mother: Person;
  child: Person;
  partner: Person;
  street: string;
}

interface Report {
  agency: string;
  /** Minutes after the incident's instant; null writes the day only. */
  minutes: number | null;
  people: (f: Family) => Person[];
  text: (f: Family) => string;
}

interface Kind {
  name: string;
  weight: number;
  hours: [number, number];
  reports: Report[];
  /** Probability each report after the first is present. */
  coverage: number;
}

const mothers = ["Sarah", "Emma", "Chloe", "Gemma", "Leanne", "Stacey", "Natalie", "Jade", "Amy", "Hannah"];
const partners = ["Daniel", "Shaun", "Jamie", "Lee", "Craig", "Ryan", "Darren", "Kieran", "Marek", "Dean"];
const children = ["Liam", "Mia", "Noah", "Ava", "Oliver", "Isla", "Alfie", "Poppy", "Freddie", "Ruby"];
const surnames = ["Jones", "Smith", "Price", "Taylor", "Brown", "Evans", "Walsh", "Nowak", "Byrne", "Hughes"];
const streets = ["Tanner Street", "Mill Lane", "Station Road", "Church Walk", "Park View", "Queens Road"];
const injuries = ["facial bruising", "a cut above the eye", "a swollen lip", "bruised ribs", "a split lip"];

const m = (f: Family) => [f.mother];
const mc = (f: Family) => [f.mother, f.child];
const mcp = (f: Family) => [f.mother, f.child, f.partner];
const c = (f: Family) => [f.child];
const mp = (f: Family) => [f.mother, f.partner];

function kinds(r: Random): Kind[] {
  const injury = () => r.pick(injuries);
  return [
    {
      name: "domestic-incident",
      weight: 3,
      hours: [19, 24],
      coverage: 0.6,
      reports: [
        {
          agency: "Police",
          minutes: 0,
          people: mcp,
          text: (f) =>
            `Domestic incident at ${f.street}. ${f.mother.given} reports being assaulted by partner ${f.partner.given} ${f.partner.family}, ${injury()}. ${f.child.given} present. DASH completed.`,
        },
        {
          agency: "Ambulance",
          minutes: 12,
          people: m,
          text: (f) =>
            r.chance(0.5)
              ? `Called to ${f.street} by police. Female patient with ${injury()} following assault by partner. Conveyed to ED.`
              : `Cat 2 call, adult female, ${injury()}, alleges partner hit her. Police on scene. Taken to hospital.`,
        },
        {
          agency: "ED",
          minutes: 40,
          people: m,
          text: (f) =>
            r.chance(0.5)
              ? `${f.mother.given} attended by ambulance with ${injury()}, states assaulted by partner at home. Wound cleaned, discharged.`
              : `Arrived via ambulance. Injury to face, says she was hit by her boyfriend. Safeguarding questions asked, IDVA details given.`,
        },
      ],
    },
    {
      name: "school-referral",
      weight: 2,
      hours: [9, 15],
      coverage: 0.8,
      reports: [
        {
          agency: "School",
          minutes: 0,
          people: c,
          text: (f) =>
            `${f.child.given} arrived with bruising to arm, said ${f.partner.given} grabbed them. Referral made to CSC by DSL.`,
        },
        {
          agency: "CSC",
          minutes: 45,
          people: mc,
          text: (f) =>
            r.chance(0.5)
              ? `Contact from school re bruising to ${f.child.given}'s arm, child says caused by mother's partner. Referral accepted, assessment to start.`
              : `MASH contact: DSL reports marks on arm, ${f.child.given} disclosed being grabbed. Passed to assessment team.`,
        },
      ],
    },
    {
      name: "marac",
      weight: 1,
      hours: [10, 12],
      coverage: 0.9,
      reports: [
        {
          agency: "Police",
          minutes: null,
          people: mp,
          text: (f) =>
            `MARAC meeting. ${f.mother.given} ${f.mother.family} case heard, high risk, actions agreed.`,
        },
        {
          agency: "IDVA",
          minutes: null,
          people: m,
          text: (f) => `MARAC: case of ${f.mother.given} discussed, safety plan and IDVA support agreed.`,
        },
        {
          agency: "CSC",
          minutes: null,
          people: mc,
          text: (f) =>
            `Attended MARAC for ${f.mother.given}, high risk domestic abuse, ${f.child.given} in household.`,
        },
      ],
    },
    {
      name: "child-injury",
      weight: 1,
      hours: [8, 22],
      coverage: 0.7,
      reports: [
        {
          agency: "ED",
          minutes: 0,
          people: mc,
          text: (f) =>
            `${f.child.given} brought to ED by mother with burn to hand, explanation hot drink. Safeguarding referral made.`,
        },
        {
          agency: "CSC",
          minutes: 90,
          people: mc,
          text: (f) =>
            `Referral from hospital: ${f.child.given} seen in ED with burn to hand, hot drink explanation. Section 47 considered.`,
        },
      ],
    },
    // Single-agency contacts: the hard negatives sit among them.
    {
      name: "home-visit",
      weight: 4,
      hours: [9, 17],
      coverage: 0,
      reports: [
        {
          agency: "CSC",
          minutes: 0,
          people: mc,
          text: (f) => `Home visit by social worker. ${f.child.given} seen, home conditions adequate.`,
        },
      ],
    },
    {
      name: "hv-visit",
      weight: 3,
      hours: [9, 16],
      coverage: 0,
      reports: [
        {
          agency: "Health Visiting",
          minutes: 0,
          people: mc,
          text: (f) => `HV home visit, ${f.child.given} weighed and development check, mother engaging.`,
        },
      ],
    },
    {
      name: "gp-appointment",
      weight: 3,
      hours: [8, 18],
      coverage: 0,
      reports: [
        {
          agency: "GP",
          minutes: null,
          people: m,
          text: (f) => `${f.mother.given} seen in surgery, low mood, sertraline reviewed.`,
        },
      ],
    },
    {
      name: "gp-dna",
      weight: 2,
      hours: [8, 18],
      coverage: 0,
      reports: [
        {
          agency: "GP",
          minutes: null,
          people: c,
          text: (f) => `${f.child.given} was not brought to immunisation appointment.`,
        },
      ],
    },
    {
      name: "school-attendance",
      weight: 2,
      hours: [9, 10],
      coverage: 0,
      reports: [
        {
          agency: "School",
          minutes: null,
          people: c,
          text: (f) => `${f.child.given} absent, no reason given, attendance officer informed.`,
        },
      ],
    },
    {
      name: "police-welfare",
      weight: 1,
      hours: [12, 23],
      coverage: 0,
      reports: [
        {
          agency: "Police",
          minutes: 0,
          people: mp,
          text: (f) => `Concern for welfare call at ${f.street}, words exchanged, no offences, advice given.`,
        },
      ],
    },
  ];
}

/**
 * Generates the benchmark review: `families` households over `years` years from 2015, about `perYear`
 * incidents each per year. The same seed gives the same bytes.
 * @param options size and seed; `misdated` is the share of multi-agency incidents one agency misdates
 */
export function generateMergeBench(options: {
  families: number;
  years: number;
  perYear?: number;
  seed?: number;
  misdated?: number;
}): MergeBenchData {
  const r = createRandom(options.seed ?? 1);
  const list = kinds(r);
  const totalWeight = list.reduce((s, k) => s + k.weight, 0);
  const rows = new Map<string, { lines: string[]; truth: RowTruth[] }>();
  const families: Family[] = Array.from({ length: options.families }, (_, i) => makeFamily(r, i));
  const start = Date.UTC(2015, 0, 1);
  const days = Math.round(options.years * 365);
  let incidentNo = 0;
  const add = (agency: string, line: string, incident: string, misdated: RowTruth["misdated"]) => {
    const file = `${agency.toLowerCase().replace(/ /g, "-")}.csv`;
    const entry = rows.get(file) ?? { lines: [], truth: [] };
    rows.set(file, entry);
    entry.lines.push(line);
    entry.truth.push({ file, row: entry.lines.length, incident, misdated });
  };
  for (const family of families) {
    const count = Math.round((options.perYear ?? 20) * options.years);
    for (let n = 0; n < count; n++) {
      const kind = pickKind(list, r.next() * totalWeight);
      const day = r.int(0, days - 1);
      const instant = start + day * 86_400_000 + r.int(kind.hours[0] * 60, kind.hours[1] * 60 - 1) * 60_000;
      const incident = `i${incidentNo++}`;
      const present = kind.reports.filter((_, i) => i === 0 || r.chance(kind.coverage));
      // One agency of a multi-agency incident sometimes dates it wrong.
      const wrong = present.length > 1 && r.chance(options.misdated ?? 0.05) ? present.at(-1) : undefined;
      const swap = r.chance(0.5);
      if (kind.name === "domestic-incident" && r.chance(0.6)) {
        // CSC records the police notification when it arrives, one to three days later: its own event.
        const at = instant + r.int(1, 3) * 86_400_000;
        const text = `Police notification of domestic incident, ${family.child.given} present during assault on mother. Strategy discussion to follow.`;
        const people = [family.mother, family.child].map((p) => writePerson(r, p, r.chance(0.5)));
        add(
          "CSC",
          [writeDate(at, "CSC"), "", quote(people.join("; ")), quote(text)].join(","),
          `i${incidentNo++}`,
          null,
        );
      }
      for (const report of present) {
        let at = instant + (report.minutes ?? 0) * 60_000;
        let misdated: RowTruth["misdated"] = null;
        if (report === wrong) {
          const d = new Date(at);
          if (swap && d.getUTCDate() <= 12 && d.getUTCDate() !== d.getUTCMonth() + 1) {
            at = Date.UTC(
              d.getUTCFullYear(),
              d.getUTCDate() - 1,
              d.getUTCMonth() + 1,
              d.getUTCHours(),
              d.getUTCMinutes(),
            );
            misdated = "day-month-swap";
          } else {
            at += r.int(7, 20) * 86_400_000 * (r.chance(0.5) ? 1 : -1);
            misdated = "far-apart";
          }
        }
        const date = writeDate(at, report.agency);
        const time = report.minutes === null ? "" : writeTime(at);
        const people = report.people(family).map((p, i) => writePerson(r, p, i === 0 || r.chance(0.5)));
        const line = [date, time, quote(people.join("; ")), quote(report.text(family))].join(",");
        add(report.agency, line, incident, misdated);
        // A row exported twice.
        if (r.chance(0.01)) add(report.agency, line, incident, misdated);
      }
    }
  }
  const sources: SourceInput[] = [];
  const truth: RowTruth[] = [];
  for (const [file, entry] of [...rows].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const agency = file.replace(/\.csv$/, "");
    sources.push({
      file,
      agency,
      content: `Date,Time,Person(s) involved,Details\n${entry.lines.join("\n")}\n`,
    });
    truth.push(...entry.truth);
  }
  return { sources, truth };
}

/** The kind a draw in [0, total weight) falls on. */
function pickKind(list: readonly Kind[], draw: number): Kind {
  let rest = draw;
  for (const kind of list) {
    rest -= kind.weight;
    if (rest < 0) return kind;
  }
  return list[list.length - 1]!;
}

function makeFamily(r: Random, i: number): Family {
  const family = `${surnames[i % surnames.length]}${i >= surnames.length ? `-${String.fromCharCode(65 + (Math.floor(i / surnames.length) % 26))}${Math.floor(i / 260) || ""}` : ""}`;
  const dob = (year: number) => `${pad(r.int(1, 28))}/${pad(r.int(1, 12))}/${year}`;
  return {
    mother: { given: r.pick(mothers), family, dob: dob(r.int(1985, 1996)), role: "mother" },
    child: { given: r.pick(children), family, dob: dob(r.int(2010, 2014)), role: "child" },
    partner: {
      given: r.pick(partners),
      family: r.pick(surnames),
      dob: dob(r.int(1980, 1994)),
      role: "partner",
    },
    street: `${r.int(1, 90)} ${r.pick(streets)}`,
  };
}

const variants: Readonly<Record<string, string>> = {
  Shaun: "Shawn",
  Chloe: "Chloé",
  Craig: "Graig",
  Stacey: "Stacy",
  Kieran: "Kieron",
};

function writePerson(r: Random, p: Person, withDob: boolean): string {
  // Some agencies write the role only, or spell the name their own way.
  if (p.role !== "child" && r.chance(0.08)) return p.role === "mother" ? "Mother" : "Mum's partner";
  const given = r.chance(0.15) ? (variants[p.given] ?? p.given) : p.given;
  p = { ...p, given };
  const name = r.chance(0.5) ? `${p.given} ${p.family.toUpperCase()}` : `${p.given} ${p.family}`;
  return withDob ? `${name} (${p.role}, DOB ${p.dob})` : `${name} (${p.role})`;
}

function writeDate(at: number, agency: string): string {
  const d = new Date(at);
  const [y, mo, da] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  if (agency === "ED") return `${pad(da)}.${pad(mo)}.${y}`;
  if (agency === "CSC")
    return `${da} ${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][mo - 1]} ${y}`;
  return `${pad(da)}/${pad(mo)}/${y}`;
}

function writeTime(at: number): string {
  const d = new Date(at);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
