import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadManifest } from "../../src/node/load-manifest.js";
import { readSources } from "../../src/node/read-sources.js";
import { buildChronology } from "../../src/pipeline/build-chronology.js";
import { chronologyMatchers } from "../../src/testing/matchers.js";

expect.extend(chronologyMatchers);

const manifestPath = join(import.meta.dirname, "../../fixtures/demo/manifest.json");

describe.runIf(existsSync(manifestPath))("chronologyMatchers on the demo review", () => {
  it("finds every row of the hand-written demo in one event or in rejected", async () => {
    const manifest = await loadManifest(manifestPath);
    const { sources } = await readSources(manifest.specs);
    const document = buildChronology(sources, manifest.review);
    expect(document.stats.inputRows).toBeGreaterThan(0);
    expect(document).toConserveRows();
  });
});
