import type { DateReading } from "../../model/normalised.js";
import type { DateWarning } from "./date-span.js";

/** Bounds a date should fall within; outside them it is kept with a warning. */
export interface PlausibilityOptions {
  /** Epoch ms after which a date is in the future of the review (its `to` date's end, or a `today`). Never the clock. */
  notAfter?: number;
  /** Epoch ms before which a date is implausibly old; default 1900-01-01T00:00Z. */
  notBefore?: number;
}

const year1900 = Date.UTC(1900, 0, 1);

/**
 * Warnings for a date read correctly but unlikely: after the review (`date_after_review`) or
 * before 1900 (`date_before_1900`). Only explicit bounds are used, never the machine's clock.
 * @param reading the date as read
 * @param options the bounds
 * @returns the warnings, empty when the date is plausible
 * @example
 * datePlausibility(reading2031, { notAfter: Date.UTC(2030, 0, 1) })[0].code // "date_after_review"
 */
export function datePlausibility(reading: DateReading, options: PlausibilityOptions = {}): DateWarning[] {
  const warnings: DateWarning[] = [];
  if (options.notAfter !== undefined && reading.start >= options.notAfter) {
    warnings.push({
      code: "date_after_review",
      severity: "warning",
      reason: `"${reading.text}" is after the end of the review (${new Date(options.notAfter).toISOString().slice(0, 10)}); kept`,
    });
  }
  if (reading.end <= (options.notBefore ?? year1900)) {
    warnings.push({
      code: "date_before_1900",
      severity: "warning",
      reason: `"${reading.text}" is before ${new Date(options.notBefore ?? year1900).toISOString().slice(0, 10)}; kept`,
    });
  }
  return warnings;
}
