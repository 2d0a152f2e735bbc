import type { Person, Sex } from "../model/chronology.js";
import { compareText, contentId, rowKey } from "../model/content-id.js";
import type { NormalisedRecord, PersonMention } from "../model/normalised.js";
import type { RowRef } from "../model/source.js";
import { nameKey } from "../normalise/people/name.js";

/** A mention in its row: the record it came from and its index in the record's people. */
export interface PlacedMention {
  source: RowRef;
  index: number;
  mention: PersonMention;
}

export interface Resolution {
  people: Person[];
  /** Person id for each mention, keyed by `rowKey(source)` then the mention's index. */
  personOf: ReadonlyMap<string, readonly string[]>;
}

/**
 * Resolves the people mentioned across all returns: the same person when the folded name and DOB agree
 * (a mention with no DOB joins the one person of that name with a DOB). Role-only mentions ("Mother",
 * "unknown male") resolve within the family of the row's named child, and otherwise stay distinct.
 * @param records normalised records of every return
 * @returns people sorted by name then id, and each mention's person id
 * @example
 * resolvePeople(records).people.map((p) => p.name) // ["Liam Jones", "Sarah Jones", ...]
 */
export function resolvePeople(records: readonly Pick<NormalisedRecord, "source" | "people">[]): Resolution {
  const groups = new Map<string, PlacedMention[]>();
  const named = new Map<string, PlacedMention[]>();
  for (const record of records) {
    const child = record.people.find((p) => p.role === "child" && p.name !== null);
    record.people.forEach((mention, index) => {
      const placed = { source: record.source, index, mention };
      if (mention.name !== null) {
        const key = `n:${nameKey(personName(mention))}`;
        named.set(key, [...(named.get(key) ?? []), placed]);
        return;
      }
      // Role-only: the mother of the row's named child; otherwise its own unnamed person.
      const anchor =
        child !== undefined ? `child:${nameKey(child.name ?? "")}` : `row:${rowKey(record.source)}:${index}`;
      add(groups, `r:${mention.role ?? "person"}:${anchor}`, placed);
    });
  }
  for (const [key, mentions] of named) {
    const dobs = [...new Set(mentions.map((m) => m.mention.dob).filter((d): d is string => d !== null))];
    for (const placed of mentions) {
      // With one DOB, or none, every mention of the name is one person; with several, split by DOB.
      const dob = placed.mention.dob ?? (dobs.length === 1 ? dobs[0] : null);
      add(groups, dobs.length <= 1 ? key : `${key}|${dob ?? "no-dob"}`, placed);
    }
  }
  const personOf = new Map<string, string[]>();
  const people: Person[] = [];
  for (const [key, mentions] of groups) {
    const person = buildPerson(key, mentions);
    people.push(person);
    for (const placed of mentions) {
      const ids = personOf.get(rowKey(placed.source)) ?? [];
      ids[placed.index] = person.id;
      personOf.set(rowKey(placed.source), ids);
    }
  }
  people.sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
  return { people, personOf };
}

function add(groups: Map<string, PlacedMention[]>, key: string, placed: PlacedMention): void {
  const list = groups.get(key);
  if (list === undefined) groups.set(key, [placed]);
  else list.push(placed);
}

/** The name without its title, for matching ("Mr Daniel Price" and "Daniel Price" agree). */
function personName(mention: PersonMention): string {
  return [mention.given, mention.family].filter(Boolean).join(" ") || (mention.name ?? "");
}

function buildPerson(key: string, mentions: readonly PlacedMention[]): Person {
  const sorted = [...mentions].sort(
    (a, b) => compareText(a.source.file, b.source.file) || a.source.row - b.source.row || a.index - b.index,
  );
  const names = mostCommonFirst(sorted.map((m) => m.mention.name).filter((n): n is string => n !== null));
  const roles = [...new Set(sorted.map((m) => m.mention.role).filter((r): r is string => r !== null))].sort(
    compareText,
  );
  const name = names[0] ?? describeUnnamed(roles);
  const dobs = mostCommonFirst(sorted.map((m) => m.mention.dob).filter((d): d is string => d !== null));
  const nhs = mostCommonFirst(sorted.filter((m) => m.mention.nhsValid).map((m) => m.mention.nhs!));
  const person: Person = {
    id: contentId("p", [key]),
    name,
    aliases: names.slice(1),
    dob: dobs[0] ?? null,
    sex: agreedSex(sorted.map((m) => m.mention.sex)),
    roles,
    identifiers: nhs[0] === undefined ? {} : { nhs: nhs[0] },
    sources: sorted.map((m) => ({ ...m.source, text: m.mention.text })),
  };
  return person;
}

function describeUnnamed(roles: readonly string[]): string {
  return roles.length > 0 ? `Unnamed ${roles.join("/")}` : "Unnamed person";
}

/** Distinct values, most frequent first, ties broken by code-unit order. */
function mostCommonFirst(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).map(([value]) => value);
}

/** The sex every mention that states one agrees on; null when none states it or they disagree. */
function agreedSex(values: readonly Sex[]): Sex {
  const stated = new Set(values.filter((v) => v !== null));
  return stated.size === 1 ? ([...stated][0] ?? null) : null;
}
