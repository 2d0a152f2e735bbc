// The example of docs/testing.md, run against the source tree so the guide stays true to the code.
// It asserts what the guide promises a vendor can write; the pipeline's quality is measured by the
// scores, not pinned here, except conservation, which always holds.
import { describe, expect, it } from "vitest";
import { ChronologySchema } from "../../src/model/chronology.js";
import { buildChronology } from "../../src/pipeline/build-chronology.js";
import { generateReview, reviewSources } from "../../src/testing/generate-review.js";
import { chronologyMatchers } from "../../src/testing/matchers.js";
import { scoreChronology } from "../../src/testing/score.js";

expect.extend(chronologyMatchers);

const review = generateReview({ seed: 42, families: 5 });
const document = buildChronology(reviewSources(review), review.manifest.review);

describe("the vendor example in docs/testing.md", () => {
  it("produces a document that validates and accounts for every row", () => {
    expect(ChronologySchema.safeParse(document).success).toBe(true);
    expect(document).toConserveRows(review.truth);
  });

  it("has the truth the example looks up: a three-agency incident and a planted missing man", () => {
    const scene = review.truth.events.find((e) => e.kind === "domestic-incident" && e.rows.length === 3);
    expect(scene?.rows.map((r) => r.file).sort()).toEqual(["ambulance.csv", "ed.csv", "police.csv"]);
    const planted = review.truth.flags.find((f) => f.kind === "missing-men");
    expect(review.truth.people.find((p) => p.id === planted?.person)?.role).toBe("partner");
  });

  it("scores the document with figures between 0 and 1", () => {
    const score = scoreChronology(document, review.truth);
    for (const part of [score.events, score.people]) {
      for (const figure of [part.precision, part.recall, part.f1]) {
        expect(figure).toBeGreaterThanOrEqual(0);
        expect(figure).toBeLessThanOrEqual(1);
      }
    }
    expect(score.conservation.ok).toBe(true);
  });
});
