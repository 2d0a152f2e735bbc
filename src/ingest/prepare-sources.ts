import type { SourceInput, TableReading } from "../model/source.js";
import { readWordTables } from "./docx-tables.js";
import { formatFromName } from "./format.js";
import { readWorkbook } from "./xlsx-workbook.js";

/**
 * Reads the Excel workbooks (.xlsx) and Word documents (.docx) among agency returns into tables,
 * so that the synchronous pipeline (ingestSource, buildChronology) can take them like CSV rows.
 * Other returns pass through unchanged; the inputs are not mutated. Problems (an unreadable file,
 * a missing sheet, hidden rows) travel with the tables and become issues when the source is ingested.
 * @param sources the agency returns, with their bytes
 * @returns the same returns, workbooks and documents as tables
 * @example
 * const prepared = await prepareSources([{ file: "probation.xlsx", agency: "Probation", content: bytes }]);
 * buildChronology(prepared).stats.inputRows // the workbook's data rows
 */
export async function prepareSources(sources: readonly SourceInput[]): Promise<SourceInput[]> {
  return Promise.all(sources.map(prepareSource));
}

/**
 * Reads one return into tables when it is a workbook or a Word document; returns it unchanged otherwise.
 * @param source one agency return
 * @returns the return, with its tables as content when it was read
 * @example
 * (await prepareSource({ file: "gp.csv", content: "Date,Details\n" })).content // "Date,Details\n"
 */
export async function prepareSource(source: SourceInput): Promise<SourceInput> {
  if (!(source.content instanceof Uint8Array)) return source;
  const format = source.format ?? formatFromName(source.file);
  const columns = source.columns === undefined ? {} : { columns: source.columns };
  let content: TableReading;
  if (format === "xlsx") {
    content = await readWorkbook(source.content, {
      ...columns,
      ...(source.sheet === undefined ? {} : { sheet: source.sheet }),
    });
  } else if (format === "docx") {
    content = await readWordTables(source.content, columns);
  } else {
    return source;
  }
  return { ...source, content };
}

/**
 * True when a source's content is tables read from a workbook or document.
 * @example
 * isTableReading({ tables: [], notes: [] }) // true
 * isTableReading("Date,Details\n") // false
 */
export function isTableReading(content: SourceInput["content"]): content is TableReading {
  return typeof content === "object" && !(content instanceof Uint8Array) && Array.isArray(content.tables);
}
