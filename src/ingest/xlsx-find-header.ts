import type { Field } from "../model/source.js";
import { headerKey, matchColumns } from "./columns.js";

/** Fields that, beside a date, show a row is the header of a chronology table. */
const companionFields: ReadonlySet<Field> = new Set<Field>([
  "time",
  "people",
  "summary",
  "action",
  "category",
  "reference",
  "agency",
]);

/**
 * True when a row of cell text reads as the header of a chronology: a date column and at least
 * one other column chronomerge knows (a manifest column map counts). Internal helper shared by the
 * workbook and Word readers.
 * @param cells the row's cells as text
 * @param columnMap the manifest's column map, if any
 * @returns whether the row is a chronology header
 * @example
 * isChronologyHeader(["Date", "Details", "Outcome"]) // true
 * isChronologyHeader(["Probation chronology", "", ""]) // false
 */
export function isChronologyHeader(
  cells: readonly string[],
  columnMap: Partial<Record<Field, string>> = {},
): boolean {
  const fields = matchColumns(
    cells.map((cell) => cell.trim()).filter((cell) => cell !== ""),
    columnMap,
  ).flatMap((match) => (match.field === null ? [] : [match.field]));
  return fields.includes("date") && fields.some((field) => companionFields.has(field));
}

/**
 * True when a row repeats a header (a table pasted in pieces, a header repeated for printing): the same
 * non-empty cells, ignoring case, spaces and punctuation.
 * @example
 * repeatsHeader(["DATE", "Details "], ["Date", "Details"]) // true
 */
export function repeatsHeader(cells: readonly string[], header: readonly string[]): boolean {
  const fold = (row: readonly string[]) =>
    row
      .map(headerKey)
      .filter((key) => key !== "")
      .join("\u0000");
  const key = fold(cells);
  return key !== "" && key === fold(header);
}

/**
 * The index of the first row, among the first `limit`, that is a chronology header; -1 when none is.
 * Title blocks, instructions and blank rows above the header are passed over.
 * @example
 * findHeaderRow([["Return of Probation"], [], ["Date", "Details"]]) // 2
 */
export function findHeaderRow(
  rows: readonly (readonly string[])[],
  columnMap: Partial<Record<Field, string>> = {},
  limit = 50,
): number {
  const end = Math.min(rows.length, limit);
  for (let i = 0; i < end; i++) {
    if (isChronologyHeader(rows[i]!, columnMap)) return i;
  }
  return -1;
}
