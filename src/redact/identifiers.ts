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
  return identifierScrubber(dobs)(text);
}

/**
 * `scrubIdentifiers` with its patterns built once, for redacting many texts with the same DOBs.
 * @param dobs ISO dates of birth (`yyyy-mm-dd`) of the people in the document
 * @returns the scrubbing function
 */
export function identifierScrubber(dobs: readonly string[]): (text: string) => string {
  const known = new Set(dobs.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)));
  return (text) => {
    let out = known.size === 0 ? text : knownDates(text, known);
    for (const [pattern, replacement] of patterns) out = out.replace(pattern, replacement);
    // "Flat 2, 14 Tanner Street" is one address.
    return out.replace(/\[address\](?:[\s,]+\[address\])+/g, "[address]");
  };
}

/** A date written day first, ISO, or with the month in words: 03/02/2017, 3.2.17, 2017-02-03, 3rd Feb 2017. */
const writtenDatePattern =
  /(?<!\d)(?:(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})|(\d{4})-(\d{2})-(\d{2})|(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4}|\d{2}))(?!\d)/g;

/** Replaces every written date that is one of the known DOBs (ISO `yyyy-mm-dd`) by `[date of birth]`. */
function knownDates(text: string, known: ReadonlySet<string>): string {
  return text.replace(writtenDatePattern, (match, ...groups: (string | undefined)[]) => {
    const [d1, m1, y1, y2, m2, d2, d3, monthName, y3] = groups;
    const month =
      monthName === undefined
        ? Number(m1 ?? m2)
        : months.findIndex(
            (m) => m === monthName.toLowerCase() || m.slice(0, 3) === monthName.toLowerCase(),
          ) + 1;
    const day = Number(d1 ?? d2 ?? d3);
    const year = y1 ?? y2 ?? y3 ?? "";
    const pad = (n: number) => String(n).padStart(2, "0");
    const years = year.length === 4 ? [year] : [`19${year}`, `20${year}`];
    return years.some((y) => known.has(`${y}-${pad(month)}-${pad(day)}`)) ? "[date of birth]" : match;
  });
}
