/** A key written more than once in one record of a JSON return. */
export interface DuplicateKey {
  /** The record's 1-based position: in the top-level array, or 1 for an NDJSON line. */
  record: number;
  key: string;
}

/**
 * Finds the keys a record object repeats (`{"Notes": "a", "Notes": "b"}`), which `JSON.parse` resolves
 * silently by keeping the last value. Only the records' own keys are checked, not those of values nested
 * in them. The text must be valid JSON (call it after `JSON.parse` succeeded).
 * @param text a JSON array of records, or one NDJSON line
 * @param array true for an array of records, false for a single record
 * @returns each repeated key with its record, in order
 * @example
 * duplicateKeys('[{"a":1},{"b":1,"b":2}]', true) // [{ record: 2, key: "b" }]
 */
export function duplicateKeys(text: string, array: boolean): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const recordDepth = array ? 2 : 1;
  const open: string[] = [];
  let record = 1;
  let keys = new Set<string>();
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      if (expectKey && open.length === recordDepth) {
        const raw = text.slice(i, end + 1);
        const key = raw.includes("\\") ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        if (keys.has(key)) found.push({ record, key });
        else keys.add(key);
        expectKey = false;
      }
      i = end;
    } else if (c === "{" || c === "[") {
      open.push(c);
      if (open.length === recordDepth && c === "{") {
        keys = new Set();
        expectKey = true;
      }
    } else if (c === "}" || c === "]") {
      open.pop();
    } else if (c === ",") {
      if (array && open.length === 1) record++;
      else if (open.length === recordDepth && open.at(-1) === "{") expectKey = true;
    }
  }
  return found;
}
