import type { HTMLElement } from "node-html-parser";
import type { Field, TableBlock, TableNote, TableReading } from "../model/source.js";
import { tableGrid } from "./docx-html-table.js";
import { findHeaderRow, repeatsHeader } from "./xlsx-find-header.js";

/** How to read a Word document: the manifest's column map (it helps find each table's header). */
export interface WordTableOptions {
  columns?: Partial<Record<Field, string>>;
}

/** Rows searched for a table's header below a title row. */
const headerSearchRows = 5;

/**
 * Reads the chronology tables of a Word document (.docx), the common IMR format: every table whose
 * header row (within its first rows) has a date column and another known column, in document order,
 * row by row. Merged cells keep their text, line breaks are kept as `\n`, and each data row keeps its
 * table's number in the document and its row number in that table. Other tables are reported as
 * skipped; an unreadable document is a `file_unreadable` note, not a throw. Uses mammoth to read the
 * document as HTML, with external files and images never loaded.
 * @param bytes the .docx file's bytes
 * @param options the manifest's column map
 * @returns the tables and the notes
 * @example
 * const reading = await readWordTables(bytes);
 * reading.tables.map((t) => t.headers) // [["Date", "Details", "Outcome"], ["Date", "Details", "Outcome"]]
 */
export async function readWordTables(
  bytes: Uint8Array,
  options: WordTableOptions = {},
): Promise<TableReading> {
  const notes: TableNote[] = [];
  let html: string;
  let parse: typeof import("node-html-parser").parse;
  try {
    const { default: mammoth } = await import("mammoth");
    ({ parse } = await import("node-html-parser"));
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    // mammoth's Node build reads `buffer` (any Uint8Array), its browser build `arrayBuffer`: give both.
    const input = { buffer: bytes, arrayBuffer: arrayBuffer as ArrayBuffer };
    const result = await mammoth.convertToHtml(input as unknown as { arrayBuffer: ArrayBuffer }, {
      externalFileAccess: false,
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: "" })),
    });
    html = result.value;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    notes.push({
      code: "file_unreadable",
      severity: "error",
      message: `not a readable Word document (.docx; an old .doc must be saved as .docx first): ${reason}`,
    });
    return { tables: [], notes };
  }
  const tables = parse(html)
    .querySelectorAll("table")
    .filter((table) => !insideTable(table));
  const blocks: TableBlock[] = [];
  tables.forEach((table, index) => {
    const number = index + 1;
    const grid = tableGrid(table);
    const headerIndex = findHeaderRow(
      grid.map((row) => row.cells),
      options.columns ?? {},
      headerSearchRows,
    );
    if (headerIndex < 0) {
      const first = grid[0]?.cells.filter((cell) => cell !== "").join(" | ") ?? "";
      notes.push({
        code: "table_skipped",
        severity: "info",
        message: `table ${number} has no chronology header (a date column and another known column); skipped`,
        ...(first === "" ? {} : { input: first }),
      });
      return;
    }
    const header = grid[headerIndex]!;
    const width = Math.max(header.cells.length, ...grid.map((row) => row.cells.length));
    const headers = Array.from({ length: width }, (_, c) => {
      const text = (header.cells[c] ?? "").replace(/\n/g, " ").trim();
      return text === "" ? `column ${c + 1}` : text;
    });
    const rows = [];
    for (const row of grid.slice(headerIndex + 1)) {
      if (row.cells.every((cell) => cell.trim() === "")) continue;
      if (repeatsHeader(row.cells, header.cells)) {
        notes.push({
          code: "table_skipped",
          severity: "info",
          message: `row ${row.tableRow} of table ${number} repeats the header; skipped`,
        });
        continue;
      }
      rows.push({ cells: row.cells, table: number, tableRow: row.tableRow });
    }
    blocks.push({ headers, rows });
  });
  if (blocks.length === 0) {
    notes.push({
      code: "no_header",
      severity: "error",
      message:
        tables.length === 0
          ? "has no tables; a chronology in Word must be a table with a header row"
          : `none of its ${tables.length} tables has a chronology header (a date column and another known column)`,
    });
  }
  return { tables: blocks, notes };
}

function insideTable(table: HTMLElement): boolean {
  for (let node = table.parentNode; node !== null && node !== undefined; node = node.parentNode) {
    if (node.rawTagName?.toLowerCase() === "table") return true;
  }
  return false;
}
