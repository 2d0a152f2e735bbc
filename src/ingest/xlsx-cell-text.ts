import { excelSerialToText, excelTimeText, isoWallText, isTimeOnly } from "./xlsx-serial.js";

/** What a column holds, which decides how a number or a date cell is written as text. */
export type CellKind = "date" | "time" | "other";

/** A cell's text, and whether it was a formula with no cached value. */
export interface CellText {
  text: string;
  formulaWithoutValue: boolean;
}

/**
 * The text of one exceljs cell value as a reviewer would read it: dates as wall-clock ISO text
 * (never through the machine's zone), numbers in a date column as Excel serials, numbers in a time
 * column as fractions of a day, formulas by their cached value, rich text and hyperlinks by their
 * text, line breaks kept as `\n`. Internal helper of readWorkbook.
 * @param value the cell's value as exceljs reads it
 * @param kind what its column holds
 * @param date1904 true for a workbook in the 1904 date system
 * @returns the text
 * @example
 * excelCellText(43297, "date", false).text // "2018-07-16"
 * excelCellText({ richText: [{ text: "Seen " }, { text: "at home" }] }, "other", false).text // "Seen at home"
 */
export function excelCellText(value: unknown, kind: CellKind, date1904: boolean): CellText {
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    const object = value as Record<string, unknown>;
    if ("formula" in object || "sharedFormula" in object || "result" in object) {
      const result = object.result;
      if (result === undefined || result === null) return { text: "", formulaWithoutValue: true };
      return excelCellText(result, kind, date1904);
    }
  }
  return { text: plainText(value, kind, date1904), formulaWithoutValue: false };
}

function plainText(value: unknown, kind: CellKind, date1904: boolean): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return "";
    if (kind === "time" || (kind === "other" && isTimeOnly(value))) return excelTimeText(value);
    return isoWallText(value);
  }
  if (typeof value === "number") return numberText(value, kind, date1904);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return lines(value);
  if (typeof value === "object") {
    const object = value as Record<string, unknown>;
    if (Array.isArray(object.richText)) return lines(richText(object.richText));
    if ("text" in object) return plainText(object.text, kind, date1904);
    if (typeof object.error === "string") return object.error;
  }
  return "";
}

/**
 * A number in a date column is an Excel serial, except a whole number from 1900 to 2100, which is
 * a year typed on its own; in a time column it is a fraction of a day.
 */
function numberText(value: number, kind: CellKind, date1904: boolean): string {
  if (kind === "date") {
    if (Number.isInteger(value) && value >= 1900 && value <= 2100) return String(value);
    return excelSerialToText(value, date1904) ?? String(value);
  }
  if (kind === "time" && value >= 0 && value < 1) return excelTimeText(value);
  return String(value);
}

function richText(runs: readonly unknown[]): string {
  return runs
    .map((run) => {
      const text = (run as { text?: unknown } | null)?.text;
      return typeof text === "string" ? text : "";
    })
    .join("");
}

/** Excel keeps line breaks as `\n`, sometimes `\r\n`; a return read on Windows may carry `_x000D_`. */
function lines(text: string): string {
  return text.replace(/_x000D_/g, "").replace(/\r\n?/g, "\n");
}
