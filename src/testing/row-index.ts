import type { Chronology } from "../model/chronology.js";

/** `file#row`: one key per input row. */
export function placeKey(place: { file: string; row: number }): string {
  return `${place.file}#${place.row}`;
}

/** Where each input row ended in a document: the events that cite it and whether it was rejected. */
export interface RowPlaces {
  events: Map<string, number[]>;
  rejected: Map<string, number>;
}

/**
 * Indexes a chronology's rows: for each `file#row`, the indexes of the events citing it and how often
 * it is in `rejected`.
 */
export function indexRows(document: Pick<Chronology, "events" | "rejected">): RowPlaces {
  const events = new Map<string, number[]>();
  document.events.forEach((event, i) => {
    for (const source of event.sources) {
      const key = placeKey(source);
      const list = events.get(key);
      if (list === undefined) events.set(key, [i]);
      else list.push(i);
    }
  });
  const rejected = new Map<string, number>();
  for (const row of document.rejected) rejected.set(placeKey(row), (rejected.get(placeKey(row)) ?? 0) + 1);
  return { events, rejected };
}
