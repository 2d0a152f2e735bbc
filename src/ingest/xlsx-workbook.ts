import type { Cell, Workbook, Worksheet } from "exceljs";
import type { Field, TableNote, TableReading, TableRowText } from "../model/source.js";
import { matchColumns } from "./columns.js";
import { type CellKind, excelCellText } from "./xlsx-cell-text.js";
import { findHeaderRow, repeatsHeader } from "./xlsx-find-header.js";

/** How to read a workbook: which sheet, and the manifest's column map (it helps find the header). */
export interface WorkbookOptions {
  sheet?: string;
  columns?: Partial<Record<Field, string>>;
}

/** Rows searched for the header below a title block, instructions or merged cells. */
const headerSearchRows = 50;

/**
 * Reads an Excel workbook (.xlsx) into a table of cell text: the sheet named in `options.sheet`, else
 * the first visible sheet with a chronology header (a date column and another known column). The
 * header is found below any title block; each data row keeps its sheet and Excel row number. Hidden
 * sheets, rows and columns are reported as notes, never read silently; an unreadable workbook is a
 * `file_unreadable` note, not a throw.
 * @param bytes the .xlsx file's bytes
 * @param options the sheet to read and the manifest's column map
 * @returns the table and the notes
 * @example
 * const reading = await readWorkbook(bytes, { sheet: "Chronology" });
 * reading.tables[0].rows[0] // { cells: ["2018-07-16", "Assault reported"], sheet: "Chronology", sheetRow: 5 }
 */
export async function readWorkbook(bytes: Uint8Array, options: WorkbookOptions = {}): Promise<TableReading> {
  const notes: TableNote[] = [];
  let workbook: Workbook;
  try {
    const { default: ExcelJS } = await import("exceljs");
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    notes.push({
      code: "file_unreadable",
      severity: "error",
      message: `not a readable Excel workbook (.xlsx; an old .xls must be saved as .xlsx first): ${reason}`,
    });
    return { tables: [], notes };
  }
  const date1904 = workbook.properties.date1904 === true;
  const columnMap = options.columns ?? {};
  const sheets = workbook.worksheets; // in tab order
  const headers = new Map(sheets.map((sheet) => [sheet, headerRowOf(sheet, columnMap, date1904)]));
  const chosen = chooseSheet(sheets, headers, options.sheet, notes);
  if (chosen === undefined) return { tables: [], notes };
  for (const sheet of sheets) {
    if (sheet === chosen) continue;
    if (isHidden(sheet)) {
      notes.push({
        code: "hidden_sheet",
        severity: "warning",
        message: `sheet "${sheet.name}" is hidden; not read (name it as the source's "sheet" to read it)`,
      });
    } else if (headers.get(sheet) !== undefined) {
      notes.push({
        code: "table_skipped",
        severity: "warning",
        message: `sheet "${sheet.name}" also has a chronology header; not read (only "${chosen.name}" is; name the sheet to read another)`,
      });
    }
  }
  const headerRow = headers.get(chosen);
  if (headerRow === undefined) {
    notes.push({
      code: "no_header",
      severity: "error",
      message: `sheet "${chosen.name}" has no header row with a date column and another known column in its first ${headerSearchRows} rows`,
    });
    return { tables: [], notes };
  }
  return { tables: [readSheet(chosen, headerRow, columnMap, date1904, notes)], notes };
}

function chooseSheet(
  sheets: readonly Worksheet[],
  headers: ReadonlyMap<Worksheet, number | undefined>,
  wanted: string | undefined,
  notes: TableNote[],
): Worksheet | undefined {
  const names = sheets.map((sheet) => `"${sheet.name}"`).join(", ");
  if (wanted !== undefined) {
    const fold = (name: string) => name.trim().toLowerCase();
    const sheet = sheets.find((s) => s.name === wanted) ?? sheets.find((s) => fold(s.name) === fold(wanted));
    if (sheet === undefined) {
      notes.push({
        code: "sheet_not_found",
        severity: "error",
        message: `has no sheet "${wanted}"; its sheets are ${names || "none"}`,
      });
      return undefined;
    }
    if (isHidden(sheet)) {
      notes.push({
        code: "hidden_sheet",
        severity: "warning",
        message: `sheet "${sheet.name}" is hidden in Excel; read because the source names it`,
      });
    }
    return sheet;
  }
  const withHeader = sheets.filter((sheet) => headers.get(sheet) !== undefined);
  const visible = withHeader.find((sheet) => !isHidden(sheet));
  if (visible !== undefined) return visible;
  const hidden = withHeader[0];
  if (hidden !== undefined) {
    notes.push({
      code: "hidden_sheet",
      severity: "warning",
      message: `the only chronology is on sheet "${hidden.name}", which is hidden in Excel; read it`,
    });
    return hidden;
  }
  notes.push({
    code: "no_header",
    severity: "error",
    message: `no sheet has a header row with a date column and another known column (sheets: ${names || "none"})`,
  });
  return undefined;
}

