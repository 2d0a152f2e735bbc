import type { MatchMerge, Person, Sex } from "../model/chronology.js";
import { compareText, contentId } from "../model/content-id.js";
import type { PlacedMention } from "./placed-mention.js";

/** The mentions that make one person, the content keys its id derives from, and why they were joined. */
export interface Group {
  keys: string[];
  mentions: PlacedMention[];
  merges: MatchMerge[];
  /** Display name for a person with no name (role-only mentions). */
  unnamed?: string;
}

/**
 * Builds the person of a group: the fullest and most common name, the other names as aliases, the
 * most common DOB and valid NHS number, the roles, the sex every stating mention agrees on, every
 * mention as a source with its text as written, and the explanation.
 * @param group the group
 * @param threshold the threshold in force (recorded in the explanation)
 * @returns the person
 */
export function buildPerson(group: Group, threshold: number): Person {
  const sorted = sortMentions(group.mentions);
  const names = rankNames(sorted);
  const roles = [...new Set(sorted.map((m) => m.mention.role).filter((r): r is string => r !== null))].sort(
    compareText,
  );
  const dobs = mostCommonFirst(sorted.map((m) => m.mention.dob).filter((d): d is string => d !== null));
  const nhs = mostCommonFirst(sorted.filter((m) => m.mention.nhsValid).map((m) => m.mention.nhs!));
  return {
    id: contentId("p", [...group.keys].sort(compareText)),
    name: names[0] ?? group.unnamed ?? "Unnamed person",
    aliases: names.slice(1),
    dob: dobs[0] ?? null,
    sex: agreedSex(sorted.map((m) => m.mention.sex)),
    roles,
    identifiers: nhs[0] === undefined ? {} : { nhs: nhs[0] },
    sources: sorted.map((m) => ({ ...m.source, text: m.mention.text })),
    match: { threshold, merges: group.merges },
  };
}

/**
 * The names of a group's mentions, best first: full names (given and family) before partial ones,
 * then the most frequent, then the longest, then code-unit order.
 * @param mentions the group's mentions
 * @returns distinct names
 */
export function rankNames(mentions: readonly PlacedMention[]): string[] {
  const counts = new Map<string, { n: number; full: boolean }>();
  for (const { mention } of mentions) {
    if (mention.name === null) continue;
    const entry = counts.get(mention.name) ?? {
      n: 0,
      full: mention.given !== null && mention.family !== null,
    };
    entry.n++;
    counts.set(mention.name, entry);
  }
  return [...counts]
    .sort(
      ([a, x], [b, y]) =>
        Number(y.full) - Number(x.full) || y.n - x.n || b.length - a.length || compareText(a, b),
    )
    .map(([name]) => name);
}

/** Mentions in a total order: file, row, index. */
export function sortMentions(mentions: readonly PlacedMention[]): PlacedMention[] {
  return [...mentions].sort(
    (a, b) => compareText(a.source.file, b.source.file) || a.source.row - b.source.row || a.index - b.index,
  );
}

/** Distinct values, most frequent first, ties broken by code-unit order. */
function mostCommonFirst(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).map(([value]) => value);
}

/** The sex every mention that states one agrees on; null when none states it or they disagree. */
function agreedSex(values: readonly Sex[]): Sex {
  const stated = new Set(values.filter((v) => v !== null));
  return stated.size === 1 ? ([...stated][0] ?? null) : null;
}
