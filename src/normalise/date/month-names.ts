const months: readonly (readonly string[])[] = [
  ["january", "jan"],
  ["february", "feb"],
  ["march", "mar"],
  ["april", "apr"],
  ["may"],
  ["june", "jun"],
  ["july", "jul"],
  ["august", "aug"],
  ["september", "sep", "sept"],
  ["october", "oct"],
  ["november", "nov"],
  ["december", "dec"],
];

const byName: ReadonlyMap<string, number> = new Map(
  months.flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

/** Every month name and abbreviation, longest first, for building patterns. */
export const monthNamePattern = [...byName.keys()].sort((a, b) => b.length - a.length).join("|");

/**
 * The month number (1-12) of an English month name or abbreviation, any case, with or without a dot.
 * @example
 * monthNumber("Sept.") // 9
 */
export function monthNumber(name: string): number | undefined {
  return byName.get(name.toLowerCase().replace(/\.$/, ""));
}
