const months: readonly (readonly string[])[] = [
  ["january", "jan"],
  ["february", "feb", "febuary"],
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

/** A month name, abbreviation or misspelling as a capturing group, with an optional dot. */
export const monthGroup = `(${monthNamePattern})\\.?`;

/**
 * The month number (1-12) of an English month name or abbreviation, any case, with or without a dot.
 * @example
 * monthNumber("Sept.") // 9
 */
export function monthNumber(name: string): number | undefined {
  return byName.get(name.toLowerCase().replace(/\.$/, ""));
}

const weekdays: readonly (readonly string[])[] = [
  ["monday", "mon"],
  ["tuesday", "tue", "tues"],
  ["wednesday", "wed", "weds"],
  ["thursday", "thu", "thur", "thurs"],
  ["friday", "fri"],
  ["saturday", "sat"],
  ["sunday", "sun"],
];

const weekdayByName: ReadonlyMap<string, number> = new Map(
  weekdays.flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

/** An optional leading weekday (`Monday `, `Mon, `) as a capturing group. */
export const weekdayPrefix = `(?:(${[...weekdayByName.keys()].sort((a, b) => b.length - a.length).join("|")})\\.?,?\\s+)?`;

/** The ISO weekday (1 = Monday) of an English weekday name or abbreviation. */
export function weekdayNumber(name: string): number | undefined {
  return weekdayByName.get(name.toLowerCase());
}
