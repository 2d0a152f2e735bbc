// chronomerge/testing: synthetic reviews, scoring and matchers for vendors' tests. Not in the core bundle.

export type { GeneratedAgency, GeneratedFormat } from "./agencies.js";
export { generatedAgencies, generatedFormats } from "./agencies.js";
export { encodeWindows1252 } from "./cp1252.js";
export type { GeneratedReview, GenerateOptions } from "./generate-review.js";
export { generateReview, reviewSources } from "./generate-review.js";
export { chronologyJsonSchema } from "./json-schema.js";
export type { ChronologyMatchers, FlagQuery, MatcherResult, RowQuery } from "./matchers.js";
export { chronologyMatchers } from "./matchers.js";
export { perfectChronology } from "./perfect-chronology.js";
export type { Random } from "./random.js";
export { createRandom } from "./random.js";
export type { Conservation, EventScoreOptions, FlagScore, PairScore, PersonMap, Score } from "./score.js";
export {
  checkConservation,
  mapPeople,
  scoreChronology,
  scoreEvents,
  scoreFlags,
  scorePeople,
} from "./score.js";
export type { Truth, TruthEvent, TruthFlag, TruthMention, TruthPerson, TruthRow } from "./truth.js";
