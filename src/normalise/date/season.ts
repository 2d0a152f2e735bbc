import { fullYear } from "./calendar.js";
import type { ReadContext, Span } from "./date-span.js";

/** UK meteorological seasons: first month and how many months (winter runs December to February). */
const seasons: Readonly<Record<string, number>> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

const seasonPattern =
  /^(spring|summer|autumn|fall|winter)(?: of)?[ ,-]*(\d{4}|'?\d{2})(?: ?[/-] ?(\d{2}|\d{4}))?$/i;

/**
 * Reads a season: `Spring 2018` is March to May 2018, `Summer` June to August, `Autumn` (or `Fall`)
 * September to November, `Winter 2018` (or `Winter 2018/19`) December 2018 to February 2019.
 */
export function readSeason(text: string, context: ReadContext): Span | undefined {
  const match = seasonPattern.exec(text);
  if (match === null) return undefined;
  const name = match[1]!.toLowerCase();
  const year = fullYear(match[2]!.replace("'", ""), context.pivot);
  const first = seasons[name]!;
  if (match[3] !== undefined) {
    // Only winter spans two years; the second year must follow the first.
    const second = match[3].length === 2 ? Math.floor(year / 100) * 100 + Number(match[3]) : Number(match[3]);
    if (first !== 12 || second !== year + 1) return undefined;
  }
  const from = { year, month: first };
  const to = first === 12 ? { year: year + 1, month: 2 } : { year, month: first + 2 };
  return { from, to, form: "season", precision: "season" };
}
