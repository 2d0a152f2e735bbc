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
  /** True when a later header maps to a field an earlier one already took. */
  duplicate: boolean;
}

/**
 * Matches a return's headers to fields: an explicit column map first, then the synonym table.
 * The first header to claim a field wins; the others go to `extra`.
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
  return headers.map((header) => {
    const key = headerKey(header);
    const explicit = mapped.get(key);
    const synonym = synonymIndex.get(key);
    const field = explicit ?? (synonym !== undefined && !explicitFields.has(synonym) ? synonym : undefined);
    if (field === undefined) return { field: null, header, duplicate: false };
    if (taken.has(field)) return { field: null, header, duplicate: true };
    taken.add(field);
    return { field, header, duplicate: false };
  });
}
