// fast-csv's pure parser (no Node streams), so the core stays platform-neutral.

import { ParserOptions } from "@fast-csv/parse/build/src/ParserOptions.js";
import { Parser } from "@fast-csv/parse/build/src/parser/Parser.js";

const chunkSize = 1 << 20;

/** A record the CSV parser could not read (a stray or unclosed quote): its raw text and the parser's reason. */
export interface BrokenRow {
  broken: true;
  text: string;
  reason: string;
}

/** How a run of the parser ended; `exact` when `at` is known to start the broken record itself. */
type Run = { ok: true } | { ok: false; at: number; reason: string; exact: boolean };

/**
 * Splits delimited text (RFC 4180 quoting; CRLF, LF or CR line ends) into rows of cells with fast-csv.
 * Blank lines and rows of only empty cells are skipped: they are not data records.
 * A record the parser cannot read becomes a {@link BrokenRow} in its place and parsing resumes on the
 * next line, so one bad quote loses one row, not the rest of the file.
 * @param text decoded text, BOM removed
 * @param delimiter "," or "\t"
 * @returns every row in order, the header first
 * @example
 * parseDelimited('a,b\n1,"x, y"\n', ",") // [["a","b"],["1","x, y"]]
 */
export function parseDelimited(text: string, delimiter: "," | "\t"): (string[] | BrokenRow)[] {
  const rows: (string[] | BrokenRow)[] = [];
  let pos = 0;
  let lineByLine = false;
  while (pos < text.length) {
    const run = parseRun(text, pos, delimiter, lineByLine, rows);
    if (run.ok) break;
    if (!lineByLine && !run.exact) {
      // Retry from the failing record a line at a time, to find the exact record that breaks.
      pos = run.at;
      lineByLine = true;
      continue;
    }
    const end = lineEnd(text, run.at);
    rows.push({ broken: true, text: text.slice(run.at, end), reason: run.reason });
    pos = skipNewline(text, end);
    lineByLine = false;
  }
  return rows;
}

function parseRun(
  text: string,
  from: number,
  delimiter: string,
  lineByLine: boolean,
  rows: (string[] | BrokenRow)[],
): Run {
  const parser = new Parser(new ParserOptions({ delimiter, ignoreEmpty: true }));
  let pendingStart = from;
  let pos = from;
  try {
    while (pos < text.length) {
      const cut = nextCut(text, pendingStart, pos, lineByLine);
      const input = text.slice(pendingStart, cut);
      const result = parser.parse(input, true);
      for (const row of result.rows) rows.push(row);
      pendingStart = cut - result.line.length;
      pos = cut;
    }
  } catch (error) {
    return { ok: false, at: pendingStart, reason: parserReason(error), exact: false };
  }
  try {
    // What is left is one record (fast-csv hands back only the unfinished last one): if it fails,
    // it is the broken record, typically a quote never closed.
    for (const row of parser.parse(text.slice(pendingStart), false).rows) rows.push(row);
    return { ok: true };
  } catch (error) {
    return { ok: false, at: pendingStart, reason: parserReason(error), exact: true };
  }
}

/**
 * Where the next slice handed to the parser ends. A record still open (an unclosed quote) is parsed
 * again from its start with each slice, so the work must not grow with the square of its length:
 * line by line the slice doubles while a record is pending; in slices, a record longer than a slice
 * (a 10 MB cell, or a quote that swallows the rest of the file) gets the rest of the text at once.
 */
function nextCut(text: string, pendingStart: number, pos: number, lineByLine: boolean): number {
  const pending = pos - pendingStart;
  if (lineByLine) return skipNewline(text, lineEnd(text, Math.max(pos, pendingStart + 2 * pending)));
  return pending >= chunkSize ? text.length : Math.min(text.length, pos + chunkSize);
}

/**
 * fast-csv's message without the input it quotes (`at '…'`, `in line: …`): the broken record is kept
 * in the truncated `input`, never in its message.
 */
function parserReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cut = message.search(/\s+(?:at '|in line:)/);
  return (cut < 0 ? message : message.slice(0, cut)).replace(/^Parse Error:\s*/, "").trim();
}

function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

function skipNewline(text: string, at: number): number {
  if (text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10) return at + 2;
  return at < text.length ? at + 1 : at;
}
