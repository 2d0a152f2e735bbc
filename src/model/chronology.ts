import { z } from "zod";
import { IssueSchema, RejectedRowSchema } from "./issue.js";
import { RowRefSchema } from "./source.js";

export const PrecisionSchema = z.enum(["minute", "hour", "day", "month", "season", "year"]);
export type Precision = z.infer<typeof PrecisionSchema>;

/** The base event vocabulary of the contract; users may add their own categories. */
export const baseCategories = [
  "contact",
  "home-visit",
  "appointment",
  "missed-appointment",
  "no-access",
  "referral",
  "assessment",
  "strategy-meeting",
  "child-protection-enquiry",
  "conference",
  "plan-start",
  "plan-end",
  "case-closed",
  "transfer-in",
  "transfer-out",
  "move",
  "household-change",
  "injury",
  "domestic-abuse",
  "substance-misuse",
  "mental-health",
  "marac",
  "arrest",
  "hospital-attendance",
  "education",
  "child-seen",
  "death",
] as const;

const isoInstant = z.string().describe("ISO 8601 UTC instant");

export const ConflictSchema = z.object({
  field: z.string(),
  values: z.array(z.object({ value: z.string(), agency: z.string() })),
});
export type Conflict = z.infer<typeof ConflictSchema>;

/** One merged entry of the chronology: the same incident as every agency reported it. */
export const EventSchema = z.object({
  id: z.string(),
  start: isoInstant,
  end: isoInstant,
  precision: PrecisionSchema,
  approximate: z.boolean(),
  dateText: z.array(z.string()),
  agencies: z.array(z.string()),
  category: z.array(z.string()),
  summary: z.string(),
  people: z.array(z.string()),
  sources: z.array(RowRefSchema),
  conflicts: z.array(ConflictSchema),
  outOfScope: z.boolean(),
});
export type ChronologyEvent = z.infer<typeof EventSchema>;

export const SexSchema = z.enum(["male", "female"]).nullable();
export type Sex = z.infer<typeof SexSchema>;

export const MentionSourceSchema = RowRefSchema.extend({ text: z.string() });
export type MentionSource = z.infer<typeof MentionSourceSchema>;

/** One comparison of a pair of mentions: the field compared, the level its values reached, and its weight. */
export const ComparisonSchema = z.object({
  field: z.string(),
  level: z.string(),
  weight: z.number(),
});
export type Comparison = z.infer<typeof ComparisonSchema>;

/** Why two mentions were joined: by score (with each comparison) or by a rule (role in a child's family). */
export const MatchMergeSchema = z.object({
  a: z.string(),
  b: z.string(),
  rule: z.enum(["score", "role-in-family"]),
  score: z.number().nullable(),
  comparisons: z.array(ComparisonSchema),
  reason: z.string(),
});
export type MatchMerge = z.infer<typeof MatchMergeSchema>;

/** How a person was resolved: the threshold in force and every merge that made them one person. */
export const PersonMatchSchema = z.object({
  threshold: z.number(),
  merges: z.array(MatchMergeSchema),
});
export type PersonMatch = z.infer<typeof PersonMatchSchema>;

/** One person, resolved across every return that mentions them. */
export const PersonSchema = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  dob: z.string().nullable(),
  sex: SexSchema,
  roles: z.array(z.string()),
  identifiers: z.object({ nhs: z.string().optional() }),
  sources: z.array(MentionSourceSchema),
  /** Extension: why these mentions are one person (docs/people.md, "Reading an explanation"). */
  match: PersonMatchSchema.optional(),
});
export type Person = z.infer<typeof PersonSchema>;

export const flagKinds = [
  "gap",
  "off-radar",
  "was-not-brought",
  "missing-men",
  "risk-combination",
  "child-not-seen",
  "conflict",
  "closure-then-concern",
  "repeated-injury",
  "not-shared",
  "multiple-reporters",
  "ambiguous-date",
] as const;
export const FlagKindSchema = z.enum(flagKinds);
export type FlagKind = z.infer<typeof FlagKindSchema>;

/** A finding for the review, naming its evidence (events, people) and why it fired. */
export const FlagSchema = z.object({
  kind: FlagKindSchema,
  start: isoInstant.nullable(),
  end: isoInstant.nullable(),
  people: z.array(z.string()),
  events: z.array(z.string()),
  message: z.string(),
});
export type Flag = z.infer<typeof FlagSchema>;

export const StatsSchema = z.object({
  inputRows: z.number().int().nonnegative(),
  events: z.number().int().nonnegative(),
  people: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
});
export type Stats = z.infer<typeof StatsSchema>;

/** The chronology document, schemaVersion 1 (contract). `issues` extends the contract with every warning. */
export const ChronologySchema = z.object({
  schemaVersion: z.literal(1),
  events: z.array(EventSchema),
  people: z.array(PersonSchema),
  flags: z.array(FlagSchema),
  rejected: z.array(RejectedRowSchema),
  issues: z.array(IssueSchema),
  stats: StatsSchema,
});
export type Chronology = z.infer<typeof ChronologySchema>;
