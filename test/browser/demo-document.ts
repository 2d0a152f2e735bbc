import { join } from "node:path";
import type { Chronology } from "../../src/model/chronology.js";
import type { ReviewOptions } from "../../src/model/options.js";
import { loadManifest } from "../../src/node/load-manifest.js";
import { readSources } from "../../src/node/read-sources.js";
import { buildChronology } from "../../src/pipeline/build-chronology.js";

/** The demo review (fixtures/demo/manifest.json) merged, with its review settings. */
export async function demoDocument(): Promise<{ document: Chronology; review: ReviewOptions }> {
  const manifest = await loadManifest(join(import.meta.dirname, "../../fixtures/demo/manifest.json"));
  const read = await readSources(manifest.specs);
  return { document: buildChronology(read.sources, manifest.review), review: manifest.review };
}
