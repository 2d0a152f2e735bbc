import type { MatchMerge, Person } from "../model/chronology.js";
import { compareText } from "../model/content-id.js";
import type { NormalisedRecord } from "../model/normalised.js";
import { nameKey } from "../normalise/people/name.js";
import { forEachCandidatePair } from "./blocking.js";
import { clusterProfiles } from "./cluster.js";
import { termFrequencies } from "./compare.js";
import { resolveRoleMentions } from "./family-roles.js";
import { buildPerson, type Group } from "./person.js";
import { type PlacedMention, rowKeys } from "./placed-mention.js";
import { type Profile, profileKey, toProfile } from "./profile.js";

export type { PlacedMention } from "./placed-mention.js";

export interface Resolution {
  people: Person[];
  /** Person id for each mention, keyed by `rowKey(source)` then the mention's index. */
  personOf: ReadonlyMap<string, readonly string[]>;
}

/** Options of person resolution (docs/people.md, "Defaults"). */
export interface ResolveOptions {
  /** The least match weight (bits) that joins two mentions; default 10. */
  threshold?: number;
  /** The least mean weight across two groups (pairs weighted by mentions) for them to join; default 3. */
  floor?: number;
  /** Blocks larger than this are not compared pair by pair; default 1000. */
  maxBlock?: number;
}

/** Defaults of ResolveOptions. */
export const defaultResolveOptions = { threshold: 10, floor: 3, maxBlock: 1000 } as const;

/**
 * Resolves the people mentioned across all returns in the Fellegi-Sunter manner: named mentions are
 * blocked (surname sound, DOB, NHS number, nicknames, postcode), each candidate pair is scored field by
 * field, and pairs at or above the threshold join strongest first unless any pair across the two groups
 * conflicts. Role-only mentions ("Mum", "mum's boyfriend") resolve within the family of the row's child
 * and are never merged across families. Every person carries its explanation in `match`.
 * @param records normalised records of every return (only `source` and `people` are read)
 * @param options threshold, floor and largest block
 * @returns people sorted by name then id, and each mention's person id
 * @example
 * resolvePeople(records).people.map((p) => p.name) // ["Liam Jones", "Sarah Jones", ...]
 */
export function resolvePeople(
  records: readonly Pick<NormalisedRecord, "source" | "people">[],
  options: ResolveOptions = {},
): Resolution {
  const threshold = options.threshold ?? defaultResolveOptions.threshold;
  const floor = options.floor ?? defaultResolveOptions.floor;
  const maxBlock = options.maxBlock ?? defaultResolveOptions.maxBlock;
  const sorted = [...records].sort(
    (a, b) => compareText(a.source.file, b.source.file) || a.source.row - b.source.row,
  );
  const byKey = new Map<string, { profile: Profile; mentions: PlacedMention[] }>();
  const roleOnly: PlacedMention[] = [];
  const keys = new Map<string, string>();
  const key = (name: string) => {
    let k = keys.get(name);
    if (k === undefined) {
      k = nameKey(name);
      keys.set(name, k);
    }
    return k;
  };
  // A name written as a child anywhere is a child in every row that names it (a school's "Liam Jones").
  const childNames = new Set(
    sorted.flatMap((r) =>
      r.people.filter((p) => p.role === "child" && p.name !== null).map((p) => key(p.name!)),
    ),
  );
  for (const record of sorted) {
    const children = record.people
      .filter((p) => p.name !== null && childNames.has(key(p.name)))
      .map((p) => key(p.name!));
    record.people.forEach((mention, index) => {
      const placed = { source: record.source, index, mention };
      if (mention.name === null) {
        roleOnly.push(placed);
        return;
      }
      const own = key(mention.name);
      const others = children.filter((c) => c !== own);
      const entry = byKey.get(profileKey(mention, others));
      if (entry !== undefined) {
        entry.mentions.push(placed);
        return;
      }
      const profile = toProfile(mention, others);
      byKey.set(profile.key, { profile, mentions: [placed] });
    });
  }
  const entries = [...byKey.values()].sort((a, b) => compareText(a.profile.key, b.profile.key));
  const profiles = entries.map((e) => e.profile);
  const tf = termFrequencies(profiles);
  const counts = entries.map((e) => e.mentions.length);
  const clustering = clusterProfiles(
    profiles,
    (visit) => forEachCandidatePair(profiles, maxBlock, visit),
    tf,
    threshold,
    floor,
    counts,
  );
  const clusters = new Map<number, Group>();
  entries.forEach((entry, i) => {
    const root = clustering.clusterOf[i]!;
    const group = clusters.get(root) ?? { keys: [], mentions: [], merges: [] };
    group.keys.push(entry.profile.key);
    for (const mention of entry.mentions) group.mentions.push(mention);
    clusters.set(root, group);
  });
  const text = (i: number) => entries[i]!.mentions[0]!.mention.text;
  for (const [root, merges] of clustering.merges) {
    clusters.get(root)!.merges.push(
      ...merges.map(
        (m): MatchMerge => ({
          a: text(m.a),
          b: text(m.b),
          rule: "score",
          score: m.score,
          comparisons: m.comparisons,
          reason: `score ${m.score} ≥ threshold ${threshold}, and the two groups were compatible (no hard conflict, soft conflicts in under half their pairs, dates of birth in agreement)`,
        }),
      ),
    );
  }
  const named = [...clusters.values()];
  const groups = [...named, ...resolveRoleMentions(roleOnly, sorted, named)];
  const personOf = new Map<string, string[]>();
  const people: Person[] = [];
  const rowKey = rowKeys();
  for (const group of groups) {
    const person = buildPerson(group, threshold);
    people.push(person);
    for (const placed of group.mentions) {
      const key = rowKey(placed.source);
      const ids = personOf.get(key);
      if (ids === undefined) {
        const fresh: string[] = [];
        fresh[placed.index] = person.id;
        personOf.set(key, fresh);
      } else ids[placed.index] = person.id;
    }
  }
  people.sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
  return { people, personOf };
}
