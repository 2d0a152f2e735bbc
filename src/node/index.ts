export type { LoadedManifest } from "./load-manifest.js";
export { loadManifest } from "./load-manifest.js";
export type { ReadSources } from "./read-sources.js";
export { isInside, parseInputArgument, readSources } from "./read-sources.js";
export { writeGeneratedReview } from "./write-review.js";
