import type { Chronology, Person } from "../model/chronology.js";
import { compareText, contentId } from "../model/content-id.js";
import type { Issue } from "../model/issue.js";
import { identifierScrubber } from "./identifiers.js";
import { nameReplacer } from "./name-matcher.js";
import { assignCodes } from "./person-codes.js";

/** Options of redaction. */
export interface RedactOptions {
  /** The review's focus people by name: they become Child A, Child B first. */
  subjects?: readonly string[];
  /** Epoch ms at which a DOB makes someone a child; default the end of the latest event. */
  asOf?: number;
}

/** One line of the glossary the panel keeps apart from the published report: code to the real person. */
export interface GlossaryEntry {
  code: string;
  /** The person's id in the named document. */
  id: string;
  name: string;
  aliases: string[];
  dob: string | null;
  roles: string[];
}

/** A redacted chronology and the glossary that undoes it (never to be published with it). */
export interface Redaction {
  document: Chronology;
  glossary: GlossaryEntry[];
}

/**
 * Makes the view of a chronology a published review can carry: each person becomes a code (`Child A`,
 * `Mother`, `Adult Male 1`, `GP1`) with a new id, the same everywhere; their names, aliases and given and
 * family names are replaced in every free text (summaries, conflicts, flag messages, mentions as written,
 * issues, rejections, file and agency names), case and diacritics ignored; DOBs, NHS numbers, phone numbers, e-mail
 * and street addresses and postcodes are removed. Dates as written (`dateText`) are kept. Names that no
 * return put in a people column cannot be known and are not found in narrative text.
 * @param document the named chronology (not changed)
 * @param options subjects (Child A first) and the instant at which age is judged
 * @returns the redacted document and the glossary from codes to people
 * @example
 * redact(document).document.people.map((p) => p.name) // ["Child A", "GP1", "Mother"]
 */
export function redact(document: Chronology, options: RedactOptions = {}): Redaction {
  const { codes, text } = redactor(document, options);
  const newId = new Map(document.people.map((p) => [p.id, contentId("p", ["redacted", codes.get(p.id)!])]));
  const ids = (list: readonly string[]) => list.map((id) => newId.get(id) ?? id);
  const people: Person[] = document.people
    .map((person) => ({
      id: newId.get(person.id)!,
      name: codes.get(person.id)!,
      aliases: [],
      dob: null,
      sex: person.sex,
      roles: [...person.roles],
      identifiers: {},
      sources: person.sources.map((s) => ({
        ...s,
        agency: text(s.agency),
        file: text(s.file),
        text: codes.get(person.id)!,
      })),
    }))
    .sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
  const redacted: Chronology = {
    ...document,
    events: document.events.map((event) => ({
      ...event,
      dateText: [...event.dateText],
      // An agency named from a file stem or after a person ("Dr Patel's surgery") is redacted too.
      agencies: event.agencies.map(text),
      category: [...event.category],
      summary: text(event.summary),
      people: ids(event.people),
      sources: event.sources.map((s) => ({ ...s, agency: text(s.agency), file: text(s.file) })),
      conflicts: event.conflicts.map((c) => ({
        field: c.field,
        values: c.values.map((v) => ({ value: text(v.value), agency: text(v.agency) })),
      })),
    })),
    people,
    flags: document.flags.map((flag) => ({
      ...flag,
      people: ids(flag.people),
      events: [...flag.events],
      message: text(flag.message),
    })),
    rejected: document.rejected.map((r) => ({ ...r, file: text(r.file), reason: text(r.reason) })),
    issues: document.issues.map((issue) => redactIssue(issue, text)),
    stats: { ...document.stats },
  };
  const glossary = document.people
    .map((p) => ({
      code: codes.get(p.id)!,
      id: p.id,
      name: p.name,
      aliases: [...p.aliases],
      dob: p.dob,
      roles: [...p.roles],
    }))
    .sort((a, b) => compareText(a.code, b.code));
  return { document: redacted, glossary };
}

/**
 * Redacts one more text with the same codes `redact` gives the document: for a title, a caption or a
 * message written about the review.
 * @param document the named chronology whose people are to be replaced
 * @param text the text to redact
 * @param options the same options as given to `redact`
 * @returns the text with names and identifiers replaced
 * @example
 * redactText(document, "Review of Liam Jones") // "Review of Child A"
 */
export function redactText(document: Chronology, text: string, options: RedactOptions = {}): string {
  return redactor(document, options).text(text);
}

function redactor(
  document: Chronology,
  options: RedactOptions,
): { codes: Map<string, string>; text: (value: string) => string } {
  // Without events (the people command) and no asOf, only a child's role makes them a child.
  const asOf =
    options.asOf ??
    (document.events.length === 0
      ? undefined
      : document.events.reduce((latest, e) => Math.max(latest, Date.parse(e.end)), 0));
  const codes = assignCodes(document.people, {
    ...(asOf === undefined ? {} : { asOf }),
    ...(options.subjects === undefined ? {} : { subjects: options.subjects }),
  });
  const dobs = [...new Set(document.people.flatMap((p) => (p.dob === null ? [] : [p.dob])))];
  const replaceNames = nameReplacer(document.people, codes);
  const scrub = identifierScrubber(dobs);
  // File and agency names repeat on every row: each distinct text is redacted once.
  const done = new Map<string, string>();
  const text = (value: string) => {
    let redacted = done.get(value);
    if (redacted === undefined) {
      redacted = replaceNames(scrub(value));
      if (value.length < 200) done.set(value, redacted);
    }
    return redacted;
  };
  return { codes, text };
}

function redactIssue(issue: Issue, text: (value: string) => string): Issue {
  const copy: Issue = { ...issue, message: text(issue.message) };
  if (typeof issue.file === "string") copy.file = text(issue.file);
  if (typeof issue.agency === "string") copy.agency = text(issue.agency);
  if (typeof issue.input === "string") copy.input = text(issue.input);
  // A subject name that matches no person is no person's name to code: it is left out.
  if (issue.code === "subject_not_found") {
    copy.message = "a subject name matches no person in the returns";
    delete copy.input;
  }
  return copy;
}
