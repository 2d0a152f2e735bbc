import { type DateStyle, formatDay, formatMinute } from "./calendar.js";
import type { Random } from "./random.js";

/** The agencies a generated review can hold, in their default order. */
export const generatedAgencies = [
  "police",
  "gp",
  "health-visiting",
  "csc",
  "school",
  "ambulance",
  "ed",
  "housing",
] as const;
export type GeneratedAgency = (typeof generatedAgencies)[number];

/** The formats a generated return can take; "windows-1252" is CSV in Excel's Windows encoding. */
export const generatedFormats = ["csv", "tsv", "json", "ndjson", "windows-1252"] as const;
export type GeneratedFormat = (typeof generatedFormats)[number];

/** One person mentioned in a row: the truth id and the text as the agency wrote it. */
export interface Mention {
  person: string;
  text: string;
}

/** One row of one agency's return, before it is written in a format. */
export interface Report {
  agency: GeneratedAgency;
  /** Day number of the date written (after any disagreement). */
  day: number;
  minute: number | null;
  dateText: string;
  timeText: string;
  mentions: Mention[];
  dob: string;
  nhs: string;
  category: string;
  summary: string;
  action: string;
  reference: string;
  recorder: string;
  address: string;
  postcode: string;
  /** The date written is not the day it happened: a planted disagreement (a day off, or day and month swapped). */
  misdated?: boolean;
}

export interface AgencyDef {
  name: string;
  stem: string;
  preferred: GeneratedFormat;
  headers: readonly string[];
  /** A manifest column map for headers that are not among the accepted synonyms. */
  columns?: Readonly<Record<string, string>>;
  /** Whether the return has one person per row, with DOB (and NHS) columns. */
  single: boolean;
  /** Writes the date and time cells for a day and minute. */
  when(random: Random, day: number, minute: number | null, swap: boolean): { date: string; time: string };
  /** Whether a swapped day and month can be written (numeric dates only). */
  canSwap: boolean;
  cells(report: Report): string[];
}

const time = (minute: number | null): string => (minute === null ? "" : formatMinute(minute));

const numeric =
  (style: DateStyle) => (_random: Random, day: number, minute: number | null, swap: boolean) => ({
    date: formatDay(day, style, swap),
    time: time(minute),
  });

/** How each agency writes its return: headers, date style, people. */
export const agencyDefs: Readonly<Record<GeneratedAgency, AgencyDef>> = {
  police: {
    name: "Police",
    stem: "police",
    preferred: "csv",
    headers: ["Date", "Time", "Person(s) involved", "Details", "Action taken", "Ref", "Recorded by"],
    single: false,
    canSwap: true,
    when: numeric("dd/mm/yyyy"),
    cells: (r) => [r.dateText, r.timeText, people(r), r.summary, r.action, r.reference, r.recorder],
  },
  gp: {
    name: "GP",
    stem: "gp",
    preferred: "windows-1252",
    headers: [
      "Date of contact",
      "Time",
      "Patient",
      "DOB",
      "NHS No",
      "Contact type",
      "Details",
      "Outcome",
      "Clinician",
    ],
    single: true,
    canSwap: true,
    when: numeric("dd.mm.yyyy"),
    cells: (r) => [
      r.dateText,
      r.timeText,
      people(r),
      r.dob,
      r.nhs,
      r.category,
      r.summary,
      r.action,
      r.recorder,
    ],
  },
  "health-visiting": {
    name: "Health Visiting",
    stem: "health-visiting",
    preferred: "tsv",
    headers: ["Date", "Client", "Contact type", "Details", "Action/outcome", "Recorded by"],
    single: false,
    canSwap: true,
    // Two workers' habits in one return: d/m/yy and "14 February 2019".
    when: (random, day, _minute, swap) => ({
      date: swap || random.chance(0.7) ? formatDay(day, "d/m/yy", swap) : formatDay(day, "d MMMM yyyy"),
      time: "",
    }),
    cells: (r) => [r.dateText, people(r), r.category, r.summary, r.action, r.recorder],
  },
  csc: {
    name: "Children's Social Care",
    stem: "csc",
    preferred: "json",
    headers: ["Event date", "Subject", "Event type", "Description", "Decision", "Case reference", "Worker"],
    single: false,
    canSwap: false,
    when: (_random, day, minute) => ({
      date: minute === null ? formatDay(day, "iso") : `${formatDay(day, "iso")}T${formatMinute(minute)}:00`,
      time: "",
    }),
    cells: (r) => [r.dateText, people(r), r.category, r.summary, r.action, r.reference, r.recorder],
  },
  school: {
    name: "School",
    stem: "school",
    preferred: "ndjson",
    headers: ["When", "Individuals", "What happened", "Outcome", "Recorded by"],
    single: false,
    canSwap: true,
    when: numeric("dd/mm/yyyy"),
    cells: (r) => [r.dateText, people(r), r.summary, r.action, r.recorder],
  },
  ambulance: {
    name: "Ambulance Service",
    stem: "ambulance",
    preferred: "csv",
    headers: ["Date/Time", "Patient", "Details", "Outcome", "Incident no"],
    single: true,
    canSwap: true,
    when: (_random, day, minute, swap) => ({
      date: `${formatDay(day, "dd/mm/yyyy", swap)}${minute === null ? "" : ` ${formatMinute(minute)}`}`,
      time: "",
    }),
    cells: (r) => [r.dateText, people(r), r.summary, r.action, r.reference],
  },
  ed: {
    name: "Emergency Department",
    stem: "ed",
    preferred: "csv",
    headers: ["Date", "Time", "Patient", "DOB", "Presenting complaint", "Outcome", "Triage"],
    columns: { summary: "Presenting complaint" },
    single: true,
    canSwap: true,
    when: numeric("dd/mm/yyyy"),
    cells: (r) => [r.dateText, r.timeText, people(r), r.dob, r.summary, r.action, r.category],
  },
  housing: {
    name: "Housing",
    stem: "housing",
    preferred: "csv",
    headers: ["Date", "Name", "Address", "Postcode", "Details", "Outcome", "Ref", "Officer"],
    single: false,
    canSwap: false,
    when: (_random, day) => ({ date: formatDay(day, "d MMM yyyy"), time: "" }),
    cells: (r) => [
      r.dateText,
      people(r),
      r.address,
      r.postcode,
      r.summary,
      r.action,
      r.reference,
      r.recorder,
    ],
  },
};

function people(report: Report): string {
  return report.mentions.map((m) => m.text).join("; ");
}
