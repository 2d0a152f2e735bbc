import type { Chronology, ChronologyEvent, Flag, FlagKind } from "../model/chronology.js";
import { nameKey } from "../normalise/people/name.js";
import { indexRows, placeKey } from "./row-index.js";
import { checkConservation } from "./score.js";
import type { Truth } from "./truth.js";

/** What a matcher returns: Jest's and Vitest's shape. */
export interface MatcherResult {
  pass: boolean;
  message: () => string;
}

/** Which flag `toHaveFlag` looks for: a person (id, name or alias) and a window (`yyyy-mm-dd` or ISO instants). */
export interface FlagQuery {
  person?: string;
  from?: string;
  to?: string;
}

/** A row of a return: the file name the document cites and the 1-based data record number. */
export interface RowQuery {
  file: string;
  row: number;
}

/**
 * The matchers' types, for `declare module "vitest" { interface Assertion<T> extends ChronologyMatchers<T> {} }`
 * (or Jest's `Matchers<R>`).
 */
export interface ChronologyMatchers<R = unknown> {
  toConserveRows(expected?: Truth | number): R;
  toHaveFlag(kind: FlagKind, query?: FlagQuery): R;
  toMergeRows(rows: readonly RowQuery[]): R;
}

const day = 86_400_000;

/**
 * Passes when every input row is in exactly one event's sources or in `rejected`. Given the truth (or
 * the number of input rows), also checks that no row is missing or unknown; otherwise trusts
 * `stats.inputRows`.
 * @example
 * expect(document).toConserveRows(review.truth)
 */
function toConserveRows(received: unknown, expected?: Truth | number): MatcherResult {
  const document = asChronology(received);
  if (typeof document === "string") return { pass: false, message: () => document };
  const problems: string[] = [];
  if (typeof expected === "object" && expected !== null) {
    const result = checkConservation(document, expected);
    if (result.missing.length > 0)
      problems.push(
        `${result.missing.length} row(s) are in no event and not rejected: ${rows(result.missing)}`,
      );
    if (result.duplicated.length > 0)
      problems.push(
        `${result.duplicated.length} row(s) are cited more than once: ${rows(result.duplicated)}`,
      );
    if (result.unknown.length > 0)
      problems.push(`${result.unknown.length} row(s) cited are not in the returns: ${rows(result.unknown)}`);
  } else {
    const places = indexRows(document);
    const duplicated = [...new Set([...places.events.keys(), ...places.rejected.keys()])].filter(
      (key) => (places.events.get(key)?.length ?? 0) + (places.rejected.get(key) ?? 0) > 1,
    );
    if (duplicated.length > 0)
      problems.push(`${duplicated.length} row(s) are cited more than once: ${keys(duplicated)}`);
    const cited = new Set([...places.events.keys(), ...places.rejected.keys()]).size;
    const inputRows = typeof expected === "number" ? expected : document.stats.inputRows;
    if (cited !== inputRows)
      problems.push(`${inputRows} input rows, but ${cited} distinct rows are in events or rejected`);
  }
  const pass = problems.length === 0;
  return {
    pass,
    message: () =>
      pass
        ? `expected the chronology not to conserve its rows, but every row is in exactly one event or in rejected`
        : `expected every input row in exactly one event's sources or in rejected:\n  - ${problems.join("\n  - ")}`,
  };
}

/**
 * Passes when the document has a flag of `kind` naming the person (id, name or alias, case and accents
 * ignored) and overlapping the window (a day's slack for zones). A flag with no dates matches any window.
 * @example
 * expect(document).toHaveFlag("missing-men", { person: "Daniel Price", from: "2018-01-01" })
 */
function toHaveFlag(received: unknown, kind: FlagKind, query: FlagQuery = {}): MatcherResult {
  const document = asChronology(received);
  if (typeof document === "string") return { pass: false, message: () => document };
  const wanted = describeQuery(kind, query);
  const ofKind = document.flags.filter((f) => f.kind === kind);
  const people = new Map(document.people.map((p) => [p.id, p]));
  const key = query.person === undefined ? undefined : nameKey(query.person);
  const namesPerson = (flag: Flag) =>
    query.person === undefined ||
    flag.people.some((id) => {
      const person = people.get(id);
      if (id === query.person) return true;
      if (person === undefined) return false;
      return [person.name, ...person.aliases].some((name) => nameKey(name) === key);
    });
  const from = query.from === undefined ? Number.NEGATIVE_INFINITY : Date.parse(query.from) - day;
  const to = query.to === undefined ? Number.POSITIVE_INFINITY : Date.parse(query.to) + 2 * day;
  const inWindow = (flag: Flag) =>
    flag.start === null || flag.end === null || (Date.parse(flag.start) < to && Date.parse(flag.end) >= from);
  const found = ofKind.filter((f) => namesPerson(f) && inWindow(f));
  const pass = found.length > 0;
  const list = (flags: readonly Flag[]) => flags.map((f) => `  - ${describeFlag(f, people)}`).join("\n");
  return {
    pass,
    message: () => {
      if (pass) return `expected no ${wanted.replace(/^an? /, "")}, but found:\n${list(found)}`;
      if (ofKind.length === 0) {
        const kinds = [...new Set(document.flags.map((f) => f.kind))].sort();
        return `expected ${wanted}, but the chronology has no ${kind} flag at all (flags present: ${kinds.length === 0 ? "none" : kinds.join(", ")})`;
      }
      return `expected ${wanted}, but the ${ofKind.length} ${kind} flag(s) are about other people or times:\n${list(ofKind.slice(0, 10))}${ofKind.length > 10 ? `\n  … and ${ofKind.length - 10} more` : ""}`;
    },
  };
}

