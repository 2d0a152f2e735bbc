import type { Field } from "../model/source.js";

/** Accepted headers per field (contract "Input columns", plus common variants). */
export const headerSynonyms: Readonly<Record<Field, readonly string[]>> = {
  date: [
    "Date",
    "Date of contact",
    "Contact date",
    "Event date",
    "Date/Time",
    "Date and time",
    "When",
    "Date time",
  ],
  time: ["Time", "Time of contact", "Event time", "Contact time"],
  agency: ["Agency", "Organisation", "Organization", "Service", "Source agency", "Source"],
  people: [
    "Person",
    "Persons",
    "Person(s) involved",
    "People involved",
    "Persons involved",
    "Subject",
    "Subjects",
    "Name",
    "Client",
    "Patient",
    "Service user",
    "Individuals",
    "Individual",
  ],
  dob: ["DOB", "Date of birth", "D.O.B."],
  nhs: ["NHS number", "NHS No", "NHS no.", "NHS"],
  role: ["Role", "Relationship", "Relationship to child"],
  summary: [
    "Event",
    "Contact",
    "Details",
    "Description",
    "Summary",
    "Narrative",
    "What happened",
    "Contact details",
    "Event details",
  ],
  action: ["Action", "Action taken", "Decision", "Outcome", "Action/outcome", "Actions"],
  category: ["Type", "Category", "Contact type", "Event type"],
  reference: ["Reference", "Ref", "Record ID", "Source document", "Case reference"],
  address: ["Address", "Home address"],
  postcode: ["Postcode", "Post code"],
  sequence: ["Seq", "Sequence", "Sequence no", "Sequence number", "Order"],
};

/** Folds a header for matching: case, spaces and punctuation ignored. */
export function headerKey(header: string): string {
  return header
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

const synonymIndex: ReadonlyMap<string, Field> = new Map(
  (Object.entries(headerSynonyms) as [Field, readonly string[]][]).flatMap(([field, names]) =>
    names.map((name) => [headerKey(name), field] as const),
  ),
);

export interface ColumnMatch {
  /** The field a header feeds, or null when it goes to `extra`. */
  field: Field | null;
  header: string;
  /**
   * True when an earlier header already took this header's field, or, for a header that feeds no
   * field, when an earlier header reads the same (case, spaces and punctuation ignored).
   */
  duplicate: boolean;
  /**
   * For a header that feeds no field: its key in `extra` when that is not the header itself, so that no
   * cell overwrites another (`column 3` for an empty header, `Notes (2)` for a second "Notes").
   */
  extraKey?: string;
}

/**
 * Matches a return's headers to fields: an explicit column map first, then the synonym table.
 * The first header to claim a field wins; the others go to `extra`, marked `duplicate`, as is a
 * header that repeats an earlier one feeding no field (both are kept in `extra`, under distinct names).
 * @param headers the headers as written
 * @param columnMap field to header, from the manifest
 * @returns one match per header, in order
 * @example
 * matchColumns(["Date of contact", "Team"])[0].field // "date"
 */
export function matchColumns(
  headers: readonly string[],
  columnMap: Partial<Record<Field, string>> = {},
): ColumnMatch[] {
  const mapped = new Map<string, Field>();
  for (const [field, header] of Object.entries(columnMap) as [Field, string][]) {
    mapped.set(headerKey(header), field);
  }
  const explicitFields = new Set(mapped.values());
  const taken = new Set<Field>();
  const seenUnmatched = new Set<string>();
  const extraKeys = new Set<string>();
  return headers.map((header, index) => {
    const key = headerKey(header);
    const explicit = mapped.get(key);
    const synonym = synonymIndex.get(key);
    const field = explicit ?? (synonym !== undefined && !explicitFields.has(synonym) ? synonym : undefined);
    if (field === undefined) {
      // An empty or all-punctuation header has no name to repeat: it is named by its position later.
      const duplicate = key !== "" && seenUnmatched.has(key);
      seenUnmatched.add(key);
      return withExtraKey({ field: null, header, duplicate }, index, extraKeys);
    }
    if (taken.has(field)) return withExtraKey({ field: null, header, duplicate: true }, index, extraKeys);
    taken.add(field);
    return { field, header, duplicate: false };
  });
}

/** Gives a column bound for `extra` a key no earlier column of the same header row has taken. */
function withExtraKey(match: ColumnMatch, index: number, used: Set<string>): ColumnMatch {
  const base = match.header === "" ? `column ${index + 1}` : match.header;
  let key = base;
  for (let n = 2; used.has(key); n++) key = `${base} (${n})`;
  used.add(key);
  return key === match.header ? match : { ...match, extraKey: key };
}
