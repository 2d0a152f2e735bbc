import { type DuplicateKey, duplicateKeys } from "./json-duplicate-keys.js";

/** One JSON record as read: an object of cells, or why it is not one. */
export type JsonRecord =
  | {
      ok: true;
      cells: [string, string][];
      /** The keys whose values were not text (numbers, booleans, objects) and were written out as text. */
      nonText?: string[];
      /** Keys written more than once in the record: JSON keeps only the last value of each. */
      repeated?: string[];
    }
  | { ok: false; code: "json_invalid" | "json_not_object" | "json_too_deep"; reason: string; text: string };

export type JsonParse =
  | { ok: true; records: JsonRecord[] }
  | { ok: false; code: "json_invalid" | "json_not_array"; reason: string };

/**
 * Reads a JSON return: an array of objects, one record each.
 * @param text decoded text
 * @returns the records, or why the file as a whole is unreadable
 * @example
 * parseJsonArray('[{"Date":"1/2/2019"}]') // { ok: true, records: [{ ok: true, cells: [["Date","1/2/2019"]] }] }
 */
export function parseJsonArray(text: string): JsonParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, code: "json_invalid", reason: jsonErrorReason(error) };
  }
  if (!Array.isArray(value)) {
    return {
      ok: false,
      code: "json_not_array",
      reason: `expected an array of objects, found ${describe(value)}`,
    };
  }
  const records = value.map((item) => toRecord(item, () => stringify(item) ?? ""));
  noteRepeated(records, duplicateKeys(text, true));
  return { ok: true, records };
}

/**
 * Reads an NDJSON return: one object per non-blank line.
 * @param text decoded text
 * @returns one record per non-blank line
 * @example
 * parseNdjson('{"a":1}\n\n{"a":2}\n').length // 2
 */
export function parseNdjson(text: string): JsonRecord[] {
  const records: JsonRecord[] = [];
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (line.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      records.push({ ok: false, code: "json_invalid", reason: jsonErrorReason(error), text: line });
      continue;
    }
    const record = toRecord(value, () => line);
    noteRepeated([record], duplicateKeys(line, false));
    records.push(record);
  }
  return records;
}

function noteRepeated(records: JsonRecord[], repeated: readonly DuplicateKey[]): void {
  for (const { record, key } of repeated) {
    const target = records[record - 1];
    if (target?.ok) target.repeated = [...(target.repeated ?? []), key];
  }
}

function toRecord(value: unknown, text: () => string): JsonRecord {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return {
      ok: false,
      code: "json_not_object",
      reason: `expected an object, found ${describe(value)}`,
      text: text(),
    };
  }
  // Object.entries over own keys: "__proto__" from JSON.parse is an own data key, never a prototype.
  const cells: [string, string][] = [];
  const nonText: string[] = [];
  for (const [key, cell] of Object.entries(value)) {
    const text = cellText(cell);
    if (text === undefined) {
      return {
        ok: false,
        code: "json_too_deep",
        reason: `the value of "${key.slice(0, 60)}" is nested too deep to read`,
        text: "",
      };
    }
    if (cell !== null && typeof cell !== "string" && !isStringArray(cell)) nonText.push(key);
    cells.push([key, text]);
  }
  return nonText.length === 0 ? { ok: true, cells } : { ok: true, cells, nonText };
}

/**
 * Turns a JSON cell into text: strings as they are, arrays of strings joined with "; ", anything else
 * as JSON; undefined when it is nested too deep to write out.
 */
function cellText(cell: unknown): string | undefined {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell;
  if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
  if (isStringArray(cell)) return cell.join("; ");
  return stringify(cell);
}

function isStringArray(cell: unknown): cell is string[] {
  return Array.isArray(cell) && cell.every((item) => typeof item === "string");
}

/** JSON.stringify, or undefined when the value is nested deeper than the call stack allows. */
function stringify(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/**
 * The JSON parser's message without the input it quotes (V8 adds `"…" is not valid JSON`): the
 * position stays, the data does not.
 */
function jsonErrorReason(error: unknown): string {
  return errorText(error)
    .replace(/,\s*"[\s\S]*" is not valid JSON$/, "")
    .replace(/^Unexpected token '[\s\S]'/, "Unexpected character");
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
