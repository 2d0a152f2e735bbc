import type { Format } from "../model/source.js";

const byExtension: Readonly<Record<string, Format>> = {
  csv: "csv",
  txt: "csv",
  tsv: "tsv",
  tab: "tsv",
  json: "json",
  ndjson: "ndjson",
  jsonl: "ndjson",
  xlsx: "xlsx",
  xlsm: "xlsx",
  docx: "docx",
};

/**
 * The format of a return from its file name's extension.
 * @param file the file name or path
 * @returns the format, or undefined when the extension is not one chronomerge reads
 * @example
 * formatFromName("police.TSV") // "tsv"
 */
export function formatFromName(file: string): Format | undefined {
  const match = /\.([A-Za-z0-9]+)$/.exec(file);
  return match?.[1] ? byExtension[match[1].toLowerCase()] : undefined;
}

/**
 * The file stem, used as the agency when neither the input nor the row names one.
 * @example
 * fileStem("returns/health-visiting.tsv") // "health-visiting"
 */
export function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(0, dot) : base;
}
