import { DateTime } from "luxon";
import type { Conflict } from "../model/chronology.js";
import { compareText } from "../model/content-id.js";
import { intervalGap } from "./evidence.js";
import type { ResolvedMergeOptions } from "./merge-options.js";
import type { MergeRow } from "./merge-unit.js";

/**
 * What the agencies of one merged event disagree on, each with every agency's value:
 * `date` or `time` when two rows' dates are further apart than their precision allows (timed rows more
 * than the time tolerance apart; rows without time on different days), `people` when the people each
 * agency records (professionals left out) differ, `category` when the categories differ.
 * Rows of one agency are one voice. Empty when every agency agrees or only one reported.
 */
export function findConflicts(rows: readonly MergeRow[], options: ResolvedMergeOptions): Conflict[] {
  const agencies = new Set(rows.map((r) => r.record.source.agency));
  if (agencies.size < 2) return [];
  const conflicts: Conflict[] = [];
  const dateField = dateDisagreement(rows, options);
  if (dateField !== null)
    conflicts.push({ field: dateField, values: valuesOf(rows, (r) => r.record.date.text) });
  const stated = rows.filter((r) => r.subjects.length > 0);
  if (new Set(stated.map((r) => r.subjects.join(","))).size > 1) {
    conflicts.push({ field: "people", values: valuesOf(stated, peopleText) });
  }
  const categorised = rows.filter((r) => categoriesOf(r) !== "");
  if (new Set(categorised.map(categoriesOf)).size > 1) {
    conflicts.push({ field: "category", values: valuesOf(categorised, categoriesOf) });
  }
  return conflicts;
}

function dateDisagreement(rows: readonly MergeRow[], options: ResolvedMergeOptions): "date" | "time" | null {
  let disagree = false;
  for (let i = 0; i < rows.length && !disagree; i++) {
    for (let j = i + 1; j < rows.length && !disagree; j++) {
      const a = rows[i]!.record.date;
      const b = rows[j]!.record.date;
      const timed = isTimed(a.precision) || isTimed(b.precision);
      const apart = timed
        ? intervalGap(a, b) > options.timeTolerance
        : Math.min(a.end, b.end) <= Math.max(a.start, b.start);
      disagree = apart;
    }
  }
  if (!disagree) return null;
  const days = new Set(rows.map((r) => calendarDay(r.record.date.start, options.timezone)));
  return days.size > 1 ? "date" : "time";
}

function isTimed(precision: string): boolean {
  return precision === "minute" || precision === "hour";
}

function calendarDay(instant: number, zone: string): string {
  return DateTime.fromMillis(instant, { zone }).toISODate() ?? String(instant);
}

function peopleText(row: MergeRow): string {
  const names = row.record.people
    .filter((p) => p.roleKind !== "professional")
    .map((p) => p.name ?? p.role ?? p.text);
  return [...new Set(names)].sort(compareText).join("; ");
}

function categoriesOf(row: MergeRow): string {
  return [...new Set(row.record.categories.map((c) => c.category))].sort(compareText).join(", ");
}

/** One value per agency and distinct value, sorted by agency then value. */
function valuesOf(rows: readonly MergeRow[], read: (row: MergeRow) => string): Conflict["values"] {
  const seen = new Map<string, { value: string; agency: string }>();
  for (const row of rows) {
    const value = read(row);
    const agency = row.record.source.agency;
    seen.set(`${agency}\u0000${value}`, { value, agency });
  }
  return [...seen.values()].sort((a, b) => compareText(a.agency, b.agency) || compareText(a.value, b.value));
}
