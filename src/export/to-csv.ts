import { DateTime } from "luxon";
import type { Chronology, ChronologyEvent } from "../model/chronology.js";
import { csvDocument } from "./csv-cell.js";
import { zonedParts } from "./zoned-parts.js";

/** Options of the CSV export. */
export interface CsvOptions {
  /** Zone in which dates and times are written; default Europe/London. */
  timezone?: string;
}

const header = [
  "date",
  "time",
  "precision",
  "agencies",
  "people",
  "summary",
  "categories",
  "sources",
  "conflicts",
  "flags",
];

/**
 * The merged chronology as Excel-safe CSV: one row per event, dates written day first in the review's
 * zone, people by name, sources as `agency file#row`, and the kinds of flag that cite the event.
 * @param document the chronology
 * @param options the zone to write dates in
 * @returns CSV text with BOM and CRLF
 * @example
 * toCsv(document).split("\r\n")[0] // "\uFEFFdate,time,precision,agencies,people,summary,categories,sources,conflicts,flags"
 */
export function toCsv(document: Chronology, options: CsvOptions = {}): string {
  const zone = options.timezone ?? "Europe/London";
  const names = new Map(document.people.map((p) => [p.id, p.name]));
  const flagsOf = new Map<string, string[]>();
  for (const flag of document.flags) {
    for (const id of flag.events) flagsOf.set(id, [...new Set([...(flagsOf.get(id) ?? []), flag.kind])]);
  }
  const rows = document.events.map((event) => [
    writtenDate(event, zone),
    writtenTime(event, zone),
    event.precision,
    event.agencies.join("; "),
    event.people.map((id) => names.get(id) ?? id).join("; "),
    event.summary,
    event.category.join("; "),
    event.sources.map((s) => `${s.agency} ${s.file}#${s.row}`).join("; "),
    event.conflicts
      .map((c) => `${c.field}: ${c.values.map((v) => `${v.agency}=${v.value}`).join(" / ")}`)
      .join("; "),
    (flagsOf.get(event.id) ?? []).join("; "),
  ]);
  return csvDocument([header, ...rows]);
}

/** The event's date as a reader writes it: `07/05/2012`, `May 2019`, `2016`, `c. 2015`. */
export function writtenDate(
  event: Pick<ChronologyEvent, "start" | "precision" | "approximate">,
  zone: string,
): string {
  // Days and years are built from the zone's calendar parts: luxon's parse and format cost more than the
  // rest of an export. Month names stay luxon's (en-GB writes September "Sept").
  const start = zonedParts(event.start, zone);
  const text =
    event.precision === "year"
      ? String(start.year).padStart(4, "0")
      : event.precision === "month" || event.precision === "season"
        ? DateTime.fromISO(event.start, { zone }).toFormat("LLL yyyy", { locale: "en-GB" })
        : `${two(start.day)}/${two(start.month)}/${String(start.year).padStart(4, "0")}`;
  return event.approximate ? `c. ${text}` : text;
}

/**
 * The event's time of day as `HH:mm` in the zone when its precision is a minute or an hour, else "".
 * @example
 * writtenTime({ start: "2018-07-16T22:40:00.000Z", precision: "minute" }, "Europe/London") // "23:40"
 */
export function writtenTime(event: Pick<ChronologyEvent, "start" | "precision">, zone: string): string {
  if (event.precision !== "minute" && event.precision !== "hour") return "";
  const start = zonedParts(event.start, zone);
  return `${two(start.hour)}:${two(start.minute)}`;
}

function two(n: number): string {
  return String(n).padStart(2, "0");
}
