import { z } from "zod";

/** Every code an issue can carry: a closed union, so callers can switch on it. */
export const issueCodes = [
  "file_not_found",
  "file_unreadable",
  "empty_file",
  "no_header",
  "no_rows",
  "empty_row",
  "unknown_column",
  "duplicate_header",
  "ragged_row",
  "csv_parse_error",
  "json_invalid",
  "json_not_array",
  "json_not_object",
  "encoding_fallback",
  "invalid_encoding",
  "missing_date",
  "unreadable_date",
  "impossible_date",
  "ambiguous_date",
  "date_out_of_range",
  "invalid_dob",
  "invalid_nhs_number",
  "manifest_invalid",
  "unsupported_format",
  "invalid_option",
  "sheet_not_found",
  "hidden_sheet",
  "hidden_row",
  "hidden_column",
  "table_skipped",
  "formula_without_value",
  "duplicate_row",
  "ambiguous_time",
  "relative_date_without_anchor",
  "date_order_contradicts_declaration",
  "date_order_undetermined",
  "date_order_mixed",
  "date_order_detected",
  "date_after_review",
  "date_before_1900",
  "date_before_birth",
  "weekday_mismatch",
  "mixed_date_separators",
  "nul_character",
  "non_text_value",
  "json_too_deep",
  "internal_error",
  "long_cell",
  "subject_not_found",
] as const;

/** A closed union of issue codes. */
export const IssueCodeSchema = z.enum(issueCodes);
export type IssueCode = z.infer<typeof IssueCodeSchema>;

/** Where an input value came from: `row` is the 1-based data record (header excluded), not the file line. */
export const ProvenanceSchema = z.object({
  file: z.string(),
  agency: z.string(),
  row: z.number().int().nonnegative().nullable(),
  column: z.string().nullable(),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

/** A problem found in the input: collected, never thrown at the first one. */
export const IssueSchema = ProvenanceSchema.extend({
  code: IssueCodeSchema,
  severity: z.enum(["error", "warning", "info"]),
  message: z.string(),
  input: z.string().optional(),
});
export type Issue = z.infer<typeof IssueSchema>;

/** A row that could not become an event, with the reason (contract: file, row, code, reason). */
export const RejectedRowSchema = z.object({
  file: z.string(),
  row: z.number().int().nonnegative(),
  code: z.string(),
  reason: z.string(),
});
export type RejectedRow = z.infer<typeof RejectedRowSchema>;
