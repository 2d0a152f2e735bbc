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
