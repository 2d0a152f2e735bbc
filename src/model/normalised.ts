import { z } from "zod";
import { PrecisionSchema, SexSchema } from "./chronology.js";
import { RowRefSchema } from "./source.js";

/** A date as read: the UTC interval [start, end) it covers in epoch milliseconds, with its precision. */
export const DateReadingSchema = z.object({
  text: z.string(),
  start: z.number(),
  end: z.number(),
  precision: PrecisionSchema,
  approximate: z.boolean(),
  uncertain: z.boolean(),
  /** The written form it was read from (docs/dates.md), e.g. "numeric", "season", "relative". */
  form: z.string().optional(),
  /** A wall time skipped (spring forward) or repeated (autumn) by a clock change. */
  ambiguousTime: z.enum(["nonexistent", "repeated"]).optional(),
  /**
   * A numeric `a/b/yyyy` with both parts 12 or under (and different) read month-first: the day as read and
   * the day it would be day-first (yyyy-mm-dd), for the ambiguous-date check. Absent for day-first readings.
   */
  dayMonthSwap: z.object({ read: z.string(), other: z.string() }).optional(),
  /** For a relative date (`the following day`): the row whose date it was counted from. */
  anchor: z.object({ file: z.string(), row: z.number().int() }).optional(),
});
export type DateReading = z.infer<typeof DateReadingSchema>;

export const RoleKindSchema = z.enum(["family", "professional", "other"]);
export type RoleKind = z.infer<typeof RoleKindSchema>;

/** One person as one row mentions them, before resolution across agencies. */
export const PersonMentionSchema = z.object({
  text: z.string(),
  name: z.string().nullable(),
  title: z.string().nullable(),
  given: z.string().nullable(),
  family: z.string().nullable(),
  role: z.string().nullable(),
  roleKind: RoleKindSchema.nullable(),
  sex: SexSchema,
  dob: z.string().nullable(),
  nhs: z.string().nullable(),
  nhsValid: z.boolean(),
  /** Address as written in the row's Address column, when the row names one person. */
  address: z.string().optional(),
  /** Postcode, upper case with one space (from a Postcode column, or found in the address). */
  postcode: z.string().optional(),
});
export type PersonMention = z.infer<typeof PersonMentionSchema>;

export const CategoryMatchSchema = z.object({
  category: z.string(),
  triggers: z.array(z.string()),
});
export type CategoryMatch = z.infer<typeof CategoryMatchSchema>;

/** One input row after normalisation: a dated, attributed entry ready to merge. */
export const NormalisedRecordSchema = z.object({
  source: RowRefSchema,
  date: DateReadingSchema,
  sequence: z.number().nullable(),
  people: z.array(PersonMentionSchema),
  summary: z.string(),
  action: z.string(),
  categories: z.array(CategoryMatchSchema),
  reference: z.string().nullable(),
  note: z.boolean(),
});
export type NormalisedRecord = z.infer<typeof NormalisedRecordSchema>;
