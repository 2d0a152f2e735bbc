import type { DateParts } from "./calendar.js";
import type { Span } from "./date-span.js";

const serialPattern = /^(\d{1,6})(?:\.(\d+))?$/;
/** The serials a column must hold to be read as Excel dates: 1927-05-18 to 2173-10-14. */
const low = 10_000;
const high = 100_000;

/**
 * Reads an Excel serial day number (1900 system): 1 is 1900-01-01 and Excel's fictitious
 * 1900-02-29 (serial 60) is kept in the count, so from serial 61 on the day is 1899-12-30 plus the
 * serial. A fraction is the time of day, to the nearest minute.
 */
export function readExcelSerial(text: string): Span | undefined {
  const match = serialPattern.exec(text);
  if (match === null) return undefined;
  const whole = Number(match[1]);
  if (match[2] === undefined && whole < low) return undefined;
  const parts = excelSerialParts(Number(text));
  if (parts === undefined) {
    // Serial 0 ("1900-01-00") and 60 ("1900-02-29") are Excel's own fictions: not real days.
    const fiction = { year: 1900, month: 2, day: 30 };
    return { from: fiction, to: fiction, form: "excel-serial" };
  }
  return { from: parts, to: parts, form: "excel-serial" };
}

/**
 * The wall-clock parts of an Excel serial (1900 system), or undefined for serials that are no day.
 * @param serial the serial day number, with the time of day as a fraction
 * @returns year to day, and hour and minute when there is a fraction
 * @example
 * excelSerialParts(43567.5) // { year: 2019, month: 4, day: 12, hour: 12, minute: 0 }
 */
export function excelSerialParts(serial: number): DateParts | undefined {
  const whole = Math.floor(serial);
  if (whole < 1 || whole === 60 || whole > 2_958_465) return undefined;
  const base = whole < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const day = new Date(base + whole * 86_400_000);
  const parts: DateParts = {
    year: day.getUTCFullYear(),
    month: day.getUTCMonth() + 1,
    day: day.getUTCDate(),
  };
  const minutes = Math.round((serial - whole) * 1440);
  if (serial !== whole && minutes < 1440) {
    parts.hour = Math.floor(minutes / 60);
    parts.minute = minutes % 60;
  }
  return parts;
}

/**
 * Whether a date column holds Excel serial day numbers: most of its values (at least 80%) are
 * numbers from 10000 to 99999, with or without a fraction.
 * @param texts the column's cells
 * @returns true when the column should be read as serials
 * @example
 * isExcelSerialColumn(["43567", "43570.5", ""]) // true
 */
export function isExcelSerialColumn(texts: readonly string[]): boolean {
  let values = 0;
  let serials = 0;
  for (const text of texts) {
    const trimmed = text.trim();
    if (trimmed === "") continue;
    values++;
    const match = serialPattern.exec(trimmed);
    if (match !== null && Number(match[1]) >= low && Number(match[1]) < high) serials++;
  }
  return values > 0 && serials / values >= 0.8;
}
