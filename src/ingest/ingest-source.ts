import type { Issue, RejectedRow } from "../model/issue.js";
import type { Field, RawRecord, RowRef, SourceInput, TableReading } from "../model/source.js";
import { type ColumnMatch, matchColumns } from "./columns.js";
import { type Decoded, decodeBytes } from "./decode.js";
import { parseDelimited } from "./delimited.js";
import { fileStem, formatFromName } from "./format.js";
import { type JsonRecord, parseJsonArray, parseNdjson } from "./json-records.js";
import { makeIssue } from "./make-issue.js";
import { isTableReading } from "./prepare-sources.js";

/** What one return yields: records, rejected rows, issues, and how many data rows it had. */
export interface IngestResult {
  file: string;
  records: RawRecord[];
  rejected: RejectedRow[];
  issues: Issue[];
  /** Data records read (header excluded): always records.length + rejected.length. */
  rows: number;
}

/**
 * Reads one agency return (CSV, TSV, JSON array, NDJSON, or the tables prepareSources read from an
 * Excel workbook or Word document) into raw records with provenance.
 * Problems are collected as issues; unreadable rows are rejected with a reason; nothing is thrown.
 * @param input the return: its name, content and how to read it
 * @returns the records and everything that went wrong
 * @example
 * ingestSource({ file: "gp.csv", agency: "GP", content: "Date,Details\n07.05.2012,Seen\n" }).records[0].fields
 * // { date: "07.05.2012", summary: "Seen" }
 */
export function ingestSource(input: SourceInput): IngestResult {
  try {
    return readSource(input);
  } catch (error) {
    // Only a bug, or a dependency failing on input nobody foresaw, lands here: the file is reported
    // as unreadable (the CLI exits 1), never thrown at the caller.
    const where = { file: input.file, agency: input.agency ?? fileStem(input.file), row: 0 };
    const name = error instanceof Error ? error.name : typeof error;
    return {
      file: input.file,
      records: [],
      rejected: [],
      issues: [
        makeIssue(
          "internal_error",
          `${input.file}: could not be read (${name}); nothing from it is used`,
          where,
        ),
      ],
      rows: 0,
    };
  }
}

function readSource(input: SourceInput): IngestResult {
  const result: IngestResult = { file: input.file, records: [], rejected: [], issues: [], rows: 0 };
  const where = { file: input.file, agency: input.agency ?? fileStem(input.file) };
  const format = input.format ?? formatFromName(input.file);
  if (format === undefined) {
    result.issues.push(
      makeIssue(
        "unsupported_format",
        `${input.file}: cannot tell the format; use .csv, .tsv, .json, .ndjson, .xlsx or .docx, or set "format" in the manifest`,
        where,
      ),
    );
    return result;
  }
  if (isTableReading(input.content)) {
    readTables(input.content, new RecordSink(input, result), where, result);
    if (result.rows === 0 && !result.issues.some((issue) => issue.severity === "error")) {
      result.issues.push(
        makeIssue("no_rows", `${input.file} has a header but no data rows`, where, undefined, "warning"),
      );
    }
    return result;
  }
  if (format === "xlsx" || format === "docx") {
    result.issues.push(
      makeIssue(
        "unsupported_format",
        `${input.file}: a .${format} return must be read into tables first (prepareSources, or readSources in chronomerge/node)`,
        where,
      ),
    );
    return result;
  }
  let text: string;
  if (typeof input.content === "string") {
    text = input.content.charCodeAt(0) === 0xfeff ? input.content.slice(1) : input.content;
  } else {
    const decoded = decodeBytes(input.content, input.encoding);
    text = decoded.text;
    result.issues.push(...encodingIssues(input.file, decoded, where));
  }
  if (text.trim() === "") {
    result.issues.push(makeIssue("empty_file", `${input.file} is empty`, where));
    return result;
  }
  const sink = new RecordSink(input, result);
  if (format === "csv" || format === "tsv") readDelimited(text, format === "tsv" ? "\t" : ",", sink);
  else readJson(format === "json" ? parseJsonArray(text) : { ok: true, records: parseNdjson(text) }, sink);
  if (result.rows === 0 && !result.issues.some((issue) => issue.severity === "error")) {
    result.issues.push(
      makeIssue("no_rows", `${input.file} has a header but no data rows`, where, undefined, "warning"),
    );
  }
  return result;
}

