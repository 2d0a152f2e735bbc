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
  // Rows are bucketed by the parts of their identity that are cheap to read; only rows that share a
  // bucket compare their texts. Groups keep the order in which their first row came.
  const byIdentity = new Map<string, Identity[]>();
  const identities: Identity[] = [];
  const agencies = new Map<string, string>();
  for (const record of records) {
    const key = rowKey(record.source);
    const ids = personOf.get(key) ?? [];
    const people: string[] = [];
    const subjects: string[] = [];
    const known: string[] = [];
    for (let index = 0; index < ids.length; index++) {
      const id = ids[index];
      if (typeof id !== "string") continue;
      people.push(id);
      const mention = record.people[index];
      if (mention?.roleKind === "professional") continue;
      known.push(id);
      if (mention?.name !== null) subjects.push(id);
    }
    const row: MergeRow = {
      record,
      key,
      people: sortedUnique(people),
      subjects: sortedUnique(subjects),
      known: sortedUnique(known),
    };
    let agency = agencies.get(record.source.agency);
    if (agency === undefined) {
      agency = nameKey(record.source.agency);
      agencies.set(record.source.agency, agency);
    }
    const coarse = coarseIdentity(row, agency);
    const bucket = byIdentity.get(coarse);
    if (bucket === undefined) {
      const identity: Identity = { rows: [row], agency, texts: null };
      byIdentity.set(coarse, [identity]);
      identities.push(identity);
      continue;
    }
    const texts = textsOf(record);
    const same = bucket.find((identity) => identityTexts(identity) === texts);
    if (same === undefined) {
      const identity: Identity = { rows: [row], agency, texts };
      bucket.push(identity);
      identities.push(identity);
    }
    // The very same row given again (same file and row, same content) is one row: merging twice changes nothing.
    else if (!same.rows.some((r) => r.key === key)) same.rows.push(row);
  }
  const units: MergeUnit[] = [];
  for (const { rows, agency } of identities) {
    rows.sort(compareRows);
    const first = rows[0]!;
    const { date } = first.record;
    units.push({
      key: first.key,
      rows,
      agency,
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

/** Rows with the same identity, and the texts part of it (read when another row shares the rest). */
interface Identity {
  rows: MergeRow[];
  agency: string;
  texts: string | null;
}

/**
 * The identity of a row less its texts: note, agency, date, sequence, people and categories. None of
 * them holds the separators (folded agency names are letters, digits and spaces; ids and categories
 * are slugs), so the key is read back unambiguously.
 */
function coarseIdentity(row: MergeRow, agency: string): string {
  const r = row.record;
  return `${r.note}\u0000${agency}\u0000${r.date.start}\u0000${r.date.end}\u0000${r.date.precision}\u0000${r.sequence}\u0000${row.people.join("\u0001")}\u0000${sortedUnique(r.categories.map((c) => c.category)).join("\u0001")}`;
}

function identityTexts(identity: Identity): string {
  if (identity.texts === null) identity.texts = textsOf(identity.rows[0]!.record);
  return identity.texts;
}

/** The identity's texts: summary and action with case and spacing set aside, and the reference. */
function textsOf(r: NormalisedRecord): string {
  return JSON.stringify([lightFold(r.summary), lightFold(r.action), r.reference ?? ""]);
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
    for (const name of nameTokens(`${person.given ?? ""} ${person.family ?? ""}`)) tokens.delete(name);
  }
  return tokens;
}

/** The word stems of each person's name, read once per name: a family's names repeat in every row. */
const nameStems = new Map<string, readonly string[]>();

function nameTokens(name: string): readonly string[] {
  let stems = nameStems.get(name);
  if (stems === undefined) {
    stems = [...textTokens(name)];
    if (nameStems.size > 100_000) nameStems.clear();
    nameStems.set(name, stems);
  }
  return stems;
}

/** Text with case and spacing set aside: "identical" rows may differ in nothing else. */
function lightFold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

function sortedUnique(values: readonly string[]): string[] {
  if (values.length < 2) return [...values];
  return [...new Set(values)].sort(compareText);
}
