import { z } from "zod";
import { ReviewOptionsSchema } from "./options.js";
import { DateOrderSchema, EncodingSchema, FieldSchema, FormatSchema } from "./source.js";

/** One source of a review manifest; `path` is relative to the manifest's folder. */
export const ManifestSourceSchema = z.object({
  agency: z.string().min(1),
  path: z.string().min(1),
  format: FormatSchema.optional(),
  encoding: EncodingSchema.optional(),
  dateOrder: DateOrderSchema.optional(),
  columns: z.partialRecord(FieldSchema, z.string()).optional(),
  /** Workbooks only: the sheet to read. */
  sheet: z.string().min(1).optional(),
});
export type ManifestSource = z.infer<typeof ManifestSourceSchema>;

/** The review manifest (contract: "Manifest (JSON)"). */
export const ManifestSchema = z.object({
  review: ReviewOptionsSchema.default({}),
  sources: z.array(ManifestSourceSchema).min(1),
});
export type Manifest = z.infer<typeof ManifestSchema>;
