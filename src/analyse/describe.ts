import { DateTime } from "luxon";

/**
 * A day as a review writes it in a message: `4 Mar 2019`, in the review's zone.
 * @example
 * formatDay(Date.UTC(2019, 2, 4, 12), "Europe/London") // "4 Mar 2019"
 */
export function formatDay(instant: number, zone: string): string {
  return DateTime.fromMillis(instant, { zone }).toFormat("d LLL yyyy", { locale: "en-GB" });
}

/** Whole days in a span of milliseconds, rounded down. */
export function wholeDays(ms: number): number {
  return Math.floor(ms / 86_400_000);
}
