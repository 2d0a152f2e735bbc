import { compareText, rowKey } from "../model/content-id.js";
import type { NormalisedRecord } from "../model/normalised.js";
import { nameKey } from "../normalise/people/name.js";
import { textTokens } from "./text-similarity.js";

/** One input row with the person ids resolve gave its mentions. */
export interface MergeRow {
  record: NormalisedRecord;
  key: string;
  /** Every person id of the row, sorted, unique. */
  people: string[];
  /**
   * The named people the row is about, sorted, unique: professionals are left out (the same worker is in
   * all their visits) and so are role-only mentions ("Mother"), whose identity is not known.
   */
  subjects: string[];
  /** The people the row is about, known by name or by role ("Mother", resolved within the family): professionals left out. */
  known: string[];
}

/** Identical rows (same agency, date, people and text) taken as one: the thing the merge compares. */
export interface MergeUnit {
  key: string;
  rows: MergeRow[];
  /** The agency, folded: rows of one agency are never two accounts of one incident. */
  agency: string;
  note: boolean;
  start: number;
  end: number;
  timed: boolean;
  precision: NormalisedRecord["date"]["precision"];
  subjects: string[];
  /** The people the row is about, by name or by role (see {@link MergeRow.known}). */
  known: string[];
  /** The folded names of those people (`given|family`), for when resolution kept two spellings apart. */
  names: string[];
  categories: string[];
  tokens: Set<string>;
}

// Categories that say nothing about which incident a row is.
const generic = new Set(["contact", "note"]);

/**
 * Collapses identical rows into units: the same agency, date, sequence, people, text (case and spacing
 * aside), categories and reference (the same file given twice, the same row exported twice). Notes collapse only with notes.
 */
export function toUnits(
  records: readonly NormalisedRecord[],
  personOf: ReadonlyMap<string, readonly string[]>,
): MergeUnit[] {
  const byIdentity = new Map<string, MergeRow[]>();
  for (const record of records) {
    const key = rowKey(record.source);
    const ids = personOf.get(key) ?? [];
    const people = sortedUnique(ids.filter((id): id is string => typeof id === "string"));
    const subjects = sortedUnique(
      ids.filter(
        (id, index): id is string =>
          typeof id === "string" &&
          record.people[index]?.roleKind !== "professional" &&
          record.people[index]?.name !== null,
      ),
    );
    const known = sortedUnique(
      ids.filter(
        (id, index): id is string =>
          typeof id === "string" && record.people[index]?.roleKind !== "professional",
      ),
    );
    const row: MergeRow = { record, key, people, subjects, known };
    const identity = identityOf(row);
    const list = byIdentity.get(identity);
    if (list === undefined) byIdentity.set(identity, [row]);
    // The very same row given again (same file and row, same content) is one row: merging twice changes nothing.
    else if (!list.some((r) => r.key === key)) list.push(row);
  }
  const units: MergeUnit[] = [];
  for (const rows of byIdentity.values()) {
    rows.sort(compareRows);
    const first = rows[0]!;
    const { date } = first.record;
    units.push({
      key: first.key,
      rows,
      agency: nameKey(first.record.source.agency),
      note: first.record.note,
      start: date.start,
      end: date.end,
      timed: date.precision === "minute" || date.precision === "hour",
      precision: date.precision,
      subjects: first.subjects,
      known: first.known,
      names: namesOf(first.record),
      categories: sortedUnique(first.record.categories.map((c) => c.category).filter((c) => !generic.has(c))),
      tokens: narrativeTokens(first.record),
    });
  }
  return units.sort((a, b) => a.start - b.start || compareText(a.key, b.key));
}

/** Rows in source order: file, then row. */
export function compareRows(a: MergeRow, b: MergeRow): number {
  return compareText(a.record.source.file, b.record.source.file) || a.record.source.row - b.record.source.row;
}

function identityOf(row: MergeRow): string {
  const r = row.record;
  return JSON.stringify([
    r.note,
    nameKey(r.source.agency),
    r.date.start,
    r.date.end,
    r.date.precision,
    r.sequence,
    row.people,
    lightFold(r.summary),
    lightFold(r.action),
    sortedUnique(r.categories.map((c) => c.category)),
    r.reference ?? "",
  ]);
}

/**
 * The folded names (`given|family`) of the named people a record is about, professionals left out.
 * @example
 * namesOf(record) // ["sarah|jones", "liam|jones"]
 */
export function namesOf(record: NormalisedRecord): string[] {
  const names = record.people
    .filter((p) => p.name !== null && p.roleKind !== "professional")
    .map((p) => `${nameKey(p.given ?? "")}|${nameKey(p.family ?? p.name ?? "")}`);
  return sortedUnique(names);
}

/** The narrative's word stems without the names of the people the row lists (they are people evidence). */
function narrativeTokens(record: NormalisedRecord): Set<string> {
  const tokens = textTokens(`${record.summary} ${record.action}`);
  for (const person of record.people) {
    for (const name of textTokens(`${person.given ?? ""} ${person.family ?? ""}`)) tokens.delete(name);
  }
  return tokens;
}

/** Text with case and spacing set aside: "identical" rows may differ in nothing else. */
function lightFold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compareText);
}