/** What decoding found: a guessed encoding is a warning, bytes that break the encoding an error. */
function encodingIssues(file: string, decoded: Decoded, where: { file: string; agency: string }): Issue[] {
  const at = decoded.invalid && `byte ${decoded.invalid.offset}, line ${decoded.invalid.line}`;
  const issues: Issue[] = [];
  if (decoded.fellBack) {
    const message = `${file} is not valid UTF-8 (first at ${at}); read as Windows-1252`;
    issues.push(makeIssue("encoding_fallback", message, { ...where, row: 0 }, undefined, "warning"));
  } else if (decoded.sniffed) {
    const message = `${file} has no byte order mark but reads as ${decoded.encoding.toUpperCase()}`;
    issues.push(makeIssue("encoding_fallback", message, { ...where, row: 0 }, undefined, "warning"));
  }
  if (decoded.invalid !== undefined && !decoded.fellBack) {
    const { count } = decoded.invalid;
    const kept =
      decoded.encoding === "utf-8"
        ? "each broken byte read as Windows-1252"
        : "each broken unit shown as U+FFFD";
    const message = `${file} has ${count} byte${count === 1 ? "" : "s"} that are not valid ${decoded.encoding.toUpperCase()} (first at ${at}); ${kept}`;
    issues.push(makeIssue("invalid_encoding", message, { ...where, row: 0 }));
  }
  return issues;
}

function readDelimited(text: string, delimiter: "," | "\t", sink: RecordSink): void {
  const rows = parseDelimited(text, delimiter);
  if (rows.length === 0) {
    sink.fileIssue("empty_file", "holds only blank lines and empty cells");
    return;
  }
  const header = rows[0];
  if (header === undefined || !Array.isArray(header)) {
    sink.fileIssue("no_header", "the first record is not a readable header", header?.text);
    // The unreadable header is not a data row; every later record still is one.
  }
  const headers = Array.isArray(header) ? header.map((h) => h.trim()) : [];
  const matches = sink.columns(headers);
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    if (!Array.isArray(row)) {
      sink.reject(i, "csv_parse_error", `unreadable record (${row.reason})`, null, row.text);
      continue;
    }
    if (headers.length > 0 && row.length !== headers.length) {
      sink.rowIssue(
        i,
        "ragged_row",
        `has ${row.length} cells where the header has ${headers.length}; kept what it has`,
      );
    }
    sink.add(
      i,
      row.map((cell, c) => [
        matches[c] ?? { field: null, header: `column ${c + 1}`, duplicate: false },
        cell,
      ]),
    );
  }
}

/** Rows of tables read from a workbook or Word document, numbered 1.. across its tables in order. */
function readTables(
  reading: TableReading,
  sink: RecordSink,
  where: { file: string; agency: string },
  result: IngestResult,
): void {
  for (const note of reading.notes) {
    const prefix = note.row === undefined ? `${where.file}: ` : `${where.file} row ${note.row}: `;
    result.issues.push(
      makeIssue(
        note.code,
        prefix + note.message,
        { ...where, row: note.row ?? 0, column: note.column ?? null },
        note.input,
        note.severity,
      ),
    );
  }
  let row = 0;
  for (const table of reading.tables) {
    const matches = sink.columns(table.headers);
    for (const { cells, ...at } of table.rows) {
      row++;
      sink.add(
        row,
        cells.map((cell, c) => [
          matches[c] ?? { field: null, header: `column ${c + 1}`, duplicate: false },
          cell,
        ]),
        at,
      );
    }
  }
}

