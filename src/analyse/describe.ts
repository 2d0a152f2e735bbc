import { DateTime } from "luxon";
import type { MergedEvent } from "../merge/merge-events.js";
import { categorise } from "../normalise/category/categorise.js";
import { baseLexicon, type LexiconEntry } from "../normalise/category/lexicon.js";

const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A day as a review writes it in a message: `4 Mar 2019`, in the review's zone.
 * @example
 * formatDay(Date.UTC(2019, 2, 4, 12), "Europe/London") // "4 Mar 2019"
 */
export function formatDay(instant: number, zone: string): string {
  // Messages cite the same instants again and again (events of one day share a start): read each once.
  let byInstant = formatted.get(zone);
  if (byInstant === undefined) {
    byInstant = new Map();
    formatted.set(zone, byInstant);
  }
  let text = byInstant.get(instant);
  if (text === undefined) {
    const day = DateTime.fromMillis(instant, { zone });
    text = `${day.day} ${months[day.month - 1]} ${day.year}`;
    // A long run cites a bounded set of days; the cap keeps a library caller's memory bounded too.
    if (byInstant.size > 100_000) byInstant.clear();
    byInstant.set(instant, text);
  }
  return text;
}

/** Days already written, by zone then instant. */
const formatted = new Map<string, Map<number, string>>();

/** Whole days in a span of milliseconds, rounded down. */
export function wholeDays(ms: number): number {
  return Math.floor(ms / 86_400_000);
}

/** An instant as the ISO 8601 UTC string flags carry; null for an open end. */
export function isoOrNull(instant: number): string | null {
  return Number.isFinite(instant) ? new Date(instant).toISOString() : null;
}

/**
 * An event as a message cites it: its day and agencies, `24 Apr 2018 (GP)`.
 * @example
 * citeEvent(event, "Europe/London") // "24 Apr 2018 (GP)"
 */
export function citeEvent(event: MergedEvent, zone: string): string {
  return `${formatDay(event.start, zone)} (${event.event.agencies.join(", ")})`;
}

/**
 * The words of an event's narrative that put it in one of the categories, quoted for a message:
 * `"DNA"`, `"cannabis", "drunk"`. Empty when the category came from a category column only.
 * @example
 * quoteTriggers(event, ["substance-misuse"]) // "\"cannabis\""
 */
export function quoteTriggers(
  event: MergedEvent,
  categories: readonly string[],
  lexicon: readonly LexiconEntry[] = baseLexicon,
): string {
  const words = categorise(event.event.summary, lexicon)
    .filter((m) => categories.includes(m.category))
    .flatMap((m) => m.triggers);
  return [...new Set(words)]
    .slice(0, 3)
    .map((w) => `"${w}"`)
    .join(", ");
}

/** A list as English writes it: "a", "a and b", "a, b and c". */
export function listText(all: readonly string[]): string {
  const items = [...new Set(all)];
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * Calendar days from one instant to a later one, in the review's zone, as English writes it:
 * "the same day", "1 day later", "17 days later".
 * @example
 * daysLater(Date.UTC(2018, 10, 19, 9), Date.UTC(2018, 10, 20, 8), "Europe/London") // "1 day later"
 */
export function daysLater(from: number, to: number, zone: string): string {
  const start = DateTime.fromMillis(from, { zone }).startOf("day");
  const end = DateTime.fromMillis(to, { zone }).startOf("day");
  const days = Math.round(end.diff(start, "days").days);
  return days === 0 ? "the same day" : days === 1 ? "1 day later" : `${days} days later`;
}
