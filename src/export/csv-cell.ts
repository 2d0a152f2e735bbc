/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection), after spaces or quotes too. */
const dangerous = /^[\s"']*[=+\-@\t\r]/;

/**
 * Makes a cell safe to open in Excel: a value a spreadsheet would execute gets a leading apostrophe,
 * then the cell is quoted when it holds a comma, quote or line break.
 * @param value the cell's text
 * @returns the cell as written in the CSV
 * @example
 * csvCell("=HYPERLINK(\"x\")") // "\"'=HYPERLINK(\"\"x\"\")\""
 */
export function csvCell(value: string): string {
  const safe = dangerous.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A CSV document that Excel opens correctly: UTF-8 BOM, CRLF line ends, every cell made safe.
 * @param rows the header row then the data rows
 * @returns the CSV text, BOM first
 * @example
 * csvDocument([["a"], ["=1"]]) // "\uFEFFa\r\n'=1\r\n"
 */
export function csvDocument(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
