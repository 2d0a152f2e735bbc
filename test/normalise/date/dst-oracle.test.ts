import { fromZonedTime } from "date-fns-tz";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { parseDate } from "../../../src/normalise/date/parse-date.js";

const pad = (n: number): string => String(n).padStart(2, "0");

interface Transition {
  zone: string;
  /** Wall-clock minute just before the change, in the old offset. */
  before: DateTime;
  /** Offset change in minutes: positive when the clocks go forward. */
  shift: number;
}

/** Every clock change of a zone from 2000 to 2030, found by luxon (the test's own scan). */
function transitions(zone: string): Transition[] {
  const found: Transition[] = [];
  let at = DateTime.fromObject({ year: 2000, month: 1, day: 1 }, { zone });
  const end = DateTime.fromObject({ year: 2031, month: 1, day: 1 }, { zone });
  while (at < end) {
    const next = at.plus({ hours: 1 });
    if (next.offset !== at.offset) {
      let lo = at.toMillis();
      let hi = next.toMillis();
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (DateTime.fromMillis(mid, { zone }).offset === at.offset) lo = mid;
        else hi = mid;
      }
      found.push({ zone, before: DateTime.fromMillis(lo, { zone }), shift: next.offset - at.offset });
    }
    at = next;
  }
  return found;
}

function wall(t: DateTime): string {
  return `${pad(t.day)}/${pad(t.month)}/${t.year} ${pad(t.hour)}:${pad(t.minute)}`;
}

function isoWall(t: DateTime): string {
  return `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:00`;
}

const zones = ["Europe/London", "America/New_York"];
const all = zones.flatMap(transitions);

describe("parseDate across clock changes (date-fns-tz as oracle)", () => {
  it("finds two changes a year in each zone from 2000 to 2030", () => {
    expect(all.length).toBe(2 * 31 * zones.length);
  });

  it.each(all.map((t) => [t.zone, t.before.toISO(), t] as const))(
    "%s change after %s: agrees outside, documented rule inside",
    (zone, _label, t) => {
      const w = wallShift(t.before, 0);
      const s = Math.abs(t.shift);
      // Wall times the change leaves unique: parseDate agrees with the oracle exactly.
      const clear =
        t.shift > 0 ? [w, wallShift(w, -59), wallShift(w, s + 1)] : [wallShift(w, -s), wallShift(w, 1)];
      for (const at of clear) {
        const read = parseDate(wall(at), { timezone: zone });
        expect(read.ok && read.reading.start).toBe(fromZonedTime(isoWall(at), zone).getTime());
        expect(read.ok && read.reading.ambiguousTime).toBeUndefined();
      }
      // A wall time inside the gap (skipped) or the overlap (lived twice).
      const inside = t.shift > 0 ? wallShift(w, 1 + s / 2) : wallShift(w, -s / 2);
      const read = parseDate(wall(inside), { timezone: zone });
      if (!read.ok) throw new Error(read.reason);
      const oracle = fromZonedTime(isoWall(inside), zone).getTime();
      // Our rule is the offset before the change (RFC 5545, Temporal "compatible"): forward by the gap,
      // or the first of two occurrences. date-fns-tz moves a skipped time back by the gap, and picks either
      // occurrence of a repeated time depending on the zone: we assert the documented difference.
      expect(read.reading.ambiguousTime).toBe(t.shift > 0 ? "nonexistent" : "repeated");
      if (t.shift > 0) expect(read.reading.start - oracle).toBe(t.shift * 60_000);
      else {
        expect([0, s * 60_000]).toContain(oracle - read.reading.start);
        const first = DateTime.fromMillis(read.reading.start, { zone });
        const second = DateTime.fromMillis(read.reading.start + s * 60_000, { zone });
        expect([first.hour, first.minute]).toEqual([inside.hour, inside.minute]);
        expect([second.hour, second.minute]).toEqual([inside.hour, inside.minute]);
      }
      expect(read.warnings.map((x) => x.code)).toEqual(["ambiguous_time"]);
    },
  );
});

/** The wall-clock parts `minutes` after a wall time, as written on a clock that ignores the change. */
function wallShift(t: DateTime, minutes: number): DateTime {
  return DateTime.fromObject(
    { year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute },
    { zone: "UTC" },
  ).plus({ minutes });
}
