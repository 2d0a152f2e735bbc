import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { glossaryCsv } from "../../src/export/glossary-csv.js";
import { toCsv } from "../../src/export/to-csv.js";
import { toHtml } from "../../src/export/to-html.js";
import { toJson } from "../../src/export/to-json.js";
import { toMarkdown } from "../../src/export/to-markdown.js";
import { headerKey, matchColumns } from "../../src/ingest/columns.js";
import { decodeBytes } from "../../src/ingest/decode.js";
import { parseDelimited } from "../../src/ingest/delimited.js";
import { ingestSource } from "../../src/ingest/ingest-source.js";
import { parseJsonArray, parseNdjson } from "../../src/ingest/json-records.js";
import type { Chronology } from "../../src/model/chronology.js";
import { ChronomergeError } from "../../src/model/chronomerge-error.js";
import type { Format, SourceInput } from "../../src/model/source.js";
import { categorise } from "../../src/normalise/category/categorise.js";
import { parseDate } from "../../src/normalise/date/parse-date.js";
import { parseTime } from "../../src/normalise/date/parse-time.js";
import { readName } from "../../src/normalise/people/name.js";
import { isValidNhsNumber } from "../../src/normalise/people/nhs-number.js";
import { parsePeopleCell } from "../../src/normalise/people/people-cell.js";
import { readRole } from "../../src/normalise/people/roles.js";
import { buildChronology } from "../../src/pipeline/build-chronology.js";
import { redact } from "../../src/redact/redact.js";

const formats: Format[] = ["csv", "tsv", "json", "ndjson"];

/** Runs the pipeline; anything thrown that is not chronomerge's own error fails the property. */
function build(sources: readonly SourceInput[]): Chronology | undefined {
  try {
    return buildChronology(sources);
  } catch (error) {
    if (error instanceof ChronomergeError) return undefined;
    throw error;
  }
}

/** Every input row is in exactly one event's sources or in rejected, and the counts agree. */
function expectConserved(doc: Chronology): void {
  const seen = [
    ...doc.events.flatMap((e) => e.sources.map((s) => `${s.file}\u0000${s.row}`)),
    ...doc.rejected.map((r) => `${r.file}\u0000${r.row}`),
  ];
  expect(new Set(seen).size).toBe(seen.length);
  expect(doc.stats.inputRows).toBe(seen.length);
  expect(doc.stats.rejected).toBe(doc.rejected.length);
}

const headerPool = [
  "Date",
  "Time",
  "Details",
  "Person(s) involved",
  "Agency",
  "DOB",
  "Type",
  "Notes",
  "Notes",
  "",
];
const cellPool = fc.oneof(
  fc.constantFrom(
    "07/05/2012",
    "16/07/06",
    "22-may-16",
    "March 2019",
    "c. 2015",
    "?22/05/2016",
    "13/13/2013",
    "",
    " ",
    "23:40",
    "Sarah JONES (mother, DOB 12/04/1990); Liam Jones (child)",
    "unknown male",
    "Home visit, child seen",
    "DNA",
    '=HYPERLINK("http://x")',
    'say "hi"',
    "two\nlines",
    "cr\r\nlf",
    "tab\there",
    "\u0000",
    "£ é “quoted”",
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 8 }),
);

