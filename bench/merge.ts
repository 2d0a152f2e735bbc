// The event-merging benchmark: pairwise precision, recall and F1 of mergeRecords on a seeded synthetic
// multi-agency review whose truth is known, the pairs compared as the review grows, and how many of
// the planted misdated incidents are proposed as links (conflict flags) rather than merged.
import { ingestSource } from "../src/ingest/ingest-source.js";
import { mergeRecords } from "../src/merge/merge-events.js";
import type { MergeOptions } from "../src/merge/merge-options.js";
import { findNearDuplicates } from "../src/merge/near-duplicates.js";
import { rowKey } from "../src/model/content-id.js";
import type { NormalisedRecord } from "../src/model/normalised.js";
import type { SourceInput } from "../src/model/source.js";
import { normaliseRecord } from "../src/normalise/normalise-record.js";
import { buildChronology } from "../src/pipeline/build-chronology.js";
import { resolvePeople } from "../src/resolve/resolve-people.js";
import { generateReview, reviewSources } from "../src/testing/generate-review.js";
import { scoreEvents } from "../src/testing/score.js";
import { generateMergeBench, type RowTruth } from "./merge-data.js";

/** Pairwise scores of a clustering of rows against the truth: a pair is right when both put it together. */
export function pairwise(
  predicted: ReadonlyMap<string, string>,
  truth: ReadonlyMap<string, string>,
): { precision: number; recall: number; f1: number; truePairs: number } {
  const count = (key: (row: string) => string) => {
    const sizes = new Map<string, number>();
    for (const row of truth.keys()) sizes.set(key(row), (sizes.get(key(row)) ?? 0) + 1);
    let pairs = 0;
    for (const n of sizes.values()) pairs += (n * (n - 1)) / 2;
    return pairs;
  };
  const both = count((row) => `${predicted.get(row)}\u0000${truth.get(row)}`);
  const predictedPairs = count((row) => predicted.get(row) ?? row);
  const truePairs = count((row) => truth.get(row)!);
  const precision = predictedPairs === 0 ? 1 : both / predictedPairs;
  const recall = truePairs === 0 ? 1 : both / truePairs;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall), truePairs };
}

function prepare(sources: readonly SourceInput[]): NormalisedRecord[] {
  const records: NormalisedRecord[] = [];
  for (const source of sources) {
    for (const raw of ingestSource(source).records) {
      const result = normaliseRecord(raw, { timezone: "Europe/London", dateOrder: "dmy" });
      if (result.ok) records.push(result.record);
    }
  }
  return records;
}

/** Runs one size of the benchmark and returns its figures. */
export function runMergeBench(
  size: { families: number; years: number; seed?: number },
  options: MergeOptions = {},
) {
  const data = generateMergeBench(size);
  const records = prepare(data.sources);
  const { personOf } = resolvePeople(records);
  const result = mergeRecords(records, personOf, { timezone: "Europe/London", ...options });
  const eventOf = new Map<string, string>();
  for (const { event } of result.events) for (const s of event.sources) eventOf.set(rowKey(s), event.id);
  const truthOf = new Map<string, RowTruth>(data.truth.map((t) => [rowKey(t), t]));
  // A misdated row must not be merged silently: its truth for merging is a cluster of its own.
  const mergeTruth = new Map(
    data.truth.map((t) => [rowKey(t), t.misdated === null ? t.incident : `${t.incident}/${rowKey(t)}`]),
  );
  const scores = pairwise(eventOf, mergeTruth);
  const near = findNearDuplicates(result.events, { timezone: "Europe/London", ...options });
  const incidentsOf = (id: string) =>
    new Set(
      result.events
        .find((e) => e.event.id === id)!
        .event.sources.map((s) => truthOf.get(rowKey(s))!.incident),
    );
  let rightLinks = 0;
  const found = new Set<string>();
  for (const link of near.links) {
    const a = incidentsOf(link.events[0].event.id);
    const b = incidentsOf(link.events[1].event.id);
    const shared = [...a].filter((i) => b.has(i));
    if (shared.length > 0) rightLinks++;
    for (const i of shared) found.add(i);
  }
  const planted = new Set(data.truth.filter((t) => t.misdated !== null).map((t) => t.incident));
  return {
    rows: records.length,
    events: result.events.length,
    duplicates: result.duplicates.length,
    pairsCompared: result.stats.pairsCompared,
    linkPairsCompared: near.pairsCompared,
    ...scores,
    links: near.links.length,
    linkPrecision: near.links.length === 0 ? 1 : rightLinks / near.links.length,
    linkRecall: planted.size === 0 ? 1 : [...planted].filter((i) => found.has(i)).length / planted.size,
  };
}

