import type { FlagKind } from "../model/chronology.js";
import type { Manifest, ManifestSource } from "../model/manifest.js";
import type { SourceInput } from "../model/source.js";
import {
  agencyDefs,
  type GeneratedAgency,
  type GeneratedFormat,
  generatedAgencies,
  generatedFormats,
  type Report,
} from "./agencies.js";
import { isoDay, parseIsoDay } from "./calendar.js";
import { encodeWindows1252 } from "./cp1252.js";
import { createFamily } from "./family.js";
import { createRandom, deriveSeed } from "./random.js";
import { tellStory } from "./story.js";
import type { Truth, TruthEvent, TruthFlag, TruthMention, TruthPerson } from "./truth.js";

/** What to generate. Every option but `seed` has a default. */
export interface GenerateOptions {
  /** Any integer; the same seed gives the same bytes on every machine. */
  seed: number;
  /** Number of households; default 3. */
  families?: number;
  /** Keep adding households until the returns hold at least this many rows (benchmarks). */
  rows?: number;
  /** Which agencies send returns; default all eight. */
  agencies?: readonly GeneratedAgency[];
  /** The review's window, `yyyy-mm-dd`; default 2018-01-01 to 2020-12-31. */
  from?: string;
  to?: string;
  /** Formats agencies may use; an agency whose usual format is not allowed uses the first allowed. Default all. */
  formats?: readonly GeneratedFormat[];
}

/** A generated review: every file by name (returns, manifest.json, truth.json) and the same as data. */
export interface GeneratedReview {
  files: Record<string, Uint8Array>;
  manifest: Manifest;
  truth: Truth;
}

const plantedKinds: FlagKind[] = [
  "ambiguous-date",
  "closure-then-concern",
  "conflict",
  "missing-men",
  "off-radar",
  "risk-combination",
  "was-not-brought",
];

interface Row {
  report: Report;
  family: number;
  seq: number;
  occurrence: string;
}

/**
 * Generates a synthetic review, seeded and deterministic: per-agency returns in the formats agencies
 * send (CSV with their own headers and date styles, TSV, JSON, NDJSON, Windows-1252 CSV), a manifest,
 * and the truth (which rows are one event, which mentions one person, which flags to raise). No real
 * person's data: names are drawn from lists, NHS numbers from the 999 test range, postcodes from ZY.
 * @param options seed, families, agencies, window, formats
 * @returns the files (name to bytes), the manifest and the truth
 * @throws {RangeError} when `from`/`to` are not `yyyy-mm-dd`, `to` is before `from`, or no agency or format is allowed
 * @example
 * const review = generateReview({ seed: 1, families: 2 });
 * Object.keys(review.files) // ["police.csv", "gp.csv", "health-visiting.tsv", ..., "manifest.json", "truth.json"]
 */