function isHidden(sheet: Worksheet): boolean {
  return sheet.state === "hidden" || sheet.state === "veryHidden";
}

/** The Excel row number of a sheet's chronology header, if it has one near the top. */
function headerRowOf(
  sheet: Worksheet,
  columnMap: Partial<Record<Field, string>>,
  date1904: boolean,
): number | undefined {
  const last = Math.min(sheet.rowCount, headerSearchRows);
  const rows: string[][] = [];
  for (let r = 1; r <= last; r++) rows.push(rowTexts(sheet, r, [], date1904, () => {}));
  const index = findHeaderRow(rows, columnMap, headerSearchRows);
  return index < 0 ? undefined : index + 1;
}

function readSheet(
  sheet: Worksheet,
  headerRow: number,
  columnMap: Partial<Record<Field, string>>,
  date1904: boolean,
  notes: TableNote[],
): { headers: string[]; rows: TableRowText[] } {
  const headerCells = rowTexts(sheet, headerRow, [], date1904, () => {}).map((h) => h.trim());
  const width = Math.max(headerCells.length, sheet.columnCount);
  const headers = Array.from({ length: width }, (_, c) => {
    const header = headerCells[c] ?? "";
    return header === "" ? `column ${columnLetter(c + 1)}` : header;
  });
  const kinds = matchColumns(headers, columnMap).map(
    (match): CellKind =>
      match.field === "date" || match.field === "dob" ? "date" : match.field === "time" ? "time" : "other",
  );
  const rows: TableRowText[] = [];
  const hiddenRows: { row: number; sheetRow: number }[] = [];
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const dataRow = rows.length + 1;
    const cells = rowTexts(sheet, r, kinds, date1904, (c) =>
      notes.push({
        code: "formula_without_value",
        severity: "warning",
        message: `cell ${columnLetter(c)}${r} of sheet "${sheet.name}" is a formula with no saved value (the workbook was not recalculated before saving); read as empty`,
        row: dataRow,
        column: headers[c - 1] ?? `column ${columnLetter(c)}`,
      }),
    );
    if (cells.every((cell) => cell.trim() === "")) continue;
    if (repeatsHeader(cells, headerCells)) {
      notes.push({
        code: "table_skipped",
        severity: "info",
        message: `row ${r} of sheet "${sheet.name}" repeats the header; skipped`,
      });
      continue;
    }
    rows.push({ cells, sheet: sheet.name, sheetRow: r });
    if (sheet.findRow(r)?.hidden === true) hiddenRows.push({ row: dataRow, sheetRow: r });
  }
  for (const { row, sheetRow } of hiddenRows) {
    notes.push({
      code: "hidden_row",
      severity: "warning",
      message: `row ${sheetRow} of sheet "${sheet.name}" is hidden in Excel; read it`,
      row,
    });
  }
  for (let c = 1; c <= width; c++) {
    if (sheet.getColumn(c).hidden && rows.some((row) => (row.cells[c - 1] ?? "").trim() !== "")) {
      notes.push({
        code: "hidden_column",
        severity: "warning",
        message: `column ${columnLetter(c)} ("${headers[c - 1]}") of sheet "${sheet.name}" is hidden in Excel; read it`,
        column: headers[c - 1] ?? `column ${columnLetter(c)}`,
      });
    }
  }
  return { headers, rows };
}

/**
 * The text of each cell of one Excel row. A merged cell's text stays in its own column: rows
 * below it in a vertical merge repeat it (it applies to each), columns beside it stay empty.
 */
function rowTexts(
  sheet: Worksheet,
  r: number,
  kinds: readonly CellKind[],
  date1904: boolean,
  onFormulaWithoutValue: (column: number) => void,
): string[] {
  const row = sheet.findRow(r);
  if (row === undefined) return [];
  const cells: string[] = [];
  row.eachCell({ includeEmpty: true }, (cell: Cell, c: number) => {
    while (cells.length < c - 1) cells.push("");
    if (cell.isMerged && cell.master.address !== cell.address && cell.master.col !== cell.col) {
      cells.push("");
      return;
    }
    const text = excelCellText(cell.value, kinds[c - 1] ?? "other", date1904);
    if (text.formulaWithoutValue) onFormulaWithoutValue(c);
    cells.push(text.text);
  });
  return cells;
}

/** Excel's column letters: 1 → A, 27 → AA. */
function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
