import type { MergedEvent } from "../../src/merge/merge-events.js";
import type { Person } from "../../src/model/chronology.js";
import { categorise } from "../../src/normalise/category/categorise.js";

/** A synthetic person for check tests: id from the name, sources at each agency given. */
export function person(
  name: string,
  details: {
    dob?: string;
    sex?: "male" | "female";
    roles?: string[];
    agencies?: string[];
    text?: string;
  } = {},
): Person {
  const agencies = details.agencies ?? ["Police"];
  return {
    id: `p-${name.toLowerCase().replace(/[^a-z]+/g, "-")}`,
    name,
    aliases: [],
    dob: details.dob ?? null,
    sex: details.sex ?? null,
    roles: details.roles ?? [],
    identifiers: {},
    sources: agencies.map((agency, row) => ({
      agency,
      file: `${agency}.csv`,
      row: row + 1,
      text: details.text ?? name,
    })),
  };
}

let counter = 0;

/**
 * A synthetic merged event on a day (noon UTC), its categories read from its text by the base lexicon
 * unless given.
 */
export function event(
  day: string,
  agency: string,
  summary: string,
  people: readonly Person[],
  options: { category?: string[]; id?: string; outOfScope?: boolean } = {},
): MergedEvent {
  const start = Date.parse(`${day}T12:00:00Z`);
  const end = start + 60_000;
  counter += 1;
  return {
    event: {
      id: options.id ?? `e-${day}-${String(counter).padStart(4, "0")}`,
      start: new Date(start).toISOString(),
      end: new Date(end).toISOString(),
      precision: "minute",
      approximate: false,
      dateText: [day],
      agencies: [agency],
      category: options.category ?? categorise(summary).map((m) => m.category),
      summary,
      people: people.map((p) => p.id),
      sources: [{ agency, file: `${agency}.csv`, row: counter }],
      conflicts: [],
      outOfScope: options.outOfScope ?? false,
    },
    start,
    end,
    sequence: null,
  };
}

/** Events sorted in chronology order, as mergeEvents returns them. */
export function timeline(...events: MergedEvent[]): MergedEvent[] {
  return [...events].sort((a, b) => a.start - b.start || a.event.id.localeCompare(b.event.id));
}

export const liam = person("Liam Jones", {
  dob: "2017-02-03",
  roles: ["child"],
  agencies: ["GP", "Health Visiting"],
});
export const mia = person("Mia Jones", {
  dob: "2019-08-14",
  roles: ["child"],
  agencies: ["GP", "Health Visiting"],
});
export const sarah = person("Sarah Jones", {
  dob: "1990-04-12",
  sex: "female",
  roles: ["mother"],
  agencies: ["GP", "Police", "Health Visiting"],
});
export const daniel = person("Daniel Price", {
  dob: "1987-11-22",
  sex: "male",
  roles: ["partner"],
  agencies: ["Police", "Housing"],
});