export function generateReview(options: GenerateOptions): GeneratedReview {
  const from = parseIsoDay(options.from ?? "2018-01-01");
  const to = parseIsoDay(options.to ?? "2020-12-31");
  if (to < from + 30) throw new RangeError("the review's window must be at least 30 days");
  const agencies = generatedAgencies.filter((a) => (options.agencies ?? generatedAgencies).includes(a));
  const formats = generatedFormats.filter((f) => (options.formats ?? generatedFormats).includes(f));
  if (agencies.length === 0) throw new RangeError("no agency to generate");
  if (formats.length === 0) throw new RangeError("no format allowed");
  const allowed = new Set<GeneratedAgency>(agencies);
  const rowsByAgency = new Map<GeneratedAgency, Row[]>(agencies.map((a) => [a, []]));
  const people: TruthPerson[] = [];
  const events: TruthEvent[] = [];
  const flags: TruthFlag[] = [];
  const eventOf = new Map<string, TruthEvent>();
  const personOf = new Map<string, TruthPerson>();
  const families = Math.max(0, Math.floor(options.families ?? 3));
  let rows = 0;
  for (let index = 0; index < families || (options.rows !== undefined && rows < options.rows); index++) {
    const random = createRandom(deriveSeed(options.seed, index));
    const family = createFamily(random, index, from);
    const story = tellStory(random, family, from, to);
    const members = [family.mother, ...family.children, family.partner, family.grandmother];
    for (const member of members) {
      if (member === null) continue;
      const person: TruthPerson = {
        id: member.id,
        name: `${member.given} ${member.family}`,
        role: member.role,
        sex: member.sex,
        dob: isoDay(member.dob),
        nhs: member.nhs,
        family: index,
        mentions: [],
      };
      people.push(person);
      personOf.set(person.id, person);
    }
    let seq = 0;
    for (const occurrence of story.occurrences) {
      const kept = occurrence.reports.filter((r) => allowed.has(r.agency));
      if (kept.length === 0) continue;
      const event: TruthEvent = {
        id: occurrence.id,
        kind: occurrence.kind,
        date: isoDay(occurrence.day),
        rows: [],
        people: [...new Set(kept.flatMap((r) => r.mentions.map((m) => m.person)))].sort(),
      };
      events.push(event);
      eventOf.set(event.id, event);
      for (const report of kept) {
        rowsByAgency
          .get(report.agency)!
          .push({ report, family: index, seq: seq++, occurrence: occurrence.id });
        rows++;
      }
    }
    for (const flag of story.flags) {
      const evidence = flag.events.filter((id) => eventOf.has(id));
      if (evidence.length === 0) continue;
      flags.push({
        kind: flag.kind,
        person: flag.person,
        household: flag.household ?? [],
        from: isoDay(flag.from),
        to: isoDay(flag.to),
        events: evidence,
        why: flag.why,
      });
    }
  }
  const files: Record<string, Uint8Array> = {};
  const sources: ManifestSource[] = [];
  for (const agency of agencies) {
    const def = agencyDefs[agency];
    const format = formats.includes(def.preferred) ? def.preferred : formats[0]!;
    const name = `${def.stem}.${extension(format)}`;
    const list = rowsByAgency.get(agency)!;
    list.sort(
      (a, b) =>
        a.report.day - b.report.day ||
        (a.report.minute ?? -1) - (b.report.minute ?? -1) ||
        a.family - b.family ||
        a.seq - b.seq,
    );
    list.forEach((row, i) => {
      const at = { file: name, row: i + 1 };
      const event = eventOf.get(row.occurrence)!;
      event.rows.push(at);
      if (row.report.misdated === true) {
        event.misdated ??= [];
        event.misdated.push({ ...at });
      }
      row.report.mentions.forEach((mention, index) => {
        const mentionAt: TruthMention = { ...at, index, text: mention.text };
        personOf.get(mention.person)!.mentions.push(mentionAt);
      });
    });
    files[name] = serialise(
      format,
      def.headers,
      list.map((r) => def.cells(r.report)),
    );
    const source: ManifestSource = {
      agency: def.name,
      path: name,
      format: format === "windows-1252" ? "csv" : format,
    };
    if (format === "windows-1252") source.encoding = "windows-1252";
    if (def.columns !== undefined) source.columns = { ...def.columns };
    sources.push(source);
  }
  const fileOrder = new Map(sources.map((s, i) => [s.path, i]));
  const byPlace = (a: { file: string; row: number }, b: { file: string; row: number }) =>
    fileOrder.get(a.file)! - fileOrder.get(b.file)! || a.row - b.row;
  for (const event of events) {
    event.rows.sort(byPlace);
    event.misdated?.sort(byPlace);
  }
  for (const person of people) person.mentions.sort((a, b) => byPlace(a, b) || a.index - b.index);
  const manifest: Manifest = {
    review: {
      name: `Synthetic review (seed ${options.seed}, ${families} families)`,
      from: isoDay(from),
      to: isoDay(to),
      timezone: "Europe/London",
      dateOrder: "dmy",
    },
    sources,
  };
  const truth: Truth = {
    seed: options.seed,
    from: isoDay(from),
    to: isoDay(to),
    rows,
    files: sources.map((s) => ({
      name: s.path,
      agency: s.agency,
      rows: rowsByAgency.get(agencyOf(s.agency))!.length,
    })),
    plantedKinds,
    events,
    people: people.filter((p) => p.mentions.length > 0),
    flags,
  };
  const encoder = new TextEncoder();
  files["manifest.json"] = encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`);
  files["truth.json"] = truthBytes(truth);
  return { files, manifest, truth };
}

/**
 * The generated returns as sources for `buildChronology`, read as the manifest says.
 * @param review a generated review
 * @returns one source per return, its `file` the manifest path (as the truth names it)
 * @example
 * buildChronology(reviewSources(review), review.manifest.review).stats.inputRows === review.truth.rows // true
 */
export function reviewSources(review: GeneratedReview): SourceInput[] {
  return review.manifest.sources.map((s) => ({
    file: s.path,
    agency: s.agency,
    ...(s.format === undefined ? {} : { format: s.format }),
    ...(s.encoding === undefined ? {} : { encoding: s.encoding }),
    ...(s.columns === undefined ? {} : { columns: s.columns }),
    content: review.files[s.path]!,
  }));
}

/**
 * truth.json: one event, person or flag per line, so that a diff or a grep reads it and a million-row
 * truth never has to be one JavaScript string.
 */
function truthBytes(truth: Truth): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const { events, people, flags, ...head } = truth;
  const header = JSON.stringify(head);
  chunks.push(encoder.encode(`${header.slice(0, -1)},\n`));
  const list = (name: string, items: readonly unknown[], last: boolean) => {
    chunks.push(encoder.encode(`"${name}": [\n`));
    items.forEach((item, i) => {
      chunks.push(encoder.encode(`${JSON.stringify(item)}${i < items.length - 1 ? "," : ""}\n`));
    });
    chunks.push(encoder.encode(last ? "]\n}\n" : "],\n"));
  };
  list("events", events, false);
  list("people", people, false);
  list("flags", flags, true);
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

function agencyOf(name: string): GeneratedAgency {
  return generatedAgencies.find((a) => agencyDefs[a].name === name)!;
}

function extension(format: GeneratedFormat): string {
  return format === "windows-1252" ? "csv" : format;
}

function serialise(format: GeneratedFormat, headers: readonly string[], rows: string[][]): Uint8Array {
  switch (format) {
    case "json":
      return new TextEncoder().encode(
        `${JSON.stringify(
          rows.map((cells) => record(headers, cells)),
          null,
          2,
        )}\n`,
      );
    case "ndjson":
      return new TextEncoder().encode(
        rows.map((cells) => `${JSON.stringify(record(headers, cells))}\n`).join(""),
      );
    case "tsv":
      return new TextEncoder().encode(delimited([headers, ...rows], "\t"));
    case "csv":
      return new TextEncoder().encode(delimited([headers, ...rows], ","));
    case "windows-1252":
      return encodeWindows1252(delimited([headers, ...rows], ","));
  }
}

function record(headers: readonly string[], cells: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((header, i) => {
    out[header] = cells[i] ?? "";
  });
  return out;
}

function delimited(rows: readonly (readonly string[])[], delimiter: "," | "\t"): string {
  const cell = (text: string): string => {
    if (delimiter === "\t") return text.replace(/[\t\r\n]+/g, " ");
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((cells) => `${cells.map(cell).join(delimiter)}\r\n`).join("");
}
