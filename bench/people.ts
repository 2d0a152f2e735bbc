// The person-resolution benchmark: pairwise precision, recall and F1 of resolvePeople on a seeded synthetic
// population of at least 10,000 records with realistic errors, and the time it takes.
// Run: npm run bench (all benchmarks) or npx tsx bench/run.ts people.
import type { Issue } from "../src/model/issue.js";
import { readPeople } from "../src/normalise/read-people.js";
import { buildChronology } from "../src/pipeline/build-chronology.js";
import { resolvePeople } from "../src/resolve/resolve-people.js";
import { generateReview, reviewSources } from "../src/testing/index.js";
import { scorePeople } from "../src/testing/score.js";
import { generatePeopleRecords } from "./people-data.js";

/** Pairwise precision, recall and F1 of a clustering against the truth. */
export function pairwiseScores(
  predicted: readonly string[],
  truth: readonly number[],
): { precision: number; recall: number; f1: number } {
  const pairs = (counts: Map<string, number>) => {
    let n = 0;
    for (const c of counts.values()) n += (c * (c - 1)) / 2;
    return n;
  };
  const byPred = new Map<string, number>();
  const byTruth = new Map<string, number>();
  const byBoth = new Map<string, number>();
  predicted.forEach((p, i) => {
    byPred.set(p, (byPred.get(p) ?? 0) + 1);
    byTruth.set(String(truth[i]), (byTruth.get(String(truth[i])) ?? 0) + 1);
    const both = `${p}\u0000${truth[i]}`;
    byBoth.set(both, (byBoth.get(both) ?? 0) + 1);
  });
  const tp = pairs(byBoth);
  const precision = tp / pairs(byPred);
  const recall = tp / pairs(byTruth);
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

/** Runs the benchmark and prints its figures. */
export async function benchPeople(
  options: { records?: number; seed?: number; threshold?: number; floor?: number } = {},
): Promise<void> {
  const count = options.records ?? 10_000;
  const seed = options.seed ?? 20_240_601;
  const data = generatePeopleRecords(count, seed);
  const t0 = performance.now();
  const issues: Issue[] = [];
  const records = data.map((d) => ({
    source: d.raw.source,
    people: readPeople(d.raw, { dateOrder: "dmy", timezone: "Europe/London" }, issues),
  }));
  const t1 = performance.now();
  const cpu = process.cpuUsage();
  const resolved = resolvePeople(records, {
    ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
    ...(options.floor === undefined ? {} : { floor: options.floor }),
  });
  const t2 = performance.now();
  const used = process.cpuUsage(cpu);
  const predicted = data.map(
    (d) => resolved.personOf.get(`${d.raw.source.file}\u0000${d.raw.source.row}`)?.[0] ?? "",
  );
  const truth = data.map((d) => d.truth);
  const { precision, recall, f1 } = pairwiseScores(predicted, truth);
  const persons = new Set(truth).size;
  console.log(
    `people: ${data.length} records of ${persons} true people (seed ${seed}) -> ${resolved.people.length} resolved`,
  );
  console.log(
    `people: pairwise precision ${precision.toFixed(4)}, recall ${recall.toFixed(4)}, F1 ${f1.toFixed(4)} (goal >= 0.97)`,
  );
  console.log(
    `people: resolvePeople ${((t2 - t1) / 1000).toFixed(2)} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} s CPU (goal < 2 s; wall time grows when other work shares the machine); reading the rows ${((t1 - t0) / 1000).toFixed(2)} s; ${issues.length} issues (mistyped NHS numbers)`,
  );
  // A second view: whole synthetic reviews (src/testing), people as their returns write them, role-only
  // mentions included ("Mother", "mum's boyfriend"), through the full pipeline.
  for (const reviewSeed of [1, 2, 3]) {
    const review = generateReview({ seed: reviewSeed, families: 6 });
    const document = buildChronology(reviewSources(review), review.manifest.review);
    const score = scorePeople(document, review.truth);
    console.log(
      `people: generated review seed ${reviewSeed}: ${review.truth.people.length} true people -> ${document.people.length} resolved; pairwise precision ${score.precision.toFixed(4)}, recall ${score.recall.toFixed(4)}, F1 ${score.f1.toFixed(4)}`,
    );
  }
}