/**
 * Scores the whole pipeline (buildChronology) on a review from the shared generator (src/testing), whose
 * truth was written apart from this merge, with its own scoring helper: events as the truth has them,
 * and with each row a planted disagreement misdates counted alone (this merge keeps such a row apart and
 * proposes the link in a conflict flag); and how many proposed links join rows of one true event.
 */
export function runSharedGenerator(rows: number, seed: number) {
  const review = generateReview({ seed, families: 1, rows });
  const document = buildChronology(reviewSources(review), review.manifest.review);
  const raw = scoreEvents(document, review.truth);
  const apart = scoreEvents(document, review.truth, { misdatedApart: true });
  const eventOfRow = new Map<string, string>();
  for (const event of review.truth.events)
    for (const row of event.rows) eventOfRow.set(rowKey(row), event.id);
  const sourcesOf = new Map(document.events.map((e) => [e.id, e.sources]));
  const links = document.flags.filter((f) => f.kind === "conflict" && f.events.length === 2);
  const right = links.filter((flag) => {
    const [a, b] = flag.events.map(
      (id) => new Set((sourcesOf.get(id) ?? []).map((s) => eventOfRow.get(rowKey(s)))),
    );
    return [...a!].some((id) => b!.has(id));
  }).length;
  return { rows: review.truth.rows, raw, apart, links: links.length, rightLinks: right };
}

/** Prints the merge benchmark: accuracy on the seeded review, then pairs compared as it grows. */
export async function benchMerge(): Promise<void> {
  const f = (n: number) => n.toFixed(3);
  console.log("Event merging (seeded synthetic multi-agency review, truth known)");
  const main = runMergeBench({ families: 6, years: 4, seed: 1 });
  console.log(
    `  rows ${main.rows}, events ${main.events}, identical rows merged ${main.duplicates}, true pairs ${main.truePairs}`,
  );
  console.log(
    `  pairwise precision ${f(main.precision)}  recall ${f(main.recall)}  F1 ${f(main.f1)}  (goal F1 >= 0.97)`,
  );
  console.log(
    `  misdated incidents proposed as conflict links: recall ${f(main.linkRecall)}, precision ${f(main.linkPrecision)} (${main.links} links)`,
  );
  for (const seed of [2, 3]) {
    const other = runMergeBench({ families: 6, years: 4, seed });
    console.log(
      `  seed ${seed}: precision ${f(other.precision)}  recall ${f(other.recall)}  F1 ${f(other.f1)}`,
    );
  }
  console.log(
    "  independent check, the shared review generator (src/testing, whole pipeline, its scoreEvents; 'apart':",
  );
  console.log("  a row a planted disagreement misdates counts alone, since it is flagged, not merged):");
  for (const seed of [1, 2, 3]) {
    const shared = runSharedGenerator(2000, seed);
    console.log(
      `    seed ${seed}: rows ${shared.rows}  apart: precision ${f(shared.apart.precision)}  recall ${f(shared.apart.recall)}  F1 ${f(shared.apart.f1)}  (as the truth has them: F1 ${f(shared.raw.f1)})  two-event conflict flags ${shared.links} (${shared.rightLinks} join rows of one true event)`,
    );
  }
  console.log("  growth at constant density (pairs compared per row should stay flat):");
  for (const years of [2, 4, 8, 16]) {
    const run = runMergeBench({ families: 6, years, seed: 7 });
    console.log(
      `    rows ${String(run.rows).padStart(6)}  merge pairs ${String(run.pairsCompared).padStart(7)} (${(run.pairsCompared / run.rows).toFixed(2)}/row)  link pairs ${String(run.linkPairsCompared).padStart(7)} (${(run.linkPairsCompared / run.rows).toFixed(2)}/row)  F1 ${f(run.f1)}`,
    );
  }
}
