import { z } from "zod";

/** The fields chronomerge understands in an agency return (contract: "Input columns"). */
export const fieldNames = [
  "date",
  "time",
  "agency",
  "people",
  "dob",
  "nhs",
  "role",
  "summary",
  "action",
  "category",
  "reference",
  "address",
  "postcode",
  "sequence",
] as const;
export const FieldSchema = z.enum(fieldNames);
export type Field = z.infer<typeof FieldSchema>;

export const DateOrderSchema = z.enum(["dmy", "mdy", "ymd"]);
export type DateOrder = z.infer<typeof DateOrderSchema>;

export const FormatSchema = z.enum(["csv", "tsv", "json", "ndjson"]);
export type Format = z.infer<typeof FormatSchema>;

export const EncodingSchema = z.enum(["utf-8", "windows-1252"]);
export type Encoding = z.infer<typeof EncodingSchema>;

/** How to read one agency return: everything but its bytes. */
export const SourceSpecSchema = z.object({
  file: z.string().min(1),
  agency: z.string().min(1).optional(),
  format: FormatSchema.optional(),
  encoding: EncodingSchema.optional(),
  dateOrder: DateOrderSchema.optional(),
  columns: z.partialRecord(FieldSchema, z.string()).optional(),
});
export type SourceSpec = z.infer<typeof SourceSpecSchema>;

/** One agency return: how to read it, and its content as bytes or already-decoded text. */
export type SourceInput = SourceSpec & { content: Uint8Array | string };

/** Where a row came from. `row` is the 1-based data record number (header excluded). */
export const RowRefSchema = z.object({
  agency: z.string(),
  file: z.string(),
  row: z.number().int().positive(),
});
export type RowRef = z.infer<typeof RowRefSchema>;

/** One input row, its cells mapped to known fields (the header each came from kept) and the rest in `extra`. */
export const RawRecordSchema = z.object({
  source: RowRefSchema,
  fields: z.partialRecord(FieldSchema, z.string()),
  columns: z.partialRecord(FieldSchema, z.string()),
  extra: z.record(z.string(), z.string()),
  dateOrder: DateOrderSchema.optional(),
});
export type RawRecord = z.infer<typeof RawRecordSchema>;
