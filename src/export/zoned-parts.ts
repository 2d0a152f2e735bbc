/** Calendar parts of an instant in a zone. */
export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const maxCachedInstants = 100_000;
const partsCaches = new Map<string, Map<string | number, Readonly<ZonedParts>>>();

/**
 * The wall-clock year, month, day, hour and minute of an instant in an IANA zone, by one cached
 * `Intl.DateTimeFormat` per zone: many times faster than building a luxon DateTime for every event.
 * The parts of each instant are kept per zone: every export writes the same events' dates again.
 * @param instant an ISO 8601 instant or epoch milliseconds
 * @param zone an IANA zone name
 * @returns the parts
 * @example
 * zonedParts("2018-07-16T22:40:00.000Z", "Europe/London") // { year: 2018, month: 7, day: 16, hour: 23, minute: 40 }
 */
export function zonedParts(instant: string | number, zone: string): ZonedParts {
  let cache = partsCaches.get(zone);
  if (cache === undefined) {
    cache = new Map();
    partsCaches.set(zone, cache);
  }
  let found = cache.get(instant);
  if (found === undefined) {
    found = formatParts(instant, zone);
    if (cache.size >= maxCachedInstants) cache.clear();
    cache.set(instant, found);
  }
  return { ...found };
}

function formatParts(instant: string | number, zone: string): ZonedParts {
  let format = formatters.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone: zone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      hourCycle: "h23",
    });
    formatters.set(zone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(typeof instant === "number" ? instant : Date.parse(instant)))
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
  };
}
