// Counts the candidate pairs resolution and merging compare, in-process and untimed: the CLI does not
// report them. Records are normalised as ingest + normaliseRecord give them (without the pipeline's
// per-return date planning), so the counts are the pipeline's to within a few rows' dates.
import { ingestSource } from "../src/ingest/ingest-source.js";
import { mergeRecords } from "../src/merge/merge-events.js";
import type { NormalisedRecord } from "../src/model/normalised.js";
import { normaliseRecord } from "../src/normalise/normalise-record.js";
import { nameKey } from "../src/normalise/people/name.js";
import { forEachCandidatePair } from "../src/resolve/blocking.js";
import { type Profile, toProfile } from "../src/resolve/profile.js";
import { defaultResolveOptions, resolvePeople } from "../src/resolve/resolve-people.js";
import { type GeneratedReview, reviewSources } from "../src/testing/generate-review.js";

/** Candidate pairs, and the wall-clock seconds of the stages in this pass (ingest + normalise, resolve, merge). */
export interface StagePairs {
  resolve: number | null;
  merge: number | null;
  seconds: { normalise: number; resolve: number; merge: number };
}

/** Candidate pairs of resolution (blocked mention profiles) and of merging (rows scored against each other). */
export async function countCandidatePairs(review: GeneratedReview): Promise<StagePairs> {
  const clock = performance.now();
  const records: NormalisedRecord[] = [];
  for (const source of reviewSources(review)) {
    for (const raw of ingestSource(source).records) {
      const result = normaliseRecord(raw, { timezone: "Europe/London", dateOrder: "dmy" });
      if (result.ok) records.push(result.record);
    }
  }
  const seconds = { normalise: (performance.now() - clock) / 1000, resolve: Number.NaN, merge: Number.NaN };
  let resolve: number | null = null;
  let merge: number | null = null;
  try {
    const profiles = new Map<string, Profile>();
    for (const record of records) {
      const children = record.people
        .filter((p) => p.role === "child" && p.name !== null)
        .map((p) => nameKey(p.name!));
      for (const mention of record.people) {
        if (mention.name === null) continue;
        const own = nameKey(mention.name);
        const profile = toProfile(
          mention,
          children.filter((c) => c !== own),
        );
        if (!profiles.has(profile.key)) profiles.set(profile.key, profile);
      }
    }
    const sorted = [...profiles.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    let count = 0;
    forEachCandidatePair(sorted, defaultResolveOptions.maxBlock, () => count++);
    resolve = count;
  } catch {
    resolve = null;
  }
  try {
    let at = performance.now();
    const { personOf } = resolvePeople(records);
    seconds.resolve = (performance.now() - at) / 1000;
    at = performance.now();
    merge = mergeRecords(records, personOf).stats.pairsCompared;
    seconds.merge = (performance.now() - at) / 1000;
  } catch {
    merge = null;
  }
  return { resolve, merge, seconds };
}
