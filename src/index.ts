// The public API of chronomerge's platform-neutral core. Node file helpers: "chronomerge/node".

export type { AgencyPatterns } from "./analyse/agency-kind.js";
export { defaultAgencyPatterns } from "./analyse/agency-kind.js";
export { ambiguousDateCheck, withAmbiguousDates } from "./analyse/ambiguous-date.js";
export type { CheckInput, CommonCheckOptions } from "./analyse/check-input.js";
export type { ChildNotSeenOptions } from "./analyse/child-not-seen.js";
export { childNotSeenCheck } from "./analyse/child-not-seen.js";
export type { ClosureThenConcernOptions } from "./analyse/closure-then-concern.js";
export { closureThenConcernCheck } from "./analyse/closure-then-concern.js";
export type { ConflictOptions } from "./analyse/conflict.js";
export { conflictCheck } from "./analyse/conflict.js";
export { dateBeforeBirthIssues } from "./analyse/date-before-birth.js";
export type { GapOptions } from "./analyse/gap.js";
export { defaultNoContactPattern, gapCheck } from "./analyse/gap.js";
export type { HouseholdStay } from "./analyse/household.js";
export { householdOf, membersAt } from "./analyse/household.js";
export type { MissingMenOptions } from "./analyse/missing-men.js";
export { missingMenCheck } from "./analyse/missing-men.js";
export type { MultipleReportersOptions } from "./analyse/multiple-reporters.js";
export { multipleReportersCheck } from "./analyse/multiple-reporters.js";
export type { NotSharedOptions } from "./analyse/not-shared.js";
export { notSharedCheck } from "./analyse/not-shared.js";
export type { OffRadarOptions } from "./analyse/off-radar.js";
export { offRadarCheck } from "./analyse/off-radar.js";
export type { RepeatedInjuryOptions } from "./analyse/repeated-injury.js";
export { repeatedInjuryCheck } from "./analyse/repeated-injury.js";
export type { RiskCombinationOptions } from "./analyse/risk-combination.js";
export { riskCombinationCheck } from "./analyse/risk-combination.js";
export type { AnalyseOptions } from "./analyse/run-checks.js";
export { runChecks } from "./analyse/run-checks.js";
export { ageInYears, isChild, selectSubjects } from "./analyse/subjects.js";
export type { WasNotBroughtOptions } from "./analyse/was-not-brought.js";
export { wasNotBroughtCheck } from "./analyse/was-not-brought.js";
export { csvCell, csvDocument } from "./export/csv-cell.js";
export { glossaryCsv } from "./export/glossary-csv.js";
export type { CsvOptions } from "./export/to-csv.js";
export { toCsv, writtenDate } from "./export/to-csv.js";
export type { HtmlOptions } from "./export/to-html.js";
export { toHtml } from "./export/to-html.js";
export { toJson, toJsonChunks } from "./export/to-json.js";
export type { MarkdownOptions } from "./export/to-markdown.js";
export { markdownCell, toMarkdown } from "./export/to-markdown.js";
export type { ColumnMatch } from "./ingest/columns.js";
export { headerKey, headerSynonyms, matchColumns } from "./ingest/columns.js";
export type { Decoded, DecodedEncoding } from "./ingest/decode.js";
export { decodeBytes } from "./ingest/decode.js";
export type { BrokenRow } from "./ingest/delimited.js";
export { parseDelimited } from "./ingest/delimited.js";
export type { WordTableOptions } from "./ingest/docx-tables.js";
export { readWordTables } from "./ingest/docx-tables.js";
export { fileStem, formatFromName } from "./ingest/format.js";
export type { IngestResult } from "./ingest/ingest-source.js";
export { ingestSource } from "./ingest/ingest-source.js";
export type { JsonParse, JsonRecord } from "./ingest/json-records.js";
export { parseJsonArray, parseNdjson } from "./ingest/json-records.js";
export { isTableReading, prepareSource, prepareSources } from "./ingest/prepare-sources.js";
export { excelSerialToText } from "./ingest/xlsx-serial.js";
export type { WorkbookOptions } from "./ingest/xlsx-workbook.js";
export { readWorkbook } from "./ingest/xlsx-workbook.js";
export type { DuplicateRows, MergedEvent, MergeOptions, MergeResult } from "./merge/merge-events.js";
export { compareMerged, mergeEvents, mergeRecords } from "./merge/merge-events.js";
export { defaultMergeOptions } from "./merge/merge-options.js";
export type { ProposedLink } from "./merge/near-duplicates.js";
export { findNearDuplicates } from "./merge/near-duplicates.js";
export type {
  Chronology,
  ChronologyEvent,
  Comparison,
  Conflict,
  Flag,
  FlagKind,
  MatchMerge,
  MentionSource,
  Person,
  PersonMatch,
  Precision,
  Sex,
  Stats,
} from "./model/chronology.js";
export {
  baseCategories,
  ChronologySchema,
  ComparisonSchema,
  ConflictSchema,
  EventSchema,
  FlagKindSchema,
  FlagSchema,
  flagKinds,
  MatchMergeSchema,
  PersonMatchSchema,
  PersonSchema,
  PrecisionSchema,
} from "./model/chronology.js";
export { ChronomergeError } from "./model/chronomerge-error.js";
export { compareText, contentId } from "./model/content-id.js";
export type { Issue, IssueCode, Provenance, RejectedRow } from "./model/issue.js";
export { IssueCodeSchema, IssueSchema, issueCodes, RejectedRowSchema } from "./model/issue.js";
export type { Manifest, ManifestSource } from "./model/manifest.js";
export { ManifestSchema, ManifestSourceSchema } from "./model/manifest.js";
export type {
  CategoryMatch,
  DateReading,
  NormalisedRecord,
  PersonMention,
  RoleKind,
} from "./model/normalised.js";
export { DateReadingSchema, NormalisedRecordSchema, PersonMentionSchema } from "./model/normalised.js";
export type { ReviewOptions } from "./model/options.js";
export { ReviewOptionsSchema } from "./model/options.js";
export type {
  DateOrder,
  Encoding,
  Field,
  Format,
  RawRecord,
  RowRef,
  SourceInput,
  SourceSpec,
  TableBlock,
  TableNote,
  TableReading,
  TableRowText,
} from "./model/source.js";
export { fieldNames, RawRecordSchema, RowRefSchema, SourceSpecSchema } from "./model/source.js";
export { categorise } from "./normalise/category/categorise.js";
export type { CategoryColumnOptions, CategorySynonym } from "./normalise/category/category-column.js";
export { baseCategorySynonyms, categoriseColumn } from "./normalise/category/category-column.js";
export type { LexiconEntry } from "./normalise/category/lexicon.js";
export { baseLexicon } from "./normalise/category/lexicon.js";
export type { DateForm } from "./normalise/date/date-span.js";
export type { DateOrderDetection } from "./normalise/date/detect-date-order.js";
export { detectDateOrder } from "./normalise/date/detect-date-order.js";
export { excelSerialParts, isExcelSerialColumn } from "./normalise/date/excel-serial.js";
export type { DateOptions, DateResult, DateWarning } from "./normalise/date/parse-date.js";
export { parseDate } from "./normalise/date/parse-date.js";
export type { TimeOfDay } from "./normalise/date/parse-time.js";
export { parseTime } from "./normalise/date/parse-time.js";
export type { PlausibilityOptions } from "./normalise/date/plausibility.js";
export { datePlausibility } from "./normalise/date/plausibility.js";
export type { RelativeOffset } from "./normalise/date/relative-date.js";
export { readRelative } from "./normalise/date/relative-date.js";
export type { SourceDatePlan } from "./normalise/date/source-dates.js";
export { planSourceDates } from "./normalise/date/source-dates.js";
export type { AmbiguousTime } from "./normalise/date/zone-offsets.js";
export type { DateParts, Interval } from "./normalise/date/zoned-interval.js";
export { zonedInterval } from "./normalise/date/zoned-interval.js";
export type { NormaliseOptions, NormaliseResult } from "./normalise/normalise-record.js";
export { normaliseRecord } from "./normalise/normalise-record.js";
export { givenNameGroups, givenNameRelation } from "./normalise/people/given-names.js";
export type { NameReading } from "./normalise/people/name.js";
export { familyBarrels, familyKey, nameKey, readName } from "./normalise/people/name.js";
export { compactNhsNumber, isValidNhsNumber } from "./normalise/people/nhs-number.js";
export type { PeopleOptions } from "./normalise/people/people-cell.js";
export { isPersonCode, parsePeopleCell, readDob, readMention } from "./normalise/people/people-cell.js";
export { postcodeSector, readPostcode } from "./normalise/people/postcode.js";
export type { RoleReading } from "./normalise/people/roles.js";
export { isRoleCode, readRole, roleVocabulary } from "./normalise/people/roles.js";
export { readPeople } from "./normalise/read-people.js";
export type { ChronologyOptions } from "./pipeline/build-chronology.js";
export { buildChronology, sortIssues } from "./pipeline/build-chronology.js";
export type { ChronologyState } from "./pipeline/merge-returns.js";
export { merge, startChronology } from "./pipeline/merge-returns.js";
export { resolveSourcePeople } from "./pipeline/resolve-source-people.js";
export { scrubIdentifiers } from "./redact/identifiers.js";
export type { CodeOptions } from "./redact/person-codes.js";
export { assignCodes } from "./redact/person-codes.js";
export type { GlossaryEntry, Redaction, RedactOptions } from "./redact/redact.js";
export { redact, redactText } from "./redact/redact.js";
export { dobLevel } from "./resolve/compare.js";
export { jaroWinkler, oneEditApart } from "./resolve/jaro-winkler.js";
export type { PlacedMention, Resolution, ResolveOptions } from "./resolve/resolve-people.js";
export { defaultResolveOptions, resolvePeople } from "./resolve/resolve-people.js";
export type { RoleRelation } from "./resolve/role-compatibility.js";
export { roleRelation } from "./resolve/role-compatibility.js";
export { levelParameters, levelWeight } from "./resolve/weights.js";
