const months = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

const dateWritten = String.raw`(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{2,4})`;

/** Patterns of identifying details in free text and what replaces them; applied in this order. */
const patterns: readonly (readonly [RegExp, string])[] = [
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, "[email]"],
  [
    new RegExp(String.raw`\b(d\.?\s?o\.?\s?b\.?|date of birth|born(?: on)?)(\s*:?\s*)${dateWritten}`, "gi"),
    "$1$2[date of birth]",
  ],
  [/(?:\+44\s?\(?0?\)?\s?|\b0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}\b/g, "[phone]"],
  [/\b\d{3}[\s-]?\d{3}[\s-]?\d{4}\b/g, "[NHS number]"],
  [/\b(?:GIR\s?0AA|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\b/gi, "[postcode]"],
  [/\b(?:flat|apartment|apt\.?|unit)\s+\d+[a-z]?\b,?/gi, "[address]"],
  [streetPattern(), "[address]"],
];

/** A house number, one to three capitalised words and a street word: `14 Acacia Avenue`, `3a HIGH STREET`. */
function streetPattern(): RegExp {
  const streets = [
    "Road",
    "Rd",
    "Street",
    "Avenue",
    "Ave",
    "Lane",
    "Close",
    "Drive",
    "Way",
    "Court",
    "Crescent",
    "Place",
    "Gardens",
    "Terrace",
    "Grove",
    "Walk",
    "Rise",
    "Hill",
    "Park",
    "Row",
    "Square",
    "Mews",
    "View",
    "Parade",
    "Green",
    "Estate",
    "House",
    "Towers",
    "Tower",
    "Buildings",
  ].flatMap((w) => [w, w.toUpperCase()]);
  return new RegExp(
    String.raw`\b\d{1,4}[a-zA-Z]?,?\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:${streets.join("|")})\b`,
    "gu",
  );
}

/**
 * Removes identifying details from free text: dates of birth (after `DOB`, `born`, and the people's known
 * DOBs however written), NHS numbers, phone numbers, e-mail addresses, postcodes and street addresses.
 * @param text free text from a return
 * @param dobs ISO dates of birth (`yyyy-mm-dd`) of the people in the document
 * @returns the text with each detail replaced by a bracketed label
 * @example
 * scrubIdentifiers("Seen at 14 Acacia Avenue, AB1 2CD; DOB 12/04/1990", []) // "Seen at [address], [postcode]; DOB [date of birth]"
 */
export function scrubIdentifiers(text: string, dobs: readonly string[]): string {
  let out = text;
  for (const dob of dobs) {
    const pattern = dobPattern(dob);
    if (pattern !== undefined) out = out.replace(pattern, "[date of birth]");
  }
  for (const [pattern, replacement] of patterns) out = out.replace(pattern, replacement);
  // "Flat 2, 14 Tanner Street" is one address.
  return out.replace(/\[address\](?:[\s,]+\[address\])+/g, "[address]");
}

/** One person's DOB however a return writes it: 03/02/2017, 3.2.17, 2017-02-03, 3rd February 2017, 3 Feb 17. */
function dobPattern(dob: string): RegExp | undefined {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dob);
  if (parts === null) return undefined;
  const [, y, m, d] = parts as unknown as [string, string, string, string];
  const day = String(Number(d));
  const month = String(Number(m));
  const year = `(?:${y}|${y.slice(2)})`;
  const name = months[Number(m) - 1]!;
  const numeric = `0?${day}[./-]0?${month}[./-]${year}`;
  const worded = String.raw`0?${day}(?:st|nd|rd|th)?\s+(?:${name}|${name.slice(0, 3)})\.?,?\s+${year}`;
  return new RegExp(String.raw`(?<![\d])(?:${numeric}|${y}-${m}-${d}|${worded})(?![\d])`, "gi");
}
