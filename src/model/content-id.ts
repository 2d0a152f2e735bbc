/**
 * A short, stable id derived from content (cyrb53, two seeds: 106 bits as hex), the same on every
 * platform and in every run. Used for event and person ids so that input order never changes them.
 * @param prefix e.g. "e" or "p"
 * @param parts the normalised content the id stands for
 * @returns `prefix-` and 26 hex digits
 * @example
 * contentId("e", ["police.csv", "3"]) // "e-…" (the same for the same parts, always)
 */
export function contentId(prefix: string, parts: readonly string[]): string {
  const text = parts.join("\u001f");
  return `${prefix}-${hash53(text, 0x9e3779b9).toString(16).padStart(14, "0")}${hash53(text, 0x85ebca6b).toString(16).padStart(14, "0")}`.slice(
    0,
    prefix.length + 1 + 26,
  );
}

function hash53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Compares strings by UTF-16 code units: a total order that does not depend on the machine's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The key of a row: file and 1-based row, for sets and maps. */
export function rowKey(source: { file: string; row: number }): string {
  return `${source.file}\u0000${source.row}`;
}
