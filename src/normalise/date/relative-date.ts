import { DateTime } from "luxon";
import type { Precision } from "../../model/chronology.js";
import type { DateReading } from "../../model/normalised.js";

/** A date written relative to the previous dated row: how far, in what unit, which way. */
export interface RelativeOffset {
  amount: number;
  unit: "day" | "week" | "month" | "year";
}

const numbers: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  "a couple of": 2,
  "a few": 3,
};
const amount = `(\\d{1,3}|${Object.keys(numbers).join("|")})`;
const units = "(day|week|fortnight|month|year)s?";
const counted = new RegExp(`^${amount}[ -]${units} (later|after|on|afterwards|before|earlier|prior)\\b`, "i");
const named =
  /^(?:on )?(?:the )?(same day|following day|next day|day after|previous day|preceding day|day before|later that day|that day|following week|next week|following month|next month|following year|next year)\b/i;

/**
 * Reads a relative date: `the following day`, `the next day`, `four days later`, `a month later`,
 * `22 days before ...` (what follows the phrase is ignored). It needs an anchor to become a date.
 * @param text the date as written
 * @returns the offset from the anchor, or undefined when the text is not a relative date
 * @example
 * readRelative("four days later") // { amount: 4, unit: "day" }
 */
export function readRelative(text: string): RelativeOffset | undefined {
  const c = counted.exec(text);
  if (c !== null) {
    const n = numbers[c[1]!.toLowerCase()] ?? Number(c[1]);
    const unit = c[2]!.toLowerCase();
    const sign = /before|earlier|prior/i.test(c[3]!) ? -1 : 1;
    if (unit === "fortnight") return { amount: sign * n * 2, unit: "week" };
    return { amount: sign * n, unit: unit as RelativeOffset["unit"] };
  }
  const m = named.exec(text);
  if (m === null) return undefined;
  const phrase = m[1]!.toLowerCase();
  if (/same|that day/.test(phrase)) return { amount: 0, unit: "day" };
  if (/previous|preceding|before/.test(phrase)) return { amount: -1, unit: "day" };
  const unit = (phrase.match(/week|month|year/)?.[0] ?? "day") as RelativeOffset["unit"];
  return { amount: 1, unit };
}

const order: readonly Precision[] = ["minute", "hour", "day", "season", "month", "year"];

/**
 * Moves an anchor's interval by a relative offset in the wall-clock calendar of a zone. A timed
 * anchor becomes its day; a coarser anchor keeps its precision (`a month later` than `March 2019`
 * is April 2019).
 */
export function shiftReading(
  anchor: DateReading,
  offset: RelativeOffset,
  zone: string,
): { start: number; end: number; precision: Precision } {
  const fine = order.indexOf(anchor.precision) < order.indexOf("day");
  const start = DateTime.fromMillis(anchor.start, { zone }).startOf("day");
  const end = fine ? start.plus({ days: 1 }) : DateTime.fromMillis(anchor.end, { zone }).startOf("day");
  const move = { [`${offset.unit}s`]: offset.amount };
  return {
    start: start.plus(move).toMillis(),
    end: end.plus(move).toMillis(),
    precision: fine ? "day" : anchor.precision,
  };
}