/**
 * Passes when the rows are all sources of one event.
 * @example
 * expect(document).toMergeRows([{ file: "police.csv", row: 4 }, { file: "ambulance.csv", row: 2 }])
 */
function toMergeRows(received: unknown, rowsWanted: readonly RowQuery[]): MatcherResult {
  const document = asChronology(received);
  if (typeof document === "string") return { pass: false, message: () => document };
  if (!Array.isArray(rowsWanted) || rowsWanted.length < 2) {
    return { pass: false, message: () => "toMergeRows needs at least two rows ({ file, row })" };
  }
  const places = indexRows(document);
  const where = rowsWanted.map((row) => ({
    row,
    events: places.events.get(placeKey(row)) ?? [],
    rejected: places.rejected.has(placeKey(row)),
  }));
  const first = where[0]!.events;
  const shared = first.filter((i) => where.every((w) => w.events.includes(i)));
  const pass = shared.length > 0;
  const listed = rows(rowsWanted);
  return {
    pass,
    message: () => {
      if (pass) {
        const event = document.events[shared[0]!]!;
        return `expected ${listed} not to be one event, but they are all in ${describeEvent(event)}`;
      }
      const lines = where.map((w) => {
        const name = `${w.row.file} row ${w.row.row}`;
        if (w.events.length > 0)
          return `  - ${name} → ${w.events.map((i) => describeEvent(document.events[i]!)).join("; ")}`;
        return `  - ${name} → ${w.rejected ? "rejected" : "nowhere (not in any event, not rejected)"}`;
      });
      return `expected ${listed} to be one event, but they are not:\n${lines.join("\n")}`;
    },
  };
}

/**
 * The chronomerge matchers, for `expect.extend(chronologyMatchers)` in Vitest or Jest. Each takes the
 * chronology document as `received` and returns `{ pass, message }`; `.not` works with each.
 * @example
 * import { chronologyMatchers } from "chronomerge/testing";
 * expect.extend(chronologyMatchers);
 * expect(document).toConserveRows();
 */
export const chronologyMatchers = { toConserveRows, toHaveFlag, toMergeRows };

function asChronology(received: unknown): Chronology | string {
  const value = received as Partial<Chronology> | null;
  if (
    value === null ||
    typeof value !== "object" ||
    !Array.isArray(value.events) ||
    !Array.isArray(value.rejected) ||
    !Array.isArray(value.flags) ||
    !Array.isArray(value.people)
  ) {
    return `expected a chronology document (an object with events, people, flags and rejected), received ${describeValue(received)}`;
  }
  return {
    stats: { inputRows: 0, events: 0, people: 0, rejected: 0 },
    issues: [],
    schemaVersion: 1,
    ...value,
  } as Chronology;
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return typeof value === "object"
    ? `an object with keys ${Object.keys(value).slice(0, 6).join(", ") || "(none)"}`
    : typeof value;
}

function describeQuery(kind: FlagKind, query: FlagQuery): string {
  const parts = [`a ${kind} flag`];
  if (query.person !== undefined) parts.push(`for "${query.person}"`);
  if (query.from !== undefined && query.to !== undefined) parts.push(`between ${query.from} and ${query.to}`);
  else if (query.from !== undefined) parts.push(`from ${query.from}`);
  else if (query.to !== undefined) parts.push(`until ${query.to}`);
  return parts.join(" ");
}

function describeFlag(flag: Flag, people: ReadonlyMap<string, Chronology["people"][number]>): string {
  const names = flag.people.map((id) => people.get(id)?.name ?? id).join(", ") || "no person";
  const when =
    flag.start === null ? "undated" : `${flag.start.slice(0, 10)} → ${(flag.end ?? flag.start).slice(0, 10)}`;
  return `${when}, ${names}: ${flag.message}`;
}

function describeEvent(event: ChronologyEvent): string {
  const summary = event.summary.length > 50 ? `${event.summary.slice(0, 49)}…` : event.summary;
  return `event ${event.id} (${event.start.slice(0, 10)}, "${summary}", sources ${rows(event.sources)})`;
}

function rows(list: readonly { file: string; row: number }[]): string {
  const shown = list
    .slice(0, 8)
    .map((r) => `${r.file} row ${r.row}`)
    .join(", ");
  return list.length > 8 ? `${shown} and ${list.length - 8} more` : shown;
}

function keys(list: readonly string[]): string {
  return rows(
    list.map((key) => {
      const at = key.lastIndexOf("#");
      return { file: key.slice(0, at), row: Number(key.slice(at + 1)) };
    }),
  );
}
