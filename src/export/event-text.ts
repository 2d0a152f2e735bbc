import { DateTime } from "luxon";
import type { Chronology, ChronologyEvent, Flag } from "../model/chronology.js";
import { writtenDate } from "./to-csv.js";

/** The event's date and time as a reader writes them: `16/07/2018 23:40`, `May 2019`, `c. 2015`. */
export function writtenWhen(event: ChronologyEvent, zone: string): string {
  const date = writtenDate(event, zone);
  return event.precision === "minute" || event.precision === "hour"
    ? `${date} ${DateTime.fromISO(event.start, { zone }).toFormat("HH:mm")}`
    : date;
}

/** A flag's period as a reader writes it: `19/08/2017 – 06/03/2018`, or "" when it has none. */
export function writtenPeriod(flag: Pick<Flag, "start" | "end">, zone: string): string {
  const day = (iso: string) => DateTime.fromISO(iso, { zone }).toFormat("dd/MM/yyyy");
  if (flag.start === null) return "";
  if (flag.end === null) return day(flag.start);
  // `end` is exclusive: the period's last day is the day before it.
  const last = DateTime.fromISO(flag.end, { zone }).minus({ milliseconds: 1 }).toISO() ?? flag.end;
  return day(flag.start) === day(last) ? day(flag.start) : `${day(flag.start)} – ${day(last)}`;
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
