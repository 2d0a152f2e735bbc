/** One JSON record as read: an object of cells, or why it is not one. */
export type JsonRecord =
  | { ok: true; cells: [string, string][] }
  | { ok: false; code: "json_invalid" | "json_not_object"; reason: string; text: string };

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
    return { ok: false, code: "json_invalid", reason: errorText(error) };
  }
  if (!Array.isArray(value)) {
    return {
      ok: false,
      code: "json_not_array",
      reason: `expected an array of objects, found ${describe(value)}`,
    };
  }
  return { ok: true, records: value.map((item) => toRecord(item, () => JSON.stringify(item) ?? "")) };
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
      records.push({ ok: false, code: "json_invalid", reason: errorText(error), text: line });
      continue;
    }
    records.push(toRecord(value, () => line));
  }
  return records;
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
  return { ok: true, cells: Object.entries(value).map(([key, cell]) => [key, cellText(cell)]) };
}

/** Turns a JSON cell into text: strings as they are, arrays of strings joined with "; ". */
function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell;
  if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
  if (Array.isArray(cell) && cell.every((item) => typeof item === "string")) return cell.join("; ");
  return JSON.stringify(cell);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
