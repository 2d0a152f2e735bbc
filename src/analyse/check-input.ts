import type { MergedEvent } from "../merge/merge-events.js";
import type { Person } from "../model/chronology.js";
import type { LexiconEntry } from "../normalise/category/lexicon.js";
import type { AgencyPatterns } from "./agency-kind.js";

/** What every check reads: the merged timeline, the review's subjects and every resolved person. */
export interface CheckInput {
  /** Merged events in chronology order. */
  events: readonly MergedEvent[];
  /** The review's focus people. */
  subjects: readonly Person[];
  /** Every resolved person (subjects included). */
  people: readonly Person[];
}

/** Settings every check shares: the review's zone and scope, agency kinds, the lexicon. */
export interface CommonCheckOptions {
  /** Zone in which messages write days; default Europe/London. */
  timezone?: string;
  /** Review scope, epoch ms (inclusive start, exclusive end). */
  from?: number;
  to?: number;
  /** How agencies are recognised by name (children's social care, health visiting, school, hospital). */
  agencies?: Partial<AgencyPatterns>;
  /** Lexicon used to quote the words that made an event count; default the base lexicon. */
  lexicon?: readonly LexiconEntry[];
}

export const dayMs = 86_400_000;

/** Events a check may count: in scope and not an author's note. */
export function agencyEvents(events: readonly MergedEvent[]): MergedEvent[] {
  return events.filter((e) => !e.event.outOfScope && !e.event.category.includes("note"));
}

// A full date, "on 20/03", "20/03 and 24/04", or a count; not clinical shorthand such as "3/12" (months).
const recalled =
  /\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b(?:on|of|from)\s+\d{1,2}[/.]\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}\s+and\s+\d{1,2}[/.]\d{1,2}\b|\btwice\b|\bthree times\b|\b\d+ times\b/i;

/**
 * True when a record looks back on earlier events rather than being one: it quotes a day
 * ("not brought on 20/03 and 24/04") or counts ("twice", "3 times").
 * @example
 * recallsEarlier(event("Task from GP: Liam not brought twice (20/03 and 24/04)")) // true
 */
export function recallsEarlier(event: MergedEvent): boolean {
  return recalled.test(event.event.summary);
}

/** True when the event has any of the categories. */
export function hasCategory(event: MergedEvent, ...categories: readonly string[]): boolean {
  const own = event.event.category;
  for (const c of categories) if (own.includes(c)) return true;
  return false;
}

/** The instant at which age is judged when no event is given: the scope's end or the last event's end. */
export function reviewEnd(input: CheckInput, options: CommonCheckOptions): number {
  return options.to ?? input.events.reduce((latest, e) => Math.max(latest, e.end), 0);
}
