import { IANAZone } from "luxon";

/** How a wall time met a clock change: skipped (spring forward) or lived twice (autumn). */
export type AmbiguousTime = "nonexistent" | "repeated";

interface YearTable {
  /** The UTC year's first instant and the next year's. */
  from: number;
  to: number;
  /** Offset in ms in force at the first instant of the UTC year. */
  first: number;
  /** Changes within the year: [instant, offset in ms from that instant on]. */
  changes: [number, number][];
}

const day = 86_400_000;
// Limitation: two changes less than a fortnight apart (a rare historic oddity in a few zones) would be missed.
const stride = 14 * day;
const tables = new Map<string, Map<number, YearTable>>();
const zones = new Map<string, IANAZone | undefined>();
const lastTable = new Map<IANAZone, YearTable>();

/** The luxon zone of an IANA name, or undefined when the name is not a zone (cached). */
export function zoneOf(name: string): IANAZone | undefined {
  if (!zones.has(name)) zones.set(name, IANAZone.isValidZone(name) ? IANAZone.create(name) : undefined);
  return zones.get(name);
}

function yearTable(zone: IANAZone, year: number): YearTable {
  let byYear = tables.get(zone.name);
  if (byYear === undefined) {
    byYear = new Map();
    tables.set(zone.name, byYear);
  }
  const cached = byYear.get(year);
  if (cached !== undefined) return cached;
  // luxon gives the offset at any instant; a fortnightly scan with a binary search finds each change once per year.
  const offset = (ts: number): number => zone.offset(ts) * 60_000;
  const from = Date.UTC(year, 0, 1);
  const to = Date.UTC(year + 1, 0, 1);
  const table: YearTable = { from, to, first: offset(from), changes: [] };
  let previous = table.first;
  for (let lo = from; lo < to; lo += stride) {
    const hi = Math.min(lo + stride, to);
    const next = offset(hi);
    if (next !== previous) {
      let a = lo;
      let b = hi;
      while (b - a > 1000) {
        const mid = Math.floor((a + b) / 2 / 1000) * 1000;
        if (mid <= a || mid >= b) break;
        if (offset(mid) === previous) a = mid;
        else b = mid;
      }
      table.changes.push([b, next]);
      previous = next;
    }
  }
  byYear.set(year, table);
  return table;
}

/** The zone's UTC offset in ms at an instant, from a per-year table of its clock changes. */
export function offsetAt(zone: IANAZone, ts: number): number {
  // Most look-ups fall in the year of the previous one: keep it at hand.
  let table = lastTable.get(zone);
  if (table === undefined || ts < table.from || ts >= table.to) {
    table = yearTable(zone, new Date(ts).getUTCFullYear());
    lastTable.set(zone, table);
  }
  let offset = table.first;
  for (const [at, value] of table.changes) {
    if (ts >= at) offset = value;
    else break;
  }
  return offset;
}

/**
 * The instant of a wall-clock time in a zone. One rule for clock changes (the offset in force before
 * the change, as RFC 5545 and Temporal's "compatible"): a skipped time moves forward by the gap, a
 * repeated time is its first occurrence.
 */
export function wallToUtc(
  zone: IANAZone,
  local: number,
): { ts: number; ambiguous: AmbiguousTime | undefined } {
  const before = offsetAt(zone, local - day);
  const after = offsetAt(zone, local + day);
  if (before === after) return { ts: local - before, ambiguous: undefined };
  const first = local - before;
  const second = local - after;
  const firstOk = offsetAt(zone, first) === before;
  const secondOk = offsetAt(zone, second) === after;
  if (firstOk && secondOk) return { ts: Math.min(first, second), ambiguous: "repeated" };
  if (firstOk) return { ts: first, ambiguous: undefined };
  if (secondOk) return { ts: second, ambiguous: undefined };
  return { ts: first, ambiguous: "nonexistent" };
}