function readJson(parsed: ReturnType<typeof parseJsonArray>, sink: RecordSink): void {
  if (!parsed.ok) {
    sink.fileIssue(parsed.code, parsed.reason);
    return;
  }
  parsed.records.forEach((record: JsonRecord, index) => {
    const row = index + 1;
    if (!record.ok) {
      sink.reject(row, record.code, record.reason, null, record.text);
      return;
    }
    const matches = sink.columns(record.cells.map(([key]) => key));
    for (const key of record.nonText ?? []) sink.noteNonText(row, key);
    for (const key of record.repeated ?? []) sink.noteRepeatedKey(row, key);
    sink.add(
      row,
      record.cells.map(([, value], c) => [matches[c]!, value]),
    );
  });
}

/** Characters beyond which a cell is reported as suspiciously long (the longest narratives are a few thousand). */
const longCell = 100_000;

/** A leading `#`, `^`, `¬` or `~` in the agency cell marks a review author's note (normaliseRecord reads it too). */
const noteMarker = /^[#^¬~]\s*/;

/** The agency of an author's note whose cell is only the marker. */
const noteAuthor = "Review author";

/** How many unknown columns a file's issues list one by one (a 100,000-column file lists the first). */
const maxListedColumns = 100;

/** `key`, or `key (2)`, `key (3)`… when a cell of the same row already took it. */
function freeKey(taken: ReadonlyMap<string, string>, key: string): string {
  let free = key;
  for (let n = 2; taken.has(free); n++) free = `${key} (${n})`;
  return free;
}

/** Collects records of one return, keeping provenance and reporting each unknown column once. */
class RecordSink {
  private readonly seenUnknown = new Set<string>();
  /** Columns already reported for NUL characters or non-text JSON values: once per column and file. */
  private readonly reported = new Set<string>();
  private readonly cache = new Map<string, ColumnMatch[]>();
  private readonly fallbackAgency: string;

  constructor(
    private readonly input: SourceInput,
    private readonly result: IngestResult,
  ) {
    this.fallbackAgency = input.agency ?? fileStem(input.file);
  }

  columns(headers: readonly string[]): ColumnMatch[] {
    const key = headers.join("\u0000");
    let matches = this.cache.get(key);
    if (matches === undefined) {
      // NUL characters in a header (a UTF-16 file misread, a broken export) are dropped before matching.
      matches = matchColumns(
        headers.map((header) => (header.includes("\u0000") ? header.replaceAll("\u0000", "") : header)),
        this.input.columns,
      );
      // JSON records may each bring their own keys: the cache stays bounded.
      if (this.cache.size >= 1000) this.cache.clear();
      this.cache.set(key, matches);
      for (const match of matches) this.noteColumn(match);
    }
    return matches;
  }

  add(row: number, cells: [ColumnMatch, string][], at: Omit<RowRef, "agency" | "file" | "row"> = {}): void {
    this.result.rows++;
    const fields: Partial<Record<Field, string>> = {};
    const columns: Partial<Record<Field, string>> = {};
    const extra = new Map<string, string>();
    for (const [match, raw] of cells) {
      const value = (raw.includes("\u0000") ? this.dropNul(row, match, raw) : raw).trim();
      if (value.length > longCell) this.noteLongCell(row, match, value.length);
      if (match.field === null) {
        if (value !== "") extra.set(freeKey(extra, match.extraKey ?? match.header), value);
      } else {
        fields[match.field] = value;
        columns[match.field] = match.header;
      }
    }
    const rowAgency = fields.agency;
    // An author's note (`# Reviewer`) is the author's, never the return's: a reader must not take it for a record.
    const agency =
      rowAgency !== undefined && noteMarker.test(rowAgency)
        ? rowAgency.replace(noteMarker, "").trim() || noteAuthor
        : (this.input.agency ?? (rowAgency ? rowAgency : this.fallbackAgency));
    const record: RawRecord = {
      source: { agency, file: this.input.file, row, ...at },
      fields,
      columns,
      extra: Object.fromEntries(extra),
    };
    if (this.input.dateOrder !== undefined) record.dateOrder = this.input.dateOrder;
    this.result.records.push(record);
  }

  reject(row: number, code: Issue["code"], reason: string, column: string | null, input?: string): void {
    this.result.rows++;
    this.result.rejected.push({ file: this.input.file, row, code, reason });
    this.result.issues.push(
      makeIssue(code, `${this.input.file} row ${row}: ${reason}`, { ...this.where(), row, column }, input),
    );
  }

  rowIssue(row: number, code: Issue["code"], reason: string): void {
    this.result.issues.push(
      makeIssue(
        code,
        `${this.input.file} row ${row}: ${reason}`,
        { ...this.where(), row },
        undefined,
        "warning",
      ),
    );
  }

  fileIssue(code: Issue["code"], reason: string, input?: string): void {
    this.result.issues.push(
      makeIssue(code, `${this.input.file}: ${reason}`, { ...this.where(), row: 0 }, input),
    );
  }

  /** A JSON value that is not text (a number, a boolean, an object) was written out as text: said once per column. */
  noteNonText(row: number, key: string): void {
    if (this.reported.has(`json\u0000${key}`)) return;
    this.reported.add(`json\u0000${key}`);
    this.result.issues.push(
      makeIssue(
        "non_text_value",
        `${this.input.file} row ${row}: "${key}" holds a number, boolean or object, not text; read as its JSON text (later rows not reported again)`,
        { ...this.where(), row, column: key },
        undefined,
        "warning",
      ),
    );
  }

  /** A cell longer than any written narrative: kept whole, but said, since a stray quote can join many rows into one. */
  private noteLongCell(row: number, match: ColumnMatch, length: number): void {
    this.result.issues.push(
      makeIssue(
        "long_cell",
        `${this.input.file} row ${row}: a cell holds ${length} characters; kept whole (a quote left open can join many rows into one cell)`,
        { ...this.where(), row, column: match.extraKey ?? match.header },
        undefined,
        "warning",
      ),
    );
  }

  /** A key written twice in one JSON record: JSON.parse kept the last value, the earlier is lost. */
  noteRepeatedKey(row: number, key: string): void {
    this.result.issues.push(
      makeIssue(
        "duplicate_header",
        `${this.input.file} row ${row}: "${key}" is written more than once in this record; only its last value is read`,
        { ...this.where(), row, column: key },
        undefined,
        "warning",
      ),
    );
  }

  /** Removes NUL characters from a cell, reporting the first cell of each column that had them. */
  private dropNul(row: number, match: ColumnMatch, raw: string): string {
    const column = match.extraKey ?? match.header;
    if (!this.reported.has(`nul\u0000${column}`)) {
      this.reported.add(`nul\u0000${column}`);
      this.result.issues.push(
        makeIssue(
          "nul_character",
          `${this.input.file} row ${row}: a cell holds NUL characters; removed (later rows of this column not reported again)`,
          { ...this.where(), row, column },
          undefined,
          "warning",
        ),
      );
    }
    return raw.replaceAll("\u0000", "");
  }

  private noteColumn(match: ColumnMatch): void {
    const name = match.extraKey ?? match.header;
    if (match.field !== null || this.seenUnknown.has(name)) return;
    this.seenUnknown.add(name);
    if (!match.duplicate && this.seenUnknown.size > maxListedColumns) {
      if (this.seenUnknown.size === maxListedColumns + 1) {
        this.result.issues.push(
          makeIssue(
            "unknown_column",
            `${this.input.file}: more than ${maxListedColumns} columns match no known field; all are kept in extra, the rest not listed`,
            { ...this.where(), row: 0 },
            undefined,
            "info",
          ),
        );
      }
      return;
    }
    const code = match.duplicate ? "duplicate_header" : "unknown_column";
    const message = match.duplicate
      ? `column "${match.header}" repeats an earlier column; kept in extra as "${name}"`
      : `column "${name}" matches no known field; kept in extra`;
    this.result.issues.push(
      makeIssue(
        code,
        `${this.input.file}: ${message}`,
        { ...this.where(), row: 0, column: name },
        undefined,
        "info",
      ),
    );
  }

  private where(): { file: string; agency: string } {
    return { file: this.input.file, agency: this.fallbackAgency };
  }
}
