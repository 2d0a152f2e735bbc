import { z } from "zod";
import type { IssueCode } from "./issue.js";

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

export const FormatSchema = z.enum(["csv", "tsv", "json", "ndjson", "xlsx", "docx"]);
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
  /** Workbooks only: the sheet to read (default: the first visible sheet with a chronology header). */
  sheet: z.string().min(1).optional(),
});
export type SourceSpec = z.infer<typeof SourceSpecSchema>;

/** One data row of a table read from a workbook sheet or a Word document: its cells as text, and where it sits. */
export interface TableRowText {
  cells: string[];
  /** Workbook: the sheet's name and the row number as Excel shows it. */
  sheet?: string;
  sheetRow?: number;
  /** Word document: the table's 1-based number in the document and the row's 1-based number in that table. */
  table?: number;
  tableRow?: number;
}

/** One chronology table: its header cells and its data rows. */
export interface TableBlock {
  headers: string[];
  rows: TableRowText[];
}

/** A problem met while reading a workbook or document; `row` is the 1-based data record number when it is about one. */
export interface TableNote {
  code: IssueCode;
  severity: "error" | "warning" | "info";
  message: string;
  row?: number;
  column?: string;
  input?: string;
}

/** A workbook or Word document turned into tables of cell text (by readWorkbook or readWordTables). */
export interface TableReading {
  tables: TableBlock[];
  notes: TableNote[];
}

/**
 * One agency return: how to read it, and its content as bytes, already-decoded text, or (for .xlsx and
 * .docx, which are read asynchronously first) the tables read from it.
 */
export type SourceInput = SourceSpec & { content: Uint8Array | string | TableReading };

/** Where a row came from. `row` is the 1-based data record number (header excluded). */
export const RowRefSchema = z.object({
  agency: z.string(),
  file: z.string(),
  row: z.number().int().positive(),
  /** Workbook returns: the sheet and its row number as Excel shows them. */
  sheet: z.string().optional(),
  sheetRow: z.number().int().positive().optional(),
  /** Word returns: the table's number in the document and the row's number in that table (both 1-based). */
  table: z.number().int().positive().optional(),
  tableRow: z.number().int().positive().optional(),
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
