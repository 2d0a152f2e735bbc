import { invalidParts } from "./calendar.js";
import type { Span } from "./date-span.js";

const isoPattern =
  /^(\d{4})-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?)? ?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** An ISO 8601 date read either as wall-clock parts or, with a UTC offset, as an instant. */
export type IsoRead = { span: Span } | { instant: number } | { invalid: Span };

/**
 * Reads ISO 8601: `2019-03-07`, `2019-03`, `2019-03-07T14:05`, `2019-03-07 14:05:30`, and with an
 * offset `2019-03-07T14:05:00Z` / `+01:00` (then an instant, whatever the zone option).
 */
export function readIso(text: string): IsoRead | undefined {
  const match = isoPattern.exec(text);
  if (match === null) return undefined;
  const [, y, mo, d, h, mi, , offset] = match;
  const parts = { year: Number(y), month: Number(mo) } as Span["from"];
  if (d !== undefined) parts.day = Number(d);
  if (h !== undefined) {
    parts.hour = Number(h);
    parts.minute = Number(mi);
  }
  const span: Span = { from: parts, to: parts, form: "iso" };
  if (offset === undefined) return { span };
  if (h === undefined) return { span };
  if (invalidParts(parts) !== undefined) return { invalid: span };
  const sign = offset.startsWith("-") ? -1 : 1;
  const digits = offset.replace(/[^0-9]/g, "");
  const minutes =
    offset.toUpperCase() === "Z" ? 0 : Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
  const local = Date.UTC(parts.year, parts.month! - 1, parts.day, parts.hour, parts.minute);
  return { instant: local - sign * minutes * 60_000 };
}
