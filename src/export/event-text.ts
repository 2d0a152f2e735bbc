import type { Chronology, ChronologyEvent, Flag } from "../model/chronology.js";
import { writtenDate, writtenTime } from "./to-csv.js";
import { zonedParts } from "./zoned-parts.js";

/** The event's date and time as a reader writes them: `16/07/2018 23:40`, `May 2019`, `c. 2015`. */
export function writtenWhen(event: ChronologyEvent, zone: string): string {
  const time = writtenTime(event, zone);
  return time === "" ? writtenDate(event, zone) : `${writtenDate(event, zone)} ${time}`;
}

/** A flag's period as a reader writes it: `19/08/2017 – 06/03/2018`, or "" when it has none. */
export function writtenPeriod(flag: Pick<Flag, "start" | "end">, zone: string): string {
  const day = (instant: string | number) => {
    const p = zonedParts(instant, zone);
    return `${String(p.day).padStart(2, "0")}/${String(p.month).padStart(2, "0")}/${p.year}`;
  };
  if (flag.start === null) return "";
  if (flag.end === null) return day(flag.start);
  // `end` is exclusive: the period's last day is the day before it.
  const last = day(Math.max(Date.parse(flag.start), Date.parse(flag.end) - 1));
  return day(flag.start) === last ? last : `${day(flag.start)} – ${last}`;
}

/** Names of people by id, for display. */
export function namesById(document: Pick<Chronology, "people">): Map<string, string> {
  return new Map(document.people.map((p) => [p.id, p.name]));
}

/** The kinds of flag that cite each event, in the order of the document's flags. */
export function flagKindsByEvent(document: Pick<Chronology, "flags">): Map<string, string[]> {
  const kinds = new Map<string, string[]>();
  for (const flag of document.flags) {
    for (const id of flag.events) {
      const list = kinds.get(id) ?? [];
      if (!list.includes(flag.kind)) list.push(flag.kind);
      kinds.set(id, list);
    }
  }
  return kinds;
}