/** A delimited file written correctly (every cell quoted when it must be), with a chosen line end. */
const delimitedFile = fc
  .record({
    // A header row of only empty names is skipped like a blank line: at least one name is given.
    headers: fc
      .array(fc.constantFrom(...headerPool), { minLength: 1, maxLength: 6 })
      .filter((names) => names.some((name) => name !== "")),
    rows: fc.array(fc.array(cellPool, { minLength: 0, maxLength: 7 }), { maxLength: 8 }),
    newline: fc.constantFrom("\n", "\r\n", "\r"),
    tab: fc.boolean(),
    trailing: fc.boolean(),
    bom: fc.boolean(),
  })
  .map(({ headers, rows, newline, tab, trailing, bom }) => {
    const delimiter = tab ? "\t" : ",";
    const cell = (text: string) =>
      /[",\t\r\n]/.test(text) || text === "" ? `"${text.replace(/"/g, '""')}"` : text;
    const lines = [headers, ...rows].map((cells) => cells.map(cell).join(delimiter));
    const text = `${bom ? "\uFEFF" : ""}${lines.join(newline)}${trailing ? newline : ""}`;
    const dataRows = rows.filter((cells) => cells.join("").trim() !== "").length;
    return { text, format: (tab ? "tsv" : "csv") as Format, dataRows };
  });

/** Raw bytes of any kind, read as any format. */
const anyBytes = fc.record({
  bytes: fc.uint8Array({ maxLength: 300 }),
  format: fc.constantFrom(...formats),
  encoding: fc.constantFrom(undefined, "utf-8" as const, "windows-1252" as const),
});

/** Text shaped like CSV but broken at random: stray quotes, ragged rows, lone CRs. */
const brokenCsv = fc
  .array(fc.array(fc.oneof(cellPool, fc.constantFrom('"', '"x"y', '""', '"open', ",")), { maxLength: 6 }), {
    maxLength: 10,
  })
  .map((rows) => rows.map((cells) => cells.join(",")).join("\n"));

const anyJson = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc
    .array(
      fc.dictionary(
        fc.constantFrom("Date", "Details", "Person", "__proto__", "constructor", "x"),
        fc.jsonValue({ maxDepth: 2 }),
      ),
      { maxLength: 6 },
    )
    .map((v) => JSON.stringify(v)),
);

describe("buildChronology, on generated input", () => {
  it("throws nothing but ChronomergeError for random bytes in any format and encoding", () => {
    fc.assert(
      fc.property(anyBytes, ({ bytes, format, encoding }) => {
        const source: SourceInput = { file: `r.${format}`, content: bytes, format };
        if (encoding !== undefined) source.encoding = encoding;
        const doc = build([source]);
        if (doc !== undefined) expectConserved(doc);
        const ingested = ingestSource(source);
        expect(ingested.rows).toBe(ingested.records.length + ingested.rejected.length);
      }),
      { numRuns: 150 },
    );
  });

  it("conserves every row of random CSV shapes: each data record is in exactly one event or rejected", () => {
    fc.assert(
      fc.property(fc.array(delimitedFile, { minLength: 1, maxLength: 3 }), (files) => {
        const sources = files.map((f, i) => ({
          file: `f${i}.${f.format}`,
          agency: `A${i}`,
          content: f.text,
        }));
        const doc = build(sources);
        expect(doc).toBeDefined();
        expectConserved(doc!);
        expect(doc!.stats.inputRows).toBe(files.reduce((n, f) => n + f.dataRows, 0));
      }),
      { numRuns: 120 },
    );
  });

  it("conserves rows of broken CSV and random JSON, and never throws on them", () => {
    fc.assert(
      fc.property(brokenCsv, anyJson, anyJson, (csv, json, ndjsonLine) => {
        const doc = build([
          { file: "broken.csv", content: csv },
          { file: "any.json", content: json },
          { file: "any.ndjson", content: `${ndjsonLine}\n${json.replace(/\n/g, " ")}` },
        ]);
        expect(doc).toBeDefined();
        expectConserved(doc!);
      }),
      { numRuns: 150 },
    );
  });

  it("writes every output format, named and redacted, byte for byte the same whatever the order of the returns, run after run", () => {
    fc.assert(
      fc.property(
        fc.array(delimitedFile, { minLength: 2, maxLength: 3 }),
        fc.integer({ min: 1, max: 5 }),
        (files, shift) => {
          const sources = files.map((f, i) => ({
            file: `f${i}.${f.format}`,
            agency: `A${i % 2}`,
            content: f.text,
          }));
          const rotated = sources.map((_, i) => sources[(i + shift) % sources.length]!);
          const write = (doc: Chronology) => {
            const redacted = redact(doc);
            return [
              toJson(doc),
              toCsv(doc),
              toMarkdown(doc),
              toHtml(doc),
              toJson(redacted.document),
              glossaryCsv(redacted.glossary),
            ];
          };
          const first = write(buildChronology(sources));
          expect(write(buildChronology([...rotated].reverse()))).toEqual(first);
          expect(write(buildChronology(sources))).toEqual(first);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("the public readers of text, on generated input", () => {
  const text = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.constantFrom(
      "31/02/2019",
      "?22/05/2016",
      "Spring 1999",
      "Sarah (mother, DOB 12/04/1990)",
      "99/99/9999999",
    ),
  );
  it.each<[string, (input: string) => unknown]>([
    ["parseDate", (input) => parseDate(input)],
    ["parseTime", (input) => parseTime(input)],
    ["parsePeopleCell", (input) => parsePeopleCell(input)],
    ["readName", (input) => readName(input)],
    ["readRole", (input) => readRole(input)],
    ["categorise", (input) => categorise(input)],
    ["isValidNhsNumber", (input) => isValidNhsNumber(input)],
    ["headerKey", (input) => headerKey(input)],
    ["matchColumns", (input) => matchColumns(input.split(","))],
    ["parseDelimited", (input) => parseDelimited(input, ",")],
    ["parseJsonArray", (input) => parseJsonArray(input)],
    ["parseNdjson", (input) => parseNdjson(input)],
    ["decodeBytes", (input) => decodeBytes(new TextEncoder().encode(input), "utf-8")],
  ])("%s throws nothing on any text", (_name, read) => {
    fc.assert(
      fc.property(text, (input) => {
        read(input);
      }),
      { numRuns: 300 },
    );
  });
});
