import { z } from "zod";
import { DateOrderSchema } from "./source.js";

/** A calendar date written as ISO `yyyy-mm-dd`. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected yyyy-mm-dd");

/** The review's settings: scope, subjects, zone, thresholds. Every one explicit, none global. */
export const ReviewOptionsSchema = z.object({
  name: z.string().optional(),
  subjects: z.array(z.string()).optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  gapDays: z.number().int().positive().optional(),
  /** The name risk-combination flags give domestic abuse + substance misuse + mental ill health; default "toxic trio". */
  riskLabel: z.string().optional(),
  /** The least match weight (bits) that makes two mentions one person; default 10 (docs/people.md). */
  personThreshold: z.number().optional(),
  timezone: z.string().optional(),
  dateOrder: DateOrderSchema.optional(),
  /** The day dates are judged against when there is no `to` (later ones warn `date_after_review`); never the clock. */
  today: IsoDateSchema.optional(),
});
export type ReviewOptions = z.infer<typeof ReviewOptionsSchema>;

/** Defaults of the review options (contract). */
export const defaultReviewOptions = {
  timezone: "Europe/London",
  dateOrder: "dmy",
} as const;
