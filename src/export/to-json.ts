import type { Chronology } from "../model/chronology.js";

/**
 * The chronology document as JSON text: two-space indented, keys in schema order, a final newline.
 * The same document always gives the same bytes.
 * @param document the chronology
 * @returns JSON text
 * @example
 * toJson(document).startsWith('{\n  "schemaVersion": 1') // true
 */
export function toJson(document: Chronology): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * The same bytes as {@link toJson}, in pieces of about `size` characters, for writing a large
 * chronology to a file or stream. A JavaScript string holds at most about 512 million characters, so
 * the document of a million rows (over a gigabyte of JSON) can only be written this way.
 * @param document the chronology
 * @param size the least length of a piece (the last may be shorter); default 1,000,000
 * @returns the pieces, in order
 * @example
 * [...toJsonChunks(document)].join("") === toJson(document) // true
 */
export function* toJsonChunks(document: Chronology, size = 1_000_000): Generator<string> {
  let buffer = "{";
  let first = true;
  for (const [key, value] of Object.entries(document)) {
    if (value === undefined || typeof value === "function") continue;
    buffer += `${first ? "" : ","}\n  ${JSON.stringify(key)}: `;
    first = false;
    if (Array.isArray(value) && value.length > 0) {
      buffer += "[";
      for (let i = 0; i < value.length; i++) {
        // Nested two levels deep: each line of the item's own indented text moves in by four spaces.
        buffer += `${i === 0 ? "" : ","}\n    ${indent(JSON.stringify(value[i] ?? null, null, 2), "    ")}`;
        if (buffer.length >= size) {
          yield buffer;
          buffer = "";
        }
      }
      buffer += "\n  ]";
    } else buffer += indent(JSON.stringify(value, null, 2), "  ");
  }
  yield first ? "{}\n" : `${buffer}\n}\n`;
}

/** JSON text nested deeper: a JSON string holds no raw line break, so every break starts a new line. */
function indent(text: string, by: string): string {
  return text.replaceAll("\n", `\n${by}`);
}
