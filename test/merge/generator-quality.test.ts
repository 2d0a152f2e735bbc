// The merge against the shared generator's truth (src/testing), written apart from the merge: a quality
// floor, not a timing. Rows a planted disagreement misdates count alone: the merge flags them, by design.
import { describe, expect, it } from "vitest";
import { buildChronology } from "../../src/pipeline/build-chronology.js";
import { generateReview, reviewSources } from "../../src/testing/generate-review.js";
import { scoreEvents } from "../../src/testing/score.js";

describe("mergeEvents on the shared generator's reviews", () => {
  it.each([1, 2, 3])("reaches pairwise F1 0.97 on seed %i, misdated rows apart", (seed) => {
    const review = generateReview({ seed, families: 1, rows: 1200 });
    const document = buildChronology(reviewSources(review), review.manifest.review);
    const score = scoreEvents(document, review.truth, { misdatedApart: true });
    expect(score.truePairs).toBeGreaterThan(80);
    expect(score.f1).toBeGreaterThanOrEqual(0.97);
  });

  it("merges every domestic incident's police call-out, ambulance and ED attendance", () => {
    const review = generateReview({ seed: 1, families: 12 });
    const document = buildChronology(reviewSources(review), review.manifest.review);
    const eventOf = new Map(
      document.events.flatMap((e) => e.sources.map((s) => [`${s.file}#${s.row}`, e.id] as const)),
    );
    const incidents = review.truth.events.filter((e) => e.kind === "domestic-incident");
    expect(incidents.length).toBeGreaterThan(0);
    for (const incident of incidents) {
      expect(new Set(incident.rows.map((r) => eventOf.get(`${r.file}#${r.row}`))).size).toBe(1);
    }
  });
});
