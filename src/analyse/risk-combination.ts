import type { MergedEvent } from "../merge/merge-events.js";
import type { Flag, Person } from "../model/chronology.js";
import { compareText } from "../model/content-id.js";
import { type CheckInput, type CommonCheckOptions, dayMs, hasCategory } from "./check-input.js";
import { citeEvent, isoOrNull, listText, quoteTriggers } from "./describe.js";
import { householdOf, isMemberAt } from "./household.js";
import { eventsNaming, timelineIndex } from "./timeline-index.js";

/** Options of the risk-combination check (domain: "risk combination"). */
export interface RiskCombinationOptions extends CommonCheckOptions {
  /** The window in days within which the indicators must all appear; default 365. */
  windowDays?: number;
  /**
   * The name the message gives the combination; default "toxic trio". Some partnerships prefer
   * "trilogy of risk"; an empty string leaves the name out.
   */
  label?: string;
}

interface Indicator {
  key: string;
  words: string;
  categories: readonly string[];
}

const indicators: readonly Indicator[] = [
  { key: "domestic-abuse", words: "domestic abuse", categories: ["domestic-abuse", "marac"] },
  { key: "substance-misuse", words: "substance misuse", categories: ["substance-misuse"] },
  { key: "mental-health", words: "mental ill health", categories: ["mental-health"] },
];

/** Every indicator's categories: an event with one of them is a hit of some indicator. */
const indicatorCategories = new Set(indicators.flatMap((i) => i.categories));

/**
 * Flags a household where domestic abuse, substance misuse and mental ill health are all recorded within
 * 12 months (the "toxic trio", or the label a partnership prefers). Two of the three is the lesser flag,
 * reported only for a household that never has all three. The household is the subject and whoever lives
 * with them at the time (see householdOf); siblings sharing the same evidence share one flag. The flag's
 * people are the subjects, then the household members the evidence is about.
 * @param input the timeline, subjects and people
 * @param options window, label, zone
 * @returns one flag per household and episode, citing the first event of each indicator in the window
 * @example
 * riskCombinationCheck({ events, subjects, people }, { label: "trilogy of risk" })[0].message
 * // "Domestic abuse, substance misuse and mental ill health (the \"trilogy of risk\") were all recorded ..."
 */
export function riskCombinationCheck(input: CheckInput, options: RiskCombinationOptions = {}): Flag[] {
  const zone = options.timezone ?? "Europe/London";
  const window = (options.windowDays ?? 365) * dayMs;
  const label = options.label ?? "toxic trio";
  const index = timelineIndex(input.events);
  const found = new Map<
    string,
    { subjects: Person[]; members: Set<string>; hits: MergedEvent[]; full: boolean }
  >();
  for (const subject of input.subjects) {
    const stays = householdOf(subject, input);
    const hits = eventsNaming(index, [subject.id, ...stays.map((s) => s.person)]).filter(
      (e) =>
        e.event.category.some((c) => indicatorCategories.has(c)) &&
        e.event.people.some((id) => id === subject.id || isMemberAt(stays, id, e.start)),
    );
    const episodes = findEpisodes(hits, window, 3);
    const chosen = episodes.length > 0 ? episodes : findEpisodes(hits, window, 2);
    for (const episode of chosen) {
      const key = episode.map((e) => e.event.id).join(",");
      const entry = found.get(key) ?? {
        subjects: [],
        members: new Set<string>(),
        hits: episode,
        full: episodes.length > 0,
      };
      entry.subjects.push(subject);
      for (const e of episode)
        for (const id of e.event.people) if (isMemberAt(stays, id, e.start)) entry.members.add(id);
      found.set(key, entry);
    }
  }
  return [...found.values()].map(({ subjects, members, hits, full }) => {
    const present = indicators.filter((i) => hits.some((e) => hasCategory(e, ...i.categories)));
    const cited = present.map((i) => {
      const e = hits.find((h) => hasCategory(h, ...i.categories))!;
      const words = quoteTriggers(e, i.categories, options.lexicon);
      return `${i.words} ${citeEvent(e, zone)}${words ? `: ${words}` : ""}`;
    });
    const who = listText(subjects.map((s) => s.name));
    const span = window === 365 * dayMs ? "12 months" : `${Math.round(window / dayMs)} days`;
    const named = label === "" ? "" : full ? ` (the "${label}")` : ` of the "${label}"`;
    const message = full
      ? `Domestic abuse, substance misuse and mental ill health${named} were all recorded for the household of ${who} within ${span}: ${cited.join("; ")}.`
      : `Two of the three risk indicators${named} were recorded for the household of ${who} within ${span}, ${listText(present.map((i) => i.words))}: ${cited.join("; ")}. The third, ${indicators.find((i) => !present.includes(i))!.words}, was not recorded in that time.`;
    return {
      kind: "risk-combination" as const,
      start: isoOrNull(hits[0]!.start),
      end: isoOrNull(Math.max(...hits.map((e) => e.end))),
      people: [
        ...subjects.map((s) => s.id).sort(compareText),
        ...[...members].filter((id) => !subjects.some((s) => s.id === id)).sort(compareText),
      ],
      events: hits.map((e) => e.event.id),
      message,
    };
  });
}

/**
 * Windows in which at least `needed` indicators appear, one per episode: the first event of each indicator
 * in the window. A later episode starts only after the earlier window has passed.
 */
function findEpisodes(hits: readonly MergedEvent[], window: number, needed: number): MergedEvent[][] {
  const episodes: MergedEvent[][] = [];
  let after = -Infinity;
  for (const last of hits) {
    if (last.start < after) continue;
    const inWindow = hits.filter(
      (e) => e.start > last.start - window && e.start <= last.start && e.start >= after,
    );
    const firsts = indicators
      .map((i) => inWindow.find((e) => hasCategory(e, ...i.categories)))
      .filter((e): e is MergedEvent => e !== undefined);
    if (firsts.length < needed) continue;
    const unique = [...new Set(firsts)].sort((a, b) => a.start - b.start);
    episodes.push(unique);
    after = unique[0]!.start + window;
  }
  return episodes;
}
